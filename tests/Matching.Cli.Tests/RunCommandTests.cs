// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using System.Text;

namespace Matching.Cli.Tests;

public class RunCommandTests
{
    private const string BadSurvey =
        "Name,Email,Role,Skills to offer,Skills to develop,Languages,Time zone,Capacity\n" +
        "Good Mentor,good@example.org,Mentor,Python,,English,UTC,2\n" +
        "No Role,norole@example.org,,,Python,English,UTC,\n" +
        "Bad Capacity,badcap@example.org,Mentor,Python,,English,UTC,abc\n" +
        "Bad Zone,badzone@example.org,Mentee,,Python,English,Mars/Olympus,\n" +
        "Good Mentee,mentee@example.org,Mentee,,Python,English,Europe/Berlin,\n";

    [Fact]
    public void Run_Sample_WritesMatchesUnmatchedAndMentorLoads()
    {
        DirectoryInfo output = CliRunner.TempDirectory();

        var (exit, stdout, stderr) = CliRunner.Run("run", CliRunner.Sample("survey.csv"), "--out", output.FullName);

        Assert.True(exit == 0, stderr);
        Assert.Contains("optimal (certificate verified)", stdout, StringComparison.Ordinal);
        Assert.Contains("→ Role", stderr, StringComparison.Ordinal); // the inferred mapping is reported
        string[] matches = File.ReadAllLines(Path.Combine(output.FullName, "matches.csv"));
        string[] unmatched = File.ReadAllLines(Path.Combine(output.FullName, "unmatched.csv"));
        string[] mentors = File.ReadAllLines(Path.Combine(output.FullName, "mentors.csv"));
        Assert.Equal("Mentee,Mentee email,Mentor,Mentor email,Score,Reasons", matches[0]);
        Assert.True(matches.Length > 40, $"only {matches.Length - 1} matches");
        Assert.Equal("Name,Email,Unmatched,Reason", unmatched[0]);
        Assert.All(unmatched.Skip(1), row => Assert.Matches("as (mentee|mentor) \\(no (mentor|mentee)\\),.+", row));
        Assert.Contains($"Matched mentees", stdout, StringComparison.Ordinal);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{matches.Length - 1} of"), stdout, StringComparison.Ordinal);

        // Loads in mentors.csv never exceed capacity and add up to the number of matches.
        int total = 0;
        foreach (string row in mentors.Skip(1))
        {
            string[] cells = row.Split(',');
            int load = int.Parse(cells[^2], CultureInfo.InvariantCulture);
            Assert.InRange(load, 0, int.Parse(cells[^1], CultureInfo.InvariantCulture));
            total += load;
        }

        Assert.Equal(matches.Length - 1, total);
        Assert.Empty(output.GetFiles(".*.tmp"));
    }

    [Fact]
    public void Run_GermanExportOfTheSameProgram_GivesTheSamePairs()
    {
        DirectoryInfo english = CliRunner.TempDirectory();
        DirectoryInfo german = CliRunner.TempDirectory();

        Assert.Equal(0, CliRunner.Run("run", CliRunner.Sample("survey.csv"), "--out", english.FullName, "-q").ExitCode);
        Assert.Equal(0, CliRunner.Run("run", CliRunner.Sample("umfrage.csv"), "--out", german.FullName, "-q").ExitCode);

        static string[] Pairs(DirectoryInfo d) =>
            [.. File.ReadAllLines(Path.Combine(d.FullName, "matches.csv")).Skip(1).Select(l => string.Join(',', l.Split(',')[..5])).Order(StringComparer.Ordinal)];
        Assert.Equal(Pairs(english), Pairs(german));
    }

    [Fact]
    public void Run_MalformedRows_ExitsOneNamingFileLineColumnAndWritesNothing()
    {
        DirectoryInfo work = CliRunner.TempDirectory();
        string survey = Path.Combine(work.FullName, "bad.csv");
        File.WriteAllText(survey, BadSurvey, new UTF8Encoding(false));
        string output = Path.Combine(work.FullName, "out");

        var (exit, _, stderr) = CliRunner.Run("run", survey, "--out", output);

        Assert.Equal(1, exit);
        Assert.Contains("bad.csv:3:3: error: missing role", stderr, StringComparison.Ordinal);
        Assert.Contains("bad.csv:4:8: error: invalid capacity", stderr, StringComparison.Ordinal);
        Assert.Contains("bad.csv:5:7: error: unknown time zone", stderr, StringComparison.Ordinal);
        Assert.Contains("nothing was written", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Run_MalformedRows_LeavesPreviousOutputsIntact()
    {
        DirectoryInfo work = CliRunner.TempDirectory();
        string survey = Path.Combine(work.FullName, "bad.csv");
        File.WriteAllText(survey, BadSurvey);
        string output = Path.Combine(work.FullName, "out");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "matches.csv"), "previous run");

        Assert.Equal(1, CliRunner.Run("run", survey, "--out", output).ExitCode);

        Assert.Equal("previous run", File.ReadAllText(Path.Combine(output, "matches.csv")));
        Assert.Single(Directory.GetFiles(output));
    }

