// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core;
using Matching.Core.Domain;
using Matching.Core.Models;
using Matching.Core.Problem;
using Matching.Core.Results;
using Matching.OrTools.Models;
using Matching.TestUtils;

namespace Matching.OrTools.Tests.Models;

public class PodsModelTests
{
    private static Participant[] Program(int seed)
    {
        var random = new Random(seed);
        int count = random.Next(6, 11);
        return [.. Enumerable.Range(0, count).Select(k =>
        {
            Participant p = RandomPeople.Person((seed * 31) + k, k);
            // Two evening blocks a week, on random days: pods must find a shared one.
            WeeklyAvailability a = WeeklyAvailability.None.WithHours((random.Next(3) * 24) + 18, 2).WithHours((random.Next(3, 5) * 24) + 18, 2);
            return p with { Availability = a, Languages = People.Tags(["English"]) };
        })];
    }

    [Fact]
    public void SolvePods_RandomSmallPrograms_PodsKeepSizeWindowCapacityHardRulesAndQuotas()
    {
        int podsSeen = 0;
        for (int seed = 1; seed <= 12; seed++)
        {
            Participant[] people = Program(seed);
            MatchingProblem problem = MatchingProblem.Create(people);
            var model = new PodsModel
            {
                MinPodSize = 2,
                MaxPodSize = 3,
                TimeLimit = TimeSpan.FromSeconds(2),
                Workers = 1,
                Quotas = [new GroupQuota("mixed departments") { Field = "Department", MaxPerPod = 1 }],
            };

            PodsOutcome outcome = model.SolvePods(problem, new MatchingOptions(), "optimal");

            Assert.True(outcome.BestBound >= outcome.Objective, $"seed {seed}: bound below objective");
            var seen = new HashSet<Participant>(ReferenceEqualityComparer.Instance);
            foreach (Group pod in outcome.Result.PlacementsOf<Group>())
            {
                podsSeen++;
                Assert.InRange(pod.Members.Length, 2, Math.Min(3, pod.Leader!.Capacity));
                int shared = Enumerable.Range(0, WeeklyAvailability.SlotCount).Count(h => pod.People.All(p => p.Availability.Contains(h)));
                Assert.True(shared >= 1, $"seed {seed}: a pod without shared time");
                int j = problem.Mentors.Select(x => problem.Participants[x]).ToList().IndexOf(pod.Leader);
                foreach (Participant member in pod.Members)
                {
                    Assert.True(seen.Add(member), $"seed {seed}: a mentee in two pods");
                    int i = problem.Mentees.Select(x => problem.Participants[x]).ToList().IndexOf(member);
                    Assert.NotNull(problem.ScoreOf(i, j));
                    Assert.NotSame(member, pod.Leader);
                }

                Assert.All(pod.Members.Where(m => m.Department is not null).GroupBy(m => m.Department), g => Assert.Single(g));
            }

            int mentees = problem.Mentees.Count;
            Assert.Equal(mentees, seen.Count + outcome.Result.Unmatched.Count(u => u.Side == Roles.Mentee));
        }

        Assert.True(podsSeen >= 5, $"only {podsSeen} pods over all programs: the generator no longer exercises the rules");
    }

    [Fact]
    public void SolvePods_GreedyBaseline_NeverBeatsOptimal()
    {
        for (int seed = 20; seed <= 25; seed++)
        {
            MatchingProblem problem = MatchingProblem.Create(Program(seed));
            var model = new PodsModel { MinPodSize = 2, MaxPodSize = 3, TimeLimit = TimeSpan.FromSeconds(2), Workers = 1 };

            PodsOutcome optimal = model.SolvePods(problem, new MatchingOptions(), "optimal");
            PodsOutcome greedy = model.SolvePods(problem, new MatchingOptions(), "greedy");

            Assert.True(greedy.Objective <= optimal.BestBound, $"seed {seed}");
            if (optimal.Gap == 0)
            {
                Assert.True(greedy.Objective <= optimal.Objective, $"seed {seed}");
            }
        }
    }

    [Fact]
    public void SolvePods_ImpossibleReachQuota_NamesItAndItsPeople()
    {
        MatchingProblem problem = MatchingProblem.Create(Program(3));
        int mentees = problem.Mentees.Count;
        var model = new PodsModel
        {
            MinPodSize = 2,
            MaxPodSize = 3,
            TimeLimit = TimeSpan.FromSeconds(2),
            Workers = 1,
            Quotas = [new GroupQuota("everyone") { MinMatched = mentees + 1 }],
        };

        PodsOutcome outcome = model.SolvePods(problem, new MatchingOptions(), "optimal");

        Assert.Equal(MatchingStatus.Infeasible, outcome.Result.Status);
        QuotaFailure failure = Assert.Single(outcome.FailedQuotas);
        Assert.Equal("everyone", failure.Name);
        Assert.Equal(mentees, failure.People.Count);
    }
}
