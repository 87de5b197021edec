// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Domain;

namespace Matching.TestUtils;

/// <summary>Concise participant builders for tests.</summary>
public static class People
{
    public static IReadOnlySet<string> Tags(params string[] tags) => new HashSet<string>(tags, StringComparer.OrdinalIgnoreCase);

    public static Participant Mentee(string id, string[]? wants = null, string[]? languages = null, int? level = null, string[]? goals = null, WeeklyAvailability availability = default) => new()
    {
        Id = id,
        Name = id,
        Roles = Roles.Mentee,
        Availability = availability,
        SkillsWanted = Tags(wants ?? []),
        Languages = Tags(languages ?? ["English"]),
        CareerLevel = level,
        Goals = Tags(goals ?? []),
    };

    public static Participant Mentor(string id, string[]? offers = null, int capacity = 1, string[]? languages = null, int? level = null, string[]? goals = null, WeeklyAvailability availability = default) => new()
    {
        Id = id,
        Name = id,
        Roles = Roles.Mentor,
        Availability = availability,
        SkillsOffered = Tags(offers ?? []),
        Capacity = capacity,
        Languages = Tags(languages ?? ["English"]),
        CareerLevel = level,
        Goals = Tags(goals ?? []),
    };
}
