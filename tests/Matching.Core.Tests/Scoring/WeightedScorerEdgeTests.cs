// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Candidates;
using Matching.Core.Domain;
using Matching.Core.Problem;
using Matching.Core.Scoring;
using Matching.TestUtils;

namespace Matching.Core.Tests.Scoring;

/// <summary>
/// The scorer's edges that the mutation run of issue 18 found untested: how answers are read (trimmed, case-blind,
/// blank as unanswered, duplicate and ambiguous references), which criteria count, the career ladder with other
/// gaps, asynchronous formats, and the span check. Each expected value is computed by hand in the comment beside it.
/// </summary>
public class WeightedScorerEdgeTests
{
    private static readonly ScoringOptions SkillsOnly = new()
    {
        SkillsWeight = 1, GoalsWeight = 0, AvailabilityWeight = 0, CareerLevelWeight = 0, MeetingFormatWeight = 0, MeetingFrequencyWeight = 0,
        DepartmentWeight = 0, AffinityWeight = 0, PreferenceWeight = 0,
    };

    [Fact]
    public void Score_SpanTooShort_IsRejectedByName()
    {
        var scorer = new WeightedScorer([People.Mentee("a"), People.Mentor("b")]);

        var error = Assert.Throws<ArgumentException>(() => scorer.Score(0, 1, new double[WeightedScorer.CriterionCount - 1]));

        Assert.Equal("criteria", error.ParamName);
        Assert.StartsWith($"Need room for {WeightedScorer.CriterionCount} criteria.", error.Message, StringComparison.Ordinal);
        Assert.Equal(9, WeightedScorer.CriterionCount);
        Assert.Equal(50.0, scorer.Score(0, 1, new double[WeightedScorer.CriterionCount + 3]));
    }

    [Fact]
    public void Score_NoCountedCriterionHasWeight_IsNeutral()
    {
        // Only skills has a weight, and nobody answered the skills questions: nothing is left to average, so 50.
        Participant[] people = [People.Mentee("a", goals: ["Leadership"]), People.Mentor("b", goals: ["Leadership"])];
        var scorer = new WeightedScorer(people, SkillsOnly);
        double[] criteria = new double[WeightedScorer.CriterionCount];

        Assert.Equal(50.0, scorer.Score(0, 1, criteria));
        Assert.False(scorer.Counts(0, Criterion.Skills));
        Assert.True(scorer.Counts(0, Criterion.Goals));
        Assert.Equal(1.0, criteria[(int)Criterion.Goals]);
    }

    [Fact]
    public void Counts_SkillsNeedBothWantedAndOfferedAnswers()
    {
        Participant[] wantedOnly = [People.Mentee("a", wants: ["Python"]), People.Mentor("b")];
        Participant[] offeredOnly = [People.Mentee("a"), People.Mentor("b", offers: ["Python"])];
        Participant[] both = [People.Mentee("a", wants: ["Python"]), People.Mentor("b", offers: ["SQL"])];

        Assert.False(new WeightedScorer(wantedOnly).Counts(0, Criterion.Skills));
        Assert.False(new WeightedScorer(offeredOnly).Counts(0, Criterion.Skills));
        Assert.True(new WeightedScorer(both).Counts(0, Criterion.Skills));
    }

    public static TheoryData<Criterion> AskedCriteria() =>
        [Criterion.Goals, Criterion.Availability, Criterion.CareerLevel, Criterion.MeetingFormat, Criterion.MeetingFrequency, Criterion.Department];

