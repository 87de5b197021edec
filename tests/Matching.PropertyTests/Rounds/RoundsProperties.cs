// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core;
using Matching.Core.Domain;
using Matching.Core.Problem;
using Matching.Core.Results;
using Matching.Core.Rounds;
using Matching.TestUtils;

namespace Matching.PropertyTests.Rounds;

/// <summary>
/// Programs over time on random small programs: rematch, placement, history and fatigue keep their promises, checked
/// against independent oracles (the keep-everything rematch, counting loads and capacities directly).
/// </summary>
public class RoundsProperties
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(200);

    private static Gen<(Participant[] People, int[] Picks, int Cost)> Programs() =>
        from size in Gen.Choose(3, 12)
        from seeds in Gen.Choose(0, 5000).ArrayOf(size)
        from picks in Gen.Choose(0, 1000).ArrayOf(6)
        from cost in Gen.Choose(-1, 60)
        select (RandomPeople.Program(seeds), picks, cost);

    [Fact]
    public void Solve_EmptyPlan_MatchesTheEngine()
    {
        Prop.ForAll(Arb.From(Programs()), input =>
        {
            MatchingProblem problem = MatchingProblem.Create(input.People);
            MatchingResult engine = new MatchingEngine().Solve(problem);
            MatchingResult rounds = Rematch.Solve(problem, [], []).Result;
            Assert.Equal(engine.Matches.Count, rounds.Matches.Count);
            Assert.Equal(Points(engine), Points(rounds));
            Assert.True(rounds.Certificate!.IsOptimal);
        }).Check(Runs);
    }

    [Fact]
    public void Rematch_KeepsContinuingPairsUnlessTheGainExceedsTheDisruptionCost_AndNeverProposesAnEndedPair()
    {
        Prop.ForAll(Arb.From(Programs()), input =>
        {
            MatchingProblem problem = MatchingProblem.Create(input.People);
            var options = new MatchingOptions { UnmatchedPenalty = 60 };
            MatchingResult first = new MatchingEngine(options).Solve(problem);
            var active = first.Matches.Select(m => (m.Mentee.Id, m.Mentor.Id)).ToList();
            var ended = active.Where((_, k) => input.Picks[k % input.Picks.Length] % 3 == 0).ToList();
            double? disruption = input.Cost < 0 ? null : input.Cost;

            RematchResult rematch = Rematch.Solve(problem, active, ended, new RematchOptions { DisruptionCost = disruption }, options);
            RematchResult keepAll = Rematch.Solve(problem, active, ended, new RematchOptions(), options);

            Assert.DoesNotContain(rematch.Result.Matches, m => ended.Contains((m.Mentee.Id, m.Mentor.Id)));
            var continuing = active.Except(ended).ToList();
            Assert.DoesNotContain(rematch.Result.Matches, m => ended.Contains((m.Mentor.Id, m.Mentee.Id)) && !continuing.Contains((m.Mentee.Id, m.Mentor.Id)));
            int moved = continuing.Count(p => !rematch.Result.Matches.Any(m => m.Mentee.Id == p.Item1 && m.Mentor.Id == p.Item2));
            Assert.Equal(moved, rematch.Changes.Count(c => c.Kind == PairChangeKind.Moved));
            if (disruption is null)
            {
                Assert.Equal(0, moved);
            }
            else if (moved > 0)
            {
                // Either the move matched more mentees whose pair ended (priority), or it gained more than the cost per moved pair.
                int endedLeft = EndedUnmatched(rematch.Result, ended), endedLeftKeeping = EndedUnmatched(keepAll.Result, ended);
                double gain = Cost(keepAll.Result, problem, 60) - Cost(rematch.Result, problem, 60);
                Assert.True(endedLeft < endedLeftKeeping || gain > disruption.Value * moved, $"moved {moved} pairs for a gain of {gain} points");
            }
        }).Check(Runs);
    }

    [Fact]
    public void Rematch_AnEndedMenteeIsUnmatchedOnlyWhenNoCompatibleMentorHasAPlaceForHer()
    {
        Prop.ForAll(Arb.From(Programs()), input =>
        {
            MatchingProblem problem = MatchingProblem.Create(input.People);
            MatchingResult first = new MatchingEngine().Solve(problem);
            var active = first.Matches.Select(m => (m.Mentee.Id, m.Mentor.Id)).ToList();
            var ended = active.Where((_, k) => input.Picks[k % input.Picks.Length] % 2 == 0).ToList();
            RematchResult rematch = Rematch.Solve(problem, active, ended);
            var endedMentees = ended.Select(e => e.Item1).ToHashSet();
            var continuing = active.Except(ended).ToHashSet();
            int[] mentorOf = PositionsOf(problem, rematch.Result);
            for (int i = 0; i < problem.Mentees.Count; i++)
            {
                Participant mentee = problem.Participants[problem.Mentees[i]];
                if (mentorOf[i] >= 0 || !endedMentees.Contains(mentee.Id))
                {
                    continue;
                }

                for (int j = 0; j < problem.Mentors.Count; j++)
                {
                    Participant mentor = problem.Participants[problem.Mentors[j]];
                    // An ended pair is forbidden both ways (unless the other direction is a running pair that continues).
                    bool endedPair = ended.Contains((mentee.Id, mentor.Id)) || (ended.Contains((mentor.Id, mentee.Id)) && !continuing.Contains((mentee.Id, mentor.Id)));
                    if (problem.ScoreOf(i, j) is null || endedPair)
                    {
                        continue;
                    }

                    // Every compatible mentor is full, and only with running pairs or other mentees whose pair ended.
                    var mentees = Enumerable.Range(0, mentorOf.Length).Where(k => mentorOf[k] == j).Select(k => problem.Participants[problem.Mentees[k]].Id).ToList();
                    Assert.Equal(mentor.Capacity, mentees.Count);
                    Assert.All(mentees, other => Assert.True(continuing.Contains((other, mentor.Id)) || endedMentees.Contains(other), $"{other} took the place {mentee.Id} needed"));
                }
            }
        }).Check(Runs);
    }

    [Fact]
    public void Place_ChangesNoRunningPair_AndPicksTheBestMentorWithRoom()
    {
        Prop.ForAll(Arb.From(Programs()), input =>
        {
            MatchingProblem problem = MatchingProblem.Create(input.People);
            if (problem.Mentees.Count == 0)
            {
                return;
            }

            MatchingResult first = new MatchingEngine().Solve(problem);
            int newcomer = input.Picks[0] % problem.Mentees.Count;
            Participant person = problem.Participants[problem.Mentees[newcomer]];
            var active = first.Matches.Where(m => !ReferenceEquals(m.Mentee, person)).Select(m => (m.Mentee.Id, m.Mentor.Id)).ToList();

            Placement placement = DirectoryPlacement.Place(problem, active, person.Id);

            var after = placement.Result.Matches.Select(m => (m.Mentee.Id, m.Mentor.Id)).ToList();
            Assert.Equal(active.Order(), after.Where(p => p.Item1 != person.Id).Order());
            var load = problem.Mentors.Select(j => active.Count(a => a.Item2 == problem.Participants[j].Id)).ToArray();
            double?[] withRoom = [.. Enumerable.Range(0, problem.Mentors.Count).Select(j => load[j] < problem.Participants[problem.Mentors[j]].Capacity ? problem.ScoreOf(newcomer, j) : null)];
            if (placement.Placed is { } placed)
            {
                int j = Enumerable.Range(0, problem.Mentors.Count).Single(x => ReferenceEquals(problem.Participants[problem.Mentors[x]], placed.Mentor));
                Assert.NotNull(withRoom[j]);
                Assert.Equal(withRoom.Max(), placed.Score);
                Assert.All(placement.Alternatives, a => Assert.True(a.Score <= placed.Score));
            }
            else
            {
                Assert.All(withRoom, Assert.Null);
                Assert.False(string.IsNullOrEmpty(placement.Reason));
            }
        }).Check(Runs);
    }

    [Fact]
    public void History_NeverRepeatsAPair_InEitherDirection()
    {
        Prop.ForAll(Arb.From(Programs()), input =>
        {
            MatchingProblem problem = MatchingProblem.Create(input.People);
            var rounds = new List<PastRound>();
            var seen = new HashSet<(string, string)>();
            for (int round = 0; round < 3; round++)
            {
                RoundPlan plan = RoundHistory.Plan(input.People, rounds);
                MatchingResult result = plan.Solve(problem);
                foreach (Match match in result.Matches)
                {
                    Assert.DoesNotContain((match.Mentee.Id, match.Mentor.Id), seen);
                    Assert.DoesNotContain((match.Mentor.Id, match.Mentee.Id), seen);
                }

                // The same plan through the engine's inputs (as 'match compare' passes it to every strategy).
                MatchingOptions engineOptions = plan.ToMatchingOptions(MatchingOptions.Default, problem.Mentors.Select(j => problem.Participants[j].Id));
                MatchingResult engine = new MatchingEngine(engineOptions).Solve(problem);
                Assert.True(engine.Matches.Count >= result.Matches.Count);
                Assert.All(engine.Matches, m => Assert.DoesNotContain((m.Mentee.Id, m.Mentor.Id), seen));
                Assert.All(engine.Matches, m => Assert.DoesNotContain((m.Mentor.Id, m.Mentee.Id), seen));

                seen.UnionWith(result.Matches.Select(m => (m.Mentee.Id, m.Mentor.Id)));
                rounds.Add(RoundFairness.FromResult($"round{round + 1}", result));
            }
        }).Check(Runs);
    }

    [Fact]
    public void Fatigue_AMentorAtFullLoadForKRoundsGetsLessLoadInTheNext()
    {
        Prop.ForAll(Arb.From(Programs()), input =>
        {
            MatchingProblem problem = MatchingProblem.Create(input.People);
            var options = new HistoryOptions { FatigueRounds = 2, Fatigue = FatigueMode.Capacity, Repeats = RepeatPolicy.Penalize, RepeatPenalty = 0 };
            var rounds = new List<PastRound>();
            for (int round = 0; round < 4; round++)
            {
                MatchingResult result = RoundHistory.Plan(input.People, rounds, options).Solve(problem);
                if (rounds.Count >= 2)
                {
                    foreach (MentorLoad load in result.MentorLoads)
                    {
                        bool tired = rounds.TakeLast(2).All(r => r.MentorLoads.Any(l => l.Mentor == load.Mentor.Id && l.Capacity > 0 && l.Load >= l.Capacity));
                        if (tired)
                        {
                            int last = rounds[^1].MentorLoads.Single(l => l.Mentor == load.Mentor.Id).Load;
                            Assert.True(load.Load < last, $"{load.Mentor.Id} served {last} twice in a row and {load.Load} now");
                        }
                    }
                }

                rounds.Add(RoundFairness.FromResult($"round{round + 1}", result));
            }
        }).Check(Runs);
    }

    /// <summary>Each mentee position's mentor position (−1 for none), by the people's identity.</summary>
    private static int[] PositionsOf(MatchingProblem problem, MatchingResult result)
    {
        int[] mentorOf = [.. Enumerable.Repeat(-1, problem.Mentees.Count)];
        foreach (Match match in result.Matches)
        {
            int i = Enumerable.Range(0, problem.Mentees.Count).Single(k => ReferenceEquals(problem.Participants[problem.Mentees[k]], match.Mentee));
            mentorOf[i] = Enumerable.Range(0, problem.Mentors.Count).Single(k => ReferenceEquals(problem.Participants[problem.Mentors[k]], match.Mentor));
        }

        return mentorOf;
    }

    private static long Points(MatchingResult result) => result.Matches.Sum(m => (long)Math.Round(m.Score * ScoreTable.PointsPerScore));

    private static int EndedUnmatched(MatchingResult result, List<(string, string)> ended) =>
        ended.Select(e => e.Item1).Distinct().Count(id => !result.Matches.Any(m => m.Mentee.Id == id));

    /// <summary>The engine's objective in score points: 100 − score per pair, the penalty per unmatched mentee.</summary>
    private static double Cost(MatchingResult result, MatchingProblem problem, double penalty) =>
        result.Matches.Sum(m => 100 - m.Score) + ((problem.Mentees.Count - result.Matches.Count) * penalty);
}
