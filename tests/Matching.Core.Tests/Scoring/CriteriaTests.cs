// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Domain;
using Matching.Core.Problem;
using Matching.Core.Results;
using Matching.Core.Scoring;
using Matching.TestUtils;

namespace Matching.Core.Tests.Scoring;

public class CriteriaTests
{
    private static readonly double[] Values = new double[WeightedScorer.CriterionCount];

    [Theory]
    [InlineData(2, 0.5)] // 2 of the 4 target hours
    [InlineData(4, 1.0)]
    [InlineData(9, 1.0)] // capped at 1
    [InlineData(0, 0.0)]
    public void Availability_IsOverlapOverTheTargetHours(int overlap, double expected)
    {
        var mentee = WeeklyAvailability.None.WithHours(10, 9);
        var mentor = WeeklyAvailability.None.WithHours(10, overlap).WithHours(100, 3);
        Participant[] people = [People.Mentee("a", availability: mentee), People.Mentor("b", availability: mentor)];

        new WeightedScorer(people).Score(0, 1, Values);

        Assert.Equal(expected, Values[(int)Criterion.Availability]);
    }

    [Theory]
    [InlineData("weekly", "weekly", 1.0)]
    [InlineData("weekly", "biweekly", 0.5)]
    [InlineData("weekly", "monthly", 0.0)]
    [InlineData(null, "monthly", 0.5)]
    public void MeetingFrequency_SameRhythmOrOneStepApart(string? menteeFrequency, string mentorFrequency, double expected)
    {
        Participant[] people =
        [
            new() { Id = "a", Name = "a", Roles = Roles.Mentee, MeetingFrequency = menteeFrequency },
            new() { Id = "b", Name = "b", Roles = Roles.Mentor, Capacity = 1, MeetingFrequency = mentorFrequency },
        ];

        new WeightedScorer(people).Score(0, 1, Values);

        Assert.Equal(expected, Values[(int)Criterion.MeetingFrequency]);
    }

    [Theory]
    [InlineData(new[] { "Chat", "Video call" }, new[] { "video call" }, 1.0)]
    [InlineData(new[] { "Chat" }, new[] { "In person" }, 0.0)]
    [InlineData(new string[0], new[] { "In person" }, 0.5)]
    public void MeetingFormat_AnySharedFormat(string[] menteeFormats, string[] mentorFormats, double expected)
    {
        Participant[] people =
        [
            new() { Id = "a", Name = "a", Roles = Roles.Mentee, MeetingFormats = People.Tags(menteeFormats) },
            new() { Id = "b", Name = "b", Roles = Roles.Mentor, Capacity = 1, MeetingFormats = People.Tags(mentorFormats) },
        ];

        new WeightedScorer(people).Score(0, 1, Values);

        Assert.Equal(expected, Values[(int)Criterion.MeetingFormat]);
    }

    [Fact]
    public void Affinity_CountsOnlyForMenteesWhoOptedIn()
    {
        Participant optedIn = new() { Id = "a", Name = "a", Roles = Roles.Mentee, WantsAffinity = true, Identity = People.Tags("X", "Y") };
        Participant notOptedIn = new() { Id = "b", Name = "b", Roles = Roles.Mentee, WantsAffinity = false, Identity = People.Tags("X") };
        Participant mentor = new() { Id = "m", Name = "m", Roles = Roles.Mentor, Capacity = 1, Identity = People.Tags("x") };
        var scorer = new WeightedScorer([optedIn, notOptedIn, mentor]);

        Assert.True(scorer.Counts(0, Criterion.Affinity));
        Assert.False(scorer.Counts(1, Criterion.Affinity));
        scorer.Score(0, 2, Values);
        Assert.Equal(0.5, Values[(int)Criterion.Affinity]); // shares 1 of the mentee's 2 characteristics
    }