    [Theory]
    [MemberData(nameof(AskedCriteria))]
    public void Counts_ACriterionCountsOnlyWhenSomeoneAnsweredIt(Criterion answered)
    {
        // Only the mentor (the second person) answers one question; the mentee answered nothing, yet it counts for her.
        Participant mentor = new() { Id = "b", Name = "b", Roles = Roles.Mentor, Capacity = 1, Languages = People.Tags() };
        mentor = answered switch
        {
            Criterion.Goals => mentor with { Goals = People.Tags("Leadership") },
            Criterion.Availability => mentor with { Availability = WeeklyAvailability.None.WithHours(9, 2) },
            Criterion.CareerLevel => mentor with { CareerLevel = 3 },
            Criterion.MeetingFormat => mentor with { MeetingFormats = People.Tags("Chat") },
            Criterion.MeetingFrequency => mentor with { MeetingFrequency = "monthly" },
            _ => mentor with { Department = "Sales" },
        };
        Participant mentee = new() { Id = "a", Name = "a", Roles = Roles.Mentee, Languages = People.Tags() };
        var scorer = new WeightedScorer([mentee, mentor]);

        foreach (Criterion criterion in Enum.GetValues<Criterion>())
        {
            Assert.Equal(criterion == answered, scorer.Counts(0, criterion));
        }

        double[] criteria = new double[WeightedScorer.CriterionCount];
        Assert.Equal(50.0, scorer.Score(0, 1, criteria)); // the mentee's blank answer is neutral
        Assert.Equal(0.5, criteria[(int)answered]);
    }

    [Fact]
    public void Counts_AffinityNeedsTheOptInAndAnIdentityAnswer()
    {
        Participant optedInBlank = new() { Id = "a", Name = "a", Roles = Roles.Mentee, WantsAffinity = true };
        Participant optedIn = new() { Id = "c", Name = "c", Roles = Roles.Mentee, WantsAffinity = true, Identity = People.Tags("X") };
        Participant mentor = new() { Id = "m", Name = "m", Roles = Roles.Mentor, Capacity = 1, Identity = People.Tags("X") };
        var scorer = new WeightedScorer([optedInBlank, optedIn, mentor]);

        Assert.False(scorer.Counts(0, Criterion.Affinity));
        Assert.True(scorer.Counts(1, Criterion.Affinity));
    }

    [Theory]
    [InlineData(2, 3, 0, 0.0)] // two below the ideal gap of 2
    [InlineData(2, 3, 1, 0.3)] // one short of the ideal
    [InlineData(2, 3, 2, 1.0)]
    [InlineData(2, 3, 3, 1.0)]
    [InlineData(2, 3, 4, 0.75)] // one beyond the good gap: 1 − 0.25
    [InlineData(2, 3, 5, 0.5)]
    [InlineData(2, 3, 6, 0.25)]
    [InlineData(2, 3, 8, 0.25)] // never below 0.25
    [InlineData(0, 0, 0, 1.0)]
    [InlineData(0, 0, -1, 0.3)] // one short of an ideal gap of 0
    [InlineData(0, 0, -2, 0.0)]
    [InlineData(0, 0, 1, 0.75)]
    public void Score_CareerLevel_WithOtherGaps(int ideal, int maximum, int gap, double expected)
    {
        Participant[] people = [People.Mentee("a", level: 10), People.Mentor("b", level: 10 + gap)];
        var scorer = new WeightedScorer(people, new ScoringOptions { IdealLevelGap = ideal, MaximumGoodLevelGap = maximum });
        double[] criteria = new double[WeightedScorer.CriterionCount];

        scorer.Score(0, 1, criteria);

        Assert.Equal(expected, criteria[(int)Criterion.CareerLevel], 12);
    }

    [Fact]
    public void Score_CareerLevelOfOneSideUnknown_IsNeutral()
    {
        Participant[] people = [People.Mentee("a", level: 1), People.Mentor("b"), People.Mentee("c"), People.Mentor("d", level: 2)];
        var scorer = new WeightedScorer(people);
        double[] criteria = new double[WeightedScorer.CriterionCount];

        scorer.Score(0, 1, criteria);
        Assert.Equal(0.5, criteria[(int)Criterion.CareerLevel]);
        scorer.Score(2, 3, criteria);
        Assert.Equal(0.5, criteria[(int)Criterion.CareerLevel]);
        scorer.Score(0, 3, criteria);
        Assert.Equal(1.0, criteria[(int)Criterion.CareerLevel]);
    }

    [Fact]
    public void Score_AvailabilityOverTheTargetHours()
    {
        // 3 shared hours of a target of 6 → 0.5; of the default 4 → 0.75.
        Participant[] people =
        [
            People.Mentee("a", availability: WeeklyAvailability.None.WithHours(10, 5)),
            People.Mentor("b", availability: WeeklyAvailability.None.WithHours(12, 5)),
        ];
        double[] criteria = new double[WeightedScorer.CriterionCount];

        new WeightedScorer(people, new ScoringOptions { TargetOverlapHours = 6 }).Score(0, 1, criteria);
        Assert.Equal(0.5, criteria[(int)Criterion.Availability]);
        new WeightedScorer(people).Score(0, 1, criteria);
        Assert.Equal(0.75, criteria[(int)Criterion.Availability]);
    }

