// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Text;

namespace Matching.IO.Survey;

/// <summary>
/// Reads a list of mentee–mentor pairs, typically a previous round's <c>matches.csv</c>: the columns
/// <c>Mentee email</c> and <c>Mentor email</c> when present and filled, else <c>Mentee</c> and <c>Mentor</c> (names).
/// </summary>
/// <remarks>Used to exclude the pairs of earlier cohort rounds, or to keep pairs while rematching the rest.</remarks>
public static class PairListReader
{
    /// <summary>Reads the pairs.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="fileName">The file name for diagnostics.</param>
    /// <returns>The pairs (ids, emails or names) and every problem found.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static (IReadOnlyList<(string Mentee, string Mentor)> Pairs, IReadOnlyList<SurveyDiagnostic> Diagnostics) Read(TextReader reader, string fileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(fileName);
        var pairs = new List<(string, string)>();
        var diagnostics = new List<SurveyDiagnostic>();
        if (CsvTable.Read(reader, fileName, []) is not { } table)
        {
            diagnostics.Add(new SurveyDiagnostic(DiagnosticSeverity.Error, fileName, 0, 0, null, null, "the file is empty: expected a header with 'Mentee' and 'Mentor' columns"));
            return (pairs, diagnostics);
        }

        // A matches.csv written in either language (--lang de) names its columns from the text catalogue.
        int menteeEmail = table.Find(Labels(t => t.MenteeEmailLabel));
        int mentorEmail = table.Find(Labels(t => t.MentorEmailLabel));
        int mentee = table.Find(Labels(t => t.MenteeLabel));
        int mentor = table.Find(Labels(t => t.MentorLabel));
        if (mentee < 0 || mentor < 0)
        {
            diagnostics.Add(new SurveyDiagnostic(DiagnosticSeverity.Error, fileName, 1, 0, null, null, "expected the columns 'Mentee' and 'Mentor' (as in a matches.csv written by 'match run')"));
            return (pairs, diagnostics);
        }

        foreach (var (line, cells) in table.Rows)
        {
            string who = CsvTable.Cell(cells, menteeEmail) is { Length: > 0 } email ? email : CsvTable.Cell(cells, mentee);
            string with = CsvTable.Cell(cells, mentorEmail) is { Length: > 0 } email2 ? email2 : CsvTable.Cell(cells, mentor);
            if (who.Length == 0 || with.Length == 0)
            {
                diagnostics.Add(new SurveyDiagnostic(DiagnosticSeverity.Error, fileName, line, who.Length == 0 ? mentee + 1 : mentor + 1, null, null, "a pair needs both a mentee and a mentor"));
                continue;
            }

            pairs.Add((who, with));
        }

        return (pairs, diagnostics);
    }

    private static string[] Labels(Func<TextCatalog, string> label) => [label(TextCatalog.English), label(TextCatalog.German)];
}
