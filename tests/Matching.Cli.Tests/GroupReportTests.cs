// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using System.Text.RegularExpressions;

namespace Matching.Cli.Tests;

/// <summary><c>report.html</c> of peer and group runs: the pairs or groups, sorted by score, under the same headline.</summary>
public class GroupReportTests
{
    [Fact]
    public void Run_ModelPeer_WritesAReportOfEveryPairSortedByScore()
    {
        DirectoryInfo output = CliRunner.TempDirectory();

        Assert.Equal(0, CliRunner.Run("run", CliRunner.Sample("peer.csv"), "--model", "peer", "--out", output.FullName, "-q").ExitCode);

        string html = File.ReadAllText(Path.Combine(output.FullName, "report.html"));
        int pairs = File.ReadAllLines(Path.Combine(output.FullName, "matches.csv")).Length - 1;
        Assert.Matches($"<p class=\"headline\" id=\"headline\">[0-9]+ of [0-9]+ peers are in {pairs} pairs; mean score [0-9]+\\.[0-9]\\.</p>", html);
        double[] scores = Scores(html, "groups", CultureInfo.InvariantCulture);
        Assert.Equal(pairs, scores.Length);
        Assert.Equal(scores.OrderByDescending(s => s), scores);
        Assert.Contains("<th>Person A</th><th>Person B</th>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ModelCirclesInGerman_WritesAGermanReportByCircle()
    {
        DirectoryInfo output = CliRunner.TempDirectory();

        Assert.Equal(0, CliRunner.Run("run", CliRunner.Sample("circles.csv"), "--model", "circles", "--time-limit", "5", "--lang", "de", "--out", output.FullName, "-q").ExitCode);

        string html = File.ReadAllText(Path.Combine(output.FullName, "report.html"));
        int circles = File.ReadAllLines(Path.Combine(output.FullName, "circles.csv")).Length - 1;
        Assert.Contains("<html lang=\"de\">", html, StringComparison.Ordinal);
        Assert.Matches($"[0-9]+ von [0-9]+ Mentees sind in {circles} Kreisen; mittlere Punktzahl je Kreis [0-9]+,[0-9]\\.", html);
        Assert.Contains("<th>Kreis</th><th>Mentor:in</th><th>Mitglieder</th>", html, StringComparison.Ordinal);
        double[] scores = Scores(html, "groups", CultureInfo.GetCultureInfo("de-DE"));
        Assert.Equal(circles, scores.Length);
        Assert.Equal(scores.OrderByDescending(s => s), scores);
        Assert.Matches("<td class=\"who\">C[0-9]+</td>", html);
    }

    private static double[] Scores(string html, string table, CultureInfo culture) =>
        [.. Regex.Matches(Regex.Match(html, $"<table id=\"{table}\".*?</table>", RegexOptions.Singleline).Value, "<td class=\"num[^\"]*\">([0-9.,]+)</td>")
            .Select(m => double.Parse(m.Groups[1].Value, culture))];
}