    [Theory]
    [InlineData("Email", "email", 1.0)]
    [InlineData("E-Mail", "e-mail", 1.0)]
    [InlineData("Async text", "ASYNC TEXT", 1.0)]
    [InlineData("Emails", "Emails", 0.0)] // not an asynchronous format: the hours count
    [InlineData("Chat", "Chat", 0.0)]
    public void Score_SharedAsynchronousFormat_NeedsNoSharedHours(string menteeFormat, string mentorFormat, double expected)
    {
        Participant[] people =
        [
            People.Mentee("a", availability: WeeklyAvailability.None.WithHours(9, 2)) with { MeetingFormats = People.Tags(menteeFormat) },
            People.Mentor("b", availability: WeeklyAvailability.None.WithHours(30, 2)) with { MeetingFormats = People.Tags(mentorFormat) },
        ];
        double[] criteria = new double[WeightedScorer.CriterionCount];

        new WeightedScorer(people).Score(0, 1, criteria);

        Assert.Equal(expected, criteria[(int)Criterion.Availability]);
        Assert.Equal(1.0, criteria[(int)Criterion.MeetingFormat]);
    }

    [Fact]
    public void Score_AsynchronousOnOneSideOnlyOrWithASecondSharedFormat_UsesTheHours()
    {
        WeeklyAvailability monday = WeeklyAvailability.None.WithHours(9, 2);
        WeeklyAvailability tuesday = WeeklyAvailability.None.WithHours(33, 2);
        Participant[] people =
        [
            People.Mentee("email only", availability: monday) with { MeetingFormats = People.Tags("Email") },
            People.Mentor("chat only", availability: tuesday) with { MeetingFormats = People.Tags("Chat") },
            People.Mentee("email and chat", availability: monday) with { MeetingFormats = People.Tags("Email", "Chat") },
            People.Mentor("email and chat too", availability: tuesday) with { MeetingFormats = People.Tags("Email", "Chat") },
        ];
        var scorer = new WeightedScorer(people);
        double[] criteria = new double[WeightedScorer.CriterionCount];

        scorer.Score(0, 1, criteria); // the mentor meets only by chat: no shared format, no shared hours
        Assert.Equal(0.0, criteria[(int)Criterion.Availability]);
        Assert.Equal(0.0, criteria[(int)Criterion.MeetingFormat]);
        scorer.Score(2, 1, criteria); // chat is shared, e-mail is only the mentee's
        Assert.Equal(0.0, criteria[(int)Criterion.Availability]);
        scorer.Score(2, 3, criteria); // chat is shared as well as e-mail, so they must find hours for it
        Assert.Equal(0.0, criteria[(int)Criterion.Availability]);
        scorer.Score(0, 3, criteria); // e-mail is their only shared format
        Assert.Equal(1.0, criteria[(int)Criterion.Availability]);
    }

    [Fact]
    public void Score_SharedSynchronousFormatBesideUnsharedAsynchronousOnes_UsesTheHours()
    {
        // Both list an asynchronous format, but not the same one: the one format they share is chat, which needs
        // hours (before, sharing exactly one format while both listed some asynchronous format counted as e-mail only).
        WeeklyAvailability monday = WeeklyAvailability.None.WithHours(9, 2);
        WeeklyAvailability tuesday = WeeklyAvailability.None.WithHours(33, 2);
        Participant[] people =
        [
            People.Mentee("chat and e-mail", availability: monday) with { MeetingFormats = People.Tags("Chat", "Email") },
            People.Mentor("chat and async video", availability: tuesday) with { MeetingFormats = People.Tags("Chat", "Async video") },
            People.Mentor("e-mail and async video", availability: tuesday) with { MeetingFormats = People.Tags("Email", "Async video") },
            People.Mentee("async video and e-mail", availability: monday) with { MeetingFormats = People.Tags("Async video", "Email") },
        ];
        var scorer = new WeightedScorer(people);
        double[] criteria = new double[WeightedScorer.CriterionCount];

        scorer.Score(0, 1, criteria); // chat is their only shared format: no shared hours, 0
        Assert.Equal(0.0, criteria[(int)Criterion.Availability]);
        Assert.Equal(1.0, criteria[(int)Criterion.MeetingFormat]);
        scorer.Score(0, 2, criteria); // e-mail is their only shared format: no hours needed
        Assert.Equal(1.0, criteria[(int)Criterion.Availability]);
        scorer.Score(3, 2, criteria); // two shared formats, both asynchronous: no hours needed either
        Assert.Equal(1.0, criteria[(int)Criterion.Availability]);
        scorer.Score(3, 1, criteria); // async video is shared, and chat only the mentor's
        Assert.Equal(1.0, criteria[(int)Criterion.Availability]);
    }