    /// <summary>
    /// Two mentors alike but for their identity answers: an opted-in mentee's score weighs the shared characteristic
    /// by the affinity weight, a mentee who did not opt in scores both the same (mutation run S: a score that never
    /// counted affinity survived every earlier test, which read the criterion's value only).
    /// </summary>
    [Fact]
    public void Affinity_OfAMenteeWhoOptedIn_MovesTheScoreByItsWeight()
    {
        Participant optedIn = new() { Id = "a", Name = "a", Roles = Roles.Mentee, WantsAffinity = true, Identity = People.Tags("X"), Goals = People.Tags("g") };
        Participant notOptedIn = new() { Id = "b", Name = "b", Roles = Roles.Mentee, WantsAffinity = false, Identity = People.Tags("X"), Goals = People.Tags("g") };
        Participant alike = new() { Id = "m1", Name = "m1", Roles = Roles.Mentor, Capacity = 1, Identity = People.Tags("x"), Goals = People.Tags("g") };
        Participant other = new() { Id = "m2", Name = "m2", Roles = Roles.Mentor, Capacity = 1, Identity = People.Tags("z"), Goals = People.Tags("g") };
        var scorer = new WeightedScorer([optedIn, notOptedIn, alike, other]);
        ScoringOptions options = ScoringOptions.Default;

        Assert.Equal(100.0, scorer.Score(0, 2, Values), 9);
        Assert.Equal(100.0 * options.GoalsWeight / (options.GoalsWeight + options.AffinityWeight), scorer.Score(0, 3, Values), 9);
        Assert.Equal(100.0, scorer.Score(1, 2, Values), 9);
        Assert.Equal(100.0, scorer.Score(1, 3, Values), 9);
    }

