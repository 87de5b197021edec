// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Collections.Immutable;
using Matching.Core.Domain;
using Matching.Core.Problem;
using Matching.Core.Results;
using Matching.Core.Rules;
using Matching.Solvers.Flow;
using Matching.TestUtils;

namespace Matching.Core.Tests;

/// <summary>
/// How <see cref="ProgramRules"/> reads the options (issue 18): every per-person and per-pair option lands on the
/// right position, people are found by id, email or name, adjustments add up and are clamped, and
/// <see cref="ProgramRules.FindViolation"/> names each broken rule.
/// </summary>
public class ProgramRulesTests
{
    private static readonly Participant[] Program =
    [
        People.Mentee("ann") with { Email = "ann@example.org", Name = "Ann Lee" },
        People.Mentee("bob"),
        People.Mentee("cid"),
        People.Mentor("Max", capacity: 3) with { Email = "max@example.org", Name = "Max Roe" },
        People.Mentor("Noa", capacity: 2),
        People.Mentor("Ola", capacity: -1),
    ];

    private static readonly MatchingProblem Problem = MatchingProblem.Create(Program);

    [Fact]
    public void Create_ReadsEveryPerPersonOption()
    {
        var options = new MatchingOptions
        {
            MinimumLoad = 2,
            LoadPenalty = 1.5,
            EffectiveCapacities = ImmutableDictionary<string, int>.Empty.Add("Noa", 1).Add("nobody", 4),
            MentorLoadPenalties = ImmutableDictionary<string, double>.Empty.Add("max@example.org", 4.25),
            UnmatchedPriorities = ImmutableDictionary<string, double>.Empty.Add("Ann Lee", 7.5).Add("Max", 3),
            MenteeTiers = ImmutableDictionary<string, int>.Empty.Add("cid", 2).Add("Noa", 1),
            PersonRules = ImmutableDictionary<string, PersonRule>.Empty.Add("bob", PersonRule.IncompleteProfile).Add("Noa", PersonRule.Fatigue),
        };

        ProgramRules rules = ProgramRules.Create(Problem, options);

        Assert.Equal(3, rules.MenteeCount);
        Assert.Equal(3, rules.MentorCount);
        Assert.Equal([3, 1, 0], Enumerable.Range(0, 3).Select(rules.CapacityOf).ToArray());
        Assert.Equal([2, 1, 0], Enumerable.Range(0, 3).Select(rules.MinimumLoadOf).ToArray());
        Assert.Equal([4.25, 1.5, 1.5], Enumerable.Range(0, 3).Select(rules.LoadPenaltyOf).ToArray());
        Assert.Equal([7.5, 0, 0], Enumerable.Range(0, 3).Select(rules.UnmatchedPriorityOf).ToArray());
        Assert.Equal([0, 0, 2], Enumerable.Range(0, 3).Select(rules.TierOf).ToArray());
        Assert.Equal([PersonRule.None, PersonRule.IncompleteProfile, PersonRule.None], Enumerable.Range(0, 3).Select(rules.MenteeRuleOf).ToArray());
        Assert.Equal([PersonRule.None, PersonRule.Fatigue, PersonRule.None], Enumerable.Range(0, 3).Select(rules.MentorRuleOf).ToArray());
        Assert.True(rules.CoverageFirst);
        Assert.False(ProgramRules.Create(Problem, new MatchingOptions { UnmatchedPenalty = 3 }).CoverageFirst);
    }

    [Fact]
    public void Create_ReadsPairRulesExclusionsAndLocksByIdEmailOrName()
    {
        var options = new MatchingOptions
        {
            ForbiddenPairs = [("ann@example.org", "Noa"), ("nobody", "Noa"), ("bob", "nobody")],
            PairRules = ImmutableDictionary<(string MenteeId, string MentorId), PairRule>.Empty.Add(("bob", "Max Roe"), PairRule.Ended).Add(("x", "Max"), PairRule.Repeat),
            LockedPairs = [("Ann Lee", "max@example.org"), ("ann", "Max")],
        };

        ProgramRules rules = ProgramRules.Create(Problem, options);

        Assert.True(rules.IsExcluded(0, 1));
        Assert.Null(rules.PairRuleOf(0, 1));
        Assert.True(rules.IsExcluded(1, 0));
        Assert.Equal(PairRule.Ended, rules.PairRuleOf(1, 0));
        Assert.False(rules.IsExcluded(0, 0));
        Assert.False(rules.IsExcluded(2, 1));
        Assert.Null(rules.PairRuleOf(2, 0));
        Assert.Equal([0, -1, -1], Enumerable.Range(0, 3).Select(rules.LockedMentorOf).ToArray());
        Assert.Null(rules.Conflict);

        // Allowed: not excluded, not blocked, and the mentor takes someone (Ola's capacity −1 reads as 0).
        Assert.True(rules.IsAllowed(0, 0));
        Assert.False(rules.IsAllowed(0, 1));
        Assert.False(rules.IsAllowed(1, 0));
        Assert.False(rules.IsAllowed(2, 2));
    }

