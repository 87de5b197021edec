// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Domain;
using Matching.Core.Scoring;
using Matching.TestUtils;

namespace Matching.Core.Tests.Scoring;

/// <summary>
/// Every hard rule with data on both sides of it: the pair it must block, and the pairs next to it that it must not.
/// </summary>
public class HardRuleTests
{
    [Fact]
    public void Check_Decline_BlocksOnlyTheDeclinedMentee()
    {
        Participant[] people =
        [
            People.Mentee("a"),
            People.Mentee("c"),
            People.Mentor("m") with { DeclinedMentees = People.Tags("a") },
            People.Mentor("n"),
        ];
        var scorer = new WeightedScorer(people);

        Assert.Equal(BlockReason.Declined, scorer.Check(0, 2));
        Assert.Equal(BlockReason.None, scorer.Check(1, 2));
        Assert.Equal(BlockReason.None, scorer.Check(0, 3));
    }

    [Fact]
    public void Check_DeclineOfSomeoneNotInTheProgram_BlocksNobody()
    {
        Participant[] people = [People.Mentee("a"), People.Mentor("m") with { DeclinedMentees = People.Tags("ghost") }];

        Assert.Equal(BlockReason.None, new WeightedScorer(people).Check(0, 1));
    }

    [Theory]
    [InlineData(true, "Sales", "Sales", BlockReason.SameDepartment)]
    [InlineData(true, "Sales", "Legal", BlockReason.None)]
    [InlineData(true, null, "Sales", BlockReason.None)]
    [InlineData(true, "Sales", null, BlockReason.None)]
    [InlineData(false, "Sales", "Sales", BlockReason.None)]
    public void Check_SameDepartmentRule_OnlyWhenOnAndBothAnswered(bool forbid, string? menteeDepartment, string? mentorDepartment, BlockReason expected)
    {
        Participant[] people =
        [
            People.Mentee("a") with { Department = menteeDepartment },
            People.Mentor("m") with { Department = mentorDepartment },
        ];
        var scorer = new WeightedScorer(people, new ScoringOptions { ForbidSameDepartment = forbid });

        Assert.Equal(expected, scorer.Check(0, 1));
    }

    [Theory]
    [InlineData(new string[0], new[] { "German" }, BlockReason.None)] // the mentee left it blank
    [InlineData(new[] { "German" }, new string[0], BlockReason.None)] // the mentor left it blank
    [InlineData(new string[0], new string[0], BlockReason.None)]
    [InlineData(new[] { "German" }, new[] { "French" }, BlockReason.NoSharedLanguage)]
    [InlineData(new[] { "German", "French" }, new[] { "French" }, BlockReason.None)]
    public void Check_Language_UnansweredNeverBlocks(string[] menteeLanguages, string[] mentorLanguages, BlockReason expected)
    {
        Participant[] people =
        [
            People.Mentee("a", languages: menteeLanguages),
            People.Mentor("m", languages: mentorLanguages),
        ];

        Assert.Equal(expected, new WeightedScorer(people).Check(0, 1));
    }

    [Fact]
    public void Check_LanguageRuleOff_AllowsDisjointLanguages()
    {
        Participant[] people = [People.Mentee("a", languages: ["German"]), People.Mentor("m", languages: ["French"])];

        Assert.Equal(BlockReason.None, new WeightedScorer(people, new ScoringOptions { RequireSharedLanguage = false }).Check(0, 1));
    }

    [Theory]
    [InlineData("m@x.org", null, true)] // the mentee reports to the mentor
    [InlineData(null, "a@x.org", true)] // the mentor reports to the mentee
    [InlineData("boss@x.org", "boss@x.org", true)] // same manager
    [InlineData("boss@x.org", "chief@x.org", false)]
    [InlineData("boss@x.org", null, false)]
    [InlineData(null, "boss@x.org", false)]
    [InlineData(null, null, false)]
    public void Check_ReportingLine_BothDirectionsAndSameManager(string? menteeManager, string? mentorManager, bool blocked)
    {
        Participant[] people =
        [
            People.Mentee("a") with { Email = "a@x.org", ManagerEmail = menteeManager },
            People.Mentor("m") with { Email = "m@x.org", ManagerEmail = mentorManager },
        ];
        var on = new WeightedScorer(people);
        var off = new WeightedScorer(people, new ScoringOptions { ForbidReportingLine = false });

        Assert.Equal(blocked ? BlockReason.ReportingLine : BlockReason.None, on.Check(0, 1));
        Assert.Equal(BlockReason.None, off.Check(0, 1));
    }

    [Theory]
    [InlineData(false, 3, 1, 0.0)] // the mentor is two levels below: no fit
    [InlineData(true, 3, 1, 1.0)] // reverse mentoring: a junior mentor two levels below is good
    [InlineData(true, 1, 2, 0.0)] // reverse mentoring: a senior mentor no longer fits
    [InlineData(false, 1, 2, 1.0)]
    public void Score_ReverseMentoring_TurnsTheLadder(bool reverse, int menteeLevel, int mentorLevel, double expected)
    {
        Participant[] people = [People.Mentee("a", level: menteeLevel), People.Mentor("m", level: mentorLevel)];
        var scorer = new WeightedScorer(people, new ScoringOptions { ReverseMentoring = reverse });
        Span<double> criteria = stackalloc double[WeightedScorer.CriterionCount];

        scorer.Score(0, 1, criteria);

        Assert.Equal(expected, criteria[(int)Criterion.CareerLevel], 12);
    }

    [Theory]
    [InlineData("weekly", "weekly", 1.0)]
    [InlineData("biweekly", "biweekly", 1.0)]
    [InlineData("quarterly", "quarterly", 1.0)]
    [InlineData("weekly", "biweekly", 0.5)]
    [InlineData("biweekly", "monthly", 0.5)]
    [InlineData("monthly", "quarterly", 0.5)]
    [InlineData("quarterly", "monthly", 0.5)]
    [InlineData("weekly", "monthly", 0.0)]
    [InlineData("biweekly", "quarterly", 0.0)]
    [InlineData("weekly", "quarterly", 0.0)]
    public void Score_Frequency_FollowsTheScale(string menteeFrequency, string mentorFrequency, double expected)
    {
        Participant[] people =
        [
            People.Mentee("a") with { MeetingFrequency = menteeFrequency },
            People.Mentor("m") with { MeetingFrequency = mentorFrequency },
        ];
        var scorer = new WeightedScorer(people);
        Span<double> criteria = stackalloc double[WeightedScorer.CriterionCount];

        scorer.Score(0, 1, criteria);

        Assert.Equal(expected, criteria[(int)Criterion.MeetingFrequency], 12);
    }
}
