// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using System.Text;
using Matching.Core;
using Matching.Core.Domain;
using Matching.Core.Models;
using Matching.Core.Results;
using Matching.Core.Text;

namespace Matching.IO.Output;

/// <summary>
/// Writes <c>report.html</c>: one self-contained page (inline CSS and SVG, no scripts, no network) that reads at a
/// glance: a headline of what the run achieved and what needs the manager's attention (people left without a match
/// and why, idle mentors, weak pairs), the key figures, the score histogram, criteria satisfaction, mentor load against
/// capacity, the match table grouped by mentor and sorted by score, and the people left without a match. Peer, pod and
/// circle runs get the same page with their pairs or groups (<see cref="WriteProgram"/>).
/// </summary>
/// <remarks>
/// People whose names repeat are shown with their number in the input (<c>#12</c>), never with an answer.
/// Deterministic: the same result gives the same bytes. Instances are immutable and thread-safe.
/// </remarks>
public sealed class HtmlReportWriter
{
    private const string Accent = "#2f6fb3";
    private const int AttentionNames = 5;
    private const int MaxSlots = 12;

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

    /// <summary>
    /// Gets the program's participants in input order, or null. People whose names repeat are numbered by their place
    /// in this list; without it, by their first appearance in the result.
    /// </summary>
    public IReadOnlyList<Participant>? Participants { get; init; }

    /// <summary>Gets the score below which a pair or group is marked weak. Default: <see cref="MatchingDefaults.WeakScore"/>.</summary>
    public double WeakScore { get; init; } = MatchingDefaults.WeakScore;

    /// <summary>Writes the report of a one-to-one run.</summary>
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
        IReadOnlyList<Participant> everyone = Participants ??
            [.. result.Matches.SelectMany(m => new[] { m.Mentee, m.Mentor }).Concat(result.MentorLoads.Select(l => l.Mentor)).Concat(result.Unmatched.Select(u => u.Participant))];
        var names = new PersonNames(everyone, Redactor);
        var html = new StringBuilder();
        HtmlPage.Open(html, Text, Title ?? Text.ReportTitle, Subtitle(run));

        // The headline: what the run achieved, then what needs a look.
        html.Append("<p class=\"headline\" id=\"headline\">").Append(E(Text.ReportHeadline(summary.Matched, summary.Mentees, Text.Number(summary.MeanScore, "0.0")))).Append("</p>\n");
        var attention = new List<string>();
        Func<string, string> scrub = Redactor.ScrubberFor(everyone);
        UnmatchedItem(attention, ProgramModelKind.OneToOne, [.. result.Unmatched.Where(u => u.Side == Roles.Mentee)], scrub);
        IdleItem(attention, ProgramModelKind.OneToOne, [.. result.MentorLoads.Where(l => l.Load == 0 && l.Capacity > 0).Select(l => l.Mentor)], names);
        WeakItem(attention, ProgramModelKind.OneToOne, result.Matches.Count(m => m.Score < WeakScore));
        Attention(html, attention);

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

        html.Append("<h2>").Append(E(Text.MentorLoadHeading)).Append("</h2>\n<p class=\"note\">").Append(E(Text.LoadChartNote)).Append("</p>\n");
        Loads(html, result.MentorLoads, names);

