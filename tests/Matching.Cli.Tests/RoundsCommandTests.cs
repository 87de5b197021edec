// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;

namespace Matching.Cli.Tests;

/// <summary>End-to-end: rounds with history, rematch, place, learn and suggest against running pairs, on a generated program.</summary>
public class RoundsCommandTests
{
    private static (DirectoryInfo Work, string Survey, string Round1) Program()
    {
        DirectoryInfo work = CliRunner.TempDirectory();
        string survey = Path.Combine(work.FullName, "program.csv");
        Assert.Equal(0, CliRunner.Run("generate", "--mentees", "40", "--mentors", "15", "--seed", "4", "--out", survey).ExitCode);
        string round1 = Path.Combine(work.FullName, "history", "round1");
        var (exit, _, error) = CliRunner.Run("run", survey, "--out", round1, "-q");
        Assert.True(exit == 0, error);
        return (work, survey, round1);
    }

    private static List<string[]> Rows(string file) => [.. File.ReadAllLines(file).Skip(1).Select(l => l.Split(','))];

    private static HashSet<(string, string)> Pairs(string matches) => [.. Rows(matches).Select(r => (r[1], r[3]))];

    [Fact]
    public void Run_WithHistory_RepeatsNoPair_AndReportsFairnessPerRound()
    {
        var (work, survey, round1) = Program();
        string round2 = Path.Combine(work.FullName, "history", "round2");

        var (exit, stdout, stderr) = CliRunner.Run("run", survey, "--history", Path.Combine(work.FullName, "history"), "--out", round2, "-q");

        Assert.True(exit == 0, stderr);
        Assert.Contains("Fairness across rounds", stdout, StringComparison.Ordinal);
        Assert.Empty(Pairs(Path.Combine(round1, "matches.csv")).Intersect(Pairs(Path.Combine(round2, "matches.csv"))));
        string[] rounds = File.ReadAllLines(Path.Combine(round2, "rounds.csv"));
        Assert.Equal("Round,Pairs,Unmatched mentees,Load Gini", rounds[0]);
        Assert.StartsWith("round1,", rounds[1], StringComparison.Ordinal);
        Assert.StartsWith("this round,", rounds[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Rematch_KeepsRunningPairs_NeverReproposesTheEndedPair_AndWritesChanges()
    {
        var (work, survey, round1) = Program();
        string matches = Path.Combine(round1, "matches.csv");
        string[] lines = File.ReadAllLines(matches);
        string ended = Path.Combine(work.FullName, "ended.csv");
        File.WriteAllLines(ended, [lines[0], lines[1]]);
        string output = Path.Combine(work.FullName, "rematch");

        var (exit, stdout, stderr) = CliRunner.Run("rematch", survey, "--active", matches, "--ended", ended, "--out", output);

        Assert.True(exit == 0, stderr);
        Assert.Contains("kept", stdout, StringComparison.Ordinal);
        var before = Pairs(matches);
        var after = Pairs(Path.Combine(output, "matches.csv"));
        var endedPair = Pairs(ended).Single();
        Assert.DoesNotContain(endedPair, after);
        Assert.Subset(after, before.Where(p => p != endedPair).ToHashSet());
        var changes = Rows(Path.Combine(output, "changes.csv"));
        Assert.Equal(before.Count - 1, changes.Count(c => c[2] == "kept"));
        Assert.Equal("Mentee,Mentee email,Change,Mentor before,Mentor after,Mentor after email,Reason", File.ReadLines(Path.Combine(output, "changes.csv")).First());
    }

    [Fact]
    public void Place_PutsANewcomerWithAMentorWhoHasRoom_WithoutChangingAnyRunningPair()
    {
        var (work, survey, round1) = Program();
        string[] lines = File.ReadAllLines(Path.Combine(round1, "matches.csv"));
        string active = Path.Combine(work.FullName, "active.csv");
        File.WriteAllLines(active, lines.Where((_, k) => k != 1));
        string newcomer = lines[1].Split(',')[1];
        string output = Path.Combine(work.FullName, "placed");

        var (exit, stdout, stderr) = CliRunner.Run("place", survey, "--active", active, "--person", newcomer, "--out", output);

        Assert.True(exit == 0, stderr);
        Assert.Contains("placed", stdout, StringComparison.Ordinal);
        var after = Pairs(Path.Combine(output, "matches.csv"));
        Assert.Subset(after, Pairs(active));
        Assert.Equal(Pairs(active).Count + 1, after.Count);
        Assert.All(Rows(Path.Combine(output, "mentors.csv")), r => Assert.True(int.Parse(r[2], CultureInfo.InvariantCulture) <= int.Parse(r[3], CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Suggest_WithActivePairs_NeverListsAFullMentor()
    {
        var (work, survey, round1) = Program();
        string shortlists = Path.Combine(work.FullName, "shortlists.csv");

        var (exit, _, stderr) = CliRunner.Run("suggest", survey, "--active", Path.Combine(round1, "matches.csv"), "--out", shortlists);

        Assert.True(exit == 0, stderr);
        var full = Rows(Path.Combine(round1, "mentors.csv")).Where(r => r[2] == r[3]).Select(r => r[1]).ToHashSet();
        var rows = Rows(shortlists);
        Assert.DoesNotContain(rows, r => r.Length > 4 && full.Contains(r[4]));
        Assert.All(rows.Where(r => r[3].Length == 0), r => Assert.False(string.IsNullOrWhiteSpace(r[^1])));
    }

    [Fact]
    public void Learn_WritesAMappingSnippetWithTheFit()
    {
        var (work, survey, round1) = Program();
        string feedback = Path.Combine(work.FullName, "feedback.csv");
        var rows = Rows(Path.Combine(round1, "matches.csv"));
        File.WriteAllLines(feedback, ["Mentee,Mentor,Rating,Would continue,Comment", .. rows.Select((r, k) => $"{r[1]},{r[3]},{1 + (k % 5)},yes,free text")]);
        string snippet = Path.Combine(work.FullName, "weights.json");

        var (exit, stdout, stderr) = CliRunner.Run("learn", survey, "--feedback", feedback, "--out", snippet);

        Assert.True(exit == 0, stderr);
        Assert.Contains("R²", stdout, StringComparison.Ordinal);
        Assert.Contains("held-out error", stdout, StringComparison.Ordinal);
        Assert.Contains("\"weights\"", File.ReadAllText(snippet), StringComparison.Ordinal);
        Assert.DoesNotContain("free text", stdout + stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_BadFeedbackRow_ExitsOneWithFileLineAndColumn_AndWritesNothing()
    {
        var (work, survey, _) = Program();
        string feedback = Path.Combine(work.FullName, "feedback.csv");
        File.WriteAllLines(feedback, ["Mentee,Mentor,Rating", "a@example.org,b@example.org,9"]);
        string output = Path.Combine(work.FullName, "out");

        var (exit, _, stderr) = CliRunner.Run("run", survey, "--feedback", feedback, "--out", output, "-q");

        Assert.Equal(1, exit);
        Assert.Contains("feedback.csv:2:3: error:", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }
}
