// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Domain;

namespace Matching.TestUtils;

/// <summary>
/// Seeded random participants for property tests: every answer that changes scores or hard rules varies (skills, goals,
/// languages including none, level, department, opt-in identity, ranked choices, capacity 0–3, all three roles).
/// </summary>
public static class RandomPeople
{
    private static readonly string[] Skills = ["Python", "SQL", "Cloud", "Sales", "UX", "Finance"];
    private static readonly string[] Goals = ["Leadership", "Onboarding"];

    /// <summary>Person number <paramref name="index"/> (id <c>p{index}</c>) drawn from <paramref name="seed"/>.</summary>
    public static Participant Person(int seed, int index)
    {
        var random = new Random(seed);
        var roles = (Roles)random.Next(1, 4);
        string[] Pick(string[] pool) => [.. pool.Where(_ => random.Next(3) == 0)];
        return new Participant
        {
            Id = $"p{index}",
            Name = $"P{index}",
            Roles = roles,
            Capacity = roles.HasFlag(Roles.Mentor) ? random.Next(0, 4) : 0,
            SkillsOffered = People.Tags(Pick(Skills)),
            SkillsWanted = People.Tags(Pick(Skills)),
            Goals = People.Tags(Pick(Goals)),
            Languages = People.Tags(random.Next(6) switch { 0 => [], 1 => ["German"], 2 => ["Spanish", "English"], 3 => ["Spanish"], _ => ["English"] }),
            CareerLevel = random.Next(4) == 0 ? null : random.Next(0, 6),
            Department = random.Next(3) == 0 ? null : "D" + random.Next(3),
            WantsAffinity = random.Next(3) == 0,
            Identity = People.Tags(Pick(["X", "Y"])),
            PreferredMentors = random.Next(3) == 0 ? [$"p{random.Next(10)}", $"p{random.Next(10)}"] : [],
        };
    }

    /// <summary>A program of <paramref name="seeds"/>.Length people.</summary>
    public static Participant[] Program(int[] seeds) => [.. seeds.Select((seed, index) => Person(seed, index))];
}