    [Fact]
    public void Score_DifferentAsynchronousFormatsWithNoneShared_UsesTheHours()
    {
        // Both list only asynchronous formats, but no format is shared: the hours count (no shared hours: 0), and the
        // formats do not fit (0).
        WeeklyAvailability monday = WeeklyAvailability.None.WithHours(9, 2);
        WeeklyAvailability tuesday = WeeklyAvailability.None.WithHours(33, 2);
        Participant[] people =
        [
            People.Mentee("e-mail", availability: monday) with { MeetingFormats = People.Tags("Email") },
            People.Mentor("async video", availability: tuesday) with { MeetingFormats = People.Tags("Async video") },
        ];
        var scorer = new WeightedScorer(people);
        double[] criteria = new double[WeightedScorer.CriterionCount];

        scorer.Score(0, 1, criteria);

        Assert.Equal(0.0, criteria[(int)Criterion.Availability]);
        Assert.Equal(0.0, criteria[(int)Criterion.MeetingFormat]);
    }

    [Theory]
    [InlineData("Weekly", "WEEKLY", 1.0)]
    [InlineData("weekly", "daily", 0.5)] // not on the scale: unanswered
    [InlineData("fortnightly", "fortnightly", 0.5)]
    public void Score_Frequency_IsReadCaseBlindAndUnknownIsNeutral(string menteeFrequency, string mentorFrequency, double expected)
    {
        Participant[] people =
        [
            People.Mentee("a") with { MeetingFrequency = menteeFrequency },
            People.Mentor("b") with { MeetingFrequency = mentorFrequency },
        ];
        double[] criteria = new double[WeightedScorer.CriterionCount];

        new WeightedScorer(people).Score(0, 1, criteria);

        Assert.Equal(expected, criteria[(int)Criterion.MeetingFrequency]);
    }

    [Theory]
    [InlineData(" Sales ", "sales", 0.0, BlockReason.SameDepartment)] // trimmed and case-blind: the same department
    [InlineData("   ", "Sales", 0.5, BlockReason.None)] // blank is unanswered
    [InlineData("Sales", "", 0.5, BlockReason.None)]
    [InlineData("", " ", 0.5, BlockReason.None)]
    public void Department_BlankIsUnansweredAndNamesAreTrimmed(string menteeDepartment, string mentorDepartment, double value, BlockReason block)
    {
        Participant[] people =
        [
            People.Mentee("a") with { Department = menteeDepartment },
            People.Mentor("b") with { Department = mentorDepartment },
            People.Mentor("c") with { Department = "Legal" }, // someone answered, so the criterion counts
        ];
        double[] criteria = new double[WeightedScorer.CriterionCount];

        var scorer = new WeightedScorer(people);
        scorer.Score(0, 1, criteria);
        Assert.Equal(value, criteria[(int)Criterion.Department]);
        Assert.Equal(BlockReason.None, scorer.Check(0, 1));
        Assert.Equal(block, new WeightedScorer(people, new ScoringOptions { ForbidSameDepartment = true }).Check(0, 1));
    }

    [Fact]
    public void Check_ReportingLineToTheFirstEmailRead_IsFound()
    {
        // The mentor is read first, so her e-mail is the first key (0); the mentee's manager is her, in other case.
        Participant[] people =
        [
            People.Mentor("m") with { Email = "m@x.org" },
            People.Mentee("a") with { Email = "a@x.org", ManagerEmail = " M@X.ORG " },
            People.Mentor("n") with { Email = "n@x.org", ManagerEmail = "m@x.org" },
        ];
        var scorer = new WeightedScorer(people);

        Assert.Equal(BlockReason.ReportingLine, scorer.Check(1, 0)); // her manager
        Assert.Equal(BlockReason.ReportingLine, scorer.Check(1, 2)); // the same manager
    }

