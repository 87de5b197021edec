// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Cli.Tests;

public class GenerateCommandTests
{
    [Fact]
    public void Generate_SameSeed_SameBytes_AndTheResultReadsWithoutErrors()
    {
        DirectoryInfo work = CliRunner.TempDirectory();
        string first = Path.Combine(work.FullName, "a.csv");
        string second = Path.Combine(work.FullName, "b.csv");

        Assert.Equal(0, CliRunner.Run("generate", "--mentees", "30", "--mentors", "12", "--both", "3", "--seed", "7", "--out", first).ExitCode);
        Assert.Equal(0, CliRunner.Run("generate", "--mentees", "30", "--mentors", "12", "--both", "3", "--seed", "7", "--out", second).ExitCode);

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        Assert.Equal(46, File.ReadAllLines(first).Length);
        var (exit, stdout, stderr) = CliRunner.Run("run", first, "--out", Path.Combine(work.FullName, "out"));
        Assert.True(exit == 0, stderr);
        Assert.Contains("45 (33 mentees, 15 mentors)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_SampleFiles_AreReproducibleFromTheDocumentedCommand()
    {
        // samples/survey.csv and samples/umfrage.csv are written by the commands in samples/README.md.
        DirectoryInfo work = CliRunner.TempDirectory();
        string english = Path.Combine(work.FullName, "survey.csv");
        string german = Path.Combine(work.FullName, "umfrage.csv");

        CliRunner.Run("generate", "--mentees", "60", "--mentors", "18", "--both", "8", "--seed", "2026", "--out", english);
        CliRunner.Run("generate", "--mentees", "60", "--mentors", "18", "--both", "8", "--seed", "2026", "--style", "msforms-de", "--out", german);

        Assert.Equal(File.ReadAllBytes(CliRunner.Sample("survey.csv")), File.ReadAllBytes(english));
        Assert.Equal(File.ReadAllBytes(CliRunner.Sample("umfrage.csv")), File.ReadAllBytes(german));
    }
}
