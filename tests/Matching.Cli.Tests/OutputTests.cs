// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Matching.IO.Survey;

namespace Matching.Cli.Tests;

public class OutputTests
{
    [Fact]
    public void Run_SummaryJson_RecordsCountsHashesAndCertificate()
    {
        DirectoryInfo output = CliRunner.TempDirectory();

        Assert.Equal(0, CliRunner.Run("run", CliRunner.Sample("survey.csv"), "--out", output.FullName, "-q").ExitCode);

        using JsonDocument summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(output.FullName, "summary.json")));
        JsonElement root = summary.RootElement;
        int matches = File.ReadAllLines(Path.Combine(output.FullName, "matches.csv")).Length - 1;
        Assert.Equal(matches, root.GetProperty("counts").GetProperty("matched").GetInt32());
        Assert.Equal(matches, root.GetProperty("scores").GetProperty("histogram").EnumerateArray().Sum(b => b.GetProperty("count").GetInt32()));
        Assert.True(root.GetProperty("certificate").GetProperty("verified").GetBoolean());
        Assert.Equal("Optimal", root.GetProperty("status").GetString());
        string expectedHash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(CliRunner.Sample("survey.csv"))));
        Assert.Equal(expectedHash, root.GetProperty("inputs")[0].GetProperty("sha256").GetString());
        Assert.Equal("defaults", root.GetProperty("config").GetProperty("source").GetString());
    }

    [Fact]
    public void Run_FormatJson_WritesEveryMatchWithCriteria()
    {
        DirectoryInfo output = CliRunner.TempDirectory();

        Assert.Equal(0, CliRunner.Run("run", CliRunner.Sample("survey.csv"), "--out", output.FullName, "--format", "json", "-q").ExitCode);

        using JsonDocument result = JsonDocument.Parse(File.ReadAllText(Path.Combine(output.FullName, "result.json")));
        JsonElement first = result.RootElement.GetProperty("matches")[0];
        Assert.Equal(File.ReadAllLines(Path.Combine(output.FullName, "matches.csv")).Length - 1, result.RootElement.GetProperty("matches").GetArrayLength());
        Assert.True(first.GetProperty("criteria").GetProperty("Skills").GetProperty("weight").GetDouble() > 0);
        Assert.Contains("@", first.GetProperty("mentee").GetProperty("email").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SameInputAnyThreadCount_ByteIdenticalOutputs()
    {
        DirectoryInfo one = CliRunner.TempDirectory();
        DirectoryInfo many = CliRunner.TempDirectory();
        DirectoryInfo again = CliRunner.TempDirectory();

        Assert.Equal(0, CliRunner.Run("run", CliRunner.Sample("umfrage.csv"), "--out", one.FullName, "--threads", "1", "--format", "json", "-q").ExitCode);
        Assert.Equal(0, CliRunner.Run("run", CliRunner.Sample("umfrage.csv"), "--out", many.FullName, "--threads", "8", "--format", "json", "-q").ExitCode);
        Assert.Equal(0, CliRunner.Run("run", CliRunner.Sample("umfrage.csv"), "--out", again.FullName, "--format", "json", "-q").ExitCode);

        string[] names = [.. one.GetFiles().Select(f => f.Name).Where(n => n != AtomicOutput.ManifestName).Order(StringComparer.Ordinal)];
        Assert.Equal(["matches.csv", "mentors.csv", "people.csv", "report.html", "result.json", "summary.json", "unmatched.csv"], names);
        foreach (string name in names)
        {
            byte[] expected = File.ReadAllBytes(Path.Combine(one.FullName, name));
            Assert.Equal(expected, File.ReadAllBytes(Path.Combine(many.FullName, name)));
            Assert.Equal(expected, File.ReadAllBytes(Path.Combine(again.FullName, name)));
        }
    }

    [Fact]
    public void Run_Redact_NoNameOrEmailReachesAnyOutput()
    {
        DirectoryInfo output = CliRunner.TempDirectory();
        SurveyReadResult survey = SurveyReader.Read(new StringReader(File.ReadAllText(CliRunner.Sample("survey.csv"))));

        var (exit, stdout, stderr) = CliRunner.Run("run", CliRunner.Sample("survey.csv"), "--out", output.FullName, "--redact", "--format", "json");

        Assert.True(exit == 0, stderr);
        string everything = string.Join("\n", output.GetFiles().Select(f => File.ReadAllText(f.FullName))) + stdout;
        foreach (var person in survey.Participants)
        {
            Assert.DoesNotContain(person.Email!, everything, StringComparison.OrdinalIgnoreCase);
            Assert.False(Regex.IsMatch(everything, $@"\b{Regex.Escape(person.Name)}\b"), $"{person.Name} appears in a redacted output");
        }

        Assert.Matches("^P-[0-9a-f]{10},,P-[0-9a-f]{10},,", File.ReadAllLines(Path.Combine(output.FullName, "matches.csv"))[1]);
    }

    [Fact]
    public void Run_LangDe_WritesAGermanReport()
    {
        DirectoryInfo output = CliRunner.TempDirectory();

        Assert.Equal(0, CliRunner.Run("run", CliRunner.Sample("umfrage.csv"), "--out", output.FullName, "--lang", "de", "-q").ExitCode);

        string html = File.ReadAllText(Path.Combine(output.FullName, "report.html"));
        Assert.Contains("<html lang=\"de\">", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Verteilung der Punktzahlen</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"label\">Kompetenzen</span>", html, StringComparison.Ordinal);
        Assert.Matches("<p class=\"headline\" id=\"headline\">[0-9]+ von [0-9]+ Mentees haben eine Mentor:in; mittlere Punktzahl [0-9]+,[0-9]\\.</p>", html);
        Assert.Contains("beide sprechen", html, StringComparison.Ordinal);
    }
}
