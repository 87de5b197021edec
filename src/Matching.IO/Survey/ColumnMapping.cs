// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.IO.Survey;

/// <summary>Which column of a survey file answers which <see cref="SurveyField"/>.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class ColumnMapping
{
    private readonly Dictionary<SurveyField, int> _columns;

    internal ColumnMapping(IReadOnlyList<string> headers, Dictionary<SurveyField, int> columns)
    {
        Headers = headers;
        _columns = columns;
    }

    /// <summary>Gets how sure each inferred guess is (empty for a mapping read from a mapping file).</summary>
    public IReadOnlyDictionary<SurveyField, ColumnGuess> Guesses { get; init; } = new Dictionary<SurveyField, ColumnGuess>();

    /// <summary>Gets the column the role most likely is in (even if not assigned), or −1.</summary>
    internal int RoleCandidate { get; init; } = -1;

    /// <summary>Gets the header texts, in file order.</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>Gets the mapped fields and their 0-based column indices, in column order.</summary>
    public IReadOnlyList<KeyValuePair<SurveyField, int>> Fields => [.. _columns.OrderBy(pair => pair.Value)];

    /// <summary>Gets the 0-based indices of columns that no field uses.</summary>
    public IReadOnlyList<int> UnmappedColumns =>
        [.. Enumerable.Range(0, Headers.Count).Where(c => !_columns.ContainsValue(c) && Headers[c].Length > 0)];

    /// <summary>Returns the 0-based column of <paramref name="field"/>, or −1 when the survey lacks it.</summary>
    /// <param name="field">The field.</param>
    public int ColumnOf(SurveyField field) => _columns.TryGetValue(field, out int column) ? column : -1;

    /// <summary>Returns whether the survey has <paramref name="field"/>.</summary>
    /// <param name="field">The field.</param>
    public bool Has(SurveyField field) => _columns.ContainsKey(field);
}
