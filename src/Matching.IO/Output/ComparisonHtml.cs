// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using System.Net;
using System.Text;
using Matching.Core;
using Matching.Core.Strategies;
using Matching.Core.Text;

namespace Matching.IO.Output;

/// <summary>
/// Writes <c>comparison.html</c>: one self-contained page (inline CSS and SVG drawn here, no scripts, no external
/// resources) with notes on why strategies coincide, the metrics table, the random strategy's confidence intervals,
/// a legend for every metric, per-group rows, each side's rank distribution, one score histogram per strategy and
/// one load panel per strategy.
/// </summary>
public static class ComparisonHtml
{
    private const int BinWidth = 5;
    private const int Bins = 100 / BinWidth;
    private const double Width = 900;
    private const double Left = 50;
    private const double Right = 20;
    private const double Top = 10;
    private const double Bottom = 40;
    private const double PanelHeight = 70;
    private const double PanelGap = 14;

    /// <summary>The comparison's own rules, kept apart from the page shell so the shared look can change independently.</summary>
    private const string CompareStyle =
        ".scroll{overflow-x:auto}.note{background:#fff8e1;border-left:4px solid #f0b400;padding:.4em .8em;margin:.4em 0}"
        + "dl.legend dt{font-weight:600;margin-top:.4em}dl.legend dd{margin:0 0 0 1.2em}td.ci,table.metrics td,table.groups td,table.ranks td{white-space:nowrap}"
        + "table.groups td:nth-child(-n+2){text-align:left}.legend span{display:inline-block;margin-right:1.2em}"
        + ".swatch{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:middle}.chart svg{max-width:none}\n";

    /// <summary>This page's CSS beside the shared look (<see cref="HtmlPage"/>): numbers right-aligned, the first column left.</summary>
    private const string PageStyle = "td{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}th{text-align:right}th:first-child,td:first-child{text-align:left}svg{border:1px solid var(--line);border-radius:.4rem}\n";

    private static readonly string[] Palette = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf"];

    private static readonly (int From, int To)[] RankBuckets = [(1, 1), (2, 2), (3, 3), (4, 5), (6, 10), (11, int.MaxValue)];

    /// <summary>Writes the self-contained comparison page.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="title">What was compared (the input file names).</param>
    /// <param name="rows">The metrics of each strategy.</param>
    /// <param name="mentorNames">Mentor names, in mentor order.</param>
    /// <param name="capacities">Mentor capacities, in mentor order.</param>
    public static void Write(TextWriter writer, string title, IReadOnlyList<MatchingMetrics> rows, IReadOnlyList<string> mentorNames, IReadOnlyList<int> capacities) =>
        Write(writer, title, rows, mentorNames, capacities, TextCatalog.English);

    /// <summary>Writes the page for metrics alone (no seed intervals, no notes) in the language of <paramref name="text"/>.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="title">What was compared (the input file names).</param>
    /// <param name="rows">The metrics of each strategy.</param>
    /// <param name="mentorNames">Mentor names, in mentor order.</param>
    /// <param name="capacities">Mentor capacities, in mentor order.</param>
    /// <param name="text">The language.</param>
    public static void Write(TextWriter writer, string title, IReadOnlyList<MatchingMetrics> rows, IReadOnlyList<string> mentorNames, IReadOnlyList<int> capacities, TextCatalog text) =>
        Write(writer, title, rows, null, [], mentorNames, capacities, text);

