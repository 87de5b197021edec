// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Text.Json;

namespace Matching.Cli.Tests;

/// <summary>The hostile-input cases of issue 16 that are not about the flow solvers or the results folder.</summary>
public class HardeningCasesTests
{
    private const string Header =
        "Name,Email,Role,Skills to offer,Skills to develop,Would you like a mentor with a similar identity?,Which identity characteristics should we consider?,Department,Capacity";

    [Fact]
    public void Validate_StrayQuoteInAnIdentityAnswer_IsReportedWithoutTheAnswer()
    {
        string survey = Write(Header + "\nAnn,ann@x.org,Mentee,,Python,yes,Woman \"she/her\" Disabled,Sales,\nMax,max@x.org,Mentor,Python,,,Woman,Sales,2\n");

        var (_, stdout, stderr) = CliRunner.Run("validate", survey);

        Assert.Contains("stray quote", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("she/her", stdout + stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RowWithShiftedColumns_TreatsEveryCellAsSensitive()
    {
        string work = CliRunner.TempDirectory().FullName;
        string survey = Path.Combine(work, "s.csv");
        File.WriteAllText(survey, Header + "\nAnn,ann@x.org,Mentee,,Python,yes,Woman,Sales,\nMax,max@x.org,Mentor,Python,,,Woman, Transgender,Sales,2\n");
        string rejects = Path.Combine(work, "rejects.csv");

        var (exit, stdout, stderr) = CliRunner.Run("validate", survey, "--rejects", rejects);

        Assert.Equal(1, exit);
        Assert.Contains("beyond the 9 columns", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Transgender", stdout + stderr + File.ReadAllText(rejects), StringComparison.Ordinal);
        Assert.DoesNotContain("Sales", File.ReadAllText(rejects), StringComparison.Ordinal); // every cell of the shifted row is blank
    }

    [Fact]
    public void RunRedact_CoversTheConsoleAndSaysRejectedRowsWereNotWritten()
    {
        string work = CliRunner.TempDirectory().FullName;
        string survey = Path.Combine(work, "s.csv");
        File.WriteAllText(survey, Header + "\nAnn,ann@x.org,Mentee,,Python,yes,Woman,Sales,\nBo,bo-at-x.org,Mentee,,Python,,,Sales,\nMax,max@x.org,Mentor,Python,,,Woman,Sales,2\nNoa,noa@x.org,Mentor,Python,,,,Sales,abc\n");
        string output = Path.Combine(work, "out");

        var (exit, stdout, stderr) = CliRunner.Run("run", survey, "--out", output, "--skip-invalid", "--redact");

        Assert.True(exit == 0, stderr);
        Assert.Contains("error", stderr, StringComparison.Ordinal); // the bad rows are still reported …
        Assert.DoesNotContain("@x.org", stdout + stderr, StringComparison.Ordinal); // … without any email address
        Assert.DoesNotContain("bo-at-x.org", stdout + stderr, StringComparison.Ordinal); // nor the quoted answer
        Assert.DoesNotContain("see rejected", stdout, StringComparison.Ordinal);
        Assert.Contains("not written", stdout, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(output, "rejected*.csv"));
    }

    [Fact]
    public void ResultJsonAndExplain_ShowOnlyThatAnAffinityPreferenceWasHonored()
    {
        string work = CliRunner.TempDirectory().FullName;
        string survey = Path.Combine(work, "s.csv");
        File.WriteAllText(survey, Header + "\nAnn,ann@x.org,Mentee,,Python,yes,\"Woman, Disabled, Queer\",Sales,\nMax,max@x.org,Mentor,Python,,,\"Woman, Queer\",Sales,1\n");
        string output = Path.Combine(work, "out");

        var run = CliRunner.Run("run", survey, "--out", output, "--format", "json");
        var explain = CliRunner.Run("explain", survey, "--mentee", "Ann", "--mentor", "Max");

        Assert.True(run.ExitCode == 0, run.Error);
        using JsonDocument result = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "result.json")));
        JsonElement affinity = result.RootElement.GetProperty("matches")[0].GetProperty("criteria").GetProperty("Affinity");
        Assert.True(affinity.GetProperty("honored").GetBoolean());
        Assert.False(affinity.TryGetProperty("value", out _));
        Assert.False(affinity.TryGetProperty("points", out _));
        Assert.True(explain.ExitCode == 0, explain.Error);
        string row = explain.Out.Split('\n').Single(l => l.Contains("Affinity", StringComparison.Ordinal));
        Assert.Contains("honored", row, StringComparison.Ordinal);
        Assert.DoesNotContain("0.67", row, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"programStart\": \"9999-12-31\"", "programStart: expected a date from 1900-01-01 to 2200-12-31")]
    [InlineData("\"programStart\": \"-9998-01-01\"", "programStart")]
    [InlineData("\"synonyms\": { \"ML\": \"\\uD800\" }", "not valid Unicode")]
    [InlineData("\"synonyms\": { \"\\uDC00x\": \"ML\" }", "not valid Unicode")]
    [InlineData("\"scoring\": { \"weights\": { \"Skills\": 1e308 } }", "expected a weight from 0 to 1,000,000")]
    public void Run_HostileMapping_ExitsOneWithAClearRange(string setting, string message)
    {
        string work = CliRunner.TempDirectory().FullName;
        string mapping = Path.Combine(work, "m.json");
        File.WriteAllText(mapping, "{ " + setting + " }");

        var (exit, _, stderr) = CliRunner.Run("run", CliRunner.Sample("survey.csv"), "--mapping", mapping, "--out", Path.Combine(work, "out"));

        Assert.Equal(1, exit);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(work, "out")));
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("1000-01-01")]
    public void Run_StartOutOfRange_IsAParseError(string start)
    {
        var (exit, _, stderr) = CliRunner.Run("run", CliRunner.Sample("survey.csv"), "--start", start, "--out", CliRunner.TempDirectory().FullName);

        Assert.Equal(1, exit);
        Assert.Contains("--start: expected a date from 1900-01-01 to 2200-12-31", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("run")]
    [InlineData("compare")]
    [InlineData("explain")]
    public void EveryCommand_NegativeUnmatchedPenalty_ExitsOneWithTheSameMessage(string command)
    {
        string[] args = command switch
        {
            "explain" => ["explain", CliRunner.Sample("survey.csv"), "--mentee", "x", "--mentor", "y", "--unmatched-penalty", "-5"],
            _ => [command, CliRunner.Sample("survey.csv"), "--out", CliRunner.TempDirectory().FullName, "--unmatched-penalty", "-5"],
        };

        var (exit, _, stderr) = CliRunner.Run(args);

        Assert.Equal(1, exit);
        Assert.Contains("--unmatched-penalty: expected a number of score points from 0 to 1,000,000.", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--k", "0", "--k: expected a whole number from 1 to 50.")]
    [InlineData("--exposure", "NaN", "--exposure: expected a finite number ≥ 1.")]
    public void Suggest_OutOfRangeOptions_ExitOne(string option, string value, string message)
    {
        var (exit, _, stderr) = CliRunner.Run("suggest", CliRunner.Sample("survey.csv"), option, value);

        Assert.Equal(1, exit);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_GroupNamedLikeAFormula_IsEscapedInComparisonCsv()
    {
        string work = CliRunner.TempDirectory().FullName;
        string survey = Path.Combine(work, "s.csv");
        // Five mentees, so the group is large enough to be shown on its own (smaller groups are pooled).
        string mentees = string.Concat(Enumerable.Range(0, 5).Select(k => $"\nAnn{k},ann{k}@x.org,Mentee,,Python,,,\"=HYPERLINK(\"\"http://x\"\")\","));
        File.WriteAllText(survey, Header + mentees + "\nMax,max@x.org,Mentor,Python,,,,Sales,5\n");
        string output = Path.Combine(work, "out");

        var (exit, _, stderr) = CliRunner.Run("compare", survey, "--out", output, "-s", "optimal");

        Assert.True(exit == 0, stderr);
        string csv = File.ReadAllText(Path.Combine(output, "comparison.csv"));
        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\")\"", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", csv, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void ReadAllBytes_DevZero_IsRefusedByTheStreamingSizeLimit()
    {
        Skip.IfNot(File.Exists("/dev/zero"), "needs /dev/zero");

        // The limit of 'match validate' is 512 MiB; the same reader with 1 MiB shows the endless device is cut off
        // while streaming (its reported length is 0), without reading 512 MiB in a unit test.
        Assert.Equal(0, new FileInfo("/dev/zero").Length);
        var error = Assert.Throws<IOException>(() => BoundedRead.ReadAllBytes("/dev/zero", 1 << 20));
        Assert.Contains("the input is longer than 1 MiB", error.Message, StringComparison.Ordinal);
        Assert.Equal(5, BoundedRead.ReadAllBytes(Write("12345"), 5).Length);
    }

    private static string Write(string text)
    {
        string path = Path.Combine(CliRunner.TempDirectory().FullName, "s.csv");
        File.WriteAllText(path, text);
        return path;
    }
}