        html.Append("<h2>").Append(E(Text.MatchesHeading)).Append("</h2>\n<p class=\"note\">").Append(E(Text.MatchTableNote(Text.Number(WeakScore, "0.#")))).Append("</p>\n");
        SameNameNote(html, names);
        html.Append("<div class=\"scroll\"><table id=\"matches\" class=\"stack\">\n<thead><tr><th>").Append(E(Text.MenteeLabel)).Append("</th><th class=\"num\">").Append(E(Text.ScoreLabel))
            .Append("</th><th>").Append(E(Text.WhyLabel)).Append("</th></tr></thead>\n");
        var loads = result.MentorLoads.GroupBy(l => l.Mentor.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var groups = result.Matches.GroupBy(m => m.Mentor.Id, StringComparer.Ordinal)
            .Select(g => (Mentor: g.First().Mentor, Matches: g.OrderByDescending(m => m.Score).ThenBy(m => names.Text(m.Mentee), StringComparer.CurrentCultureIgnoreCase).ToList()))
            .OrderByDescending(g => g.Matches.Average(m => m.Score)).ThenBy(g => names.Text(g.Mentor), StringComparer.CurrentCultureIgnoreCase).ToList();
        InParallel(html, groups.Count, (part, g) =>
        {
            var group = groups[g];
            string load = loads.TryGetValue(group.Mentor.Id, out MentorLoad? l) ? Invariant($"{l.Load} / {l.Capacity}") : Invariant($"{group.Matches.Count}");
            part.Append("<tbody><tr class=\"group\"><th colspan=\"3\">").Append(E(Text.MentorLabel)).Append(": ").Append(names.Html(group.Mentor))
                .Append(" <span class=\"tag\">").Append(load).Append("</span></th></tr>\n");
            foreach (Match match in group.Matches)
            {
                part.Append("<tr><td>").Append(names.Html(match.Mentee)).Append("</td>").Append(ScoreCell(match.Score)).Append("<td class=\"long\">")
                    .Append(E(Redactor.Scrub(string.Join("; ", match.Explanation.Reasons), [match.Mentee, match.Mentor]))).Append("</td></tr>\n");
            }

            part.Append("</tbody>\n");
        });

        html.Append("</table></div>\n");
        UnmatchedTable(html, [.. result.Unmatched.OrderBy(u => u.Side == Roles.Mentee ? 0 : 1)], names, scrub);
        HtmlPage.Close(html);
        writer.Write(html); // chunk by chunk: no second copy of a report of tens of megabytes
    }

    /// <summary>Writes the report of a peer, pods or circles run: its pairs or groups, sorted by score, with the same headline.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="result">The program's result.</param>
    /// <param name="participants">Everyone in the program, in input order.</param>
    /// <param name="run">What the run was made from.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void WriteProgram(TextWriter writer, ProgramResult result, IReadOnlyList<Participant> participants, RunInfo run)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(participants);
        ArgumentNullException.ThrowIfNull(run);
        ProgramModelKind model = result.Model;
        var names = new PersonNames(participants, Redactor);
        bool peer = model == ProgramModelKind.Peer;
        int people = peer ? participants.Count : participants.Count(p => p.Roles.HasFlag(Roles.Mentee));
        int placed = result.Placements.SelectMany(p => peer ? p.People : ((Group)p).Members).Select(p => p.Id).Distinct(StringComparer.Ordinal).Count();
        double[] scores = [.. result.Placements.Select(p => p.Score)];
        string mean = Text.Number(scores.Length == 0 ? 0 : scores.Average(), "0.0");

        var html = new StringBuilder();
        HtmlPage.Open(html, Text, Title ?? Text.ReportTitle, Subtitle(run) + " · " + result.Strategy);
        html.Append("<p class=\"headline\" id=\"headline\">").Append(E(Text.GroupHeadline(model, placed, people, result.Placements.Length, mean))).Append("</p>\n");
        var attention = new List<string>();
        Func<string, string> scrub = Redactor.ScrubberFor(participants);
        UnmatchedItem(attention, model, [.. result.Unmatched.Where(u => peer || u.Side != Roles.Mentor)], scrub);
        IdleItem(attention, model, peer ? [] : [.. result.Unmatched.Where(u => u.Side == Roles.Mentor).Select(u => u.Participant)], names);
        WeakItem(attention, model, scores.Count(s => s < WeakScore));
        Attention(html, attention);

        html.Append("<div class=\"cards\">\n");
        Card(html, Text.PlacedLabel(model), Text.PartOf(placed, people));
        Card(html, Text.GroupsHeading(model), Invariant($"{result.Placements.Length}"));
        Card(html, Text.MeanScoreLabel, mean);
        Card(html, Text.LowestScoreLabel, Text.Number(scores.DefaultIfEmpty(0).Min(), "0.0"));
        Card(html, Text.StrategyLabel, result.Strategy);
        html.Append("</div>\n");

        int[] bands = new int[10];
        foreach (double score in scores)
        {
            bands[Math.Clamp((int)(score / 10), 0, 9)]++;
        }

        html.Append("<div class=\"charts\">\n<section>\n<h2>").Append(E(Text.GroupScoreHeading)).Append("</h2>\n");
        Histogram(html, bands, Text.ScoreDistributionChart);
        html.Append("</section>\n</div>\n");

