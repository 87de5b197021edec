// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using Matching.Core.Strategies;
using Matching.Core.Text;

namespace Matching.IO.Output;

/// <summary>
/// Writes <c>comparison.csv</c>: one row per strategy for the whole program (group <c>(all)</c>), then one row per
/// strategy and mentee department with the group columns filled. Invariant culture, RFC 4180 quoting.
/// </summary>
public static class ComparisonCsv
{
    /// <summary>The header row of <c>comparison.csv</c>.</summary>
    public const string Header = "Strategy,Group,Mentees,Matched,MatchedShare,TotalScore,MeanScore,MedianScore,MinScore,Top1Share,Top3Share,BlockingPairs,MentorLoadGini,RuntimeMs";

    /// <summary>Writes one row per strategy (group <c>(all)</c>), then one per strategy and department.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="rows">The metrics of each strategy.</param>
    public static void Write(TextWriter writer, IReadOnlyList<MatchingMetrics> rows) => Write(writer, rows, TextCatalog.English);

    /// <summary>
    /// Writes the file with the headers and the whole-program group in the language of <paramref name="text"/>:
    /// English keeps the column names of <see cref="Header"/>; the numbers stay invariant (a decimal point, since the
    /// separator is a comma) so every numeric column stays parseable.
    /// </summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="rows">The metrics of each strategy.</param>
    /// <param name="text">The language.</param>
    public static void Write(TextWriter writer, IReadOnlyList<MatchingMetrics> rows, TextCatalog text)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(text);
        writer.WriteLine(text.Language == Core.Results.ExplanationLanguage.English ? Header : GermanHeader(text));
        foreach (MatchingMetrics m in rows)
        {
            writer.WriteLine(string.Join(
                ',',
                Quote(m.Strategy),
                Quote(text.AllGroup),
                Number(m.Mentees),
                Number(m.Matched),
                Number(m.MatchedShare),
                Number(m.TotalScore),
                Number(m.MeanScore),
                Number(m.MedianScore),
                Number(m.MinimumScore),
                Number(m.Top1Share),
                Number(m.Top3Share),
                Number(m.BlockingPairs),
                Number(m.MentorLoadGini),
                Number(m.Runtime.TotalMilliseconds)));
        }

        foreach (MatchingMetrics m in rows)
        {
            foreach (GroupMetrics g in m.Groups)
            {
                writer.WriteLine(string.Join(
                    ',',
                    Quote(m.Strategy),
                    Quote(g.Group),
                    Number(g.Mentees),
                    Number(g.Matched),
                    Number(g.MatchRate),
                    string.Empty,
                    Number(g.MeanScore),
                    string.Empty,
                    string.Empty,
                    string.Empty,
                    string.Empty,
                    string.Empty,
                    string.Empty,
                    string.Empty));
            }
        }
    }

    private static string GermanHeader(TextCatalog text)
    {
        string[] labels = ComparisonHtml.MetricsLabels(text);
        string[] columns = [labels[0], text.GroupLabel, text.MenteesLabel, .. labels[1..]];
        return string.Join(',', columns.Select(Quote));
    }

    private static string Number(double? value) => value is double v ? Math.Round(v, 4).ToString("0.####", CultureInfo.InvariantCulture) : string.Empty;

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
