// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using System.Xml.Linq;

namespace Matching.Cli.Tests;

public class CompareCommandTests
{
    [Fact]
    public void Compare_Sample_PrintsTableAndWritesCsvAndSelfContainedHtml()
    {
        DirectoryInfo output = CliRunner.TempDirectory();

        var (exit, stdout, stderr) = CliRunner.Run("compare", CliRunner.Sample("survey.csv"), "--strategies", "optimal,fair,stable,greedy,random", "--seed", "1", "--out", output.FullName);

        Assert.True(exit == 0, stderr);
        Assert.Contains("→ Role", stderr, StringComparison.Ordinal); // read exactly like 'match run'
        foreach (string name in new[] { "optimal", "fair", "stable", "greedy", "random" })
        {
            Assert.Contains(name, stdout, StringComparison.Ordinal);
        }

        string[] csv = File.ReadAllLines(Path.Combine(output.FullName, "comparison.csv"));
        Assert.Equal(
            "Strategy,Dimension,Group,Mentees,Matched,MatchedShare,TotalScore,MeanScore,MedianScore,LowerQuartileScore,UpperQuartileScore,MinScore,"
            + "Top1Share,Top3Share,MeanMenteeRank,MenteeRankP90,MeanMentorRank,BlockingPairs,EnviousMentees,EnvyShare,EnvyPairs,MentorLoadGini,UtilisationCv,CapacityUsedShare,IdleMentors,RuntimeMs,Note",
            csv[0]);
        string[] header = csv[0].Split(',');
        var overall = csv.Skip(1).Select(Fields).Where(c => c[1] == "all").ToDictionary(c => c[0], c => c);
        Assert.Equal(["optimal", "fair", "stable", "greedy", "random"], overall.Keys);
        double Cell(string strategy, string column) => double.Parse(overall[strategy][Array.IndexOf(header, column)], CultureInfo.InvariantCulture);

        // optimal has the highest total among strategies matching as many; fair the highest minimum; stable no blocking pair.
        Assert.All(overall.Keys.Where(s => Cell(s, "Matched") == Cell("optimal", "Matched")), s => Assert.True(Cell(s, "TotalScore") <= Cell("optimal", "TotalScore")));
        Assert.All(overall.Keys.Where(s => Cell(s, "Matched") == Cell("fair", "Matched")), s => Assert.True(Cell(s, "MinScore") <= Cell("fair", "MinScore")));
        Assert.Equal(0, Cell("stable", "BlockingPairs"));

        // The metrics separate the strategies on the sample: stable is not greedy (each side ranks by its own
        // preferences), and envy, blocking pairs and the mentee-side rank differ between optimal, greedy and random.
        Assert.NotEqual(Cell("stable", "TotalScore"), Cell("greedy", "TotalScore"));
        Assert.True(Cell("greedy", "BlockingPairs") > 0);
        Assert.NotEqual(Cell("optimal", "EnviousMentees"), Cell("greedy", "EnviousMentees"));
        Assert.True(Cell("random", "EnvyShare") > Cell("optimal", "EnvyShare"));
        Assert.True(Cell("random", "MeanMenteeRank") > Cell("optimal", "MeanMenteeRank"));
        Assert.NotEqual(Cell("optimal", "MeanMentorRank"), Cell("stable", "MeanMentorRank"));

        // random over the default 20 seeds: mean and a 95 % interval around it.
        string[] mean = Fields(csv.Single(l => l.StartsWith("random,seeds-mean,", StringComparison.Ordinal)));
        string[] low = Fields(csv.Single(l => l.StartsWith("random,seeds-ci-low,", StringComparison.Ordinal)));
        string[] high = Fields(csv.Single(l => l.StartsWith("random,seeds-ci-high,", StringComparison.Ordinal)));
        int meanScore = Array.IndexOf(header, "MeanScore");
        double Parse(string[] row) => double.Parse(row[meanScore], CultureInfo.InvariantCulture);
        Assert.True(Parse(low) < Parse(mean) && Parse(mean) < Parse(high));

        // Per-group rows: departments, and further dimensions the sample has; no group under 5 mentees on its own.
        Assert.Contains(csv, l => l.StartsWith("optimal,department,Engineering,", StringComparison.Ordinal));
        Assert.Contains(csv, l => l.StartsWith("optimal,career level,", StringComparison.Ordinal));
        Assert.All(csv.Skip(1).Select(Fields).Where(c => c[1] is not ("all" or "seeds-mean" or "seeds-ci-low" or "seeds-ci-high")), c => Assert.True(int.Parse(c[3], CultureInfo.InvariantCulture) >= 5, string.Join(',', c)));

        string html = File.ReadAllText(Path.Combine(output.FullName, "comparison.html"));
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        foreach (string legend in new[] { "<dt>Top-1 / Top-3</dt>", "<dt>Blocking pairs</dt>", "<dt>Envy</dt>", "<dt>Load Gini</dt>", "<dt>Mentee rank</dt>", "each side" })
        {
            Assert.Contains(legend, html, StringComparison.Ordinal);
        }

        Assert.Contains("stable uses each side", html, StringComparison.Ordinal); // the sides differ from the pair score here
        Assert.Contains("random over 20 seeds", html, StringComparison.Ordinal);
        Assert.Contains(" ± ", html, StringComparison.Ordinal);
        string[] svgs = [.. System.Text.RegularExpressions.Regex.Matches(html, "<svg.*?</svg>", System.Text.RegularExpressions.RegexOptions.Singleline).Select(m => m.Value)];
        Assert.Equal(2, svgs.Length);
        Assert.All(svgs, svg => XElement.Parse(svg));

        // One separate, labelled panel per strategy in each chart: no series drawn over another.
        foreach (string svg in svgs)
        {
            XElement[] panels = [.. XElement.Parse(svg).Elements().Where(e => e.Name.LocalName == "g")];
            Assert.Equal(["optimal", "fair", "stable", "greedy", "random"], panels.Select(p => p.Elements().First(e => e.Name.LocalName == "title").Value));
            Assert.Equal(5, panels.Select(p => p.Descendants().First(e => e.Name.LocalName == "rect" && e.Attribute("fill")?.Value != "#ddd").Attribute("fill")!.Value).Distinct().Count());
        }

        Assert.Empty(output.GetFiles(".*.tmp"));
    }

