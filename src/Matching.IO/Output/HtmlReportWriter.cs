// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using System.Net;
using System.Text;
using Matching.Core.Results;
using Matching.Core.Text;

namespace Matching.IO.Output;

/// <summary>
/// Writes <c>report.html</c>: one self-contained page (inline CSS and SVG, no scripts, no network) with the headline
/// figures, the score histogram, criteria satisfaction, mentor load against capacity, and the match table.
/// </summary>
/// <remarks>Deterministic: the same result gives the same bytes. Instances are immutable and thread-safe.</remarks>
public sealed class HtmlReportWriter
{
    private const string Accent = "#2f6fb3";
    private const string Muted = "#c9d6e6";

    /// <summary>Gets how people are named. Default: real names.</summary>
    public Redactor Redactor { get; init; } = Redactor.None;

    /// <summary>Gets the page title, or null for "Mentoring matches" in the report's language.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the language of the labels and numbers (the reasons come in their own language). Default: English.</summary>
    public TextCatalog Text { get; init; } = TextCatalog.English;

    /// <summary>Gets a value indicating whether the page is in German; setting it chooses <see cref="Text"/>.</summary>
    public bool German
    {
        get => Text.Language == ExplanationLanguage.German;
        init => Text = value ? TextCatalog.German : TextCatalog.English;
    }

