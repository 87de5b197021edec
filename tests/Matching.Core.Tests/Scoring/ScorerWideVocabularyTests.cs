// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Domain;
using Matching.Core.Scoring;
using Matching.TestUtils;

namespace Matching.Core.Tests.Scoring;

/// <summary>
/// The scorer reads tag sets from one 64-bit word of each person's record only when every vocabulary fits one word.
/// Here one vocabulary at a time is made wide by a first participant with 65 tags of it, so everyone else's tags of that
/// vocabulary lie beyond the first word (the first word of their rows is empty): every rule and score must still equal
/// those of the same people without that participant, where every vocabulary is narrow. (<see cref="ScorerLayoutTests"/>
/// makes every vocabulary wide at once, with everyone's tags inside the first word.)
/// </summary>
public class ScorerWideVocabularyTests
{
    private static readonly string[] Formats = ["Video call", "Chat", "Email", "Async video", "In person"];
    private static readonly string[] Frequencies = ["weekly", "biweekly", "monthly", "quarterly"];

    public static TheoryData<string> Vocabularies() => ["skills offered", "skills wanted", "goals", "formats", "languages", "identity"];

    [Theory]
    [MemberData(nameof(Vocabularies))]
    public void CheckAndScore_WhenOneVocabularyIsWideAndTheTagsLieBeyondItsFirstWord_EqualTheNarrowScorer(string vocabulary)
    {
        int pairs = 0, blocked = 0, differentScores = 0;
        for (int seed = 0; seed < 30; seed++)
        {
            ScoringOptions options = (seed % 3) switch
            {
                0 => ScoringOptions.Default,
                1 => new ScoringOptions { AffinityWeight = 2, PreferenceWeight = 1 },
                _ => new ScoringOptions { ForbidSameOrganisation = false, ForbidReportingLine = false, AffinityWeight = 3 },
            };
            Participant[] people = Program(seed, 12);
            var narrow = new WeightedScorer(people, options);
            var wide = new WeightedScorer([Filler(vocabulary), .. people], options);
            double[] criteriaNarrow = new double[WeightedScorer.CriterionCount];
            double[] criteriaWide = new double[WeightedScorer.CriterionCount];
            var scores = new HashSet<double>();
            for (int i = 0; i < people.Length; i++)
            {
                for (int j = 0; j < people.Length; j++)
                {
                    BlockReason rule = narrow.Check(i, j);
                    string label = $"{vocabulary}, seed {seed}, pair ({i}, {j})";
                    Assert.True(rule == wide.Check(i + 1, j + 1), $"{label}: {rule} narrow, {wide.Check(i + 1, j + 1)} wide");
                    double score = narrow.Score(i, j, criteriaNarrow);
                    Assert.True(score == wide.Score(i + 1, j + 1, criteriaWide), label);
                    Assert.Equal(criteriaNarrow, criteriaWide);
                    scores.Add(score);
                    pairs++;
                    blocked += rule == BlockReason.None ? 0 : 1;
                }
            }

            differentScores += scores.Count > 1 ? 1 : 0;
        }

        // Both sides of the rules, and scores that tell pairs apart.
        Assert.InRange(blocked, 1, pairs - 1);
        Assert.Equal(30, differentScores);
    }

    /// <summary>The language rule by hand with the languages beyond the first word: no shared language blocks, one does not.</summary>
    [Fact]
    public void Check_LanguagesBeyondTheFirstWord_BlockOnlyWithoutASharedOne()
    {
        Participant filler = Filler("languages");
        Participant mentor = People.Mentor("m", offers: ["Python"]) with { Languages = People.Tags("German", "French") };
        Participant speaks = People.Mentee("a", wants: ["Python"]) with { Languages = People.Tags("French") };
        Participant other = People.Mentee("b", wants: ["Python"]) with { Languages = People.Tags("Spanish") };
        var scorer = new WeightedScorer([filler, mentor, speaks, other]);

        Assert.Equal(BlockReason.None, scorer.Check(2, 1));
        Assert.Equal(BlockReason.NoSharedLanguage, scorer.Check(3, 1));
    }

    private static Participant[] Program(int seed, int count)
    {
        var random = new Random(seed);
        string[] Pick(string[] pool) => [.. pool.Where(_ => random.Next(3) == 0)];
        var people = new Participant[count];
        for (int p = 0; p < count; p++)
        {
            Participant person = RandomPeople.Person((seed * 100) + p + 7, p);
            people[p] = person with
            {
                // Person 0 answers every multiple choice, so each criterion counts with and without the first participant.
                MeetingFormats = People.Tags(p == 0 ? ["Chat"] : Pick(Formats)),
                MeetingFrequency = random.Next(5) == 0 ? null : Frequencies[random.Next(4)],
                Availability = random.Next(4) == 0 ? default : WeeklyAvailability.None.WithHours(random.Next(0, 20), random.Next(1, 6)),
                WantsAffinity = random.Next(2) == 0,
            };
        }

        return people;
    }

    /// <summary>A mentee nobody is paired with in the tests, with 65 tags of one vocabulary and none of the others.</summary>
    private static Participant Filler(string vocabulary)
    {
        IReadOnlySet<string> Many(string name) => vocabulary == name ? People.Tags([.. Enumerable.Range(0, 65).Select(t => $"wide{t}")]) : People.Tags();
        return new Participant
        {
            Id = "filler",
            Name = "Filler",
            Roles = Roles.Mentee,
            SkillsOffered = Many("skills offered"),
            SkillsWanted = Many("skills wanted"),
            Goals = Many("goals"),
            MeetingFormats = Many("formats"),
            Languages = Many("languages"),
            Identity = Many("identity"),
        };
    }
}
