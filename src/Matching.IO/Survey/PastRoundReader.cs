// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using Matching.Core.Rounds;

namespace Matching.IO.Survey;

/// <summary>
/// Reads one earlier round from the files <c>match run</c> wrote: <c>matches.csv</c> and, where present,
/// <c>unmatched.csv</c> (who stayed unmatched), <c>mentors.csv</c> (loads against capacity) and a <c>feedback.csv</c>.
/// </summary>
public static class PastRoundReader
{
    /// <summary>Reads a round.</summary>
    /// <param name="name">The round's name for reports (its folder name).</param>
    /// <param name="matches">The round's <c>matches.csv</c> and its file name.</param>
    /// <param name="unmatched">The round's <c>unmatched.csv</c>, or null.</param>
    /// <param name="mentors">The round's <c>mentors.csv</c>, or null.</param>
    /// <param name="feedback">The round's <c>feedback.csv</c>, or null.</param>
    /// <returns>The round (null when a file has errors) and every problem found.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public static (PastRound? Round, IReadOnlyList<SurveyDiagnostic> Diagnostics) Read(
        string name,
        (TextReader Reader, string FileName) matches,
        (TextReader Reader, string FileName)? unmatched = null,
        (TextReader Reader, string FileName)? mentors = null,
        (TextReader Reader, string FileName)? feedback = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(matches.Reader);
        var diagnostics = new List<SurveyDiagnostic>();
        var (pairs, problems) = PairListReader.Read(matches.Reader, matches.FileName);
        diagnostics.AddRange(problems);

        var left = new List<string>();
        if (unmatched is var (u, uName) && CsvTable.Read(u, uName, diagnostics) is { } table)
        {
            int who = table.Find("email");
            int nameColumn = table.Find("name");
            int side = table.Find("unmatched");
            foreach (var (_, cells) in table.Rows)
            {
                string id = CsvTable.Cell(cells, who) is { Length: > 0 } email ? email : CsvTable.Cell(cells, nameColumn);
                if (id.Length > 0 && CsvTable.Cell(cells, side).StartsWith("as mentee", StringComparison.OrdinalIgnoreCase))
                {
                    left.Add(id);
                }
            }
        }

        var loads = new List<(string, int, int)>();
        if (mentors is var (m, mName) && CsvTable.Read(m, mName, diagnostics) is { } loadTable)
        {
            int who = loadTable.Find("email");
            int nameColumn = loadTable.Find("mentor");
            int load = loadTable.Find("mentees");
            int capacity = loadTable.Find("capacity");
            foreach (var (line, cells) in loadTable.Rows)
            {
                string id = CsvTable.Cell(cells, who) is { Length: > 0 } email ? email : CsvTable.Cell(cells, nameColumn);
                if (!int.TryParse(CsvTable.Cell(cells, load), NumberStyles.Integer, CultureInfo.InvariantCulture, out int served)
                    || !int.TryParse(CsvTable.Cell(cells, capacity), NumberStyles.Integer, CultureInfo.InvariantCulture, out int places))
                {
                    diagnostics.Add(new SurveyDiagnostic(DiagnosticSeverity.Error, mName, line, load + 1, null, null, "expected whole numbers in 'Mentees' and 'Capacity' (as in a mentors.csv written by 'match run')"));
                    continue;
                }

                loads.Add((id, served, places));
            }
        }

        IReadOnlyList<PairFeedback> ratings = [];
        if (feedback is var (f, fName))
        {
            var (read, feedbackProblems) = FeedbackReader.Read(f, fName);
            ratings = read;
            diagnostics.AddRange(feedbackProblems);
        }

        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return (null, diagnostics);
        }

        return (new PastRound { Name = name, Pairs = pairs, UnmatchedMentees = left, MentorLoads = loads, Feedback = ratings }, diagnostics);
    }
}
