// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Diagnostics;
using System.Text;

namespace Matching.Cli.Tests;

/// <summary>The real <c>match</c> executable as a separate process: exit codes, streams, interruption.</summary>
public class ProcessTests
{
    [Fact]
    public void Match_AsAProcess_RunsTheSampleAndReportsThroughExitCodeAndStreams()
    {
        DirectoryInfo output = CliRunner.TempDirectory();

        var (exit, stdout, stderr) = RunMatch(TimeSpan.FromMinutes(2), "run", CliRunner.Sample("survey.csv"), "--out", output.FullName);

        Assert.True(exit == 0, stderr);
        Assert.Contains("optimal (certificate verified)", stdout, StringComparison.Ordinal);
        Assert.Contains("Inferred columns", stderr, StringComparison.Ordinal);
        Assert.Equal(
            ["matches.csv", "mentors.csv", "people.csv", "report.html", "summary.json", "unmatched.csv"],
            output.GetFiles().Select(f => f.Name).Where(n => n != AtomicOutput.ManifestName).Order(StringComparer.Ordinal));
        Assert.Equal(1, RunMatch(TimeSpan.FromMinutes(1), "run", "no-such-file.csv").ExitCode);
    }

    [Fact]
    public void Match_KilledMidRun_LeavesThePreviousOutputsIntact()
    {
        DirectoryInfo work = CliRunner.TempDirectory();
        string survey = Path.Combine(work.FullName, "big.csv");
        Assert.Equal(0, CliRunner.Run("generate", "--mentees", "6000", "--mentors", "2500", "--seed", "3", "--out", survey).ExitCode);
        string output = Path.Combine(work.FullName, "out");
        Assert.Equal(0, CliRunner.Run("run", CliRunner.Sample("survey.csv"), "--out", output, "-q").ExitCode);
        var before = Directory.GetFiles(output).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);

        // Kill the process at several moments: while reading, scoring, solving or writing.
        foreach (int delay in new[] { 300, 900, 1800, 3000 })
        {
            using Process process = StartMatch("run", survey, "--out", output, "-q");
            Thread.Sleep(delay);
            bool finished = process.HasExited;
            if (!finished)
            {
                process.Kill(entireProcessTree: true);
            }

            process.WaitForExit();
            foreach (string file in Directory.GetFiles(output).Where(f => !Path.GetFileName(f).StartsWith('.')))
            {
                byte[] now = File.ReadAllBytes(file);
                string name = Path.GetFileName(file);

                // Every output is either the previous run's, or (if the run got that far) complete: never partial.
                if (before.TryGetValue(name, out byte[]? old) && now.AsSpan().SequenceEqual(old))
                {
                    continue;
                }

                string text = Encoding.UTF8.GetString(now);
                Assert.True(name switch
                {
                    "report.html" => text.TrimEnd().EndsWith("</html>", StringComparison.Ordinal),
                    "summary.json" => text.TrimEnd().EndsWith('}'),
                    _ => text.EndsWith('\n'),
                }, $"{name} is incomplete after killing the run at {delay} ms");
            }
        }
    }

    private static (int ExitCode, string Out, string Error) RunMatch(TimeSpan timeout, params string[] args)
    {
        using Process process = StartMatch(args);
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("match did not finish: " + string.Join(' ', args));
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    private static Process StartMatch(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "match.dll"));
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }
}