        html.Append("<h2>").Append(E(Text.GroupsHeading(model))).Append("</h2>\n<p class=\"note\">").Append(E(Text.GroupTableNote(Text.Number(WeakScore, "0.#")))).Append("</p>\n");
        SameNameNote(html, names);
        html.Append("<div class=\"scroll\"><table id=\"groups\" class=\"stack\">\n<thead><tr>");
        if (peer)
        {
            html.Append("<th>").Append(E(Text.PersonALabel)).Append("</th><th>").Append(E(Text.PersonBLabel)).Append("</th>");
        }
        else
        {
            html.Append("<th>").Append(E(Text.GroupWord(model))).Append("</th><th>").Append(E(Text.MentorLabel)).Append("</th><th>").Append(E(Text.MembersLabel)).Append("</th>");
        }

        html.Append("<th class=\"num\">").Append(E(Text.ScoreLabel)).Append("</th><th>").Append(E(model == ProgramModelKind.Circles ? Text.TopicLabel : Text.WhyLabel)).Append("</th></tr></thead>\n<tbody>\n");
        var rows = result.Placements.Select((p, k) => (Placement: p, Id: GroupCsvWriter.GroupId(model, k))).OrderByDescending(r => r.Placement.Score).ThenBy(r => r.Id, StringComparer.Ordinal);
        foreach (var (placement, id) in rows)
        {
            html.Append("<tr>");
            if (placement is Group group)
            {
                html.Append("<td class=\"who\">").Append(E(id)).Append("</td><td>").Append(group.Leader is null ? string.Empty : names.Html(group.Leader)).Append("</td><td class=\"long members\">")
                    .Append(string.Join(", ", group.Members.Select(names.Html))).Append("</td>");
            }
            else
            {
                Participant[] pair = [.. placement.People];
                html.Append("<td>").Append(names.Html(pair[0])).Append("</td><td>").Append(pair.Length > 1 ? names.Html(pair[1]) : string.Empty).Append("</td>");
            }

            html.Append(ScoreCell(placement.Score)).Append("<td class=\"long\">").Append(E(Redactor.Scrub(string.Join("; ", placement.Reasons), placement.People))).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table></div>\n");
        UnmatchedTable(html, [.. result.Unmatched.OrderBy(u => u.Side == Roles.Mentor ? 1 : 0)], names, scrub);
        HtmlPage.Close(html);
        writer.Write(html); // chunk by chunk: no second copy of a report of tens of megabytes
    }

    private string Subtitle(RunInfo run) =>
        Text.ReportFrom + " " + string.Join(", ", run.Inputs.Select(i => i.File)) + " · Matching " + run.Version;