    /// <summary>Writes the self-contained comparison page of a whole comparison in the language of <paramref name="text"/> (labels and numbers).</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="title">What was compared (the input file names).</param>
    /// <param name="comparison">The comparison.</param>
    /// <param name="mentorNames">Mentor names, in mentor order.</param>
    /// <param name="capacities">Mentor capacities, in mentor order.</param>
    /// <param name="text">The language.</param>
    public static void Write(TextWriter writer, string title, StrategyComparison comparison, IReadOnlyList<string> mentorNames, IReadOnlyList<int> capacities, TextCatalog text)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(text);
        Write(writer, title, comparison.Rows, comparison.Random, comparison.Notes(text), mentorNames, capacities, text);
    }

    private static void Write(TextWriter writer, string title, IReadOnlyList<MatchingMetrics> rows, SeedSummary? random, IReadOnlyList<string> notes, IReadOnlyList<string> mentorNames, IReadOnlyList<int> capacities, TextCatalog text)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(text);
        var html = new StringBuilder();
        HtmlPage.Open(html, text, text.ComparisonTitle + ": " + title, subtitle: null, PageStyle + CompareStyle);

        if (notes.Count > 0)
        {
            html.Append("<section class=\"notes\" aria-label=\"").Append(Encode(text.ComparisonNotesHeading)).Append("\">\n");
            foreach (string note in notes)
            {
                html.Append("<p class=\"note\">").Append(Encode(note)).Append("</p>\n");
            }

            html.Append("</section>\n");
        }

        AppendMetricsTable(html, rows, text);
        if (random is { Runs.Count: > 1 })
        {
            AppendSeedTable(html, random, text);
        }

        AppendLegend(html, random, text);
        AppendGroupTable(html, rows, text);
        AppendRankTable(html, rows, text);
        html.Append("<h2>").Append(Encode(text.ComparisonScoreHeading)).Append("</h2>\n");
        AppendHistograms(html, rows, text);
        html.Append("<h2>").Append(Encode(text.ComparisonLoadHeading)).Append("</h2>\n<p>").Append(Encode(text.ComparisonUtilisationNote)).Append("</p>\n");
        AppendLoads(html, rows, mentorNames, capacities, text);
        HtmlPage.Close(html);
        writer.Write(html.ToString());
    }

    private static void AppendMetricsTable(StringBuilder html, IReadOnlyList<MatchingMetrics> rows, TextCatalog text)
    {
        html.Append("<div class=\"scroll\"><table class=\"metrics\">\n<tr>");
        foreach (string label in MetricsLabels(text))
        {
            html.Append("<th>").Append(Encode(label)).Append("</th>");
        }

        html.Append("</tr>\n");
        for (int s = 0; s < rows.Count; s++)
        {
            MatchingMetrics m = rows[s];
            html.Append("<tr><td>").Append(Swatch(s)).Append(Encode(m.Strategy)).Append("</td>")
                .Append(Cell(m.Matched)).Append(Cell(m.MatchedShare, "P1", text)).Append(Cell(m.TotalScore, "0.0", text))
                .Append(Cell(m.MeanScore, "0.0", text)).Append(Cell(m.LowerQuartileScore, "0.0", text)).Append(Cell(m.MedianScore, "0.0", text))
                .Append(Cell(m.UpperQuartileScore, "0.0", text)).Append(Cell(m.MinimumScore, "0.0", text))
                .Append(Cell(m.Top1Share, "P1", text)).Append(Cell(m.Top3Share, "P1", text))
                .Append(Cell(m.MeanMenteeRank, "0.00", text)).Append(Cell(m.MenteeRankP90, "0.#", text)).Append(Cell(m.MeanMentorRank, "0.00", text))
                .Append(Cell(m.BlockingPairs)).Append("<td>").Append(Invariant($"{m.EnviousMentees}")).Append(" (").Append(text.Number(m.EnvyShare, "P0")).Append(")</td>")
                .Append(Cell(m.EnvyPairs)).Append(Cell(m.MentorLoadGini, "0.000", text)).Append(Cell(m.UtilisationCv, "0.000", text))
                .Append(Cell(m.CapacityUsedShare, "P0", text)).Append(Cell(m.IdleMentors)).Append(Cell(m.Runtime.TotalMilliseconds, "0", text)).Append("</tr>\n");
        }

        html.Append("</table></div>\n");
    }

    private static void AppendSeedTable(StringBuilder html, SeedSummary random, TextCatalog text)
    {
        html.Append("<h2>").Append(Encode(text.RandomSeedsHeading(random.Runs.Count, random.Level))).Append("</h2>\n<div class=\"scroll\"><table class=\"seeds\">\n<tr>");
        string[] labels = [text.StrategyLabel, text.ShareLabel, text.MeanLabel, text.MedianLabel, text.MinLabel, text.Top1Label, text.Top3Label, text.MenteeRankLabel, text.MentorRankLabel, text.BlockingPairsLabel, text.EnviousLabel, text.LoadGiniLabel];
        foreach (string label in labels)
        {
            html.Append("<th>").Append(Encode(label)).Append("</th>");
        }

        html.Append("</tr>\n<tr><td>").Append(Encode(random.Strategy)).Append("</td>")
            .Append(Interval(random.MatchedShare, "P1", text)).Append(Interval(random.MeanScore, "0.0", text)).Append(Interval(random.MedianScore, "0.0", text))
            .Append(Interval(random.MinimumScore, "0.0", text)).Append(Interval(random.Top1Share, "P1", text)).Append(Interval(random.Top3Share, "P1", text))
            .Append(Interval(random.MeanMenteeRank, "0.00", text)).Append(Interval(random.MeanMentorRank, "0.00", text)).Append(Interval(random.BlockingPairs, "0.0", text))
            .Append(Interval(random.EnvyShare, "P1", text)).Append(Interval(random.MentorLoadGini, "0.000", text)).Append("</tr>\n</table></div>\n");
    }

    private static void AppendLegend(StringBuilder html, SeedSummary? random, TextCatalog text)
    {
        html.Append("<h2>").Append(Encode(text.ComparisonLegendHeading)).Append("</h2>\n<dl class=\"legend\">\n");
        foreach (string entry in LegendEntries(text, random))
        {
            int colon = entry.IndexOf(": ", StringComparison.Ordinal);
            html.Append("<dt>").Append(Encode(colon > 0 ? entry[..colon] : entry)).Append("</dt><dd>").Append(Encode(colon > 0 ? entry[(colon + 2)..] : string.Empty)).Append("</dd>\n");
        }

        html.Append("</dl>\n");
    }

    /// <summary>The legend of every metric, each as "label: meaning", in table order.</summary>
    /// <param name="text">The language.</param>
    /// <param name="random">The random strategy's seeds, for its entry; null to leave it out.</param>
    /// <returns>The entries.</returns>
    public static IReadOnlyList<string> LegendEntries(TextCatalog text, SeedSummary? random = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var entries = new List<string>
        {
            text.LegendMatched, text.LegendScores, text.LegendTop, text.LegendRanks, text.LegendBlocking, text.LegendEnvy, text.LegendLoad, text.LegendTime,
            text.LegendGroups(MatchingDefaults.MinimumReportedGroupSize),
        };
        if (random is { Runs.Count: > 1 })
        {
            entries.Add(text.LegendRandom(random.Runs.Count, random.Level));
        }

        return entries;
    }

    private static void AppendGroupTable(StringBuilder html, IReadOnlyList<MatchingMetrics> rows, TextCatalog text)
    {
        if (rows.Count == 0 || rows[0].Groups.Count == 0)
        {
            return;
        }

        html.Append("<h2>").Append(Encode(text.ComparisonGroupsHeading)).Append("</h2>\n<div class=\"scroll\"><table class=\"groups\">\n<tr><th>")
            .Append(Encode(text.DimensionLabel)).Append("</th><th>").Append(Encode(text.GroupLabel)).Append("</th><th>").Append(Encode(text.MenteesLabel)).Append("</th>");
        foreach (MatchingMetrics m in rows)
        {
            html.Append("<th>").Append(Encode(m.Strategy)).Append("</th>");
        }

        html.Append("</tr>\n");
        for (int g = 0; g < rows[0].Groups.Count; g++)
        {
            GroupMetrics first = rows[0].Groups[g];
            html.Append("<tr><td>").Append(Encode(text.DimensionName(first.Dimension))).Append("</td><td>").Append(Encode(text.GroupValue(first))).Append("</td>").Append(Cell(first.Mentees));
            foreach (MatchingMetrics m in rows)
            {
                GroupMetrics group = m.Groups[g];
                html.Append("<td>").Append(text.Number(group.MatchRate, "P0")).Append(" / ").Append(group.MeanScore is double s ? text.Number(s, "0.0") : "–")
                    .Append(" / ").Append(text.Number(group.EnvyShare, "P0")).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</table></div>\n");
    }

    private static void AppendRankTable(StringBuilder html, IReadOnlyList<MatchingMetrics> rows, TextCatalog text)
    {
        html.Append("<h2>").Append(Encode(text.ComparisonRanksHeading)).Append("</h2>\n<div class=\"scroll\"><table class=\"ranks\">\n<tr><th>").Append(Encode(text.StrategyLabel)).Append("</th>");
        foreach (var (from, to) in RankBuckets)
        {
            html.Append("<th>").Append(from == to ? Invariant($"{from}") : to == int.MaxValue ? Invariant($"{from}+") : Invariant($"{from}–{to}")).Append("</th>");
        }

        html.Append("<th>").Append(Encode(text.MentorRankLabel)).Append(" (").Append(Encode(text.MedianLabel)).Append(")</th></tr>\n");
        for (int s = 0; s < rows.Count; s++)
        {
            MatchingMetrics m = rows[s];
            html.Append("<tr><td>").Append(Swatch(s)).Append(Encode(m.Strategy)).Append("</td>");
            foreach (var (from, to) in RankBuckets)
            {
                int count = m.MenteeRanks.Count(r => r >= from && r <= to);
                html.Append(Cell(m.MenteeRanks.Count == 0 ? null : count / (double)m.MenteeRanks.Count, "P0", text));
            }

            html.Append(Cell(ComparisonStatistics.Quantile(m.MentorMeanRanks, 0.5), "0.00", text)).Append("</tr>\n");
        }

        html.Append("</table></div>\n");
    }

    /// <summary>
    /// One histogram panel per strategy over 5-point bins (MathNet <c>Histogram</c>; (a, b] buckets, a score of 0 in
    /// the first), all on one count scale, each labelled with its strategy and drawn in its own colour, so no series hides another.
    /// </summary>
    private static void AppendHistograms(StringBuilder html, IReadOnlyList<MatchingMetrics> rows, TextCatalog text)
    {
        var counts = new IReadOnlyList<int>[rows.Count];
        int max = 1;
        for (int s = 0; s < rows.Count; s++)
        {
            counts[s] = ComparisonStatistics.Histogram(rows[s].MatchedScores, Bins, 0, 100);
            max = Math.Max(max, counts[s].DefaultIfEmpty(0).Max());
        }

        double plotWidth = Width - Left - Right;
        double height = Top + (rows.Count * (PanelHeight + PanelGap)) + Bottom;
        OpenSvg(html, height, text.ComparisonScoreChart);
        for (int s = 0; s < rows.Count; s++)
        {
            double top = Top + (s * (PanelHeight + PanelGap));
            double baseline = top + PanelHeight;
            html.Append("<g class=\"panel\"><title>").Append(Encode(rows[s].Strategy)).Append("</title>\n");
            html.Append(Invariant($"<line x1=\"{Left}\" y1=\"{baseline:0.##}\" x2=\"{Width - Right}\" y2=\"{baseline:0.##}\" stroke=\"#444\"/>\n"))
                .Append(Invariant($"<text x=\"{Left - 6}\" y=\"{top + 10:0.##}\" text-anchor=\"end\" font-size=\"10\">{max}</text>\n"))
                .Append(Invariant($"<text x=\"{Left + 4}\" y=\"{top + 11:0.##}\" font-size=\"12\" font-weight=\"600\" fill=\"{Color(s)}\">")).Append(Encode(rows[s].Strategy)).Append("</text>\n");
            for (int k = 0; k < Bins; k++)
            {
                int count = counts[s][k];
                if (count == 0)
                {
                    continue;
                }

                double h = PanelHeight * count / max;
                double x = Left + (plotWidth * k / Bins);
                html.Append(Invariant($"<rect x=\"{x + 1:0.##}\" y=\"{baseline - h:0.##}\" width=\"{(plotWidth / Bins) - 2:0.##}\" height=\"{h:0.##}\" fill=\"{Color(s)}\"><title>"))
                    .Append(Encode(rows[s].Strategy)).Append(Invariant($" {k * BinWidth}–{(k + 1) * BinWidth}: {count} ")).Append(Encode(text.PairsWord)).Append("</title></rect>\n");
            }

            html.Append("</g>\n");
        }

        double axis = Top + (rows.Count * (PanelHeight + PanelGap));
        for (int k = 0; k <= Bins; k += 2)
        {
            double x = Left + (plotWidth * k / Bins);
            html.Append(Invariant($"<text x=\"{x:0.#}\" y=\"{axis + 4:0.#}\" text-anchor=\"middle\" font-size=\"11\">{k * BinWidth}</text>\n"));
        }

        html.Append(Invariant($"<text x=\"{Left + (plotWidth / 2):0.#}\" y=\"{height - 6:0.#}\" text-anchor=\"middle\" font-size=\"12\">")).Append(Encode(text.ScoreWord)).Append("</text>\n");
        html.Append(Invariant($"<text x=\"12\" y=\"{Top + (PanelHeight / 2):0.#}\" font-size=\"12\" transform=\"rotate(-90 12 {Top + (PanelHeight / 2):0.#})\" text-anchor=\"middle\">")).Append(Encode(text.PairsWord)).Append("</text>\n");
        html.Append("</svg></div>\n");
    }

    /// <summary>One panel per strategy: each mentor's places (grey) and mentees (the strategy's colour), mentors sorted by capacity.</summary>
    private static void AppendLoads(StringBuilder html, IReadOnlyList<MatchingMetrics> rows, IReadOnlyList<string> mentorNames, IReadOnlyList<int> capacities, TextCatalog text)
    {
        int m = capacities.Count;
        int[] order = [.. Enumerable.Range(0, m).OrderByDescending(j => capacities[j]).ThenBy(j => j)];
        int max = Math.Max(1, capacities.DefaultIfEmpty(0).Max());
        double plotWidth = Width - Left - Right;
        double step = m == 0 ? plotWidth : plotWidth / m;
        double height = Top + (rows.Count * (PanelHeight + PanelGap)) + Bottom;
        OpenSvg(html, height, text.ComparisonLoadChart);
        for (int s = 0; s < rows.Count; s++)
        {
            double top = Top + (s * (PanelHeight + PanelGap));
            double baseline = top + PanelHeight;
            html.Append("<g class=\"panel\"><title>").Append(Encode(rows[s].Strategy)).Append("</title>\n")
                .Append(Invariant($"<line x1=\"{Left}\" y1=\"{baseline:0.##}\" x2=\"{Width - Right}\" y2=\"{baseline:0.##}\" stroke=\"#444\"/>\n"))
                .Append(Invariant($"<text x=\"{Left - 6}\" y=\"{top + 10:0.##}\" text-anchor=\"end\" font-size=\"10\">{max}</text>\n"));
            for (int k = 0; k < m; k++)
            {
                int j = order[k];
                double cap = PanelHeight * capacities[j] / max;
                double used = PanelHeight * rows[s].MentorLoads[j] / max;
                double x = Left + (k * step);
                double w = Math.Max(step - 1, 0.5);
                html.Append(Invariant($"<rect x=\"{x:0.##}\" y=\"{baseline - cap:0.##}\" width=\"{w:0.##}\" height=\"{cap:0.##}\" fill=\"#ddd\"/>"))
                    .Append(Invariant($"<rect x=\"{x:0.##}\" y=\"{baseline - used:0.##}\" width=\"{w:0.##}\" height=\"{used:0.##}\" fill=\"{Color(s)}\"><title>"))
                    .Append(Encode(rows[s].Strategy)).Append(": ").Append(Encode(mentorNames[j])).Append(Invariant($" {rows[s].MentorLoads[j]}/{capacities[j]}")).Append("</title></rect>\n");
            }

            html.Append(Invariant($"<text x=\"{Width - Right - 4}\" y=\"{top + 11:0.##}\" text-anchor=\"end\" font-size=\"12\" font-weight=\"600\" fill=\"{Color(s)}\">")).Append(Encode(rows[s].Strategy)).Append("</text>\n</g>\n");
        }

        html.Append(Invariant($"<text x=\"{Left + (plotWidth / 2):0.#}\" y=\"{height - 6:0.#}\" text-anchor=\"middle\" font-size=\"12\">")).Append(Encode(text.MentorsCount(m))).Append("</text>\n");
        html.Append(Invariant($"<text x=\"12\" y=\"{Top + (PanelHeight / 2):0.#}\" font-size=\"12\" transform=\"rotate(-90 12 {Top + (PanelHeight / 2):0.#})\" text-anchor=\"middle\">")).Append(Encode(text.MenteesWord)).Append("</text>\n");
        html.Append("</svg></div>\n");
    }

    // A chart keeps its drawn size inside a box that scrolls sideways on a phone, rather than shrinking its labels.
    private static void OpenSvg(StringBuilder html, double height, string label) =>
        html.Append("<div class=\"scroll chart\">").Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height:0.##}\" viewBox=\"0 0 {Width} {height:0.##}\" role=\"img\" aria-label=\"")).Append(Encode(label)).Append("\">\n");

    private static string Color(int index) => Palette[index % Palette.Length];

    private static string Swatch(int index) => "<span class=\"swatch\" style=\"background:" + Color(index) + "\"></span>";

    private static string Cell(long value) => Invariant($"<td>{value}</td>");

    private static string Cell(double? value, string format, TextCatalog text) => "<td>" + (value is double v && double.IsFinite(v) ? text.Number(v, format) : "–") + "</td>";

    private static string Interval(ConfidenceInterval ci, string format, TextCatalog text) =>
        ci.Count == 0 || !double.IsFinite(ci.Mean)
            ? "<td class=\"ci\">–</td>"
            : "<td class=\"ci\">" + text.Number(ci.Mean, format) + (ci.HalfWidth is double h ? " ± " + text.Number(h, format) : string.Empty) + "</td>";

    /// <summary>The column labels of the metrics table, in column order.</summary>
    internal static string[] MetricsLabels(TextCatalog text) =>
    [
        text.StrategyLabel, text.MatchedLabel, text.ShareLabel, text.TotalScoreLabel, text.MeanLabel, text.LowerQuartileLabel, text.MedianLabel, text.UpperQuartileLabel,
        text.MinLabel, text.Top1Label, text.Top3Label, text.MenteeRankLabel, text.MenteeRankP90Label, text.MentorRankLabel, text.BlockingPairsLabel, text.EnviousLabel,
        text.EnvyPairsLabel, text.LoadGiniLabel, text.UtilisationCvLabel, text.CapacityUsedLabel, text.IdleMentorsLabel, text.TimeMsLabel,
    ];

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
