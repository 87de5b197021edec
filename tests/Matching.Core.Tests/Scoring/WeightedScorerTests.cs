// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Domain;
using Matching.Core.Scoring;
using Matching.TestUtils;

namespace Matching.Core.Tests.Scoring;

public class WeightedScorerTests
{
    private static readonly ScoringOptions SkillsOnly = new()
    {
        SkillsWeight = 1, GoalsWeight = 0, AvailabilityWeight = 0, CareerLevelWeight = 0, MeetingFormatWeight = 0, MeetingFrequencyWeight = 0,
    };

    [Fact]
    public void Score_SkillsCoverage_IsSharedOverWanted()
    {
        // Mentee wants 4 skills; the mentor offers 3 of them plus one more: coverage 3/4 = 75 points.
        Participant[] people =
        [
            People.Mentee("a", wants: ["Python", "SQL", "Cloud", "Leadership"]),
            People.Mentor("b", offers: ["python", "SQL", "cloud", "Sales"]),
        ];
        var scorer = new WeightedScorer(people, SkillsOnly);
        Span<double> criteria = stackalloc double[WeightedScorer.CriterionCount];

        double score = scorer.Score(0, 1, criteria);

        Assert.Equal(0.75, criteria[(int)Criterion.Skills], 12);
        Assert.Equal(75.0, score, 12);
    }

    [Fact]
    public void Score_WeightedMean_MatchesHandComputation()
    {
        // Skills 1/2 (weight 40), goals 1/1 (weight 20), career gap 1 = ideal → 1 (15); availability, formats,
        // frequency and department were never asked (nobody answered), so they are out of the mean, as are
        // affinity and preference (no opt-in, no choices): (40·0.5 + 20·1 + 15·1) / 75 · 100 = 55 / 75 · 100 = 73.33.
        Participant[] people =
        [
            People.Mentee("a", wants: ["Python", "SQL"], level: 1, goals: ["Leadership"]),
            People.Mentor("b", offers: ["Python"], level: 2, goals: ["Leadership", "Networking"]),
        ];
        var scorer = new WeightedScorer(people);
        Span<double> criteria = stackalloc double[WeightedScorer.CriterionCount];

        Assert.Equal(5500.0 / 75.0, scorer.Score(0, 1, criteria), 12);
    }

    [Fact]
    public void Check_NoSharedLanguage_Blocks()
    {
        Participant[] people =
        [
            People.Mentee("a", languages: ["German"]),
            People.Mentor("b", languages: ["Spanish", "French"]),
            People.Mentor("c", languages: ["French", "German"]),
        ];
        var scorer = new WeightedScorer(people);

        Assert.Equal(BlockReason.NoSharedLanguage, scorer.Check(0, 1));
        Assert.Equal(BlockReason.None, scorer.Check(0, 2));
    }

    [Fact]
    public void Check_SamePersonAndZeroCapacity_Block()
    {
        Participant[] people = [People.Mentor("x", capacity: 2), People.Mentor("y", capacity: 0)];
        var scorer = new WeightedScorer(people);

        Assert.Equal(BlockReason.SamePerson, scorer.Check(0, 0));
        Assert.Equal(BlockReason.NoCapacity, scorer.Check(0, 1));
    }

    [Fact]
    public void Check_MinimumOverlap_BlocksBelowThreshold()
    {
        var mornings = WeeklyAvailability.None.WithHours(8, 4);
        var eveningsAndMorning = WeeklyAvailability.None.WithHours(11, 1).WithHours(18, 3);
        Participant[] people =
        [
            People.Mentee("a", availability: mornings),
            People.Mentor("b", availability: eveningsAndMorning),
        ];
        var strict = new WeightedScorer(people, new ScoringOptions { MinimumOverlapHours = 2 });
        var lenient = new WeightedScorer(people, new ScoringOptions { MinimumOverlapHours = 1 });

        Assert.Equal(BlockReason.TooLittleOverlap, strict.Check(0, 1));
        Assert.Equal(BlockReason.None, lenient.Check(0, 1));
    }

    [Theory]
    [InlineData(1, 2, 1.0)] // one level above: ideal
    [InlineData(1, 3, 1.0)] // two above: still good
    [InlineData(0, 4, 0.5)] // four above: 1 − 0.25·2
    [InlineData(2, 2, 0.3)] // peers
    [InlineData(3, 1, 0.0)] // mentor more junior
    public void Score_CareerLevel_FollowsTheLadder(int menteeLevel, int mentorLevel, double expected)
    {
        Participant[] people = [People.Mentee("a", level: menteeLevel), People.Mentor("b", level: mentorLevel)];
        var scorer = new WeightedScorer(people);
        Span<double> criteria = stackalloc double[WeightedScorer.CriterionCount];

        scorer.Score(0, 1, criteria);

        Assert.Equal(expected, criteria[(int)Criterion.CareerLevel], 12);
    }

    [Fact]
    public void Constructor_InvalidWeights_ThrowsListingEveryProblem()
    {
        var options = new ScoringOptions { SkillsWeight = -1, GoalsWeight = double.NaN, TargetOverlapHours = 0 };

        var error = Assert.Throws<ArgumentException>(() => new WeightedScorer([], options));

        Assert.Contains("Skills", error.Message, StringComparison.Ordinal);
        Assert.Contains("Goals", error.Message, StringComparison.Ordinal);
        Assert.Contains("target overlap", error.Message, StringComparison.Ordinal);
    }
}
