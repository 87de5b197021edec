// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;

namespace Matching.IO.Survey;

/// <summary>
/// Prints survey diagnostics for people: identical problems (same file, column and message) are one line naming how
/// many rows and which ("'Weekends' not understood in 52 rows: 3, 5, 8, …; add a time of day …"), the rest one line
/// each; everything sorted by line, then column.
/// </summary>
public static class DiagnosticGroups
{
    /// <summary>How many line numbers a grouped line lists before "…".</summary>
    public const int LinesShown = 8;

    /// <summary>Formats <paramref name="diagnostics"/>, grouping problems that occur in three rows or more.</summary>
    /// <param name="diagnostics">The diagnostics, in any order.</param>
    /// <returns>The lines to print.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostics"/> is null.</exception>
    public static IReadOnlyList<string> Format(IEnumerable<SurveyDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var lines = new List<(int Line, int Column, string Text)>();
        foreach (var group in diagnostics.GroupBy(d => (d.Severity, d.File, d.Column, d.ColumnName, d.Message)))
        {
            var items = group.OrderBy(d => d.Line).ToList();
            if (items.Count < 3)
            {
                lines.AddRange(items.Select(d => (d.Line, d.Column, d.ToString())));
                continue;
            }

            SurveyDiagnostic first = items[0];
            string rows = string.Join(", ", items.Take(LinesShown).Select(d => d.Line.ToString(CultureInfo.InvariantCulture))) + (items.Count > LinesShown ? ", …" : string.Empty);
            int split = first.Message.IndexOf("; ", StringComparison.Ordinal);
            string what = split < 0 ? first.Message : first.Message[..split];
            string hint = split < 0 ? string.Empty : first.Message[split..];
            string severity = first.Severity == DiagnosticSeverity.Error ? "error" : "warning";
            string column = first.ColumnName is null ? string.Empty : $" [column '{first.ColumnName}']";
            string where = first.Column > 0 ? string.Create(CultureInfo.InvariantCulture, $"{first.File}:{first.Line}:{first.Column}") : $"{first.File}:{first.Line}";
            lines.Add((first.Line, first.Column, string.Create(CultureInfo.InvariantCulture, $"{where}: {severity}: {what} in {items.Count} rows: {rows}{hint}{column}")));
        }

        return [.. lines.OrderBy(l => l.Line).ThenBy(l => l.Column).Select(l => l.Text)];
    }
}
