// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;

namespace Matching.Cli.Tests;

/// <summary>End-to-end runs of <c>--model peer</c> on the sample peer pool.</summary>
public class PeerCommandTests
{
    [Theory]
    [InlineData("optimal")]
    [InlineData("stable")]
    public void Run_PeerModel_WritesOneRowPerUndirectedPairAndNobodyTwice(string strategy)
    {
        DirectoryInfo output = CliRunner.TempDirectory();

        var (exit, stdout, stderr) = CliRunner.Run("run", CliRunner.Sample("peer.csv"), "--model", "peer", "--strategy", strategy, "--out", output.FullName);

        Assert.True(exit == 0, stderr);
        Assert.Contains("Peer matching summary", stdout, StringComparison.Ordinal);
        string[] rows = File.ReadAllLines(Path.Combine(output.FullName, "matches.csv"));
        Assert.Equal("Person A,Person A email,Person B,Person B email,Score,Reasons", rows[0]);
        string[][] pairs = [.. rows.Skip(1).Select(r => r.Split(','))];
        string[] emails = [.. pairs.SelectMany(c => new[] { c[1], c[3] })];
        Assert.Equal(emails.Length, emails.Distinct().Count()); // nobody twice, so no A→B and B→A rows
        Assert.All(pairs, c => Assert.NotEqual(c[1], c[3]));
        Assert.Equal(12, pairs.Length); // 25 people: 12 pairs
        string[] unmatched = File.ReadAllLines(Path.Combine(output.FullName, "unmatched.csv"));
        Assert.Equal(2, unmatched.Length);
        Assert.Contains("odd number of people", unmatched[1], StringComparison.Ordinal);
        if (strategy == "optimal")
        {
            Assert.Contains("certificate verified", stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Run_PeerModel_ExcludedPairsApplyInEitherDirection()
    {
        DirectoryInfo first = CliRunner.TempDirectory();
        Assert.Equal(0, CliRunner.Run("run", CliRunner.Sample("peer.csv"), "--model", "peer", "--out", first.FullName).ExitCode);
        string[][] round1 = [.. File.ReadAllLines(Path.Combine(first.FullName, "matches.csv")).Skip(1).Select(r => r.Split(','))];

        // The earlier pairs, written reversed (B as mentee, A as mentor), must still be excluded.
        string reversed = Path.Combine(first.FullName, "reversed.csv");
        File.WriteAllLines(reversed, ["Mentee,Mentee email,Mentor,Mentor email", .. round1.Select(c => $"{c[2]},{c[3]},{c[0]},{c[1]}")]);
        DirectoryInfo second = CliRunner.TempDirectory();
        var (exit, _, stderr) = CliRunner.Run("run", CliRunner.Sample("peer.csv"), "--model", "peer", "--exclude-pairs", reversed, "--out", second.FullName);

        Assert.True(exit == 0, stderr);
        var before = round1.Select(c => string.Join("|", new[] { c[1], c[3] }.Order(StringComparer.Ordinal))).ToHashSet();
        string[][] round2 = [.. File.ReadAllLines(Path.Combine(second.FullName, "matches.csv")).Skip(1).Select(r => r.Split(','))];
        Assert.NotEmpty(round2);
        Assert.All(round2, c => Assert.DoesNotContain(string.Join("|", new[] { c[1], c[3] }.Order(StringComparer.Ordinal)), before));
    }

    [Fact]
    public void Compare_PeerModel_OptimalHasTheHighestTotalAmongStrategiesWithAsManyPairs()
    {
        DirectoryInfo output = CliRunner.TempDirectory();

        var (exit, stdout, stderr) = CliRunner.Run("compare", CliRunner.Sample("peer.csv"), "--model", "peer", "--out", output.FullName);

        Assert.True(exit == 0, stderr);
        Assert.Contains("Peer strategies on 25 people", stdout, StringComparison.Ordinal);
        string[] csv = File.ReadAllLines(Path.Combine(output.FullName, "comparison.csv"));
        Assert.Equal("Strategy,Pairs,Without partner,Total score,Mean score,Minimum score,Runtime ms,Note", csv[0]);
        var rows = csv.Skip(1).Select(l => l.Split(',')).ToDictionary(c => c[0], c => c);
        Assert.Equal(["optimal", "stable", "greedy", "random"], rows.Keys);
        double Cell(string s, int column) => double.Parse(rows[s][column], CultureInfo.InvariantCulture);
        Assert.All(rows.Keys.Where(s => Cell(s, 1) == Cell("optimal", 1)), s => Assert.True(Cell(s, 3) <= Cell("optimal", 3)));
        Assert.All(rows.Keys, s => Assert.True(Cell(s, 1) <= Cell("optimal", 1)));
    }

    [Fact]
    public void Compare_PeerModel_UnknownStrategyForPeers_IsAnInputError()
    {
        var (exit, _, stderr) = CliRunner.Run("compare", CliRunner.Sample("peer.csv"), "--model", "peer", "--strategies", "fair", "--out", CliRunner.TempDirectory().FullName);

        Assert.Equal(1, exit);
        Assert.Contains("not available for --model peer", stderr, StringComparison.Ordinal);
    }
}