    private void UnmatchedItem(List<string> attention, ProgramModelKind model, IReadOnlyList<UnmatchedParticipant> unmatched, Func<string, string> scrub)
    {
        if (unmatched.Count == 0)
        {
            return;
        }

        // Reasons differ only in their counts ("all 19 compatible mentors…", "all 17 …"): group them as one kind and
        // show the first clause of the most common kinds; the table below has every reason in full.
        var reasons = unmatched.Select(u => scrub(u.Reason)).GroupBy(ReasonKind, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        var shown = reasons.Take(2).Select(g => Invariant($"{Clause(g)} ({g.Count()})")).ToList();
        if (reasons.Count > 2)
        {
            shown.Add(Text.AndMore(reasons.Skip(2).Sum(g => g.Count())));
        }

        attention.Add(Text.UnmatchedAttention(model, unmatched.Count, string.Join("; ", shown)));
    }

    private static string ReasonKind(string reason) =>
        string.Create(reason.Length, reason, static (kind, text) =>
        {
            for (int c = 0; c < text.Length; c++)
            {
                kind[c] = char.IsAsciiDigit(text[c]) ? '#' : text[c];
            }
        });

    /// <summary>The first clause the reasons of one kind share, with "…" for a count that differs between them.</summary>
    private static string Clause(IGrouping<string, string> reasons)
    {
        string[] clauses = [.. reasons.Select(FirstClause).Distinct(StringComparer.Ordinal)];
        if (clauses.Length == 1)
        {
            return clauses[0];
        }

        var text = new StringBuilder();
        foreach (char c in clauses[0])
        {
            if (!char.IsAsciiDigit(c))
            {
                text.Append(c);
            }
            else if (text.Length == 0 || text[^1] != '…')
            {
                text.Append('…');
            }
        }

        return text.ToString();
    }

    private static string FirstClause(string reason)
    {
        int end = reason.IndexOfAny([',', ';', '(']);
        return (end > 20 ? reason[..end] : reason).TrimEnd();
    }

    private void IdleItem(List<string> attention, ProgramModelKind model, IReadOnlyList<Participant> idle, PersonNames names)
    {
        if (idle.Count == 0)
        {
            return;
        }

        var shown = idle.Take(AttentionNames).Select(names.Text).ToList();
        if (idle.Count > AttentionNames)
        {
            shown.Add(Text.AndMore(idle.Count - AttentionNames));
        }

        attention.Add(Text.IdleMentorsAttention(model, idle.Count, string.Join(", ", shown)));
    }

    private void WeakItem(List<string> attention, ProgramModelKind model, int weak)
    {
        if (weak > 0)
        {
            attention.Add(Text.WeakAttention(model, weak, Text.Number(WeakScore, "0.#")));
        }
    }

    private void Attention(StringBuilder html, List<string> items)
    {
        if (items.Count == 0)
        {
            html.Append("<div class=\"attention none\" id=\"attention\">").Append(E(Text.NothingNeedsAttention(Text.Number(WeakScore, "0.#")))).Append("</div>\n");
            return;
        }

        html.Append("<div class=\"attention\" id=\"attention\"><b>").Append(E(Text.AttentionHeading)).Append("</b>\n<ul>\n");
        foreach (string item in items)
        {
            html.Append("<li>").Append(E(item)).Append("</li>\n");
        }

        html.Append("</ul></div>\n");
    }

    private void SameNameNote(StringBuilder html, PersonNames names)
    {
        if (names.AnyRepeated)
        {
            html.Append("<p class=\"note\">").Append(E(Text.SameNameNote)).Append("</p>\n");
        }
    }

    private string ScoreCell(double score) =>
        score < WeakScore
            ? "<td class=\"num weak\">" + Text.Number(score, "0.0") + "</td>"
            : "<td class=\"num\">" + Text.Number(score, "0.0") + "</td>";

    private void UnmatchedTable(StringBuilder html, IReadOnlyList<UnmatchedParticipant> unmatched, PersonNames names, Func<string, string> scrub)
    {
        html.Append("<h2>").Append(E(Text.NotMatchedHeading)).Append("</h2>\n<div class=\"scroll\"><table id=\"unmatched\" class=\"stack\">\n<thead><tr><th>").Append(E(Text.NameLabel)).Append("</th><th>")
            .Append(E(Text.SideLabel)).Append("</th><th>").Append(E(Text.WhyLabel)).Append("</th></tr></thead>\n<tbody>\n");
        InParallel(html, unmatched.Count, (part, r) =>
        {
            UnmatchedParticipant u = unmatched[r];
            part.Append("<tr><td>").Append(names.Html(u.Participant)).Append("</td><td>").Append(E(Text.UnmatchedSide(u.Side))).Append("</td><td class=\"long\">")
                .Append(E(scrub(u.Reason))).Append("</td></tr>\n");
        });

        html.Append("</tbody>\n</table></div>\n");
    }

    private static void Card(StringBuilder html, string label, string value) =>
        html.Append("<div class=\"card\"><span>").Append(E(label)).Append("</span><b>").Append(E(value)).Append("</b></div>\n");

    private static void Histogram(StringBuilder html, IReadOnlyList<int> bands, string label)
    {
        const int width = 420, height = 200, left = 16, right = 20, bottom = 24, top = 18;
        int max = Math.Max(1, bands.DefaultIfEmpty(0).Max());
        double barWidth = (width - left - right) / (double)Math.Max(1, bands.Count);
        html.Append(Invariant($"<svg id=\"score-histogram\" role=\"img\" aria-label=\"{E(label)}\" viewBox=\"0 0 {width} {height}\" width=\"100%\">\n"));
        html.Append(Invariant($"<line x1=\"{left}\" y1=\"{height - bottom}\" x2=\"{width - right}\" y2=\"{height - bottom}\" stroke=\"#8a99a8\"/>\n"));
        for (int b = 0; b < bands.Count; b++)
        {
            double h = (height - bottom - top) * bands[b] / (double)max;
            double x = left + (b * barWidth) + 2;
            html.Append(Invariant($"<rect class=\"bar\" x=\"{x:0.#}\" y=\"{height - bottom - h:0.#}\" width=\"{barWidth - 4:0.#}\" height=\"{h:0.#}\" fill=\"{Accent}\"><title>{b * 10}–{(b + 1) * 10}: {bands[b]}</title></rect>\n"));
            html.Append(Invariant($"<text x=\"{x - 2:0.#}\" y=\"{height - bottom + 15}\" text-anchor=\"middle\">{b * 10}</text>\n"));
            if (bands[b] > 0)
            {
                html.Append(Invariant($"<text x=\"{x + ((barWidth - 4) / 2):0.#}\" y=\"{height - bottom - h - 4:0.#}\" text-anchor=\"middle\">{bands[b]}</text>\n"));
            }
        }

        html.Append(Invariant($"<text x=\"{width - right}\" y=\"{height - bottom + 15}\" text-anchor=\"middle\">100</text>\n"));
        html.Append("</svg>\n");
    }

    private void Criteria(StringBuilder html, IReadOnlyList<(Core.Scoring.Criterion Criterion, double MeanValue)> criteria)
    {
        html.Append("<div class=\"meters single\" id=\"criteria-chart\" role=\"img\" aria-label=\"").Append(E(Text.CriteriaChart)).Append("\">\n");
        foreach (var (criterion, mean) in criteria)
        {
            html.Append("<div class=\"meter\"><span class=\"label\">").Append(E(Text.CriterionName(criterion))).Append("</span>")
                .Append(Invariant($"<span class=\"track bar\"><i class=\"on\" style=\"width:{Math.Clamp(mean, 0, 1) * 100:0.#}%\"></i></span>"))
                .Append("<span class=\"num\">").Append(Text.Number(mean * 100, "0")).Append(" %</span></div>\n");
        }

        html.Append("</div>\n");
    }

    /// <summary>
    /// One row per mentor: name, a track of one slot per place (as long as the capacity against the largest), the
    /// filled slots, and "2 / 3". Full mentors first, idle ones last; beyond <see cref="MaxSlots"/> places the track is one bar.
    /// </summary>
    private static void Loads(StringBuilder html, IReadOnlyList<MentorLoad> loads, PersonNames names)
    {
        int most = Math.Max(1, loads.Select(l => Math.Max(l.Capacity, l.Load)).DefaultIfEmpty(1).Max());
        html.Append("<div class=\"meters\" id=\"load-chart\">\n");
        foreach (MentorLoad load in loads.OrderByDescending(l => l.Capacity == 0 ? 0 : (double)l.Load / l.Capacity).ThenByDescending(l => l.Capacity).ThenBy(l => names.Text(l.Mentor), StringComparer.CurrentCultureIgnoreCase))
        {
            int places = Math.Max(load.Capacity, load.Load);
            string state = load.Capacity > 0 && load.Load >= load.Capacity ? " full" : load.Load == 0 ? " idle" : string.Empty;
            html.Append("<div class=\"meter").Append(state).Append("\" title=\"").Append(E(names.Text(load.Mentor))).Append(Invariant($": {load.Load} / {load.Capacity}\">"))
                .Append(names.Html(load.Mentor));
            double length = Math.Max(places, 1) * 100.0 / most;
            if (places <= MaxSlots)
            {
                html.Append(Invariant($"<span class=\"track\" style=\"width:{length:0.#}%\">"));
                for (int k = 0; k < places; k++)
                {
                    html.Append(k < load.Load ? "<i class=\"on\"></i>" : "<i></i>");
                }

                html.Append("</span>");
            }
            else
            {
                html.Append(Invariant($"<span class=\"track bar\" style=\"width:{length:0.#}%\"><i class=\"on\" style=\"width:{100.0 * load.Load / places:0.#}%\"></i></span>"));
            }

            html.Append(Invariant($"<span class=\"num\">{load.Load} / {load.Capacity}</span></div>\n"));
        }

        html.Append("</div>\n");
    }

    private static string E(string text) => HtmlPage.Encode(text);

    /// <summary>
    /// Appends the rows <paramref name="row"/> writes for items 0 … <paramref name="count"/> − 1 to <paramref name="html"/>
    /// in order, each block of rows built on its own core (a large program's tables are tens of thousands of rows).
    /// </summary>
    internal static void InParallel(StringBuilder html, int count, Action<StringBuilder, int> row)
    {
        const int Block = 2048;
        var parts = new StringBuilder[(count + Block - 1) / Block];
        Parallel.For(0, parts.Length, b =>
        {
            var part = new StringBuilder();
            for (int i = b * Block; i < Math.Min(count, (b + 1) * Block); i++)
            {
                row(part, i);
            }

            parts[b] = part;
        });
        foreach (StringBuilder part in parts)
        {
            html.Append(part);
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
