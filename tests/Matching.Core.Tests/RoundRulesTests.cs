// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Collections.Immutable;
using Matching.Core.Domain;
using Matching.Core.Problem;
using Matching.Core.Results;
using Matching.Core.Rounds;
using Matching.Core.Rules;
using Matching.Core.Text;
using Matching.TestUtils;

namespace Matching.Core.Tests;

/// <summary>The rules that programs over time add to the one flow model: tiers, wide adjustments, effective capacities, named reasons.</summary>
public class RoundRulesTests
{
    [Fact]
    public void MenteeTier_MatchesTheTieredMenteeFirst_WhereTheScoreWouldPickAnother()
    {
        // A has one place; "x" scores higher with A (shared skill), "first" (tier 1) lower.
        Participant[] people =
        [
            People.Mentee("first", languages: ["English"]),
            People.Mentee("x", wants: ["Python"], languages: ["English"]),
            People.Mentor("A", capacity: 1, offers: ["Python"], languages: ["English"]),
        ];
        MatchingProblem problem = MatchingProblem.Create(people);
        var tiers = ImmutableDictionary<string, int>.Empty.Add("first", 1);

        MatchingResult plain = new MatchingEngine().Solve(problem);
        MatchingResult tiered = new MatchingEngine(new MatchingOptions { MenteeTiers = tiers }).Solve(problem);

        Assert.Equal("x", Assert.Single(plain.Matches).Mentee.Id);
        Assert.Equal("first", Assert.Single(tiered.Matches).Mentee.Id);
        Assert.True(tiered.Certificate!.IsOptimal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new MatchingEngine(new MatchingOptions { MenteeTiers = tiers.SetItem("first", 3) }));
    }

    [Fact]
    public void PairAdjustment_BeyondTheLimit_IsRejected_AndAWiderLimitAcceptsIt()
    {
        var adjustment = new PairAdjustment("m", "A", 5_000);
        Assert.Throws<ArgumentOutOfRangeException>(() => new MatchingEngine(new MatchingOptions { PairAdjustments = [adjustment] }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MatchingEngine(new MatchingOptions { MaxPairAdjustment = 2_000_000 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Rematch.Plan([], [], [], new RematchOptions { DisruptionCost = 1_000_001 }));

        // A disruption cost of 5,000 points keeps the weak running pair although another mentor scores far better.
        Participant[] people =
        [
            People.Mentee("m", wants: ["Python"], languages: ["English"]),
            People.Mentor("A", capacity: 1, offers: ["Sales"], languages: ["English"]),
            People.Mentor("B", capacity: 1, offers: ["Python"], languages: ["English"]),
        ];
        MatchingProblem problem = MatchingProblem.Create(people);
        Assert.Equal("B", Assert.Single(new MatchingEngine().Solve(problem).Matches).Mentor.Id);
        RematchResult kept = Rematch.Solve(problem, [("m", "A")], [], new RematchOptions { DisruptionCost = 5_000 });
        Assert.Equal("A", Assert.Single(kept.Result.Matches).Mentor.Id);
        Assert.Equal(PairChangeKind.Kept, Assert.Single(kept.Changes).Kind);
    }

    [Fact]
    public void MentorLoads_ReportTheEffectiveCapacity()
    {
        Participant[] people = [People.Mentee("m"), People.Mentor("A", capacity: 3)];
        var options = new MatchingOptions { EffectiveCapacities = ImmutableDictionary<string, int>.Empty.Add("A", 1) };

        MatchingResult result = new MatchingEngine(options).Solve(MatchingProblem.Create(people));

        Assert.Equal(1, Assert.Single(result.MentorLoads).Capacity);
    }

    [Theory]
    [InlineData(PairRule.Repeat)]
    [InlineData(PairRule.BadRating)]
    [InlineData(PairRule.Ended)]
    public void UnmatchedReason_NamesTheRuleThatExcludesThePair_InBothLanguages(PairRule rule)
    {
        Participant[] people = [People.Mentee("m"), People.Mentor("A", capacity: 1)];
        MatchingProblem problem = MatchingProblem.Create(people);
        foreach (TextCatalog text in new[] { TextCatalog.English, TextCatalog.German })
        {
            var options = new MatchingOptions
            {
                Language = text.Language,
                PairRules = MatchingOptions.Default.PairRules.Add(("m", "A"), rule),
            };

            MatchingResult result = new MatchingEngine(options).Solve(problem);

            string reason = result.Unmatched.Single(u => u.Side == Roles.Mentee).Reason;
            Assert.Contains(text.PairRuleName(rule), reason, StringComparison.Ordinal);
            Assert.NotEqual(text.OnlyExcludedMentors(1), reason);
        }

        Assert.NotEqual(TextCatalog.English.PairRuleName(rule), TextCatalog.German.PairRuleName(rule));
    }

    [Fact]
    public void HistoryPlan_ThroughTheEngine_NamesFatigue()
    {
        Participant[] people = [People.Mentee("m"), People.Mentor("A", capacity: 1), People.Mentor("B", capacity: 1)];
        MatchingProblem problem = MatchingProblem.Create(people);
        var plan = new RoundPlan
        {
            ForbiddenPairs = new Dictionary<(string, string), string> { [("m", "A")] = "paired in round1" },
            PairRules = new Dictionary<(string, string), PairRule> { [("m", "A")] = PairRule.Repeat },
            MentorCapacities = new Dictionary<string, int> { ["B"] = 0 },
            PersonRules = new Dictionary<string, PersonRule> { ["B"] = PersonRule.Fatigue },
        };

        MatchingResult result = plan.Solve(problem);

        // A is ruled out by the repeat; B, the one mentor left, rests this round.
        Assert.Equal(TextCatalog.English.CompatibleMentorsFullFatigue(1, 1), result.Unmatched.Single(u => u.Participant.Id == "m").Reason);
        Assert.Equal(TextCatalog.English.MentorResting, result.Unmatched.Single(u => u.Participant.Id == "B").Reason);
        Assert.Equal(0, result.MentorLoads.Single(l => l.Mentor.Id == "B").Capacity);
    }
}
