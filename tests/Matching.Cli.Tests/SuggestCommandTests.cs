// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Cli.Tests;

public class SuggestCommandTests
{
    [Fact]
    public void Suggest_OneMentee_PrintsItsShortlist()
    {
        var (exit, stdout, stderr) = CliRunner.Run("suggest", CliRunner.Sample("survey.csv"), "--mentee", "kai.oezdemir@example.org", "--k", "4");

        Assert.True(exit == 0, stderr);
        Assert.Contains("Mentors suggested to Kai Özdemir", stdout, StringComparison.Ordinal);
        Assert.Contains("both speak", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggest_AllMentees_WritesRankedListsWithinTheExposureCap()
    {
        DirectoryInfo work = CliRunner.TempDirectory();
        string file = Path.Combine(work.FullName, "shortlists.csv");

        var (exit, _, stderr) = CliRunner.Run("suggest", CliRunner.Sample("survey.csv"), "--k", "3", "--exposure", "2", "--out", file);

        Assert.True(exit == 0, stderr);
        string[] rows = File.ReadAllLines(file);
        Assert.Equal("Mentee,Mentee email,Rank,Mentor,Mentor email,Score,Reasons", rows[0]);
        var all = rows.Skip(1).Select(r => r.Split(',')).ToList();

        // A mentee with nothing to suggest gets one row without a rank that says why.
        Assert.All(all.Where(e => e[2].Length == 0), e => Assert.False(string.IsNullOrWhiteSpace(e[^1])));
        var entries = all.Where(e => e[2].Length > 0).ToList();
        Assert.All(entries.GroupBy(e => e[1]), list => Assert.InRange(list.Count(), 1, 3));
        Assert.All(entries.GroupBy(e => e[1]), list => Assert.Equal(Enumerable.Range(1, list.Count()).Select(r => r.ToString(System.Globalization.CultureInfo.InvariantCulture)), list.Select(e => e[2])));

        // No mentor is advertised on more lists than twice their capacity (capacities from mentors.csv of a run).
        string output = Path.Combine(work.FullName, "out");
        Assert.Equal(0, CliRunner.Run("run", CliRunner.Sample("survey.csv"), "--out", output, "-q").ExitCode);
        var capacity = File.ReadAllLines(Path.Combine(output, "mentors.csv")).Skip(1).Select(r => r.Split(','))
            .ToDictionary(c => c[1], c => int.Parse(c[3], System.Globalization.CultureInfo.InvariantCulture));
        Assert.All(entries.GroupBy(e => e[4]), shown => Assert.True(shown.Count() <= 2 * capacity[shown.Key], $"{shown.Key} shown {shown.Count()} times"));
    }

    [Fact]
    public void Suggest_UnknownMentee_ExitsOne()
    {
        Assert.Equal(1, CliRunner.Run("suggest", CliRunner.Sample("survey.csv"), "--mentee", "nobody@example.org").ExitCode);
    }
}