    [Fact]
    public void Compare_Help_ShowsCommaSyntaxAndAnExample()
    {
        var (exit, stdout, _) = CliRunner.Run("compare", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("match compare survey.csv --strategies optimal,greedy,stable", stdout, StringComparison.Ordinal);
        Assert.Contains("--random-seeds", stdout, StringComparison.Ordinal);
        Assert.Contains("Blocking pairs", stdout, StringComparison.Ordinal);
        string strategiesLine = stdout.Split('\n').First(l => l.Contains("--strategies <", StringComparison.Ordinal));
        Assert.DoesNotContain("|", strategiesLine, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_BadRandomSeeds_ReportsAParseError()
    {
        var (exit, _, stderr) = CliRunner.Run("compare", CliRunner.Sample("survey.csv"), "--random-seeds", "0", "--out", CliRunner.TempDirectory().FullName);

        Assert.NotEqual(0, exit);
        Assert.Contains("--random-seeds: expected a whole number from 1 to 1000", stderr, StringComparison.Ordinal);
    }

    /// <summary>Splits a CSV line on commas outside quotes.</summary>
    private static string[] Fields(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        bool quoted = false;
        foreach (char c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return [.. fields];
    }

    [Fact]
    public void Compare_SameSeed_GivesTheSameRandomRow()
    {
        DirectoryInfo first = CliRunner.TempDirectory();
        DirectoryInfo second = CliRunner.TempDirectory();

        Assert.Equal(0, CliRunner.Run("compare", CliRunner.Sample("survey.csv"), "-s", "random", "--seed", "7", "--out", first.FullName, "-q").ExitCode);
        Assert.Equal(0, CliRunner.Run("compare", CliRunner.Sample("survey.csv"), "-s", "random", "--seed", "7", "--out", second.FullName, "-q").ExitCode);

        static string Row(DirectoryInfo d) => string.Join(',', File.ReadAllLines(Path.Combine(d.FullName, "comparison.csv"))[1].Split(',')[..^2]);
        Assert.Equal(Row(first), Row(second));
    }

    [Theory]
    [InlineData("--strategies", "optimal,best", "unknown strategy 'best'")]
    [InlineData("--strategies", ",", "name at least one strategy")]
    [InlineData("--seed", "x", "x")]
    public void Compare_BadOptions_ReportParseErrors(string option, string value, string message)
    {
        var (exit, _, stderr) = CliRunner.Run("compare", CliRunner.Sample("survey.csv"), option, value, "--out", CliRunner.TempDirectory().FullName);

        Assert.NotEqual(0, exit);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_MissingFile_ExitsOne()
    {
        var (exit, _, stderr) = CliRunner.Run("compare", Path.Combine(CliRunner.TempDirectory().FullName, "missing.csv"));

        Assert.Equal(1, exit);
        Assert.Contains("cannot read the file", stderr, StringComparison.Ordinal);
    }
}
