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
        Assert.Equal("Strategy,Group,Mentees,Matched,MatchedShare,TotalScore,MeanScore,MedianScore,MinScore,Top1Share,Top3Share,BlockingPairs,MentorLoadGini,RuntimeMs", csv[0]);
        var overall = csv.Skip(1).Select(l => l.Split(',')).Where(c => c[1] == "(all)").ToDictionary(c => c[0], c => c);
        Assert.Equal(["optimal", "fair", "stable", "greedy", "random"], overall.Keys);
        double Cell(string strategy, int column) => double.Parse(overall[strategy][column], CultureInfo.InvariantCulture);

        // optimal has the highest total among strategies matching as many; fair the highest minimum; stable no blocking pair.
        Assert.All(overall.Keys.Where(s => Cell(s, 3) == Cell("optimal", 3)), s => Assert.True(Cell(s, 5) <= Cell("optimal", 5)));
        Assert.All(overall.Keys.Where(s => Cell(s, 3) == Cell("fair", 3)), s => Assert.True(Cell(s, 8) <= Cell("fair", 8)));
        Assert.Equal(0, Cell("stable", 11));
        Assert.Contains(csv, l => l.StartsWith("optimal,Engineering,", StringComparison.Ordinal));

        string html = File.ReadAllText(Path.Combine(output.FullName, "comparison.html"));
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        string[] svgs = [.. System.Text.RegularExpressions.Regex.Matches(html, "<svg.*?</svg>", System.Text.RegularExpressions.RegexOptions.Singleline).Select(m => m.Value)];
        Assert.Equal(2, svgs.Length);
        Assert.All(svgs, svg => XElement.Parse(svg));
        Assert.Equal(5, XElement.Parse(svgs[0]).Elements().Count(e => e.Name.LocalName == "polygon"));
        Assert.Empty(output.GetFiles(".*.tmp"));
    }

    [Fact]
    public void Compare_SameSeed_GivesTheSameRandomRow()
    {
        DirectoryInfo first = CliRunner.TempDirectory();
        DirectoryInfo second = CliRunner.TempDirectory();

        Assert.Equal(0, CliRunner.Run("compare", CliRunner.Sample("survey.csv"), "-s", "random", "--seed", "7", "--out", first.FullName, "-q").ExitCode);
        Assert.Equal(0, CliRunner.Run("compare", CliRunner.Sample("survey.csv"), "-s", "random", "--seed", "7", "--out", second.FullName, "-q").ExitCode);

        static string Row(DirectoryInfo d) => string.Join(',', File.ReadAllLines(Path.Combine(d.FullName, "comparison.csv"))[1].Split(',')[..^1]);
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
