// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Domain;
using Matching.Core.Problem;
using Matching.Core.Results;
using Matching.Core.Shortlists;
using Matching.TestUtils;

namespace Matching.Core.Tests.Shortlists;

public class ShortlistBuilderTests
{
    [Fact]
    public void Build_RandomPrograms_ListsAreFeasibleCapacityAwareAndAllowEveryoneAMentor()
    {
        var programs =
            from size in Gen.Choose(1, 14)
            from seeds in Gen.Choose(0, 100_000).ArrayOf(size)
            from k in Gen.Choose(1, 4)
            select (People: seeds.Select((seed, i) => RandomPeople.Person(seed, i)).ToArray(), K: k);

        Prop.ForAll(Arb.From(programs), input =>
        {
            MatchingProblem problem = MatchingProblem.Create(input.People);
            MatchingResult optimal = new MatchingEngine().Solve(problem);
            var options = new ShortlistOptions { Size = input.K, ExposureFactor = 1.5 };
            IReadOnlyList<Shortlist> lists = ShortlistBuilder.Build(problem, optimal, options);

            var exposure = lists.SelectMany(l => l.Options).GroupBy(o => o.Mentor.Id).ToDictionary(g => g.Key, g => g.Count());
            bool capacityAware = problem.Mentors.Select(j => problem.Participants[j])
                .All(mentor => exposure.GetValueOrDefault(mentor.Id) <= Math.Ceiling(mentor.Capacity * 1.5));
            bool wellFormed = lists.All(l => l.Options.Count <= input.K
                && l.Options.Select(o => o.Mentor.Id).Distinct().Count() == l.Options.Count
                && l.Options.All(o => o.Explanation.Block == Core.Scoring.BlockReason.None));

            // Picking each mentee's marked entry reproduces the optimal matching: the lists allow everyone a mentor.
            bool feasible = optimal.Matches.All(match => lists.Single(l => ReferenceEquals(l.Mentee, match.Mentee))
                .Options.Any(o => o.InOptimalMatching && ReferenceEquals(o.Mentor, match.Mentor)));
            return lists.Count == problem.Mentees.Count && capacityAware && wellFormed && feasible;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }

    [Fact]
    public void Build_ExcludedPairs_AreNeverSuggested()
    {
        Participant[] people =
        [
            People.Mentee("a", wants: ["Python"]),
            People.Mentor("old", offers: ["Python"], capacity: 5),
            People.Mentor("new1", offers: ["Python"], capacity: 5),
            People.Mentor("new2", offers: ["Sales"], capacity: 5),
        ];
        var excluded = new (string, string)[] { ("a", "old") };
        MatchingProblem problem = MatchingProblem.Create(people);
        MatchingResult optimal = new MatchingEngine(new MatchingOptions { ForbiddenPairs = excluded }).Solve(problem);

        Shortlist list = ShortlistBuilder.Build(problem, optimal, new ShortlistOptions { Size = 3, ExcludedPairs = excluded }).Single();

        Assert.Equal(["new1", "new2"], list.Options.Select(o => o.Mentor.Id));
    }

    [Fact]
    public void Build_Diversity_PrefersAMentorWithDifferentSkills()
    {
        // Two near-identical Python mentors score 100 and 95; a Cloud mentor scores lower but differs.
        // With strong diversity the second slot goes to the Cloud mentor, without it to the near-duplicate.
        Participant[] people =
        [
            People.Mentee("a", wants: ["Python", "Cloud"], goals: ["Leadership"]),
            People.Mentor("py1", offers: ["Python", "Cloud"], capacity: 5, goals: ["Leadership"]),
            People.Mentor("py2", offers: ["Python", "Cloud", "SQL"], capacity: 5, goals: ["Leadership"]),
            People.Mentor("cloud", offers: ["Cloud", "Sales"], capacity: 5, goals: ["Leadership"]),
        ];
        MatchingProblem problem = MatchingProblem.Create(people);
        MatchingResult optimal = new MatchingEngine().Solve(problem);

        string[] Second(double diversity) => [.. ShortlistBuilder.Build(problem, optimal, new ShortlistOptions { Size = 2, Diversity = diversity }).Single().Options.Select(o => o.Mentor.Id)];

        Assert.Contains("py2", Second(0));
        Assert.Contains("cloud", Second(1));
    }
}
