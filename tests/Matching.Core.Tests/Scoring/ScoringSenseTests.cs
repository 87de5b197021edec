// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Domain;
using Matching.Core.Scoring;
using Matching.TestUtils;

namespace Matching.Core.Tests.Scoring;

public class ScoringSenseTests
{
    [Fact]
    public void Score_CriterionNobodyAnswered_IsOutOfTheMean_SoAPerfectPairScores100()
    {
        Participant[] people =
        [
            People.Mentee("a", wants: ["Python"], level: 1, goals: ["Leadership"]),
            People.Mentor("b", offers: ["Python"], level: 2, goals: ["Leadership"]),
        ];
        var scorer = new WeightedScorer(people);
        Span<double> criteria = stackalloc double[WeightedScorer.CriterionCount];

        Assert.Equal(100.0, scorer.Score(0, 1, criteria), 12);
        Assert.False(scorer.Counts(0, Criterion.MeetingFrequency));
        Assert.True(scorer.Counts(0, Criterion.Skills));
    }

    [Fact]
    public void Score_FrequencyAnsweredBySomeone_CountsForEveryone()
    {
        Participant[] people =
        [
            People.Mentee("a", wants: ["Python"]),
            People.Mentor("b", offers: ["Python"]),
            new Participant { Id = "c", Name = "c", Roles = Roles.Mentor, Capacity = 1, SkillsOffered = new HashSet<string> { "Python" }, MeetingFrequency = "weekly" },
        ];
        var scorer = new WeightedScorer(people);
        Span<double> criteria = stackalloc double[WeightedScorer.CriterionCount];

        Assert.True(scorer.Counts(0, Criterion.MeetingFrequency));
        Assert.Equal(100.0 * (40 + (5 * 0.5)) / 45, scorer.Score(0, 1, criteria), 12);
    }

    [Fact]
    public void Score_AsynchronousOnlyPair_IsNotPenalizedForNoSharedHours()
    {
        WeeklyAvailability monday = WeeklyAvailability.None.WithHours(9, 4);
        WeeklyAvailability friday = WeeklyAvailability.None.WithHours((4 * 24) + 9, 4);
        Participant Person(string id, Roles role, string[] formats, WeeklyAvailability when) => new()
        {
            Id = id, Name = id, Roles = role, Capacity = role == Roles.Mentor ? 1 : 0, Availability = when,
            MeetingFormats = new HashSet<string>(formats, StringComparer.OrdinalIgnoreCase),
        };
        Participant[] people =
        [
            Person("async mentee", Roles.Mentee, ["Asynchronous"], monday),
            Person("async mentor", Roles.Mentor, ["Asynchronous", "Chat"], friday),
            Person("video mentee", Roles.Mentee, ["Video call"], monday),
            Person("video mentor", Roles.Mentor, ["Video call"], friday),
        ];
        var scorer = new WeightedScorer(people);
        Span<double> criteria = stackalloc double[WeightedScorer.CriterionCount];

        scorer.Score(0, 1, criteria);
        Assert.Equal(1.0, criteria[(int)Criterion.Availability]);
        scorer.Score(2, 3, criteria);
        Assert.Equal(0.0, criteria[(int)Criterion.Availability]);
    }

    [Fact]
    public void Check_SameOrganisation_IsForbiddenUnlessSwitchedOff()
    {
        Participant[] people =
        [
            new() { Id = "a", Name = "a", Roles = Roles.Mentee, Organisation = "Department of Joy" },
            new() { Id = "b", Name = "b", Roles = Roles.Mentor, Capacity = 1, Organisation = "department of joy" },
            new() { Id = "c", Name = "c", Roles = Roles.Mentor, Capacity = 1, Organisation = "Department of Love" },
        ];

        var scorer = new WeightedScorer(people);
        var off = new WeightedScorer(people, new ScoringOptions { ForbidSameOrganisation = false });

        Assert.Equal(BlockReason.SameDepartment, scorer.Check(0, 1));
        Assert.Equal(BlockReason.None, scorer.Check(0, 2));
        Assert.Equal(BlockReason.None, off.Check(0, 1));
    }
}
