// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Matching.Core.Results;
using Matching.Core.Text;

namespace Matching.IO.Output;

/// <summary>Writes a <see cref="MatchingResult"/> as CSV files a program manager can open in any spreadsheet.</summary>
/// <remarks>
/// Output never depends on the machine's locale (invariant culture, comma separator, UTF-8) unless
/// <see cref="ForExcelGerman"/> is set. Cells that a spreadsheet would run as a formula (<c>=</c>, <c>+</c>,
/// <c>-</c>, <c>@</c>) are escaped. Instances are immutable and thread-safe.
/// </remarks>
public sealed class ResultCsvWriter
{
    /// <summary>Gets a value indicating whether to write for German Excel: <c>;</c> separator and decimal comma.</summary>
    public bool ForExcelGerman { get; init; }

    /// <summary>Gets how people are named. Default: real names.</summary>
    public Redactor Redactor { get; init; } = Redactor.None;

    /// <summary>Gets the language of the headers and labels. Default: English.</summary>
    public TextCatalog Text { get; init; } = TextCatalog.English;

    /// <summary>Writes one row per match: mentee, mentor, score 0–100 and the top reasons.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="result">The matching.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void WriteMatches(TextWriter writer, MatchingResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        using var csv = CreateWriter(writer);
        WriteRow(csv, Text.MenteeLabel, Text.MenteeEmailLabel, Text.MentorLabel, Text.MentorEmailLabel, Text.ScoreLabel, Text.ReasonsLabel);
        foreach (Match m in result.Matches)
        {
            WriteRow(
                csv,
                Redactor.NameOf(m.Mentee),
                Redactor.EmailOf(m.Mentee),
                Redactor.NameOf(m.Mentor),
                Redactor.EmailOf(m.Mentor),
                FormatScore(m.Score),
                string.Join("; ", m.Explanation.Reasons));
        }
    }

    /// <summary>Writes one row per unmatched person: who, which side, and why.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="result">The matching.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void WriteUnmatched(TextWriter writer, MatchingResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        WriteUnmatched(writer, result.Unmatched);
    }

    /// <summary>Writes one row per undirected pair of a peer result (never A–B and B–A twice): both people, score, reasons.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="result">The peer result.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void WritePeerPairs(TextWriter writer, Core.Models.ProgramResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        using var csv = CreateWriter(writer);
        foreach (string header in new[] { Text.PersonALabel, Text.PersonAEmailLabel, Text.PersonBLabel, Text.PersonBEmailLabel, Text.ScoreLabel, Text.ReasonsLabel })
        {
            csv.WriteField(header);
        }

        csv.NextRecord();
        foreach (Core.Models.PeerPair pair in result.PlacementsOf<Core.Models.PeerPair>())
        {
            csv.WriteField(Redactor.NameOf(pair.First));
            csv.WriteField(Redactor.EmailOf(pair.First));
            csv.WriteField(Redactor.NameOf(pair.Second));
            csv.WriteField(Redactor.EmailOf(pair.Second));
            csv.WriteField(FormatScore(pair.Score));
            csv.WriteField(string.Join("; ", pair.Reasons));
            csv.NextRecord();
        }
    }

    /// <summary>Writes one row per person a peer result left without a partner: who and why.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="result">The peer result.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void WritePeerUnmatched(TextWriter writer, Core.Models.ProgramResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        WriteUnmatched(writer, result.Unmatched);
    }

    /// <summary>Writes one row per mentor: load against capacity.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="result">The matching.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void WriteMentorLoads(TextWriter writer, MatchingResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        using var csv = CreateWriter(writer);
        WriteRow(csv, Text.MentorLabel, Text.EmailLabel, Text.MenteesLabel, Text.CapacityLabel);
        foreach (MentorLoad l in result.MentorLoads)
        {
            csv.WriteField(Redactor.NameOf(l.Mentor));
            csv.WriteField(Redactor.EmailOf(l.Mentor));
            csv.WriteField(l.Load);
            csv.WriteField(l.Capacity);
            csv.NextRecord();
        }
    }

    /// <summary>Writes rejected survey rows: the original columns (sensitive ones blank) plus the line and the problems.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="headers">The survey's header texts.</param>
    /// <param name="rows">The rejected rows.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void WriteRejected(TextWriter writer, IReadOnlyList<string> headers, IEnumerable<Survey.RejectedRow> rows)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        using var csv = CreateWriter(writer);
        csv.WriteField(Text.LineLabel);
        csv.WriteField(Text.ProblemsLabel);
        foreach (string header in headers)
        {
            csv.WriteField(header);
        }

        csv.NextRecord();
        foreach (Survey.RejectedRow row in rows)
        {
            csv.WriteField(row.Line);
            csv.WriteField(string.Join("; ", row.Problems));
            for (int c = 0; c < headers.Count; c++)
            {
                csv.WriteField(c < row.Fields.Count ? row.Fields[c] : string.Empty);
            }

            csv.NextRecord();
        }
    }

    /// <summary>Writes shortlists: one row per suggested mentor, ranked within each mentee.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="lists">The shortlists.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void WriteShortlists(TextWriter writer, IEnumerable<Core.Shortlists.Shortlist> lists)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(lists);
        using var csv = CreateWriter(writer);
        foreach (string header in new[] { Text.MenteeLabel, Text.MenteeEmailLabel, Text.RankLabel, Text.MentorLabel, Text.MentorEmailLabel, Text.ScoreLabel, Text.ReasonsLabel })
        {
            csv.WriteField(header);
        }

        csv.NextRecord();
        foreach (Core.Shortlists.Shortlist list in lists)
        {
            if (list.Options.Count == 0 && list.Note is { } note)
            {
                // An empty list says why, in the Reasons column.
                csv.WriteField(Redactor.NameOf(list.Mentee));
                csv.WriteField(Redactor.EmailOf(list.Mentee));
                csv.WriteField(string.Empty);
                csv.WriteField(string.Empty);
                csv.WriteField(string.Empty);
                csv.WriteField(string.Empty);
                csv.WriteField(note);
                csv.NextRecord();
                continue;
            }

            int rank = 1;
            foreach (Core.Shortlists.ShortlistEntry entry in list.Options)
            {
                csv.WriteField(Redactor.NameOf(list.Mentee));
                csv.WriteField(Redactor.EmailOf(list.Mentee));
                csv.WriteField(rank++);
                csv.WriteField(Redactor.NameOf(entry.Mentor));
                csv.WriteField(Redactor.EmailOf(entry.Mentor));
                csv.WriteField(FormatScore(entry.Score));
                csv.WriteField(string.Join("; ", entry.Explanation.Reasons));
                csv.NextRecord();
            }
        }
    }

    /// <summary>Opens a CSV writer with the settings of every result file: RFC 4180, formula cells escaped, <c>\n</c> line ends.</summary>
    internal static CsvWriter CreateWriter(TextWriter writer, bool forExcelGerman)
    {
        var configuration = new CsvConfiguration(forExcelGerman ? CultureInfo.GetCultureInfo("de-DE") : CultureInfo.InvariantCulture)
        {
            Delimiter = forExcelGerman ? ";" : ",",
            InjectionOptions = InjectionOptions.Escape,
            NewLine = "\n",
        };
        return new CsvWriter(writer, configuration, leaveOpen: true);
    }

    private CsvWriter CreateWriter(TextWriter writer) => CreateWriter(writer, ForExcelGerman);

    private string FormatScore(double score) =>
        score.ToString("0.0", ForExcelGerman ? CultureInfo.GetCultureInfo("de-DE") : CultureInfo.InvariantCulture);

    /// <summary>Writes one record field by field (no reflection, so the CSV files need no class maps).</summary>
    private static void WriteRow(CsvWriter csv, params ReadOnlySpan<string> fields)
    {
        foreach (string field in fields)
        {
            csv.WriteField(field);
        }

        csv.NextRecord();
    }

    private void WriteUnmatched(TextWriter writer, IEnumerable<UnmatchedParticipant> unmatched)
    {
        using var csv = CreateWriter(writer);
        WriteRow(csv, Text.NameLabel, Text.EmailLabel, Text.UnmatchedLabel, Text.ReasonLabel);
        foreach (UnmatchedParticipant u in unmatched)
        {
            WriteRow(csv, Redactor.NameOf(u.Participant), Redactor.EmailOf(u.Participant), Text.UnmatchedSide(u.Side), u.Reason);
        }
    }
}
