// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using System.Text.RegularExpressions;
using Matching.Core;
using Matching.Core.Domain;
using Matching.Core.Problem;
using Matching.Core.Results;
using Matching.IO.Output;
using Matching.TestUtils;

namespace Matching.IO.Tests.Output;

public class HtmlReportWriterTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2047)]
    [InlineData(2048)]
    [InlineData(2049)]
    [InlineData(9001)]
    public void InParallel_RowsOfEveryBlock_ComeOutOnceInOrder(int count)
    {
        // The report's large tables build blocks of 2,048 rows on several cores; the page must be the sequential one.
        var html = new System.Text.StringBuilder("<table>");
        HtmlReportWriter.InParallel(html, count, (part, i) => part.Append("<tr>").Append(i).Append("</tr>"));

        string expected = "<table>" + string.Concat(Enumerable.Range(0, count).Select(i => $"<tr>{i}</tr>"));
        Assert.Equal(expected, html.ToString());
    }

    // Two mentees named "Alex Kim"; Dora (capacity 1) ends up full; Finn speaks only German, so nobody can take him
    // (idle) and Cy, who speaks only French, has no mentor.
    private static readonly Participant[] Program =
    [
        People.Mentee("a1", wants: ["Python"], level: 1) with { Name = "Alex Kim", Email = "alex.kim@example.org" },
        People.Mentee("a2", wants: ["SQL"], level: 1, goals: ["Career"]) with { Name = "Alex  Kim", Email = "akim@example.org" },
        People.Mentee("bo", wants: ["Python", "SQL"], level: 1) with { Name = "Bo Berg" },
        People.Mentee("cy", wants: ["Python"], languages: ["French"]) with { Name = "Cy Roux" },
        People.Mentor("dora", offers: ["Python"], capacity: 1, level: 3, goals: ["Career"]) with { Name = "Dora Diaz" },
        People.Mentor("emil", offers: ["SQL", "Python"], capacity: 3, level: 2) with { Name = "Emil Eck" },
        People.Mentor("finn", offers: ["Python"], capacity: 2, languages: ["German"]) with { Name = "Finn Falk" },
    ];

    private static string Render(HtmlReportWriter writer)
    {
        MatchingProblem problem = MatchingProblem.Create(Program);
        MatchingResult result = new MatchingEngine().Solve(problem);
        var run = new RunInfo("test", [("survey.csv", "00")], null, [], null);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        writer.Write(text, result, MatchingSummary.From(problem, result), run);
        return text.ToString();
    }

    [Fact]
    public void Write_TwoPeopleWithTheSameName_ShowsBothWithTheirNumberInTheInput()
    {
        string html = Render(new HtmlReportWriter { Participants = Program });

        Assert.Contains("<span class=\"who\">Alex Kim<span class=\"tag\">#1</span></span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"who\">Alex  Kim<span class=\"tag\">#2</span></span>", html, StringComparison.Ordinal);
        Assert.Contains("told apart by their number in the input", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<span class=\"who\">Bo Berg<span class=\"tag\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("example.org", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_WithoutParticipants_StillTellsRepeatedNamesApart()
    {
        string html = Render(new HtmlReportWriter());

        MatchCollection tags = Regex.Matches(html, "Alex {1,2}Kim<span class=\"tag\">(#[0-9]+)</span>");
        Assert.True(tags.Select(m => m.Groups[1].Value).Distinct().Count() == 2, "both people named Alex Kim get a different number");
    }

    [Fact]
    public void Write_Loads_ShowLoadAgainstCapacityWithOneSlotPerPlace()
    {
        string html = Render(new HtmlReportWriter { Participants = Program });

        Assert.Matches("<div class=\"meter full\" title=\"Dora Diaz: 1 / 1\"><span class=\"who\">Dora Diaz</span><span class=\"track\" style=\"width:[0-9.]+%\"><i class=\"on\"></i></span><span class=\"num\">1 / 1</span></div>", html);
        Assert.Matches("<div class=\"meter idle\" title=\"Finn Falk: 0 / 2\">.*<i></i><i></i></span><span class=\"num\">0 / 2</span></div>", html);
        Assert.Matches("title=\"Emil Eck: 2 / 3\">.*<i class=\"on\"></i><i class=\"on\"></i><i></i></span><span class=\"num\">2 / 3</span>", html);
    }

    [Fact]
    public void Write_MatchTable_IsGroupedByMentorAndSortedByScore()
    {
        string html = Render(new HtmlReportWriter { Participants = Program });

        string table = Regex.Match(html, "<table id=\"matches\".*?</table>", RegexOptions.Singleline).Value;
        var groups = Regex.Matches(table, "<tbody>(.*?)</tbody>", RegexOptions.Singleline)
            .Select(g => (Mentor: Regex.Match(g.Value, "Mentor: <span class=\"who\">([^<]+)<").Groups[1].Value,
                Scores: Regex.Matches(g.Value, "<td class=\"num[^\"]*\">([0-9.]+)</td>").Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList()))
            .ToList();
        Assert.Equal(["Emil Eck", "Dora Diaz"], groups.Select(g => g.Mentor).Order(StringComparer.Ordinal).Reverse());
        Assert.Equal(3, groups.Sum(g => g.Scores.Count));
        Assert.All(groups, g => Assert.Equal(g.Scores.OrderByDescending(s => s), g.Scores));
        Assert.Equal(groups.Select(g => g.Scores.Average()).OrderByDescending(s => s), groups.Select(g => g.Scores.Average()));
    }

    [Fact]
    public void Write_Headline_SaysWhatWasAchievedAndWhatNeedsAttention()
    {
        string html = Render(new HtmlReportWriter { Participants = Program, WeakScore = 99 });

        Assert.Matches("<p class=\"headline\" id=\"headline\">3 of 4 mentees have a mentor; mean score [0-9]+\\.[0-9]\\.</p>", html);
        Assert.Contains("<li>1 mentee without a mentor: no mentor shares a language with this mentee (1)</li>", html, StringComparison.Ordinal);
        Assert.Contains("<li>1 mentor without a mentee: Finn Falk</li>", html, StringComparison.Ordinal);
        int weak = Regex.Matches(html, "<td class=\"num weak\">").Count;
        Assert.InRange(weak, 1, 3);
        Assert.Contains($"<li>{weak} {(weak == 1 ? "pair scores" : "pairs score")} below 99.</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_German_HasAGermanHeadlineWithDecimalCommas()
    {
        string html = Render(new HtmlReportWriter { Participants = Program, German = true, WeakScore = 99.5 });

        Assert.Contains("<html lang=\"de\">", html, StringComparison.Ordinal);
        Assert.Matches("<p class=\"headline\" id=\"headline\">3 von 4 Mentees haben eine Mentor:in; mittlere Punktzahl [0-9]+,[0-9]\\.</p>", html);
        Assert.Contains("<b>Bitte prüfen:</b>", html, StringComparison.Ordinal);
        Assert.Matches("<li>[123] (Paar liegt|Paare liegen) unter 99,5 Punkten.</li>", html);
        Assert.Contains("<li>1 Mentor:in ohne Mentee: Finn Falk</li>", html, StringComparison.Ordinal);
        Assert.Matches("<td class=\"num weak\">[0-9]+,[0-9]</td>", html);
        Assert.DoesNotContain("Needs your attention", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NothingToFlag_SaysSo()
    {
        Participant[] program = [People.Mentee("m", wants: ["Python"], level: 1), People.Mentor("t", offers: ["Python"], level: 3)];
        MatchingProblem problem = MatchingProblem.Create(program);
        MatchingResult result = new MatchingEngine().Solve(problem);
        using var text = new StringWriter(CultureInfo.InvariantCulture);

        new HtmlReportWriter { WeakScore = 0 }.Write(text, result, MatchingSummary.From(problem, result), new RunInfo("test", [], null, [], null));

        Assert.Contains("<div class=\"attention none\" id=\"attention\">Nothing needs your attention", text.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Redacted_ShowsUnwrappablePseudonymsAndNoNamesOrNumbers()
    {
        string html = Render(new HtmlReportWriter { Participants = Program, Redactor = Redactor.Pseudonyms });

        foreach (Participant person in Program)
        {
            Assert.DoesNotContain(person.Name, html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("class=\"tag\">#", html, StringComparison.Ordinal);
        Assert.Matches("<span class=\"who\">P-[0-9a-f]{10}</span>", html);
        Assert.Contains(".who{white-space:nowrap}", html, StringComparison.Ordinal);
    }
}
