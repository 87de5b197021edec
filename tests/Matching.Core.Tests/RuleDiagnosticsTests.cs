// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Collections.Immutable;
using Matching.Core.Domain;
using Matching.Core.Problem;
using Matching.Core.Results;
using Matching.Core.Rules;
using Matching.TestUtils;

namespace Matching.Core.Tests;

/// <summary>
/// The engine's diagnostics asserted by content (issue 18): each rule conflict's message, the rejection of options out
/// of range, locked and excluded pairs in a large (pruned) program, and candidate pricing's rounds and its fall-back to
/// the full model when the reduced one cannot meet the minimum loads.
/// </summary>
public class RuleDiagnosticsTests
{
    [Fact]
    public void Conflict_LockedPairForbiddenByHardRule()
    {
        Participant[] people = [People.Mentee("ann", languages: ["Spanish"]), People.Mentor("A", languages: ["German"])];

        AssertInfeasible(people, new MatchingOptions { LockedPairs = [("ann", "A")] }, "the locked pair ann → A is forbidden by a hard rule (no shared language)");
    }

    [Fact]
    public void Conflict_LockedAndExcluded()
    {
        Participant[] people = [People.Mentee("ann"), People.Mentor("A")];

        AssertInfeasible(people, new MatchingOptions { LockedPairs = [("ann", "A")], ForbiddenPairs = [("ann", "A")] }, "the pair ann → A is both locked and excluded");
    }

    [Fact]
    public void Conflict_LockedTwice()
    {
        Participant[] people = [People.Mentee("ann"), People.Mentor("A"), People.Mentor("B")];

        AssertInfeasible(people, new MatchingOptions { LockedPairs = [("ann", "A"), ("ann", "B")] }, "ann is locked to two mentors (A and B) but can have only one");
    }

    [Fact]
    public void LockedTwiceToTheSameMentor_IsNoConflict()
    {
        Participant[] people = [People.Mentee("ann"), People.Mentee("bob", wants: ["Python"]), People.Mentor("A", offers: ["Python"]), People.Mentor("B")];

        MatchingResult result = new MatchingEngine(new MatchingOptions { LockedPairs = [("ann", "A"), ("ann", "A")] }).Solve(MatchingProblem.Create(people));

        Assert.Equal(MatchingStatus.Optimal, result.Status);
        Assert.Equal("A", result.Matches.Single(m => m.Mentee.Id == "ann").Mentor.Id);
    }

    [Fact]
    public void Conflict_MoreLockedMenteesThanCapacity()
    {
        Participant[] people = [People.Mentee("ann"), People.Mentee("bob"), People.Mentor("A")];

        AssertInfeasible(people, new MatchingOptions { LockedPairs = [("ann", "A"), ("bob", "A")] }, "A has 2 locked mentees but a capacity of 1");
    }

    [Fact]
    public void LockedMenteesUpToCapacity_AreNoConflict()
    {
        Participant[] people = [People.Mentee("ann"), People.Mentee("bob"), People.Mentor("A", capacity: 2)];

        MatchingResult result = new MatchingEngine(new MatchingOptions { LockedPairs = [("ann", "A"), ("bob", "A")] }).Solve(MatchingProblem.Create(people));

        Assert.Equal(2, result.Matches.Count);
    }

    [Fact]
    public void Conflict_MinimumLoadWithTooFewCompatibleMentees()
    {
        // A must take 2 but only a speaks its language; b is locked elsewhere and would not count either.
        Participant[] people =
        [
            People.Mentee("ann"),
            People.Mentee("bob", languages: ["Spanish"]),
            People.Mentee("cid"),
            People.Mentor("A", capacity: 2),
            People.Mentor("B", capacity: 2, languages: ["Spanish", "English"]),
        ];
        var options = new MatchingOptions { MinimumLoad = 2, LockedPairs = [("cid", "B")] };

        AssertInfeasible(people, options, "A must take at least 2 mentee(s) but only 1 are compatible");
    }