    [Fact]
    public void Check_SameObjectTwice_IsTheSamePerson()
    {
        Participant both = People.Mentor("x") with { Roles = Roles.Both };
        var scorer = new WeightedScorer([both, both, People.Mentor("y")]);

        Assert.Equal(BlockReason.SamePerson, scorer.Check(0, 1));
        Assert.Equal(BlockReason.SamePerson, scorer.Check(1, 1));
        Assert.Equal(BlockReason.None, scorer.Check(0, 2));
    }

    [Fact]
    public void Check_DeclinesListedOutOfOrder_AllBlock()
    {
        // The mentor names the mentees in the reverse of their order in the program, by id, name and e-mail.
        Participant[] people =
        [
            People.Mentee("a") with { Email = "a@x.org" },
            People.Mentee("b") with { Name = "Bea" },
            People.Mentee("c"),
            People.Mentee("d"),
            People.Mentor("m") with { DeclinedMentees = People.Tags("d", " Bea ", "a@x.org") },
        ];
        var scorer = new WeightedScorer(people);

        Assert.Equal(
            [BlockReason.Declined, BlockReason.Declined, BlockReason.None, BlockReason.Declined],
            Enumerable.Range(0, 4).Select(i => scorer.Check(i, 4)).ToArray());
    }

    [Fact]
    public void Check_MinimumOverlap_NeverBlocksAnUnansweredCalendar()
    {
        WeeklyAvailability monday = WeeklyAvailability.None.WithHours(9, 4);
        Participant[] people =
        [
            People.Mentee("blank"),
            People.Mentor("monday", availability: monday),
            People.Mentee("monday too", availability: monday),
            People.Mentor("blank too"),
            People.Mentee("evening", availability: WeeklyAvailability.None.WithHours(20, 2)),
        ];
        var scorer = new WeightedScorer(people, new ScoringOptions { MinimumOverlapHours = 3 });

        Assert.Equal(BlockReason.None, scorer.Check(0, 1));
        Assert.Equal(BlockReason.None, scorer.Check(2, 3));
        Assert.Equal(BlockReason.None, scorer.Check(2, 1));
        Assert.Equal(BlockReason.TooLittleOverlap, scorer.Check(4, 1));
        Assert.Equal(BlockReason.None, new WeightedScorer(people).Check(4, 1)); // no minimum by default
    }

    [Fact]
    public void Check_MinimumOfACriterionThatDoesNotCount_NeverBlocks()
    {
        // Affinity would be 0.5 (no identity answer) below the minimum 0.9, but the mentee did not opt in.
        Participant[] people = [People.Mentee("a"), People.Mentor("b") with { Identity = People.Tags("X") }];
        var options = new ScoringOptions { Minimums = new Dictionary<Criterion, double> { [Criterion.Affinity] = 0.9, [Criterion.Goals] = 0.9 } };

        Assert.Equal(BlockReason.None, new WeightedScorer(people, options).Check(0, 1));
    }

    [Fact]
    public void Check_SecondMinimumBelow_Blocks()
    {
        // Skills 1 meets its minimum; goals 0 (asked, not met) is below its own.
        Participant[] people =
        [
            People.Mentee("a", wants: ["Python"], goals: ["Leadership"]),
            People.Mentor("b", offers: ["Python"], goals: ["Sales"]),
        ];
        var options = new ScoringOptions { Minimums = new Dictionary<Criterion, double> { [Criterion.Skills] = 1.0, [Criterion.Goals] = 0.1 } };

        Assert.Equal(BlockReason.BelowMinimum, new WeightedScorer(people, options).Check(0, 1));
    }

