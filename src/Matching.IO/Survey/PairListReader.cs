// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

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
        string text = reader.ReadToEnd().TrimStart('\uFEFF');
        var pairs = new List<(string, string)>();
        var diagnostics = new List<SurveyDiagnostic>();
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = SurveyReader.DetectDelimiter(text).ToString(),
            HasHeaderRecord = false,
            IgnoreBlankLines = true,
            BadDataFound = null,
        };
        using var parser = new CsvParser(new StringReader(text), configuration);
        string[]? header = null;
        int menteeEmail = -1, mentorEmail = -1, mentee = -1, mentor = -1;
        int previousEnd = 0;
        while (parser.Read())
        {
            int line = previousEnd + 1;
            previousEnd = parser.RawRow;
            string[] record = parser.Record ?? [];
            if (header is null)
            {
                header = [.. record.Select(h => h.Trim())];
                menteeEmail = Find(header, "mentee email");
                mentorEmail = Find(header, "mentor email");
                mentee = Find(header, "mentee");
                mentor = Find(header, "mentor");
                if (mentee < 0 || mentor < 0)
                {
                    diagnostics.Add(new SurveyDiagnostic(DiagnosticSeverity.Error, fileName, line, 0, null, null, "expected the columns 'Mentee' and 'Mentor' (as in a matches.csv written by 'match run')"));
                    break;
                }

                continue;
            }

            string Cell(int column) => column >= 0 && column < record.Length ? record[column].Trim() : string.Empty;
            string who = Cell(menteeEmail) is { Length: > 0 } email ? email : Cell(mentee);
            string with = Cell(mentorEmail) is { Length: > 0 } email2 ? email2 : Cell(mentor);
            if (who.Length == 0 || with.Length == 0)
            {
                diagnostics.Add(new SurveyDiagnostic(DiagnosticSeverity.Error, fileName, line, who.Length == 0 ? mentee + 1 : mentor + 1, null, null, "a pair needs both a mentee and a mentor"));
                continue;
            }

            pairs.Add((who, with));
        }

        if (header is null)
        {
            diagnostics.Add(new SurveyDiagnostic(DiagnosticSeverity.Error, fileName, 0, 0, null, null, "the file is empty: expected a header with 'Mentee' and 'Mentor' columns"));
        }

        return (pairs, diagnostics);
    }

    private static int Find(string[] header, string name) =>
        Array.FindIndex(header, h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
}
