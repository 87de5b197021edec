// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using System.Net;
using System.Text;
using Matching.Core.Strategies;
using Matching.Core.Text;

namespace Matching.IO.Output;

/// <summary>
/// Writes <c>comparison.html</c>: one self-contained page (inline CSS and SVG drawn here, no scripts, no external
/// resources) with the metrics table, the score distributions of all strategies overlaid, and the load of every mentor.
/// </summary>
public static class ComparisonHtml
{
    private const int BinWidth = 5;
    private const int Bins = 100 / BinWidth;
    private const double Width = 900;
    private const double Height = 320;
    private const double Left = 50;
    private const double Right = 20;
    private const double Top = 20;
    private const double Bottom = 40;

    /// <summary>This page's CSS beside the shared look (<see cref="HtmlPage"/>): numbers right-aligned, the first column left.</summary>
    private const string PageStyle = "td{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}th{text-align:right}th:first-child,td:first-child{text-align:left}svg{border:1px solid var(--line);border-radius:.4rem}\n";

    private static readonly string[] Palette = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf"];

    /// <summary>Writes the self-contained comparison page.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="title">What was compared (the input file names).</param>
    /// <param name="rows">The metrics of each strategy.</param>
    /// <param name="mentorNames">Mentor names, in mentor order.</param>
    /// <param name="capacities">Mentor capacities, in mentor order.</param>
    public static void Write(TextWriter writer, string title, IReadOnlyList<MatchingMetrics> rows, IReadOnlyList<string> mentorNames, IReadOnlyList<int> capacities) =>
        Write(writer, title, rows, mentorNames, capacities, TextCatalog.English);

    /// <summary>Writes the self-contained comparison page in the language of <paramref name="text"/> (labels and numbers).</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="title">What was compared (the input file names).</param>
    /// <param name="rows">The metrics of each strategy.</param>
    /// <param name="mentorNames">Mentor names, in mentor order.</param>
    /// <param name="capacities">Mentor capacities, in mentor order.</param>
    /// <param name="text">The language.</param>
    public static void Write(TextWriter writer, string title, IReadOnlyList<MatchingMetrics> rows, IReadOnlyList<string> mentorNames, IReadOnlyList<int> capacities, TextCatalog text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var html = new StringBuilder();
        HtmlPage.Open(html, text, text.ComparisonTitle + ": " + title, subtitle: null, PageStyle);

        AppendMetricsTable(html, rows, text);
        AppendGroupTable(html, rows, text);
        html.Append("<h2>").Append(Encode(text.ComparisonScoreHeading)).Append("</h2>\n");
        AppendLegend(html, rows, withCapacity: false, text);
        AppendHistogram(html, rows, text);
        html.Append("<h2>").Append(Encode(text.ComparisonLoadHeading)).Append("</h2>\n<p>").Append(Encode(text.ComparisonLoadNote)).Append("</p>\n");
        AppendLegend(html, rows, withCapacity: true, text);
        AppendLoads(html, rows, mentorNames, capacities, text);
        HtmlPage.Close(html);
        writer.Write(html.ToString());
    }

