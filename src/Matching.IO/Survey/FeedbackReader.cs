// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using Matching.Core.Rounds;

namespace Matching.IO.Survey;

/// <summary>
/// Reads a <c>feedback.csv</c> of earlier rounds: <c>Mentee</c> (or <c>Mentee email</c>), <c>Mentor</c> (or
/// <c>Mentor email</c>), <c>Rating</c> (1–5) and, optionally, <c>Would continue</c> (yes/no, ja/nein, true/false, 1/0).
/// </summary>
/// <remarks>Any other column (comments, free text) is never read, so nothing of it can appear in a message.</remarks>
public static class FeedbackReader
{
    /// <summary>Reads the feedback.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="fileName">The file name for diagnostics.</param>
    /// <returns>The ratings and every problem found (an error per unusable row, with its line and column).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static (IReadOnlyList<PairFeedback> Feedback, IReadOnlyList<SurveyDiagnostic> Diagnostics) Read(TextReader reader, string fileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(fileName);
        var diagnostics = new List<SurveyDiagnostic>();
        var feedback = new List<PairFeedback>();
        if (CsvTable.Read(reader, fileName, diagnostics) is not { } table)
        {
            return (feedback, diagnostics);
        }

        int menteeEmail = table.Find("mentee email");
        int mentee = table.Find("mentee");
        int mentorEmail = table.Find("mentor email");
        int mentor = table.Find("mentor");
        int rating = table.Find("rating", "bewertung", "score");
        int continues = table.Find("would continue", "continue", "weitermachen");
        if ((mentee < 0 && menteeEmail < 0) || (mentor < 0 && mentorEmail < 0) || rating < 0)
        {
            diagnostics.Add(new SurveyDiagnostic(DiagnosticSeverity.Error, fileName, 1, 0, null, null, "expected the columns 'Mentee', 'Mentor' and 'Rating' (and optionally 'Would continue')"));
            return (feedback, diagnostics);
        }

        foreach (var (line, cells) in table.Rows)
        {
            string who = CsvTable.Cell(cells, menteeEmail) is { Length: > 0 } email ? email : CsvTable.Cell(cells, mentee);
            string with = CsvTable.Cell(cells, mentorEmail) is { Length: > 0 } email2 ? email2 : CsvTable.Cell(cells, mentor);
            if (who.Length == 0 || with.Length == 0)
            {
                diagnostics.Add(new SurveyDiagnostic(DiagnosticSeverity.Error, fileName, line, (who.Length == 0 ? Math.Max(mentee, menteeEmail) : Math.Max(mentor, mentorEmail)) + 1, null, null, "a rating needs both a mentee and a mentor"));
                continue;
            }

            string score = CsvTable.Cell(cells, rating);
            if (!int.TryParse(score, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) || value is < 1 or > 5)
            {
                diagnostics.Add(new SurveyDiagnostic(DiagnosticSeverity.Error, fileName, line, rating + 1, "Rating", score.Length > 20 ? score[..20] : score, "the rating must be a whole number from 1 to 5"));
                continue;
            }

            bool? wouldContinue = null;
            string answer = CsvTable.Cell(cells, continues).ToLowerInvariant();
            if (answer.Length > 0)
            {
                wouldContinue = answer switch
                {
                    "yes" or "y" or "ja" or "j" or "true" or "1" => true,
                    "no" or "n" or "nein" or "false" or "0" => false,
                    _ => null,
                };
                if (wouldContinue is null)
                {
                    diagnostics.Add(new SurveyDiagnostic(DiagnosticSeverity.Error, fileName, line, continues + 1, "Would continue", answer.Length > 20 ? answer[..20] : answer, "expected yes or no"));
                    continue;
                }
            }

            feedback.Add(new PairFeedback(who, with, value, wouldContinue));
        }

        return (feedback, diagnostics);
    }
}