    [Fact]
    public void Preference_DuplicateAndTrimmedReferences_CountOnce()
    {
        // "m1", "M1" (its name) and " m1@x.org " are one mentor, so the mentee ranked two: m1 → 2/2, m2 → 1/2.
        Participant mentee = new() { Id = "a", Name = "a", Roles = Roles.Mentee, PreferredMentors = ["m1", "M1", " m1@x.org ", " m2 "] };
        Participant m1 = new() { Id = "m1", Email = "m1@x.org", Name = "M1", Roles = Roles.Mentor, Capacity = 1 };
        Participant m2 = new() { Id = "m2", Name = "Second", Roles = Roles.Mentor, Capacity = 1 };
        var scorer = new WeightedScorer([mentee, m1, m2]);
        double[] criteria = new double[WeightedScorer.CriterionCount];

        scorer.Score(0, 1, criteria);
        Assert.Equal(1.0, criteria[(int)Criterion.Preference]);
        scorer.Score(0, 2, criteria);
        Assert.Equal(0.5, criteria[(int)Criterion.Preference]);
        Assert.Equal(1, scorer.PreferenceRank(0, 2));
        Assert.Equal(-1, scorer.PreferenceRank(0, 0));
    }

    [Fact]
    public void Preference_AmbiguousNameIsLeftOut_IdsWinOverNames()
    {
        // Two mentors are called "Sam": that name names nobody. A mentor whose id is "Alex" wins over one named Alex.
        Participant mentee = new() { Id = "a", Name = "a", Roles = Roles.Mentee, PreferredMentors = ["Sam", "alex"] };
        Participant sam1 = new() { Id = "s1", Name = "Sam", Roles = Roles.Mentor, Capacity = 1 };
        Participant sam2 = new() { Id = "s2", Name = "sam", Roles = Roles.Mentor, Capacity = 1 };
        Participant namedAlex = new() { Id = "x1", Name = "Alex", Roles = Roles.Mentor, Capacity = 1 };
        Participant idAlex = new() { Id = "Alex", Name = "Someone", Roles = Roles.Mentor, Capacity = 1 };
        var scorer = new WeightedScorer([mentee, sam1, sam2, namedAlex, idAlex]);

        Assert.Equal([-1, -1, -1, 0], new[] { 1, 2, 3, 4 }.Select(j => scorer.PreferenceRank(0, j)).ToArray());
        double[] criteria = new double[WeightedScorer.CriterionCount];
        scorer.Score(0, 4, criteria);
        Assert.Equal(1.0, criteria[(int)Criterion.Preference]); // one choice resolved: k = 1
    }

    [Fact]
    public void Constructor_NullParticipants_IsRejectedByName()
    {
        Assert.Equal("participants", Assert.Throws<ArgumentNullException>(() => new WeightedScorer(null!)).ParamName);
    }

    [Fact]
    public void Preference_CountsOnlyForMenteesWhoseChoicesResolve_AndIsNeutralOtherwise()
    {
        // Preference weight 10, skills 40: a ranked first choice that offers nothing wanted scores 10 / 50 = 20.
        Participant ranks = new() { Id = "a", Name = "a", Roles = Roles.Mentee, PreferredMentors = ["m"], SkillsWanted = People.Tags("Python") };
        Participant ranksNobody = new() { Id = "b", Name = "b", Roles = Roles.Mentee, PreferredMentors = ["ghost"], SkillsWanted = People.Tags("Python") };
        Participant mentor = new() { Id = "m", Name = "m", Roles = Roles.Mentor, Capacity = 1, SkillsOffered = People.Tags("Sales") };
        var scorer = new WeightedScorer([ranks, ranksNobody, mentor], new ScoringOptions { PreferenceWeight = 10 });
        double[] criteria = new double[WeightedScorer.CriterionCount];

        Assert.True(scorer.Counts(0, Criterion.Preference));
        Assert.Equal(20.0, scorer.Score(0, 2, criteria), 12);
        Assert.Equal(1.0, criteria[(int)Criterion.Preference]);

        Assert.False(scorer.Counts(1, Criterion.Preference));
        Assert.Equal(0.0, scorer.Score(1, 2, criteria), 12);
        Assert.Equal(0.5, criteria[(int)Criterion.Preference]); // no resolved choice: neutral, not "unranked" (0)
    }