    private static void AppendMetricsTable(StringBuilder html, IReadOnlyList<MatchingMetrics> rows, TextCatalog text)
    {
        html.Append("<table>\n<tr>");
        foreach (string label in MetricsLabels(text))
        {
            html.Append("<th>").Append(Encode(label)).Append("</th>");
        }

        html.Append("</tr>\n");
        foreach (MatchingMetrics m in rows)
        {
            html.Append("<tr><td>").Append(Encode(m.Strategy)).Append("</td>")
                .Append(Cell(m.Matched)).Append(Cell(m.MatchedShare, "P1", text)).Append(Cell(m.TotalScore, "0.0", text))
                .Append(Cell(m.MeanScore, "0.0", text)).Append(Cell(m.MedianScore, "0.0", text)).Append(Cell(m.MinimumScore, "0.0", text))
                .Append(Cell(m.Top1Share, "P1", text)).Append(Cell(m.Top3Share, "P1", text)).Append(Cell(m.BlockingPairs))
                .Append(Cell(m.MentorLoadGini, "0.000", text)).Append(Cell(m.Runtime.TotalMilliseconds, "0", text)).Append("</tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void AppendGroupTable(StringBuilder html, IReadOnlyList<MatchingMetrics> rows, TextCatalog text)
    {
        if (rows.Count == 0 || rows[0].Groups.Count == 0)
        {
            return;
        }

        html.Append("<h2>").Append(Encode(text.ComparisonGroupHeading)).Append("</h2>\n<table>\n<tr><th>").Append(Encode(text.DepartmentLabel)).Append("</th><th>").Append(Encode(text.MenteesLabel)).Append("</th>");
        foreach (MatchingMetrics m in rows)
        {
            html.Append("<th>").Append(Encode(m.Strategy)).Append("</th>");
        }

        html.Append("</tr>\n");
        for (int g = 0; g < rows[0].Groups.Count; g++)
        {
            html.Append("<tr><td>").Append(Encode(rows[0].Groups[g].Group)).Append("</td>").Append(Cell(rows[0].Groups[g].Mentees));
            foreach (MatchingMetrics m in rows)
            {
                GroupMetrics group = m.Groups[g];
                html.Append("<td>").Append(text.Number(group.MatchRate, "P0")).Append(" / ").Append(group.MeanScore is double s ? text.Number(s, "0.0") : "–").Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void AppendLegend(StringBuilder html, IReadOnlyList<MatchingMetrics> rows, bool withCapacity, TextCatalog text)
    {
        html.Append("<p class=\"legend\">");
        for (int s = 0; s < rows.Count; s++)
        {
            html.Append("<span><span class=\"swatch\" style=\"background:").Append(Color(s)).Append("\"></span>").Append(Encode(rows[s].Strategy)).Append("</span>");
        }

        if (withCapacity)
        {
            html.Append("<span><span class=\"swatch\" style=\"background:#ddd\"></span>").Append(Encode(text.CapacityWord)).Append("</span>");
        }

        html.Append("</p>\n");
    }

    /// <summary>One outlined, lightly filled step histogram per strategy over 5-point bins (the last bin includes 100).</summary>
    private static void AppendHistogram(StringBuilder html, IReadOnlyList<MatchingMetrics> rows, TextCatalog text)
    {
        var counts = new int[rows.Count][];
        int max = 1;
        for (int s = 0; s < rows.Count; s++)
        {
            counts[s] = new int[Bins];
            foreach (double score in rows[s].MatchedScores)
            {
                int bin = Math.Clamp((int)(score / BinWidth), 0, Bins - 1);
                max = Math.Max(max, ++counts[s][bin]);
            }
        }

        double plotWidth = Width - Left - Right;
        double plotHeight = Height - Top - Bottom;
        OpenSvg(html, text.ComparisonScoreChart);
        AppendAxes(html, max, text.PairsWord);
        for (int k = 0; k <= Bins; k += 2)
        {
            double x = Left + (plotWidth * k / Bins);
            html.Append(Invariant($"<text x=\"{x:0.#}\" y=\"{Height - Bottom + 16:0.#}\" text-anchor=\"middle\" font-size=\"11\">{k * BinWidth}</text>\n"));
        }

        html.Append(Invariant($"<text x=\"{Left + (plotWidth / 2):0.#}\" y=\"{Height - 4:0.#}\" text-anchor=\"middle\" font-size=\"12\">")).Append(Encode(text.ScoreWord)).Append("</text>\n");
        for (int s = 0; s < rows.Count; s++)
        {
            var points = new StringBuilder();
            points.Append(Invariant($"{Left:0.##},{Top + plotHeight:0.##}"));
            for (int k = 0; k < Bins; k++)
            {
                double y = Top + plotHeight - (plotHeight * counts[s][k] / max);
                points.Append(Invariant($" {Left + (plotWidth * k / Bins):0.##},{y:0.##} {Left + (plotWidth * (k + 1) / Bins):0.##},{y:0.##}"));
            }

            points.Append(Invariant($" {Left + plotWidth:0.##},{Top + plotHeight:0.##}"));
            html.Append("<polygon points=\"").Append(points).Append("\" fill=\"").Append(Color(s)).Append("\" fill-opacity=\"0.12\" stroke=\"")
                .Append(Color(s)).Append("\" stroke-width=\"2\"><title>").Append(Encode(rows[s].Strategy)).Append("</title></polygon>\n");
        }

        html.Append("</svg>\n");
    }

    private static void AppendLoads(StringBuilder html, IReadOnlyList<MatchingMetrics> rows, IReadOnlyList<string> mentorNames, IReadOnlyList<int> capacities, TextCatalog text)
    {
        int m = capacities.Count;
        int[] order = [.. Enumerable.Range(0, m).OrderByDescending(j => capacities[j]).ThenBy(j => j)];
        int max = Math.Max(1, capacities.DefaultIfEmpty(0).Max());
        double plotWidth = Width - Left - Right;
        double plotHeight = Height - Top - Bottom;
        double step = m == 0 ? plotWidth : plotWidth / m;
        OpenSvg(html, text.ComparisonLoadChart);
        AppendAxes(html, max, text.MenteesWord);
        for (int k = 0; k < m; k++)
        {
            int j = order[k];
            double h = plotHeight * capacities[j] / max;
            html.Append(Invariant($"<rect x=\"{Left + (k * step):0.##}\" y=\"{Top + plotHeight - h:0.##}\" width=\"{Math.Max(step - 0.5, 0.5):0.##}\" height=\"{h:0.##}\" fill=\"#ddd\"><title>"))
                .Append(Encode(mentorNames[j])).Append(": ").Append(Encode(text.CapacityWord)).Append(Invariant($" {capacities[j]}"));
            foreach (MatchingMetrics row in rows)
            {
                html.Append("; ").Append(Encode(row.Strategy)).Append(Invariant($" {row.MentorLoads[j]}"));
            }

            html.Append("</title></rect>\n");
        }

        html.Append(Invariant($"<text x=\"{Left + (plotWidth / 2):0.#}\" y=\"{Height - 4:0.#}\" text-anchor=\"middle\" font-size=\"12\">")).Append(Encode(text.MentorsCount(m))).Append("</text>\n");
        for (int s = 0; s < rows.Count; s++)
        {
            var points = new StringBuilder();
            for (int k = 0; k < m; k++)
            {
                double y = Top + plotHeight - (plotHeight * rows[s].MentorLoads[order[k]] / max);
                points.Append(Invariant($"{Left + (k * step):0.##},{y:0.##} {Left + ((k + 1) * step):0.##},{y:0.##} "));
            }

            html.Append("<polyline points=\"").Append(points.ToString().TrimEnd()).Append("\" fill=\"none\" stroke=\"").Append(Color(s))
                .Append("\" stroke-width=\"1.5\" stroke-opacity=\"0.8\"><title>").Append(Encode(rows[s].Strategy)).Append("</title></polyline>\n");
        }

        html.Append("</svg>\n");
    }

    private static void OpenSvg(StringBuilder html, string label) =>
        html.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"")).Append(Encode(label)).Append("\">\n");

    private static void AppendAxes(StringBuilder html, int max, string unit)
    {
        double plotHeight = Height - Top - Bottom;
        html.Append(Invariant($"<line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Top + plotHeight}\" stroke=\"#444\"/>\n"))
            .Append(Invariant($"<line x1=\"{Left}\" y1=\"{Top + plotHeight}\" x2=\"{Width - Right}\" y2=\"{Top + plotHeight}\" stroke=\"#444\"/>\n"));
        int tick = Math.Max(1, (int)Math.Ceiling(max / 5.0));
        for (int v = 0; v <= max; v += tick)
        {
            double y = Top + plotHeight - (plotHeight * v / max);
            html.Append(Invariant($"<text x=\"{Left - 6}\" y=\"{y + 4:0.##}\" text-anchor=\"end\" font-size=\"11\">{v}</text>\n"))
                .Append(Invariant($"<line x1=\"{Left}\" y1=\"{y:0.##}\" x2=\"{Width - Right}\" y2=\"{y:0.##}\" stroke=\"#eee\"/>\n"));
        }

        html.Append(Invariant($"<text x=\"12\" y=\"{Top + (plotHeight / 2):0.#}\" font-size=\"12\" transform=\"rotate(-90 12 {Top + (plotHeight / 2):0.#})\" text-anchor=\"middle\">")).Append(Encode(unit)).Append("</text>\n");
    }

    private static string Color(int index) => Palette[index % Palette.Length];

    private static string Cell(long value) => Invariant($"<td>{value}</td>");

    private static string Cell(double? value, string format, TextCatalog text) => "<td>" + (value is double v ? text.Number(v, format) : "–") + "</td>";

    /// <summary>The column labels of the metrics table and of a German <c>comparison.csv</c>, in column order.</summary>
    internal static string[] MetricsLabels(TextCatalog text) =>
        [text.StrategyLabel, text.MatchedLabel, text.ShareLabel, text.TotalScoreLabel, text.MeanLabel, text.MedianLabel, text.MinLabel, text.Top1Label, text.Top3Label, text.BlockingPairsLabel, text.LoadGiniLabel, text.TimeMsLabel];

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
