// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Scoring;
using NodaTime;

namespace Matching.IO.Survey;

/// <summary>
/// How to read one program's survey and how to score it: which column (by header text) answers which field,
/// synonyms for multi-select answers, sensitive columns, and the scoring configuration. Stored as a JSON mapping
/// file (see <see cref="MappingFile"/>); <c>match init</c> writes one inferred from the headers.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class SurveyMapping
{
    /// <summary>Gets the header text of the column that answers each field.</summary>
    public IReadOnlyDictionary<SurveyField, string> Columns { get; init; } = new Dictionary<SurveyField, string>();

    /// <summary>Gets answer synonyms: each key is replaced by its value (case-insensitive) in every answer (skills, goals, roles, formats, frequencies, levels, availability, languages).</summary>
    public IReadOnlyDictionary<string, string> Synonyms { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Gets header texts of columns whose values must never appear in outputs, logs or error messages
    /// (identity columns are always treated as sensitive).
    /// </summary>
    public IReadOnlyList<string> SensitiveColumns { get; init; } = [];

    /// <summary>Gets the first day of the program, or null for the reader's default.</summary>
    public LocalDate? ProgramStart { get; init; }

    /// <summary>Gets the scoring weights and rules.</summary>
    public ScoringOptions Scoring { get; init; } = ScoringOptions.Default;

    /// <summary>Gets the unmatched penalty in score points, or null for coverage first.</summary>
    public double? UnmatchedPenalty { get; init; }

    /// <summary>Gets the fewest mentees every mentor must take. Default 0.</summary>
    public int MinimumLoad { get; init; }

    /// <summary>Gets the extra points charged per additional mentee of a mentor (convex load). Default 0.</summary>
    public double LoadPenalty { get; init; }

    /// <summary>Gets pairs (mentee, mentor; ids, emails or names) that must be kept, e.g. from a previous round.</summary>
    public IReadOnlyList<(string Mentee, string Mentor)> LockedPairs { get; init; } = [];

    /// <summary>Gets the quotas of a group program (the mapping's <c>quotas</c> section); honored by <c>--model pods</c>.</summary>
    public IReadOnlyList<Core.Models.GroupQuota> Quotas { get; init; } = [];

    /// <summary>Gets extra availability words: each answer item equal to a key (case-insensitive) reads as its value, e.g. "Flexible" → "Mon-Fri 9-17".</summary>
    public IReadOnlyDictionary<string, string> AvailabilityWords { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets extra role words, each mapped to Mentor, Mentee or Both (e.g. "Volunteer" → "Mentor").</summary>
    public IReadOnlyDictionary<string, string> RoleWords { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets extra meeting-format words, each mapped to a canonical format (e.g. "Zoom" → "Video call").</summary>
    public IReadOnlyDictionary<string, string> FormatWords { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets extra frequency words, each mapped to a frequency answer (e.g. "Fortnightly-ish" → "biweekly").</summary>
    public IReadOnlyDictionary<string, string> FrequencyWords { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets the program's own level scale, most junior first (e.g. civil-service grades), or null for the built-in ladders.</summary>
    public LevelScale? Levels { get; init; }

    /// <summary>Creates a mapping from an inferred <see cref="ColumnMapping"/>.</summary>
    /// <param name="inferred">The columns inferred from a header.</param>
    /// <exception cref="ArgumentNullException"><paramref name="inferred"/> is null.</exception>
    public static SurveyMapping FromInferred(ColumnMapping inferred)
    {
        ArgumentNullException.ThrowIfNull(inferred);
        return new SurveyMapping
        {
            Columns = inferred.Fields.ToDictionary(f => f.Key, f => inferred.Headers[f.Value]),
            SensitiveColumns = [.. inferred.Fields.Where(f => f.Key is SurveyField.Identity or SurveyField.AffinityOptIn).Select(f => inferred.Headers[f.Value])],
        };
    }
}
