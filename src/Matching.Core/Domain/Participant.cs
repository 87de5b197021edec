// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Text;

namespace Matching.Core.Domain;

/// <summary>One person in a mentoring program, as answered in the survey.</summary>
/// <remarks>
/// Multi-select answers are normalized tags (lower case, trimmed). Unanswered optional questions are empty sets or
/// null. A record, so a variant is <c>person with { Roles = Roles.Both }</c> and no field is dropped by a hand copy;
/// its text form names only the id and roles (never an answer). Instances are immutable and thread-safe.
/// </remarks>
public sealed record Participant
{
    /// <summary>Gets the stable identifier (the email address when the survey has one).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the display name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the email address, if any.</summary>
    public string? Email { get; init; }

    /// <summary>Gets the role(s) the person signed up for.</summary>
    public required Roles Roles { get; init; }

    /// <summary>Gets the skills the person can pass on (as mentor).</summary>
    public IReadOnlySet<string> SkillsOffered { get; init; } = EmptySet;

    /// <summary>Gets the skills the person wants to develop (as mentee).</summary>
    public IReadOnlySet<string> SkillsWanted { get; init; } = EmptySet;

    /// <summary>Gets the goals: what a mentee wants from the program, what a mentor can support.</summary>
    public IReadOnlySet<string> Goals { get; init; } = EmptySet;

    /// <summary>Gets the preferred meeting formats (video, chat, in person, asynchronous).</summary>
    public IReadOnlySet<string> MeetingFormats { get; init; } = EmptySet;

    /// <summary>Gets the languages the person can be mentored or mentor in (normalized language names).</summary>
    public IReadOnlySet<string> Languages { get; init; } = EmptySet;

    /// <summary>Gets the time zone as the person wrote it, or null.</summary>
    public string? TimeZone { get; init; }

    /// <summary>Gets the weekly availability in UTC.</summary>
    public WeeklyAvailability Availability { get; init; }

    /// <summary>Gets the career level on the program's ladder (0 = most junior), or null if unanswered.</summary>
    public int? CareerLevel { get; init; }

    /// <summary>Gets the years of professional experience, or null if unanswered.</summary>
    public double? YearsOfExperience { get; init; }

    /// <summary>Gets the department, or null.</summary>
    public string? Department { get; init; }

    /// <summary>Gets the organisation, or null; by default a pair from the same organisation is forbidden (a working relationship).</summary>
    public string? Organisation { get; init; }

    /// <summary>Gets how many mentees the person takes at most as a mentor (0 for mentees only).</summary>
    public int Capacity { get; init; }

    /// <summary>Gets the email of the person's manager, or null; a direct reporting line or a shared manager forbids a pair.</summary>
    public string? ManagerEmail { get; init; }

    /// <summary>Gets how often the person wants to meet (normalized: weekly, biweekly, monthly, …), or null.</summary>
    public string? MeetingFrequency { get; init; }

    /// <summary>Gets whether the person (as mentee) asked to be matched with someone of a similar identity. Opt-in only.</summary>
    public bool WantsAffinity { get; init; }

    /// <summary>
    /// Gets the identity characteristics the person shared for affinity matching. Sensitive: used only when a mentee
    /// opted in, and never written to any output, log or explanation.
    /// </summary>
    public IReadOnlySet<string> Identity { get; init; } = EmptySet;

    /// <summary>Gets the mentee's ranked mentor choices (ids, emails or names), best first.</summary>
    public IReadOnlyList<string> PreferredMentors { get; init; } = [];

    /// <summary>Gets the mentees (ids, emails or names) this mentor declines.</summary>
    public IReadOnlySet<string> DeclinedMentees { get; init; } = EmptySet;

    /// <summary>Returns whether <paramref name="reference"/> (an id, email or name from another answer) names this person.</summary>
    /// <param name="reference">The text to compare, case-insensitively.</param>
    public bool IsNamedBy(string reference) =>
        string.Equals(reference, Id, StringComparison.OrdinalIgnoreCase)
        || string.Equals(reference, Email, StringComparison.OrdinalIgnoreCase)
        || string.Equals(reference, Name, StringComparison.OrdinalIgnoreCase);

    /// <summary>Gets the empty tag set shared by unanswered questions.</summary>
    public static IReadOnlySet<string> EmptySet { get; } = new HashSet<string>(StringComparer.Ordinal);

    private bool PrintMembers(StringBuilder builder)
    {
        // Never print answers (identity, free text) in logs or messages: the id and roles only.
        builder.Append("Id = ").Append(Id).Append(", Roles = ").Append(Roles);
        return true;
    }
}