    [Fact]
    public void Create_AddsAndClampsPairAdjustments()
    {
        var options = new MatchingOptions
        {
            MaxPairAdjustment = 10,
            PairAdjustments =
            [
                new PairAdjustment("ann", "Max", 6),
                new PairAdjustment("ann", "Max", 5.5),
                new PairAdjustment("bob", "Noa", -4),
                new PairAdjustment("bob", "Noa", -7),
                new PairAdjustment("cid", "Noa", 2.25),
                new PairAdjustment("cid", "Noa", -0.5),
                new PairAdjustment("nobody", "Noa", 3),
            ],
        };

        ProgramRules rules = ProgramRules.Create(Problem, options);

        Assert.Equal(10, rules.AdjustmentOf(0, 0));
        Assert.Equal(-10, rules.AdjustmentOf(1, 1));
        Assert.Equal(1.75, rules.AdjustmentOf(2, 1));
        Assert.Equal(0, rules.AdjustmentOf(0, 1));
    }

    [Fact]
    public void Adjustments_ChangeTheOptimum()
    {
        // Without adjustments ann and bob tie between Max and Noa; a bonus on ann → Noa decides it.
        Participant[] people = [People.Mentee("ann"), People.Mentee("bob"), People.Mentor("Max"), People.Mentor("Noa")];
        var options = new MatchingOptions { PairAdjustments = [new PairAdjustment("ann", "Noa", 5)] };

        MatchingResult result = new MatchingEngine(options).Solve(MatchingProblem.Create(people));

        Assert.Equal("Noa", result.Matches.Single(m => m.Mentee.Id == "ann").Mentor.Id);
        Assert.Equal("Max", result.Matches.Single(m => m.Mentee.Id == "bob").Mentor.Id);
        var penalty = new MatchingEngine(options with { PairAdjustments = [new PairAdjustment("ann", "Noa", -5)] }).Solve(MatchingProblem.Create(people));
        Assert.Equal("Max", penalty.Matches.Single(m => m.Mentee.Id == "ann").Mentor.Id);
    }

    [Fact]
    public void Priorities_DecideWhoStaysUnmatched()
    {
        Participant[] people = [People.Mentee("ann"), People.Mentee("bob"), People.Mentor("Max")];
        foreach (string first in new[] { "ann", "bob" })
        {
            var options = new MatchingOptions { UnmatchedPriorities = ImmutableDictionary<string, double>.Empty.Add(first, 10) };

            MatchingResult result = new MatchingEngine(options).Solve(MatchingProblem.Create(people));

            Assert.Equal(first, Assert.Single(result.Matches).Mentee.Id);
        }
    }

    [Fact]
    public void Tiers_OutrankEveryScore()
    {
        // bob fits Max far better, but ann's tier puts her first.
        Participant[] people = [People.Mentee("ann"), People.Mentee("bob", wants: ["Python", "SQL"]), People.Mentor("Max", offers: ["Python", "SQL"])];
        var options = new MatchingOptions { MenteeTiers = ImmutableDictionary<string, int>.Empty.Add("ann", 1) };

        Assert.Equal("bob", Assert.Single(new MatchingEngine().Solve(MatchingProblem.Create(people)).Matches).Mentee.Id);
        Assert.Equal("ann", Assert.Single(new MatchingEngine(options).Solve(MatchingProblem.Create(people)).Matches).Mentee.Id);
        Assert.Equal("ann", Assert.Single(new MatchingEngine(options with { UnmatchedPenalty = 1 }).Solve(MatchingProblem.Create(people)).Matches).Mentee.Id);
    }

    [Fact]
    public void LoadPenalty_SpreadsMentees()
    {
        // Max fits both best, but a load penalty larger than the score difference sends one to Noa.
        Participant[] people =
        [
            People.Mentee("ann", wants: ["Python"]),
            People.Mentee("bob", wants: ["Python"]),
            People.Mentor("Max", offers: ["Python"], capacity: 2),
            People.Mentor("Noa"),
        ];

        MatchingResult plain = new MatchingEngine().Solve(MatchingProblem.Create(people));
        MatchingResult spread = new MatchingEngine(new MatchingOptions { LoadPenalty = 100 }).Solve(MatchingProblem.Create(people));
        MatchingResult perMentor = new MatchingEngine(new MatchingOptions { MentorLoadPenalties = ImmutableDictionary<string, double>.Empty.Add("Max", 100) }).Solve(MatchingProblem.Create(people));

        Assert.Equal([2, 0], plain.MentorLoads.Select(l => l.Load).ToArray());
        Assert.Equal([1, 1], spread.MentorLoads.Select(l => l.Load).ToArray());
        Assert.Equal([1, 1], perMentor.MentorLoads.Select(l => l.Load).ToArray());
    }