    [Fact]
    public void Explanation_HonoredAffinity_NeverNamesIdentityAnswers()
    {
        Participant mentee = new() { Id = "a", Name = "a", Roles = Roles.Mentee, WantsAffinity = true, Identity = People.Tags("Secret-Identity-Value") };
        Participant mentor = new() { Id = "m", Name = "m", Roles = Roles.Mentor, Capacity = 1, Identity = People.Tags("Secret-Identity-Value") };
        MatchingProblem problem = MatchingProblem.Create([mentee, mentor], new ScoringOptions { AffinityWeight = 100 });

        foreach (ExplanationLanguage language in Enum.GetValues<ExplanationLanguage>())
        {
            MatchingResult result = new MatchingEngine(new MatchingOptions { Language = language }).Solve(problem);
            string text = string.Join(" ", result.Matches.Single().Explanation.Reasons);
            Assert.DoesNotContain("Secret", text, StringComparison.OrdinalIgnoreCase);
            Assert.Contains(language == ExplanationLanguage.English ? "an affinity preference was honored" : "ähnlicher Identität", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Preference_RankedChoicesScoreByRank()
    {
        // The mentee ranks m2 first and m1 second (k = 2): m2 → 1, m1 → 0.5, m3 (unranked) → 0.
        Participant mentee = new() { Id = "a", Name = "a", Roles = Roles.Mentee, PreferredMentors = ["m2@x.org", "M1"] };
        Participant m1 = new() { Id = "m1@x.org", Email = "m1@x.org", Name = "M1", Roles = Roles.Mentor, Capacity = 1 };
        Participant m2 = new() { Id = "m2@x.org", Email = "m2@x.org", Name = "M2", Roles = Roles.Mentor, Capacity = 1 };
        Participant m3 = new() { Id = "m3@x.org", Email = "m3@x.org", Name = "M3", Roles = Roles.Mentor, Capacity = 1 };
        var scorer = new WeightedScorer([mentee, m1, m2, m3]);

        double[] preference = [.. new[] { 1, 2, 3 }.Select(j => { scorer.Score(0, j, Values); return Values[(int)Criterion.Preference]; })];

        Assert.Equal([0.5, 1.0, 0.0], preference);
        Assert.Equal(0, scorer.PreferenceRank(0, 2));
    }

    [Fact]
    public void Declines_AndReportingLines_AreHardRules()
    {
        Participant mentee = new() { Id = "a@x.org", Email = "a@x.org", Name = "A", Roles = Roles.Mentee, ManagerEmail = "boss@x.org" };
        Participant boss = new() { Id = "boss@x.org", Email = "boss@x.org", Name = "Boss", Roles = Roles.Mentor, Capacity = 1 };
        Participant colleague = new() { Id = "c@x.org", Email = "c@x.org", Name = "C", Roles = Roles.Mentor, Capacity = 1, ManagerEmail = "boss@x.org" };
        Participant decliner = new() { Id = "d@x.org", Email = "d@x.org", Name = "D", Roles = Roles.Mentor, Capacity = 1, DeclinedMentees = People.Tags("A") };
        Participant report = new() { Id = "r@x.org", Email = "r@x.org", Name = "R", Roles = Roles.Mentor, Capacity = 1, ManagerEmail = "a@x.org" };
        Participant stranger = new() { Id = "s@x.org", Email = "s@x.org", Name = "S", Roles = Roles.Mentor, Capacity = 1, ManagerEmail = "other@x.org" };
        var scorer = new WeightedScorer([mentee, boss, colleague, decliner, report, stranger]);

        Assert.Equal(BlockReason.ReportingLine, scorer.Check(0, 1)); // the mentee's own manager
        Assert.Equal(BlockReason.ReportingLine, scorer.Check(0, 2)); // same manager
        Assert.Equal(BlockReason.Declined, scorer.Check(0, 3));
        Assert.Equal(BlockReason.ReportingLine, scorer.Check(0, 4)); // the mentor reports to the mentee
        Assert.Equal(BlockReason.None, scorer.Check(0, 5));
        Assert.Equal(BlockReason.None, new WeightedScorer([mentee, boss], new ScoringOptions { ForbidReportingLine = false }).Check(0, 1));
    }

    [Fact]
    public void Minimums_ForbidPairsBelowTheThreshold()
    {
        Participant[] people = [People.Mentee("a", wants: ["Python", "SQL"]), People.Mentor("half", offers: ["Python"]), People.Mentor("none", offers: ["Sales"])];
        var scorer = new WeightedScorer(people, new ScoringOptions { Minimums = new Dictionary<Criterion, double> { [Criterion.Skills] = 0.5 } });

        Assert.Equal(BlockReason.None, scorer.Check(0, 1));
        Assert.Equal(BlockReason.BelowMinimum, scorer.Check(0, 2));
    }

    [Fact]
    public void ReverseMentoring_FlipsTheCareerDirection()
    {
        Participant[] people = [People.Mentee("exec", level: 5), People.Mentor("junior", level: 4)];
        var forward = new WeightedScorer(people);
        var reverse = new WeightedScorer(people, new ScoringOptions { ReverseMentoring = true });

        forward.Score(0, 1, Values);
        Assert.Equal(0.0, Values[(int)Criterion.CareerLevel]);
        reverse.Score(0, 1, Values);
        Assert.Equal(1.0, Values[(int)Criterion.CareerLevel]);
    }

    [Theory]
    [InlineData(DepartmentPreference.Different, "Sales", "Finance", 1.0)]
    [InlineData(DepartmentPreference.Different, "Sales", "sales", 0.0)]
    [InlineData(DepartmentPreference.Same, "Sales", "Sales", 1.0)]
    [InlineData(DepartmentPreference.Same, "Sales", null, 0.5)]
    public void Department_RewardsThePreferredPairing(DepartmentPreference preference, string menteeDepartment, string? mentorDepartment, double expected)
    {
        Participant[] people =
        [
            new() { Id = "a", Name = "a", Roles = Roles.Mentee, Department = menteeDepartment },
            new() { Id = "b", Name = "b", Roles = Roles.Mentor, Capacity = 1, Department = mentorDepartment },
        ];
        new WeightedScorer(people, new ScoringOptions { Department = preference, DepartmentWeight = 10 }).Score(0, 1, Values);

        Assert.Equal(expected, Values[(int)Criterion.Department]);
    }

    [Fact]
    public void SymmetricCriteria_AreSymmetric_Property()
    {
        // Availability, meeting format, frequency and department compare the same answer on both sides,
        // so swapping who mentors whom must not change them (nor the language rule).
        Prop.ForAll(Arb.From(Gen.Choose(0, 100_000).Two()), seeds =>
        {
            Participant a = Random(seeds.Item1, "a");
            Participant b = Random(seeds.Item2, "b");
            var scorer = new WeightedScorer([a, b]);
            double[] ab = new double[WeightedScorer.CriterionCount];
            double[] ba = new double[WeightedScorer.CriterionCount];
            scorer.Score(0, 1, ab);
            scorer.Score(1, 0, ba);
            Criterion[] symmetric = [Criterion.Availability, Criterion.MeetingFormat, Criterion.MeetingFrequency, Criterion.Department];
            return symmetric.All(c => ab[(int)c] == ba[(int)c])
                && (scorer.Check(0, 1) == BlockReason.NoSharedLanguage) == (scorer.Check(1, 0) == BlockReason.NoSharedLanguage);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    [Fact]
    public void Weights_ScaleLinearly_Property()
    {
        // Scaling every weight by k leaves the score unchanged; a criterion's contribution is linear in its weight.
        Prop.ForAll(Arb.From(Gen.Choose(0, 100_000).Two()), Arb.From(Gen.Choose(1, 50)), (seeds, k) =>
        {
            Participant[] people = [Random(seeds.Item1, "a"), Random(seeds.Item2, "b")];
            var baseline = new WeightedScorer(people);
            var scaled = new WeightedScorer(people, Scale(ScoringOptions.Default, k));
            double[] values = new double[WeightedScorer.CriterionCount];
            double expected = baseline.Score(0, 1, values);
            PairExplanation one = new Explainer(people, baseline).Explain(0, 1);
            PairExplanation many = new Explainer(people, scaled).Explain(0, 1);
            return Math.Abs(scaled.Score(0, 1, values) - expected) < 1e-9
                && one.Contributions.Zip(many.Contributions).All(p => Math.Abs(p.First.Points - p.Second.Points) < 1e-9 && Math.Abs((p.First.Weight * k) - p.Second.Weight) < 1e-9);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }

    [Fact]
    public void GermanExplanations_UseGermanWords()
    {
        Participant[] people =
        [
            People.Mentee("a", wants: ["Python", "SQL"], languages: ["German"], level: 1),
            People.Mentor("b", offers: ["Python", "SQL"], languages: ["German", "English"], level: 2),
            People.Mentor("c", languages: ["English"]), // so German tells the pair apart (a language everyone speaks is not repeated)
        ];
        MatchingResult result = new MatchingEngine(new MatchingOptions { Language = ExplanationLanguage.German }).Solve(MatchingProblem.Create(people));

        Assert.Equal(
            ["beide sprechen Deutsch", "Mentor:in bietet 2 von 2 gewünschten Kompetenzen (Python und SQL)", "Mentor:in ist 1 Karrierestufe weiter"],
            result.Matches.Single().Explanation.Reasons);
    }

    private static ScoringOptions Scale(ScoringOptions o, int k) => new()
    {
        SkillsWeight = o.SkillsWeight * k,
        GoalsWeight = o.GoalsWeight * k,
        AvailabilityWeight = o.AvailabilityWeight * k,
        CareerLevelWeight = o.CareerLevelWeight * k,
        MeetingFormatWeight = o.MeetingFormatWeight * k,
        MeetingFrequencyWeight = o.MeetingFrequencyWeight * k,
        DepartmentWeight = o.DepartmentWeight * k,
        AffinityWeight = o.AffinityWeight * k,
        PreferenceWeight = o.PreferenceWeight * k,
    };

    private static Participant Random(int seed, string id)
    {
        var random = new Random(seed);
        string[] Pick(params string[] pool) => [.. pool.Where(_ => random.Next(2) == 0)];
        WeeklyAvailability availability = WeeklyAvailability.None;
        for (int n = random.Next(4); n > 0; n--)
        {
            availability = availability.WithHours(random.Next(168), random.Next(1, 6));
        }

        return new Participant
        {
            Id = id,
            Name = id,
            Roles = Roles.Both,
            Capacity = 1,
            SkillsOffered = People.Tags(Pick("Python", "SQL", "Sales")),
            SkillsWanted = People.Tags(Pick("Python", "SQL", "Sales")),
            Goals = People.Tags(Pick("Leadership", "Onboarding")),
            MeetingFormats = People.Tags(Pick("Video call", "Chat", "In person")),
            Languages = People.Tags(Pick("English", "German")),
            MeetingFrequency = random.Next(5) switch { 0 => null, 1 => "weekly", 2 => "biweekly", 3 => "monthly", _ => "quarterly" },
            Department = random.Next(3) switch { 0 => null, 1 => "Sales", _ => "Finance" },
            Availability = availability,
            CareerLevel = random.Next(4) == 0 ? null : random.Next(6),
            WantsAffinity = random.Next(2) == 0,
            Identity = People.Tags(Pick("X", "Y")),
        };
    }
}