    [Fact]
    public void OfferedSkillsUsed_IsTheShareOfTheMentorsOfferedSkills_NeutralWhenEitherGaveNone()
    {
        Participant[] people =
        [
            People.Mentee("wants one", wants: ["Python"]),
            People.Mentee("wants none"),
            People.Mentor("offers two", offers: ["Python", "SQL"]),
            People.Mentor("offers none"),
            People.Mentor("offers four", offers: ["python", "sql", "UX", "Cloud"]),
        ];
        var scorer = new WeightedScorer(people);

        Assert.Equal(0.5, scorer.OfferedSkillsUsed(0, 2));
        Assert.Equal(0.25, scorer.OfferedSkillsUsed(0, 4));
        Assert.Equal(0.5, scorer.OfferedSkillsUsed(1, 2)); // the mentee wants nothing: neutral, not 0 of 2
        Assert.Equal(0.5, scorer.OfferedSkillsUsed(0, 3)); // the mentor offers nothing: neutral, not 0 ÷ 0
        Assert.Equal(0.5, scorer.OfferedSkillsUsed(1, 3));
    }

    [Fact]
    public void CareerValue_FollowsTheDirectionOfTheProgram()
    {
        Participant[] people = [People.Mentee("a"), People.Mentor("b")];
        var forward = new WeightedScorer(people);
        var reverse = new WeightedScorer(people, new ScoringOptions { ReverseMentoring = true });

        Assert.Equal(1.0, forward.CareerValue(4, 5));
        Assert.Equal(0.0, forward.CareerValue(5, 4));
        Assert.Equal(0.0, reverse.CareerValue(4, 5));
        Assert.Equal(1.0, reverse.CareerValue(5, 4));
        Assert.Equal(0.5, reverse.CareerValue(null, 4));
    }

    [Fact]
    public void TopK_UnderReverseMentoring_EqualsTheTopKOfAFullScoring()
    {
        // The candidate search bounds each mentor group by its career value; under reverse mentoring a junior mentor
        // fits, so a bound taken the forward way would skip the best mentor. Career dominates the score here.
        var options = new ScoringOptions { ReverseMentoring = true, SkillsWeight = 10, CareerLevelWeight = 100, GoalsWeight = 5 };
        var random = new Random(18);
        for (int round = 0; round < 40; round++)
        {
            var people = new List<Participant>();
            int size = random.Next(4, 25);
            for (int p = 0; p < size; p++)
            {
                people.Add(RandomPeople.Person(random.Next(), p) with { CareerLevel = random.Next(4) == 0 ? null : random.Next(7) });
            }

            MatchingProblem problem = MatchingProblem.Create(people, options);
            int k = random.Next(1, 4);
            var (mentors, points, _) = TopKCandidates.Find(problem.Scorer, problem.Participants, problem.Mentees, problem.Mentors, k);
            for (int i = 0; i < problem.Mentees.Count; i++)
            {
                int[] expected = [.. Enumerable.Range(0, problem.Mentors.Count)
                    .Where(j => problem.ScoreOf(i, j) is not null)
                    .OrderByDescending(j => problem.DenseScores.PointsAt(i, j)).ThenBy(j => j)
                    .Take(k)];
                Assert.Equal(expected, mentors[i]);
                Assert.Equal(expected.Select(j => problem.DenseScores.PointsAt(i, j)), points[i]);
            }
        }
    }

    [Fact]
    public void TopK_UnderReverseMentoring_FindsTheJuniorMentor()
    {
        // Mentee at level 5 wants Python. Reverse: the level-4 mentor fits (1.0), the level-6 Python mentors do not
        // (0.0): 100 / 110 against 10 / 110 points, so k = 1 keeps the junior mentor (position 2).
        var options = new ScoringOptions { ReverseMentoring = true, SkillsWeight = 10, CareerLevelWeight = 100 };
        Participant[] people =
        [
            People.Mentee("exec", wants: ["Python"], level: 5),
            People.Mentor("py1", offers: ["Python"], level: 6),
            People.Mentor("py2", offers: ["Python"], level: 6),
            People.Mentor("junior", offers: ["Sales"], level: 4),
        ];
        MatchingProblem problem = MatchingProblem.Create(people, options);

        var (mentors, _, _) = TopKCandidates.Find(problem.Scorer, problem.Participants, problem.Mentees, problem.Mentors, 1);

        Assert.Equal([2], mentors[0]);
    }
}
