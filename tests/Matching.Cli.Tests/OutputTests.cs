// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Diagnostics;
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
        Assert.Contains(">Kompetenzen</text>", html, StringComparison.Ordinal);
        Assert.Contains("beide sprechen", html, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void ReportHtml_RendersChartsAndOneRowPerMatchInChromium()
    {
        string? chromium = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }.FirstOrDefault(File.Exists);
        Skip.If(chromium is null, "Chromium is not installed (apt-get install chromium; .ci/run installs it).");
        DirectoryInfo output = CliRunner.TempDirectory();
        Assert.Equal(0, CliRunner.Run("run", CliRunner.Sample("survey.csv"), "--out", output.FullName, "-q").ExitCode);
        int matches = File.ReadAllLines(Path.Combine(output.FullName, "matches.csv")).Length - 1;

        // A probe page loads the report in a frame and measures what the browser laid out.
        string probe = Path.Combine(output.FullName, "probe.html");
        File.WriteAllText(probe, """
            <!DOCTYPE html><html><body><iframe id="r" src="report.html" style="width:1280px;height:4000px"></iframe>
            <script>
            document.getElementById('r').addEventListener('load', () => {
              const d = document.getElementById('r').contentDocument;
              const bars = id => [...d.querySelectorAll('#' + id + ' rect.bar')].filter(r => r.getBBox().height > 0 && r.getBBox().width > 0).length;
              const size = id => { const b = d.getElementById(id).getBoundingClientRect(); return Math.round(b.width * b.height); };
              const result = { histogramBars: bars('score-histogram'), loadBars: bars('load-chart'), criteriaBars: bars('criteria-chart'),
                histogramArea: size('score-histogram'), loadArea: size('load-chart'), rows: d.querySelectorAll('#matches tbody tr').length };
              const out = document.createElement('pre'); out.id = 'result'; out.textContent = 'RESULT' + JSON.stringify(result) + 'END';
              document.body.appendChild(out);
            });
            </script></body></html>
            """);
        string dom = RunChromium(chromium!, "--allow-file-access-from-files", "--virtual-time-budget=10000", "--dump-dom", new Uri(probe).AbsoluteUri);
        string screenshot = Path.Combine(AppContext.BaseDirectory, "artifacts", "report.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        RunChromium(chromium!, "--window-size=1280,2400", $"--screenshot={screenshot}", new Uri(Path.Combine(output.FullName, "report.html")).AbsoluteUri);

        Match found = Regex.Match(dom, "<pre id=\"result\">RESULT(.*?)END</pre>");
        Assert.True(found.Success, "the probe page did not report: " + dom[..Math.Min(dom.Length, 500)]);
        using JsonDocument result = JsonDocument.Parse(found.Groups[1].Value);
        JsonElement r = result.RootElement;
        Assert.True(r.GetProperty("histogramBars").GetInt32() > 0);
        Assert.True(r.GetProperty("criteriaBars").GetInt32() > 0);
        Assert.True(r.GetProperty("loadBars").GetInt32() > 0);
        Assert.True(r.GetProperty("histogramArea").GetInt32() > 10_000);
        Assert.True(r.GetProperty("loadArea").GetInt32() > 10_000);
        Assert.Equal(matches, r.GetProperty("rows").GetInt32());
        Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot is empty");
    }

    private static string RunChromium(string chromium, params string[] arguments)
    {
        var start = new ProcessStartInfo(chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string flag in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir=" + CliRunner.TempDirectory().FullName })
        {
            start.ArgumentList.Add(flag);
        }

        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("Chromium did not finish within 2 minutes: " + stderr.Result);
        }

        return stdout.Result;
    }
}