    [Fact]
    public void Run_SkipInvalid_MatchesValidRowsAndListsRejected()
    {
        DirectoryInfo work = CliRunner.TempDirectory();
        string survey = Path.Combine(work.FullName, "bad.csv");
        File.WriteAllText(survey, BadSurvey);
        string output = Path.Combine(work.FullName, "out");

        var (exit, stdout, stderr) = CliRunner.Run("run", survey, "--out", output, "--skip-invalid");

        Assert.True(exit == 0, stderr);
        string[] matches = File.ReadAllLines(Path.Combine(output, "matches.csv"));
        Assert.Equal(2, matches.Length);
        Assert.StartsWith("Good Mentee,mentee@example.org,Good Mentor,good@example.org,", matches[1], StringComparison.Ordinal);
        string[] rejected = File.ReadAllLines(Path.Combine(output, "rejected.csv"));
        Assert.Equal(4, rejected.Length);
        Assert.StartsWith("Line,Problems,Name,Email,Role,", rejected[0], StringComparison.Ordinal);
        Assert.StartsWith("3,\"Role: missing role", rejected[1], StringComparison.Ordinal);
        Assert.Contains("No Role,norole@example.org", rejected[1], StringComparison.Ordinal);
        Assert.Contains("Rows rejected", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnwritableOutputFolder_ExitsOneWithAClearMessage()
    {
        DirectoryInfo work = CliRunner.TempDirectory();
        string blocker = Path.Combine(work.FullName, "not-a-folder");
        File.WriteAllText(blocker, "a file where the output folder should be");

        var (exit, _, stderr) = CliRunner.Run("run", CliRunner.Sample("survey.csv"), "--out", Path.Combine(blocker, "out"), "-q");

        Assert.Equal(1, exit);
        Assert.Contains("error: cannot write the results", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal); // no stack trace
        Assert.Equal("a file where the output folder should be", File.ReadAllText(blocker));
    }

    [Fact]
    public void Run_MissingFile_ExitsOne()
    {
        var (exit, _, stderr) = CliRunner.Run("run", Path.Combine(Path.GetTempPath(), "does-not-exist.csv"));

        Assert.Equal(1, exit);
        Assert.Contains("does-not-exist.csv: error: cannot read the file", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ExcelOption_WritesSemicolonsWithBom()
    {
        DirectoryInfo output = CliRunner.TempDirectory();

        Assert.Equal(0, CliRunner.Run("run", CliRunner.Sample("survey.csv"), "--out", output.FullName, "--excel", "-q").ExitCode);

        byte[] bytes = File.ReadAllBytes(Path.Combine(output.FullName, "matches.csv"));
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith("Mentee;Mentee email;Mentor;", Encoding.UTF8.GetString(bytes[3..]), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_FormulaLikeNames_AreNeutralizedForSpreadsheets()
    {
        DirectoryInfo work = CliRunner.TempDirectory();
        string survey = Path.Combine(work.FullName, "s.csv");
        File.WriteAllText(survey, "Name,Email,Role,Capacity\n\"=HYPERLINK(\"\"http://x\"\")\",a@x.org,Mentee,\n+Bo,b@x.org,Mentor,1\n");
        string output = Path.Combine(work.FullName, "out");

        Assert.Equal(0, CliRunner.Run("run", survey, "--out", output, "-q").ExitCode);

        string row = File.ReadAllLines(Path.Combine(output, "matches.csv"))[1];
        Assert.DoesNotContain(",=HYPERLINK", row, StringComparison.Ordinal);
        Assert.DoesNotContain(",+Bo", row, StringComparison.Ordinal);
        Assert.StartsWith("\"'=HYPERLINK", row, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("run")]
    [InlineData("run", "x.csv", "--unknown-option")]
    [InlineData("run", "x.csv", "--start", "next monday")]
    public void Run_InvalidCommandLine_Fails(params string[] args) => Assert.NotEqual(0, CliRunner.Run(args).ExitCode);
}