    /// <summary>Writes the report.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="result">The matching.</param>
    /// <param name="summary">Its summary.</param>
    /// <param name="run">What the run was made from.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void Write(TextWriter writer, MatchingResult result, MatchingSummary summary, RunInfo run)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(run);
        string title = Title ?? Text.ReportTitle;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(German ? "de" : "en").Append("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(E(title)).Append("</title>\n<style>\n");
        html.Append("body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1d2733}\n");
        html.Append("h1{margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:1px solid #dde3ea;padding-bottom:.3rem}.sub{color:#5b6b7c}\n");
        html.Append(".cards{display:flex;flex-wrap:wrap;gap:1rem;margin:1.2rem 0}.card{background:#f3f6fa;border-radius:.6rem;padding:.8rem 1.1rem;min-width:10rem}\n");
        html.Append(".card b{display:block;font-size:1.6rem}.ok{color:#1d7a3a}.bad{color:#b3261e}\n");
        html.Append("table{border-collapse:collapse;width:100%;font-size:.92rem}th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #e6ebf0;vertical-align:top}\n");
        html.Append("th{background:#f3f6fa;position:sticky;top:0}td.num{text-align:right;font-variant-numeric:tabular-nums}\n");
        html.Append(".charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(22rem,1fr));gap:1.5rem}svg text{font-size:11px;fill:#33414f}\n");
        html.Append("</style>\n</head>\n<body>\n");
        html.Append("<h1>").Append(E(title)).Append("</h1>\n<p class=\"sub\">").Append(Text.ReportFrom + " ")
            .Append(E(string.Join(", ", run.Inputs.Select(i => i.File))))
            .Append(" · Matching ").Append(E(run.Version)).Append("</p>\n");

        html.Append("<div class=\"cards\">\n");
        Card(html, Text.MatchedMenteesLabel, Text.PartOf(summary.Matched, summary.Mentees));
        Card(html, Text.MeanScoreLabel, Text.Number(summary.MeanScore, "0.0"));
        Card(html, Text.LowestScoreLabel, Text.Number(summary.MinScore, "0.0"));
        Card(html, Text.MentorPlacesUsedLabel, Text.PartOf(summary.Matched, summary.MentorPlaces));
        bool verified = result.Certificate?.IsOptimal ?? false;
        html.Append("<div class=\"card\"><span>").Append(E(Text.OptimalityLabel)).Append("</span><b class=\"").Append(verified ? "ok\">" + E(Text.ProvenWord) : "bad\">" + E(Text.NotVerifiedWord)).Append("</b></div>\n");
        html.Append("</div>\n");

        html.Append("<div class=\"charts\">\n<section>\n<h2>").Append(E(Text.ScoreDistributionHeading)).Append("</h2>\n");
        Histogram(html, summary.ScoreHistogram, Text.ScoreDistributionChart);
        html.Append("</section>\n<section>\n<h2>").Append(E(Text.CriteriaHeading)).Append("</h2>\n");
        Criteria(html, summary.CriteriaSatisfaction);
        html.Append("</section>\n</div>\n");

        html.Append("<h2>").Append(E(Text.MentorLoadHeading)).Append("</h2>\n");
        Loads(html, result.MentorLoads);

        html.Append("<h2>").Append(E(Text.MatchesHeading)).Append("</h2>\n<table id=\"matches\">\n<thead><tr><th>").Append(E(Text.MenteeLabel)).Append("</th><th>").Append(E(Text.MentorLabel)).Append("</th><th>").Append(E(Text.ScoreLabel)).Append("</th><th>").Append(E(Text.WhyLabel)).Append("</th></tr></thead>\n<tbody>\n");
        foreach (Match match in result.Matches)
        {
            html.Append("<tr><td>").Append(E(Redactor.NameOf(match.Mentee))).Append("</td><td>").Append(E(Redactor.NameOf(match.Mentor)))
                .Append("</td><td class=\"num\">").Append(Text.Number(match.Score, "0.0")).Append("</td><td>")
                .Append(E(string.Join("; ", match.Explanation.Reasons))).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        html.Append("<h2>").Append(E(Text.NotMatchedHeading)).Append("</h2>\n<table id=\"unmatched\">\n<thead><tr><th>").Append(E(Text.NameLabel)).Append("</th><th>").Append(E(Text.SideLabel)).Append("</th><th>").Append(E(Text.WhyLabel)).Append("</th></tr></thead>\n<tbody>\n");
        foreach (UnmatchedParticipant u in result.Unmatched)
        {
            html.Append("<tr><td>").Append(E(Redactor.NameOf(u.Participant))).Append("</td><td>")
                .Append(E(Text.UnmatchedSide(u.Side))).Append("</td><td>")
                .Append(E(u.Reason)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</body>\n</html>\n");
        writer.Write(html.ToString());
    }

    private static void Card(StringBuilder html, string label, string value) =>
        html.Append("<div class=\"card\"><span>").Append(E(label)).Append("</span><b>").Append(E(value)).Append("</b></div>\n");

    private static void Histogram(StringBuilder html, IReadOnlyList<int> bands, string label)
    {
        const int width = 420, height = 220, left = 34, bottom = 28, top = 10;
        int max = Math.Max(1, bands.DefaultIfEmpty(0).Max());
        double barWidth = (width - left - 10) / (double)Math.Max(1, bands.Count);
        html.Append(Invariant($"<svg id=\"score-histogram\" role=\"img\" aria-label=\"{E(label)}\" viewBox=\"0 0 {width} {height}\" width=\"100%\">\n"));
        html.Append(Invariant($"<line x1=\"{left}\" y1=\"{height - bottom}\" x2=\"{width - 5}\" y2=\"{height - bottom}\" stroke=\"#8a99a8\"/>\n"));
        for (int b = 0; b < bands.Count; b++)
        {
            double h = (height - bottom - top) * bands[b] / (double)max;
            double x = left + (b * barWidth) + 2;
            html.Append(Invariant($"<rect class=\"bar\" x=\"{x:0.#}\" y=\"{height - bottom - h:0.#}\" width=\"{barWidth - 4:0.#}\" height=\"{h:0.#}\" fill=\"{Accent}\"><title>{b * 10}–{(b + 1) * 10}: {bands[b]}</title></rect>\n"));
            html.Append(Invariant($"<text x=\"{x + ((barWidth - 4) / 2):0.#}\" y=\"{height - bottom + 14}\" text-anchor=\"middle\">{b * 10}</text>\n"));
            if (bands[b] > 0)
            {
                html.Append(Invariant($"<text x=\"{x + ((barWidth - 4) / 2):0.#}\" y=\"{height - bottom - h - 3:0.#}\" text-anchor=\"middle\">{bands[b]}</text>\n"));
            }
        }

        html.Append("</svg>\n");
    }

    private void Criteria(StringBuilder html, IReadOnlyList<(Core.Scoring.Criterion Criterion, double MeanValue)> criteria)
    {
        const int width = 420, row = 26, left = 130;
        int height = Math.Max(row, criteria.Count * row) + 10;
        html.Append(Invariant($"<svg id=\"criteria-chart\" role=\"img\" aria-label=\"{E(Text.CriteriaChart)}\" viewBox=\"0 0 {width} {height}\" width=\"100%\">\n"));
        for (int k = 0; k < criteria.Count; k++)
        {
            var (criterion, mean) = criteria[k];
            double w = (width - left - 50) * mean;
            int y = (k * row) + 5;
            html.Append(Invariant($"<text x=\"{left - 6}\" y=\"{y + 15}\" text-anchor=\"end\">{E(Text.CriterionName(criterion))}</text>\n"));
            html.Append(Invariant($"<rect x=\"{left}\" y=\"{y + 3}\" width=\"{width - left - 50}\" height=\"16\" fill=\"{Muted}\"/>\n"));
            html.Append(Invariant($"<rect class=\"bar\" x=\"{left}\" y=\"{y + 3}\" width=\"{w:0.#}\" height=\"16\" fill=\"{Accent}\"/>\n"));
            html.Append(Invariant($"<text x=\"{width - 44}\" y=\"{y + 15}\">{Text.Number(mean * 100, "0")}%</text>\n"));
        }

        html.Append("</svg>\n");
    }

    private void Loads(StringBuilder html, IReadOnlyList<MentorLoad> loads)
    {
        const int row = 18, left = 170, slot = 26;
        int maxCapacity = Math.Max(1, loads.Select(l => Math.Max(l.Capacity, l.Load)).DefaultIfEmpty(1).Max());
        int width = left + (maxCapacity * slot) + 60;
        int height = Math.Max(row, loads.Count * row) + 10;
        html.Append(Invariant($"<svg id=\"load-chart\" role=\"img\" aria-label=\"{E(Text.MentorLoadChart)}\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\">\n"));
        for (int k = 0; k < loads.Count; k++)
        {
            MentorLoad load = loads[k];
            int y = (k * row) + 5;
            html.Append(Invariant($"<text x=\"{left - 6}\" y=\"{y + 12}\" text-anchor=\"end\">{E(Shorten(Redactor.NameOf(load.Mentor)))}</text>\n"));
            html.Append(Invariant($"<rect x=\"{left}\" y=\"{y + 2}\" width=\"{load.Capacity * slot}\" height=\"13\" fill=\"none\" stroke=\"{Accent}\"/>\n"));
            html.Append(Invariant($"<rect class=\"bar\" x=\"{left}\" y=\"{y + 2}\" width=\"{load.Load * slot}\" height=\"13\" fill=\"{Accent}\"/>\n"));
            html.Append(Invariant($"<text x=\"{left + (Math.Max(load.Capacity, load.Load) * slot) + 6}\" y=\"{y + 12}\">{load.Load}/{load.Capacity}</text>\n"));
        }

        html.Append("</svg>\n");
    }

    private static string Shorten(string text) => text.Length <= 24 ? text : text[..23] + "…";

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