    [Fact]
    public void FindViolation_NamesEachBrokenRule()
    {
        var options = new MatchingOptions { LockedPairs = [("bob", "Noa")], ForbiddenPairs = [("cid", "Max")], MinimumLoad = 1 };
        ProgramRules rules = ProgramRules.Create(Problem, options);

        Assert.Null(rules.FindViolation([0, 1, -1]));
        Assert.Equal("expected 3 mentees, got 2", rules.FindViolation([0, 1]));
        Assert.Equal("mentee 1 is not with its kept mentor 1", rules.FindViolation([0, 0, -1]));
        Assert.Equal("mentee 1 is not with its kept mentor 1", rules.FindViolation([0, -1, 1]));
        Assert.Equal("pair 2 → 0 is not allowed", rules.FindViolation([1, 1, 0]));
        Assert.Equal("pair 0 → 3 is not allowed", rules.FindViolation([3, 1, -1]));
        Assert.Equal("pair 0 → 2 is not allowed", rules.FindViolation([2, 1, -1]));
        Assert.Equal("mentor 0 has 0 mentees, outside [1, 3]", rules.FindViolation([-1, 1, 1]));
        Assert.Equal("mentor 1 has 3 mentees, outside [0, 2]", ProgramRules.Create(Problem).FindViolation([1, 1, 1]));
        Assert.Throws<ArgumentNullException>(() => rules.FindViolation(null!));
    }

    [Fact]
    public void Create_NullProblem_Throws()
    {
        Assert.Equal("problem", Assert.Throws<ArgumentNullException>(() => ProgramRules.Create(null!)).ParamName);
        Assert.Same(MatchingOptions.Default, ProgramRules.Create(Problem).Options);
    }

    [Fact]
    public void Repair_MeetsTheMinimumLoadsChangingFewPairs()
    {
        // A heuristic put everyone with Max; Noa needs one mentee: one pair moves, the rest stay.
        Participant[] people = [People.Mentee("ann"), People.Mentee("bob"), People.Mentee("cid"), People.Mentor("Max", capacity: 3), People.Mentor("Noa")];
        ProgramRules rules = ProgramRules.Create(MatchingProblem.Create(people), new MatchingOptions { MinimumLoad = 1 });

        int[] repaired = rules.Repair([0, 0, 0], new NetworkSimplexSolver(), CancellationToken.None);

        Assert.Null(rules.FindViolation(repaired));
        Assert.Equal(2, repaired.Count(j => j == 0));
        Assert.Equal(1, repaired.Count(j => j == 1));
        int[] fine = [0, 1, -1];
        Assert.Same(fine, rules.Repair(fine, new NetworkSimplexSolver(), CancellationToken.None));
    }

    [Fact]
    public void Repair_Impossible_Throws()
    {
        Participant[] people = [People.Mentee("ann"), People.Mentor("Max"), People.Mentor("Noa", languages: ["German"])];
        ProgramRules rules = ProgramRules.Create(MatchingProblem.Create(people), new MatchingOptions { MinimumLoad = 1 });

        var error = Assert.Throws<InvalidOperationException>(() => rules.Repair([0], new NetworkSimplexSolver(), CancellationToken.None));

        Assert.Equal("No matching satisfies every rule: the minimum loads, kept pairs and capacities cannot all be met together.", error.Message);
    }

    [Fact]
    public void StartWithLockedPairs_PlacesTheLocksAndCountsPlaces()
    {
        ProgramRules rules = ProgramRules.Create(Problem, new MatchingOptions { LockedPairs = [("cid", "Noa"), ("ann", "Noa")] });

        int[] start = rules.StartWithLockedPairs(out int[] spare);

        Assert.Equal([1, -1, 1], start);
        Assert.Equal([3, 0, 0], spare);
        var conflicted = ProgramRules.Create(Problem, new MatchingOptions { LockedPairs = [("ann", "Noa"), ("bob", "Noa"), ("cid", "Noa")] });
        var error = Assert.Throws<InvalidOperationException>(() => conflicted.StartWithLockedPairs(out _));
        Assert.Equal("No matching satisfies every rule: Noa has 3 locked mentees but a capacity of 2", error.Message);
    }
}
