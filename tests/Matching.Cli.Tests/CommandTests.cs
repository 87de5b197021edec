// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Cli.Tests;

public class CommandTests
{
    [Fact]
    public void Init_WritesAMappingThatRunAccepts_AndRefusesToOverwrite()
    {
        DirectoryInfo work = CliRunner.TempDirectory();
        string mapping = Path.Combine(work.FullName, "mapping.json");

        var (exit, _, stderr) = CliRunner.Run("init", CliRunner.Sample("umfrage.csv"), "--out", mapping);

        Assert.Equal(0, exit);
        Assert.Contains("SkillsOffered      ← 'Welche Kompetenzen möchten Sie weitergeben?'", stderr, StringComparison.Ordinal);
        Assert.Contains("\"SkillsOffered\": \"Welche Kompetenzen möchten Sie weitergeben?\"", File.ReadAllText(mapping), StringComparison.Ordinal);
        Assert.Equal(1, CliRunner.Run("init", CliRunner.Sample("umfrage.csv"), "--out", mapping).ExitCode);
        var run = CliRunner.Run("run", CliRunner.Sample("umfrage.csv"), "--mapping", mapping, "--out", Path.Combine(work.FullName, "out"));
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("Columns (from the mapping file)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WithEditedMapping_AppliesItsWeights()
    {
        DirectoryInfo work = CliRunner.TempDirectory();
        string mapping = Path.Combine(work.FullName, "mapping.json");
        File.WriteAllText(mapping, """{ "scoring": { "weights": { "Skills": 1, "Goals": 0, "Availability": 0, "CareerLevel": 0, "MeetingFormat": 0, "MeetingFrequency": 0 } } }""");

        var (exit, _, stderr) = CliRunner.Run("run", CliRunner.Sample("survey.csv"), "--mapping", mapping, "--out", work.FullName, "-q");

        Assert.True(exit == 0, stderr);
        // With skills alone, every score is a coverage share (k/n × 100), e.g. 100.0, 66.7, 50.0, 33.3 or 0.0.
        string[] scores = [.. File.ReadAllLines(Path.Combine(work.FullName, "matches.csv")).Skip(1).Select(l => l.Split(',')[4])];
        Assert.All(scores, s => Assert.Contains(s, new[] { "100.0", "66.7", "50.0", "33.3", "0.0" }));
    }

    [Fact]
    public void Run_BrokenMapping_ExitsOneNamingTheProblem()
    {
        DirectoryInfo work = CliRunner.TempDirectory();
        string mapping = Path.Combine(work.FullName, "mapping.json");
        File.WriteAllText(mapping, "{ \"scoring\": { \"weights\": { \"Skills\": -5 } } }");

        var (exit, _, stderr) = CliRunner.Run("run", CliRunner.Sample("survey.csv"), "--mapping", mapping, "--out", work.FullName);

        Assert.Equal(1, exit);
        Assert.Contains("mapping.json:0: error: scoring: Invalid scoring options: the weight of Skills must be a finite number ≥ 0", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ListsEveryProblemAndWritesRejects()
    {
        DirectoryInfo work = CliRunner.TempDirectory();
        string survey = Path.Combine(work.FullName, "s.csv");
        File.WriteAllText(survey, "Name,Email,Role,Capacity,Time zone\nA,a@x.org,Mentor,abc,UTC\nB,b@x.org,,,Mars\nC,c@x.org,Mentee,,CET\n");
        string rejects = Path.Combine(work.FullName, "rejects.csv");

        var (exit, stdout, stderr) = CliRunner.Run("validate", survey, "--rejects", rejects);

        Assert.Equal(1, exit);
        Assert.Contains("s.csv:2:4: error: invalid capacity", stderr, StringComparison.Ordinal);
        Assert.Contains("s.csv:3:3: error: missing role", stderr, StringComparison.Ordinal);
        Assert.Contains("s.csv:3:5: error: unknown time zone", stderr, StringComparison.Ordinal);
        Assert.Contains("1 usable participant(s), 2 row(s) rejected, 3 error(s)", stdout, StringComparison.Ordinal);
        Assert.Equal(3, File.ReadAllLines(rejects).Length);
        Assert.Equal(0, CliRunner.Run("validate", CliRunner.Sample("survey.csv")).ExitCode);
    }

    [Fact]
    public void Explain_MatchedBlockedAndNotChosenPairs()
    {
        DirectoryInfo work = CliRunner.TempDirectory();
        string survey = Path.Combine(work.FullName, "s.csv");
        File.WriteAllText(survey,
            "Name,Email,Role,Skills to offer,Skills to develop,Languages,Capacity\n" +
            "Ann,ann@x.org,Mentee,,Python;SQL,English,\n" +
            "Bea,bea@x.org,Mentee,,Python,English,\n" +
            "Max,max@x.org,Mentor,Python;SQL,,English,1\n" +
            "Noa,noa@x.org,Mentor,Python,,English,1\n" +
            "Ola,ola@x.org,Mentor,Python,,Spanish,1\n");

        var matched = CliRunner.Run("explain", survey, "--mentee", "ann@x.org", "--mentor", "Max");
        var blocked = CliRunner.Run("explain", survey, "--mentee", "Ann", "--mentor", "ola@x.org");
        var notChosen = CliRunner.Run("explain", survey, "--mentee", "Bea", "--mentor", "Max");
        var unknown = CliRunner.Run("explain", survey, "--mentee", "Nobody", "--mentor", "Max");

        Assert.Equal(0, matched.ExitCode);
        Assert.Contains("Matched, score", matched.Out, StringComparison.Ordinal);
        Assert.Contains("Not allowed: no shared language", blocked.Out, StringComparison.Ordinal);
        Assert.Contains("Not chosen", notChosen.Out, StringComparison.Ordinal);
        Assert.Contains("forcing this pair would lower the program's total score by", notChosen.Out, StringComparison.Ordinal);
        Assert.Equal(1, unknown.ExitCode);
    }

    [Fact]
    public void Run_SeparateMentorAndMenteeFiles_MergePeopleInBothIntoBoth()
    {
        DirectoryInfo work = CliRunner.TempDirectory();
        string mentors = Path.Combine(work.FullName, "mentors.csv");
        string mentees = Path.Combine(work.FullName, "mentees.csv");
        File.WriteAllText(mentors, "Name,Email,Skills to offer,Capacity\nMax,max@x.org,Python,2\nKim,kim@x.org,SQL,1\n");
        File.WriteAllText(mentees, "Name,Email,Skills to develop\nKim,kim@x.org,Python\nLea,lea@x.org,SQL\n");
        string output = Path.Combine(work.FullName, "out");

        var (exit, stdout, stderr) = CliRunner.Run("run", "--mentors", mentors, "--mentees", mentees, "--out", output);

        Assert.True(exit == 0, stderr);
        Assert.Contains("3 (2 mentees, 2 mentors)", stdout, StringComparison.Ordinal);
        string[] matches = File.ReadAllLines(Path.Combine(output, "matches.csv"));
        Assert.Contains(matches, l => l.StartsWith("Kim,kim@x.org,Max,max@x.org,", StringComparison.Ordinal));
        Assert.Contains(matches, l => l.StartsWith("Lea,lea@x.org,Kim,kim@x.org,", StringComparison.Ordinal));
        Assert.NotEqual(0, CliRunner.Run("run", CliRunner.Sample("survey.csv"), "--mentors", mentors).ExitCode);
    }

    [Fact]
    public void Run_InfeasibleRules_ExitTwoNamingTheConflictAndWriteNothing()
    {
        DirectoryInfo work = CliRunner.TempDirectory();
        string survey = Path.Combine(work.FullName, "s.csv");
        File.WriteAllText(survey, "Name,Email,Role,Capacity\nAnn,ann@x.org,Mentee,\nBo,bo@x.org,Mentee,\nMax,max@x.org,Mentor,1\n");
        string mapping = Path.Combine(work.FullName, "m.json");
        File.WriteAllText(mapping, """{ "matching": { "lockedPairs": [ { "mentee": "ann@x.org", "mentor": "Max" }, { "mentee": "Bo", "mentor": "max@x.org" } ] } }""");
        string unknown = Path.Combine(work.FullName, "u.json");
        File.WriteAllText(unknown, """{ "matching": { "lockedPairs": [ { "mentee": "Zed", "mentor": "Max" } ] } }""");
        string output = Path.Combine(work.FullName, "out");

        var infeasible = CliRunner.Run("run", survey, "--mapping", mapping, "--out", output);
        var badName = CliRunner.Run("run", survey, "--mapping", unknown, "--out", output);

        Assert.Equal(2, infeasible.ExitCode);
        Assert.Contains("no matching satisfies every rule: Max has 2 locked mentees but a capacity of 1", infeasible.Error, StringComparison.Ordinal);
        Assert.Equal(1, badName.ExitCode);
        Assert.Contains("'Zed'", badName.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Theory]
    [InlineData("[suggest:8]", "match ru", "run")]
    [InlineData("[suggest:13]", "match run --l", "--lang")]
    [InlineData("[suggest:17]", "match generate --", "--mentees")]
    public void Completion_SuggestDirective_CompletesCommandsAndOptions(string directive, string line, string expected)
    {
        var (exit, stdout, _) = CliRunner.Run(directive, line);

        Assert.Equal(0, exit);
        Assert.Contains(expected, stdout.Split('\n', StringSplitOptions.TrimEntries));
    }

    [Fact]
    public void Run_NextCohortRound_ExcludesEarlierPairsAndKeepsContinuingOnes()
    {
        DirectoryInfo work = CliRunner.TempDirectory();
        string first = Path.Combine(work.FullName, "round1");
        string second = Path.Combine(work.FullName, "round2");
        string third = Path.Combine(work.FullName, "round3");
        Assert.Equal(0, CliRunner.Run("run", CliRunner.Sample("survey.csv"), "--out", first, "-q").ExitCode);
        string previous = Path.Combine(first, "matches.csv");
        string[] firstPairs = Pairs(first);
        string keep = Path.Combine(work.FullName, "keep.csv");
        File.WriteAllLines(keep, File.ReadAllLines(previous).Take(4)); // header + 3 continuing pairs

        var (exit, _, stderr) = CliRunner.Run("run", CliRunner.Sample("survey.csv"), "--out", second, "--exclude-pairs", previous, "-q");
        var kept = CliRunner.Run("run", CliRunner.Sample("survey.csv"), "--out", third, "--keep-pairs", keep, "-q");

        Assert.True(exit == 0, stderr);
        Assert.Empty(Pairs(second).Intersect(firstPairs));
        Assert.True(kept.ExitCode == 0, kept.Error);
        Assert.Subset(Pairs(third).ToHashSet(), firstPairs.Take(3).ToHashSet());

        static string[] Pairs(string folder) =>
            [.. File.ReadAllLines(Path.Combine(folder, "matches.csv")).Skip(1).Select(l => string.Join(',', l.Split(',')[..4]))];
    }

    [Fact]
    public void Help_ListsEveryCommand()
    {
        var (exit, stdout, _) = CliRunner.Run("--help");

        Assert.Equal(0, exit);
        foreach (string command in new[] { "init", "validate", "run", "explain", "generate" })
        {
            Assert.Contains(command, stdout, StringComparison.Ordinal);
        }
    }
}
