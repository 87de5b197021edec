// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Domain;
using Matching.Core.Scoring;
using Matching.TestUtils;

namespace Matching.Core.Tests.Scoring;

/// <summary>
/// The scorer reads a pair from its per-person records: tag sets from one 64-bit word when every vocabulary has at
/// most 64 tags, from the full bitsets otherwise. Both ways must give the same rule and the same score, bit for bit.
/// </summary>
public class ScorerLayoutTests
{
    private static readonly string[] Formats = ["Video call", "Chat", "Email", "Async video", "In person"];
    private static readonly string[] Frequencies = ["weekly", "biweekly", "monthly", "quarterly"];

    public static TheoryData<int> Options() => [0, 1, 2, 3];

    [Theory]
    [MemberData(nameof(Options))]
    public void CheckAndScore_NarrowAndWideVocabularies_AreIdentical(int variant)
    {
        ScoringOptions options = variant switch
        {
            0 => ScoringOptions.Default,
            1 => new ScoringOptions { RequireSharedLanguage = false, ForbidReportingLine = false, ForbidSameOrganisation = false, ReverseMentoring = true, Department = DepartmentPreference.Same },
            2 => new ScoringOptions { MinimumOverlapHours = 2, ForbidSameDepartment = true, AffinityWeight = 2, PreferenceWeight = 3 },
            _ => new ScoringOptions { Minimums = new Dictionary<Criterion, double> { [Criterion.Skills] = 0.5, [Criterion.Availability] = 0.25 } },
        };
        int pairs = 0, blocked = 0;
        for (int seed = 0; seed < 40; seed++)
        {
            Participant[] narrow = Program(seed, 14);
            Participant[] wide = [.. narrow, Filler()];
            var a = new WeightedScorer(narrow, options);
            var b = new WeightedScorer(wide, options);
            double[] ca = new double[WeightedScorer.CriterionCount];
            double[] cb = new double[WeightedScorer.CriterionCount];
            for (int i = 0; i < narrow.Length; i++)
            {
                for (int j = 0; j < narrow.Length; j++)
                {
                    BlockReason rule = a.Check(i, j);
                    Assert.Equal(rule, b.Check(i, j));
                    Assert.Equal(a.Score(i, j, ca), b.Score(i, j, cb));
                    Assert.Equal(ca, cb);
                    pairs++;
                    blocked += rule == BlockReason.None ? 0 : 1;
                }
            }
        }

        // Both sides of the rules were exercised: some pairs allowed, some blocked.
        Assert.InRange(blocked, 1, pairs - 1);
    }

    [Fact]
    public void Check_TheSamePersonListedTwice_IsOnePerson()
    {
        Participant mentor = People.Mentor("m", offers: ["Python"]) with { Roles = Roles.Mentor | Roles.Mentee };
        var scorer = new WeightedScorer([mentor, People.Mentee("a", wants: ["Python"]), mentor]);

        Assert.Equal(BlockReason.SamePerson, scorer.Check(0, 2));
        Assert.Equal(BlockReason.SamePerson, scorer.Check(2, 0));
        Assert.Equal(BlockReason.None, scorer.Check(1, 2));
    }

    private static Participant[] Program(int seed, int count)
    {
        var random = new Random(seed);
        string[] Pick(string[] pool) => [.. pool.Where(_ => random.Next(3) == 0)];
        var people = new Participant[count];
        for (int p = 0; p < count; p++)
        {
            Participant person = RandomPeople.Person((seed * 100) + p, p);
            int start = random.Next(0, 20);
            people[p] = person with
            {
                // Person 0 answers every multiple choice, so each criterion counts in both programs.
                MeetingFormats = People.Tags(p == 0 ? ["Chat"] : Pick(Formats)),
                MeetingFrequency = random.Next(5) == 0 ? null : Frequencies[random.Next(4)],
                Availability = random.Next(4) == 0 ? default : WeeklyAvailability.None.WithHours(start, random.Next(1, 6)),
                Organisation = random.Next(3) == 0 ? null : "O" + random.Next(2),
                Email = $"p{p}@example.org",
                ManagerEmail = random.Next(3) == 0 ? $"p{random.Next(count)}@example.org" : random.Next(2) == 0 ? "boss@example.org" : null,
                DeclinedMentees = random.Next(4) == 0 ? People.Tags($"p{random.Next(count)}") : People.Tags(),
            };
        }

        return people;
    }

    private static Participant Filler()
    {
        // 65 more tags in every vocabulary, so no tag set fits one word; a mentee nobody is paired with in the test.
        string[] Many(string prefix) => [.. Enumerable.Range(0, 65).Select(t => prefix + t)];
        return new Participant
        {
            Id = "filler",
            Name = "Filler",
            Roles = Roles.Mentee,
            SkillsOffered = People.Tags(Many("so")),
            SkillsWanted = People.Tags(Many("sw")),
            Goals = People.Tags(Many("g")),
            MeetingFormats = People.Tags(Many("f")),
            Languages = People.Tags(Many("l")),
            Identity = People.Tags(Many("i")),
        };
    }
}