    [Fact]
    public void Conflict_MinimumLoad_DoesNotCountMenteesLockedToTheFirstMentor()
    {
        // bob could take B but is locked to A (mentor position 0): B has no compatible mentee left.
        Participant[] people = [People.Mentee("ann"), People.Mentee("bob"), People.Mentor("A", capacity: 2), People.Mentor("B", languages: ["German", "English"])];
        var options = new MatchingOptions { MinimumLoad = 1, LockedPairs = [("bob", "A")], ForbiddenPairs = [("ann", "B")] };

        AssertInfeasible(people, options, "B must take at least 1 mentee(s) but only 0 are compatible");
    }

    [Fact]
    public void MinimumLoad_CountsLockedMenteesOfTheMentor()
    {
        // A's minimum of 2 is met by a compatible mentee and one locked to it.
        Participant[] people = [People.Mentee("ann"), People.Mentee("bob"), People.Mentor("A", capacity: 2)];
        var options = new MatchingOptions { MinimumLoad = 2, LockedPairs = [("bob", "A")] };

        MatchingResult result = new MatchingEngine(options).Solve(MatchingProblem.Create(people));

        Assert.Equal(MatchingStatus.Optimal, result.Status);
        Assert.Equal(2, result.MentorLoads.Single().Load);
    }

    [Fact]
    public void Conflict_MinimumLoadsNeedMoreMenteesThanTheProgramHas()
    {
        Participant[] people = [People.Mentee("ann"), People.Mentee("bob"), People.Mentor("A"), People.Mentor("B"), People.Mentor("C")];

        AssertInfeasible(people, new MatchingOptions { MinimumLoad = 1 }, "the minimum load of 1 per mentor needs 3 mentees, but the program has 2");
    }

