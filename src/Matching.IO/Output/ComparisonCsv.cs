// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using Matching.Core.Strategies;
using Matching.Core.Text;

namespace Matching.IO.Output;

/// <summary>
/// Writes <c>comparison.csv</c>: one row per strategy for the whole program (dimension <c>all</c>, group <c>(all)</c>),
/// for <c>random</c> run over several seeds three rows with the mean and the confidence interval of each metric, then
/// one row per strategy and mentee group (department, career level, time-zone region, affinity opt-in; small groups
/// pooled) with the group columns filled. Invariant culture, RFC 4180 quoting. What every column means is written on
/// <c>comparison.html</c> and in <c>match compare --help</c>.
/// </summary>
public static class ComparisonCsv
{
    /// <summary>The header row of <c>comparison.csv</c>.</summary>
    public const string Header = "Strategy,Dimension,Group,Mentees,Matched,MatchedShare,TotalScore,MeanScore,MedianScore,LowerQuartileScore,UpperQuartileScore,MinScore,"
        + "Top1Share,Top3Share,MeanMenteeRank,MenteeRankP90,MeanMentorRank,BlockingPairs,EnviousMentees,EnvyShare,EnvyPairs,MentorLoadGini,UtilisationCv,CapacityUsedShare,IdleMentors,RuntimeMs,Note";

    private const int Columns = 27;

    /// <summary>Writes one row per strategy (group <c>(all)</c>), then one per strategy and group.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="rows">The metrics of each strategy.</param>
    public static void Write(TextWriter writer, IReadOnlyList<MatchingMetrics> rows) => Write(writer, rows, TextCatalog.English);

    /// <summary>Writes the rows without a seed summary or notes, in the language of <paramref name="text"/>.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="rows">The metrics of each strategy.</param>
    /// <param name="text">The language.</param>
    public static void Write(TextWriter writer, IReadOnlyList<MatchingMetrics> rows, TextCatalog text) => Write(writer, rows, null, [], text);

