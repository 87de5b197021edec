// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Domain;
using Matching.Core.Rounds;
using Matching.Core.Scoring;
using Matching.TestUtils;

namespace Matching.Core.Tests.Rounds;

/// <summary>Which answers make a profile incomplete, in which order they are listed, and what the options change.</summary>
public class ProfileCompletenessTests
{
    public static TheoryData<int> Seeds() => [.. Enumerable.Range(0, 10)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Find_RandomPeople_ListsEveryBlankCountedFieldInOrder(int seed)
    {
        var random = new Random(seed);
        ScoringOptions options = seed % 2 == 0
            ? ScoringOptions.Default
            : new ScoringOptions { GoalsWeight = 0, MeetingFrequencyWeight = 0, RequireSharedLanguage = false };
        Participant[] people = [.. Enumerable.Range(0, 200).Select(i => Person(random, i))];

        IReadOnlyList<IncompleteProfile> found = ProfileCompleteness.Find(people, options);

        // The oracle: the rule of each field spelled out.
        var expected = people.Select(p => (Person: p, Missing: Missing(p, options))).Where(x => x.Missing.Count > 0).ToList();
        Assert.Equal(expected.Select(x => x.Person), found.Select(f => f.Person));
        Assert.Equal(expected.Select(x => string.Join(",", x.Missing)), found.Select(f => string.Join(",", f.MissingFields)));
        Assert.InRange(found.Count, 1, people.Length - 1);
    }

    [Fact]
    public void Find_CompleteMenteeAndMentor_AreNotListed()
    {
        Participant mentee = People.Mentee("a", wants: ["Python"], goals: ["Leadership"], level: 1, availability: WeeklyAvailability.None.WithHours(10, 2)) with
        {
            MeetingFormats = People.Tags("Chat"), MeetingFrequency = "weekly", Department = "D",
        };
        Participant mentor = People.Mentor("b", offers: ["Python"], level: 4, availability: WeeklyAvailability.None.WithHours(10, 2)) with
        {
            MeetingFormats = People.Tags("Chat"), MeetingFrequency = "weekly", Department = "E",
        };

        Assert.Empty(ProfileCompleteness.Find([mentee, mentor]));
        Assert.Equal(["Goals"], ProfileCompleteness.Find([mentee with { Goals = People.Tags() }])[0].MissingFields);
    }

    private static List<string> Missing(Participant p, ScoringOptions options)
    {
        bool mentee = p.Roles.HasFlag(Roles.Mentee), mentor = p.Roles.HasFlag(Roles.Mentor);
        var missing = new List<string>();
        void Add(bool blank, bool counts, string field)
        {
            if (blank && counts)
            {
                missing.Add(field);
            }
        }

        Add(mentee && p.SkillsWanted.Count == 0, options.SkillsWeight > 0, "SkillsWanted");
        Add(mentor && p.SkillsOffered.Count == 0, options.SkillsWeight > 0, "SkillsOffered");
        Add(mentee && p.Goals.Count == 0, options.GoalsWeight > 0, "Goals");
        Add(p.Availability.IsEmpty, options.AvailabilityWeight > 0, "Availability");
        Add(p.CareerLevel is null, options.CareerLevelWeight > 0, "CareerLevel");
        Add(p.MeetingFormats.Count == 0, options.MeetingFormatWeight > 0, "MeetingFormats");
        Add(p.MeetingFrequency is null, options.MeetingFrequencyWeight > 0, "MeetingFrequency");
        Add(string.IsNullOrWhiteSpace(p.Department), options.DepartmentWeight > 0, "Department");
        Add(p.Languages.Count == 0, options.RequireSharedLanguage, "Languages");
        return missing;
    }

    private static Participant Person(Random random, int i) => RandomPeople.Person(random.Next(), i) with
    {
        MeetingFormats = People.Tags(random.Next(3) == 0 ? [] : ["Chat"]),
        MeetingFrequency = random.Next(3) == 0 ? null : "monthly",
        Availability = random.Next(3) == 0 ? default : WeeklyAvailability.None.WithHours(9, 2),
        Department = random.Next(4) == 0 ? " " : random.Next(3) == 0 ? null : "D",
    };
}