    [Fact]
    public void Conflict_OnlyTheFlowFindsIt()
    {
        // Each rule alone can be met (A and B each have a compatible mentee, three minimums for three mentees), but
        // A and B can only have a: Hall's condition fails, which only the solve finds.
        Participant[] people =
        [
            People.Mentee("ann", languages: ["German", "French", "English"]),
            People.Mentee("bob"),
            People.Mentee("cid"),
            People.Mentor("A", languages: ["German"]),
            People.Mentor("B", languages: ["French"]),
            People.Mentor("C", capacity: 2),
        ];

        AssertInfeasible(people, new MatchingOptions { MinimumLoad = 1 }, "the minimum loads, locked pairs and capacities cannot all be met together (each rule alone can)");
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(-0.5)]
    public void Options_BadUnmatchedPenalty_IsRejected(double penalty)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new MatchingEngine(new MatchingOptions { UnmatchedPenalty = penalty }));

        Assert.Equal("UnmatchedPenalty", e.ParamName);
        Assert.Contains("The unmatched penalty must be a finite number ≥ 0.", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1e9)]
    public void Options_GoodUnmatchedPenalty_IsAccepted(double penalty)
    {
        var engine = new MatchingEngine(new MatchingOptions { UnmatchedPenalty = penalty });

        Assert.Equal(MatchingStatus.Optimal, engine.Solve(MatchingProblem.Create([People.Mentee("ann"), People.Mentor("A")])).Status);
    }

    [Theory]
    [InlineData(double.NaN, 0)]
    [InlineData(-1, 0)]
    [InlineData(100.5, 0)]
    [InlineData(0, -1)]
    public void Options_BadLoadPenaltyOrMinimumLoad_IsRejected(double loadPenalty, int minimumLoad)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new MatchingEngine(new MatchingOptions { LoadPenalty = loadPenalty, MinimumLoad = minimumLoad }));

        Assert.Equal("LoadPenalty", e.ParamName);
        Assert.Contains("The load penalty must be 0–100 points and the minimum load ≥ 0.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_LoadPenaltyAtItsBounds_IsAccepted()
    {
        _ = new MatchingEngine(new MatchingOptions { LoadPenalty = 0, MinimumLoad = 0 });
        _ = new MatchingEngine(new MatchingOptions { LoadPenalty = 100, MinimumLoad = 3 });
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-1)]
    [InlineData(101)]
    public void Options_BadPriorityOrMentorLoadPenalty_IsRejected(double points)
    {
        var priority = Assert.Throws<ArgumentOutOfRangeException>(() => new MatchingEngine(new MatchingOptions { UnmatchedPriorities = ImmutableDictionary<string, double>.Empty.Add("ann", points) }));
        var load = Assert.Throws<ArgumentOutOfRangeException>(() => new MatchingEngine(new MatchingOptions { MentorLoadPenalties = ImmutableDictionary<string, double>.Empty.Add("A", points) }));

        Assert.Contains("The unmatched priority of 'ann' must be 0–100 points.", priority.Message, StringComparison.Ordinal);
        Assert.Contains("The load penalty of 'A' must be 0–100 points.", load.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_NegativeEffectiveCapacityOrBadTier_IsRejected()
    {
        var capacity = Assert.Throws<ArgumentOutOfRangeException>(() => new MatchingEngine(new MatchingOptions { EffectiveCapacities = ImmutableDictionary<string, int>.Empty.Add("A", -1) }));
        var tier = Assert.Throws<ArgumentOutOfRangeException>(() => new MatchingEngine(new MatchingOptions { MenteeTiers = ImmutableDictionary<string, int>.Empty.Add("ann", 3) }));

        Assert.Contains("The effective capacity of 'A' must be ≥ 0.", capacity.Message, StringComparison.Ordinal);
        Assert.Contains("The tier of 'ann' must be 0–2.", tier.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LockedPair_NamingNobody_IsRejected()
    {
        MatchingProblem problem = MatchingProblem.Create([People.Mentee("ann"), People.Mentor("A")]);

        var mentee = Assert.Throws<ArgumentException>(() => new MatchingEngine(new MatchingOptions { LockedPairs = [("x", "A")] }).Solve(problem));
        var mentor = Assert.Throws<ArgumentException>(() => new MatchingEngine(new MatchingOptions { LockedPairs = [("ann", "X")] }).Solve(problem));

        Assert.Contains("No mentee in the program is named 'x' (locked pair).", mentee.Message, StringComparison.Ordinal);
        Assert.Contains("No mentor in the program is named 'X' (locked pair).", mentor.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LargeProgram_LockedPairOutsideTheKeptCandidates_IsMatched()
    {
        // One candidate kept per mentee (A, the only Python mentor); a is locked to B, which it did not keep.
        Participant[] people =
        [
            People.Mentee("ann", wants: ["Python"]),
            People.Mentee("bob", wants: ["Python"]),
            People.Mentor("A", offers: ["Python"]),
            People.Mentor("B"),
        ];
        MatchingProblem problem = MatchingProblem.Create(people, candidatesPerMentee: 1);
        Assert.False(problem.IsDense);

        MatchingResult result = new MatchingEngine(new MatchingOptions { LockedPairs = [("ann", "B")] }).Solve(problem);

        Assert.Equal(MatchingStatus.Optimal, result.Status);
        Assert.True(result.Certificate!.IsOptimal);
        Assert.Equal([("ann", "B"), ("bob", "A")], result.Matches.Select(m => (m.Mentee.Id, m.Mentor.Id)).Order().ToArray());
        Assert.Empty(result.Unmatched);
    }

    [Fact]
    public void LargeProgram_LockedPairInsideTheKeptCandidates_IsMatchedOnce()
    {
        Participant[] people =
        [
            People.Mentee("ann", wants: ["Python"]),
            People.Mentee("bob", wants: ["Python"]),
            People.Mentor("A", offers: ["Python"]),
            People.Mentor("B", offers: ["Python", "SQL"], capacity: 2),
        ];
        MatchingProblem problem = MatchingProblem.Create(people, candidatesPerMentee: 2);

        MatchingResult result = new MatchingEngine(new MatchingOptions { LockedPairs = [("ann", "A")] }).Solve(problem);

        Assert.Equal(MatchingStatus.Optimal, result.Status);
        Assert.Equal("A", result.Matches.Single(m => m.Mentee.Id == "ann").Mentor.Id);
        Assert.Equal(2, result.Matches.Count);
    }

    [Fact]
    public void LargeProgram_ExcludedCandidate_IsNeverUsed()
    {
        // ann keeps only A as a candidate, and that pair is excluded: pricing over all pairs finds B instead, and A is
        // never used although it has room.
        Participant[] people =
        [
            People.Mentee("ann", wants: ["Python"]),
            People.Mentor("A", offers: ["Python"], capacity: 2),
            People.Mentor("B"),
        ];
        MatchingProblem problem = MatchingProblem.Create(people, candidatesPerMentee: 1);

        MatchingResult result = new MatchingEngine(new MatchingOptions { ForbiddenPairs = [("ann", "A")] }).Solve(problem);

        Assert.Equal(MatchingStatus.Optimal, result.Status);
        Assert.Equal("B", Assert.Single(result.Matches, m => m.Mentee.Id == "ann").Mentor.Id);
        Assert.Contains(result.Unmatched, u => u.Participant.Id == "A" && u.Side == Roles.Mentor);
    }

    [Fact]
    public void LargeProgram_MentorWithoutCapacity_IsNeverUsed()
    {
        Participant[] people = [People.Mentee("ann", wants: ["Python"]), People.Mentor("A", offers: ["Python"]), People.Mentor("B")];
        MatchingProblem problem = MatchingProblem.Create(people, candidatesPerMentee: 2);

        MatchingResult result = new MatchingEngine(new MatchingOptions { EffectiveCapacities = ImmutableDictionary<string, int>.Empty.Add("A", 0) }).Solve(problem);

        Assert.Equal("B", Assert.Single(result.Matches).Mentor.Id);
    }

    [Fact]
    public void Pricing_FirstRoundOptimal_PricesEveryLeftOutPairOnce()
    {
        // Three mentees, three mentors, one candidate each (more than 2k mentors, so pricing runs): each mentee's best
        // mentor is its own, the first round is optimal, and the final round prices the 9 − 3 = 6 left-out pairs.
        Participant[] people =
        [
            People.Mentee("ann", wants: ["Python"]),
            People.Mentee("bob", wants: ["SQL"]),
            People.Mentee("cid", wants: ["Cloud"]),
            People.Mentor("A", offers: ["Python"]),
            People.Mentor("B", offers: ["SQL"]),
            People.Mentor("C", offers: ["Cloud"]),
        ];

        MatchingResult result = new MatchingEngine(new MatchingOptions { PricingCandidatesPerMentee = 1 }).Solve(MatchingProblem.Create(people));

        Assert.Equal(MatchingStatus.Optimal, result.Status);
        Assert.Equal(6, result.PricedPairs);
        Assert.Equal([("ann", "A"), ("bob", "B"), ("cid", "C")], result.Matches.Select(m => (m.Mentee.Id, m.Mentor.Id)).Order().ToArray());
    }

    [Fact]
    public void Pricing_EveryPairUsedAtOnce_PricesNothing()
    {
        Participant[] people = [People.Mentee("ann"), People.Mentor("A"), People.Mentor("B")];

        MatchingResult result = new MatchingEngine(new MatchingOptions { PricingCandidatesPerMentee = 1 }).Solve(MatchingProblem.Create(people));

        Assert.Equal(MatchingStatus.Optimal, result.Status);
        Assert.Equal(0, result.PricedPairs);
    }

    [Fact]
    public void Pricing_MinimumLoadsOnlyMetWithLeftOutPairs_FallsBackToTheFullModel()
    {
        // Every mentee keeps only A (the only Python mentor), so the reduced model cannot give B and C their minimum
        // of one: the engine must decide on the full model, which can.
        Participant[] people =
        [
            People.Mentee("ann", wants: ["Python"]),
            People.Mentee("bob", wants: ["Python"]),
            People.Mentee("cid", wants: ["Python"]),
            People.Mentor("A", offers: ["Python"]),
            People.Mentor("B"),
            People.Mentor("C"),
        ];
        var options = new MatchingOptions { PricingCandidatesPerMentee = 1, MinimumLoad = 1 };

        MatchingResult result = new MatchingEngine(options).Solve(MatchingProblem.Create(people));

        Assert.Equal(MatchingStatus.Optimal, result.Status);
        Assert.True(result.Certificate!.IsOptimal);
        Assert.Equal([1, 1, 1], result.MentorLoads.Select(l => l.Load).ToArray());
        Assert.Equal(0, result.PricedPairs);
        MatchingResult full = new MatchingEngine(options with { PricingCandidatesPerMentee = 100 }).Solve(MatchingProblem.Create(people));
        Assert.Equal(full.Objective, result.Objective);
    }

    [Fact]
    public void Pricing_RandomPrograms_SameObjectiveAsTheFullModel()
    {
        // Random programs with minimum loads, locked and excluded pairs: pricing from one candidate per mentee must
        // reach the objective of the full model (or the same verdict when no matching exists).
        var random = new Random(18);
        string[] skills = ["Python", "SQL", "Cloud", "Sales"];
        for (int round = 0; round < 40; round++)
        {
            int mentees = random.Next(2, 7);
            int mentors = random.Next(3, 6);
            var people = new List<Participant>();
            for (int i = 0; i < mentees; i++)
            {
                people.Add(People.Mentee($"e{i}", wants: [skills[random.Next(4)], skills[random.Next(4)]]));
            }

            for (int j = 0; j < mentors; j++)
            {
                people.Add(People.Mentor($"M{j}", offers: [skills[random.Next(4)]], capacity: random.Next(0, 3)));
            }

            var options = new MatchingOptions
            {
                PricingCandidatesPerMentee = 1,
                MinimumLoad = random.Next(3) == 0 ? 1 : 0,
                UnmatchedPenalty = random.Next(2) == 0 ? null : random.Next(0, 60),
                ForbiddenPairs = [($"e{random.Next(mentees)}", $"M{random.Next(mentors)}")],
            };
            MatchingProblem problem = MatchingProblem.Create(people);
            MatchingResult priced = new MatchingEngine(options).Solve(problem);
            MatchingResult full = new MatchingEngine(options with { PricingCandidatesPerMentee = 100 }).Solve(problem);

            Assert.Equal(full.Status, priced.Status);
            Assert.Equal(full.Objective, priced.Objective);
            if (priced.Status == MatchingStatus.Optimal)
            {
                Assert.True(priced.Certificate!.IsOptimal);
                Assert.Null(ProgramRules.Create(problem, options).FindViolation(MentorPositions(problem, priced)));
            }
        }
    }

    private static int[] MentorPositions(MatchingProblem problem, MatchingResult result)
    {
        var mentorOf = new int[problem.Mentees.Count];
        Array.Fill(mentorOf, -1);
        foreach (Match match in result.Matches)
        {
            int i = problem.Mentees.ToList().FindIndex(p => problem.Participants[p].Id == match.Mentee.Id);
            int j = problem.Mentors.ToList().FindIndex(p => problem.Participants[p].Id == match.Mentor.Id);
            mentorOf[i] = j;
        }

        return mentorOf;
    }

    private static void AssertInfeasible(Participant[] people, MatchingOptions options, string message)
    {
        MatchingResult result = new MatchingEngine(options).Solve(MatchingProblem.Create(people));

        Assert.Equal(MatchingStatus.Infeasible, result.Status);
        Assert.Equal(message, result.Message);
        Assert.Empty(result.Matches);
    }
}