    /// <summary>
    /// Writes a whole comparison with the headers, dimensions, groups and notes in the language of
    /// <paramref name="text"/>: English keeps the column names of <see cref="Header"/>; the numbers stay invariant (a
    /// decimal point, since the separator is a comma) so every numeric column stays parseable.
    /// </summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="comparison">The comparison.</param>
    /// <param name="text">The language.</param>
    public static void Write(TextWriter writer, StrategyComparison comparison, TextCatalog text)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        Write(writer, comparison.Rows, comparison.Random, Notes(comparison, text), text);
    }

    /// <summary>The note of each strategy that has one: why it coincides with another.</summary>
    internal static Dictionary<string, string> Notes(StrategyComparison comparison, TextCatalog text)
    {
        var notes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (IReadOnlyList<string> same in comparison.IdenticalMatchings)
        {
            foreach (string name in same)
            {
                notes[name] = text.NoteIdentical(string.Join(", ", same));
            }
        }

        if (comparison.SidesCoincide)
        {
            foreach (MatchingMetrics row in comparison.Rows.Where(r => r.Strategy.StartsWith("stable", StringComparison.Ordinal)))
            {
                notes[row.Strategy] = notes.TryGetValue(row.Strategy, out string? note) ? text.NoteSidesCoincide + " " + note : text.NoteSidesCoincide;
            }
        }

        return notes;
    }

    private static void Write(TextWriter writer, IReadOnlyList<MatchingMetrics> rows, SeedSummary? random, Dictionary<string, string> notes, TextCatalog text)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(text);
        writer.WriteLine(text.Language == Core.Results.ExplanationLanguage.English ? Header : string.Join(',', Labels(text).Select(Quote)));
        foreach (MatchingMetrics m in rows)
        {
            writer.WriteLine(string.Join(
                ',',
                Quote(m.Strategy),
                Quote(text.Language == Core.Results.ExplanationLanguage.English ? "all" : text.AllGroup),
                Quote(text.AllGroup),
                Number(m.Mentees),
                Number(m.Matched),
                Number(m.MatchedShare),
                Number(m.TotalScore),
                Number(m.MeanScore),
                Number(m.MedianScore),
                Number(m.LowerQuartileScore),
                Number(m.UpperQuartileScore),
                Number(m.MinimumScore),
                Number(m.Top1Share),
                Number(m.Top3Share),
                Number(m.MeanMenteeRank),
                Number(m.MenteeRankP90),
                Number(m.MeanMentorRank),
                Number(m.BlockingPairs),
                Number(m.EnviousMentees),
                Number(m.EnvyShare),
                Number(m.EnvyPairs),
                Number(m.MentorLoadGini),
                Number(m.UtilisationCv),
                Number(m.CapacityUsedShare),
                Number(m.IdleMentors),
                Number(m.Runtime.TotalMilliseconds),
                Quote(notes.GetValueOrDefault(m.Strategy, string.Empty))));
        }

        if (random is { Runs.Count: > 1 })
        {
            WriteSeedRow(writer, random, text.SeedsMeanLabel, text.AllGroup, ci => ci.Mean);
            WriteSeedRow(writer, random, text.SeedsLowLabel, text.AllGroup, ci => ci.Lower);
            WriteSeedRow(writer, random, text.SeedsHighLabel, text.AllGroup, ci => ci.Upper);
        }

        foreach (MatchingMetrics m in rows)
        {
            foreach (GroupMetrics g in m.Groups)
            {
                var cells = new string[Columns];
                Array.Fill(cells, string.Empty);
                cells[0] = Quote(m.Strategy);
                cells[1] = Quote(text.DimensionName(g.Dimension));
                cells[2] = Quote(text.GroupValue(g));
                cells[3] = Number(g.Mentees);
                cells[4] = Number(g.Matched);
                cells[5] = Number(g.MatchRate);
                cells[7] = Number(g.MeanScore);
                cells[14] = Number(g.MeanMenteeRank);
                cells[19] = Number(g.EnvyShare);
                writer.WriteLine(string.Join(',', cells));
            }
        }
    }

    private static void WriteSeedRow(TextWriter writer, SeedSummary random, string dimension, string allGroup, Func<ConfidenceInterval, double> pick)
    {
        var cells = new string[Columns];
        Array.Fill(cells, string.Empty);
        double? Cell(ConfidenceInterval ci) => ci.Count == 0 ? null : pick(ci);
        cells[0] = Quote(random.Strategy);
        cells[1] = Quote(dimension);
        cells[2] = Quote(allGroup);
        cells[3] = Number(random.Runs[0].Mentees);
        cells[5] = Number(Cell(random.MatchedShare));
        cells[7] = Number(Cell(random.MeanScore));
        cells[8] = Number(Cell(random.MedianScore));
        cells[11] = Number(Cell(random.MinimumScore));
        cells[12] = Number(Cell(random.Top1Share));
        cells[13] = Number(Cell(random.Top3Share));
        cells[14] = Number(Cell(random.MeanMenteeRank));
        cells[16] = Number(Cell(random.MeanMentorRank));
        cells[17] = Number(Cell(random.BlockingPairs));
        cells[19] = Number(Cell(random.EnvyShare));
        cells[21] = Number(Cell(random.MentorLoadGini));
        writer.WriteLine(string.Join(',', cells));
    }

    private static string[] Labels(TextCatalog text) =>
    [
        text.StrategyLabel, text.DimensionLabel, text.GroupLabel, text.MenteesLabel, text.MatchedLabel, text.ShareLabel, text.TotalScoreLabel, text.MeanLabel,
        text.MedianLabel, text.LowerQuartileLabel, text.UpperQuartileLabel, text.MinLabel, text.Top1Label, text.Top3Label, text.MenteeRankLabel,
        text.MenteeRankP90Label, text.MentorRankLabel, text.BlockingPairsLabel, text.EnviousLabel, text.EnviousLabel + " (" + text.ShareLabel + ")",
        text.EnvyPairsLabel, text.LoadGiniLabel, text.UtilisationCvLabel, text.CapacityUsedLabel, text.IdleMentorsLabel, text.TimeMsLabel, text.NoteLabel,
    ];

    private static string Number(double? value) => value is double v && double.IsFinite(v) ? Math.Round(v, 4).ToString("0.####", CultureInfo.InvariantCulture) : string.Empty;

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Quotes a text field (RFC 4180) and neutralises a spreadsheet formula the way every other CSV of the tool does
    /// (CsvHelper's <c>InjectionOptions.Escape</c>): a field starting with <c>= @ + -</c>, a tab or a carriage return
    /// gets a leading apostrophe and is always quoted, so a group named <c>=HYPERLINK(…)</c> stays text.
    /// </summary>
    internal static string Quote(string text)
    {
        bool formula = text.Length > 0 && "=@+-\t\r".Contains(text[0], StringComparison.Ordinal);
        if (formula)
        {
            text = "'" + text;
        }

        return formula || text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }
}
