// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Diagnostics;
using System.Security.Cryptography;

namespace Matching.Cli.Tests;

/// <summary>
/// Two <c>match run</c> processes into one results folder at the same time, killed at random moments, including
/// inside the swap of the folder (issue 16, case 4): afterwards the folder always holds one complete result set of
/// one run, checked against the manifest written last, and no temporary file or folder is left behind.
/// </summary>
public class ConcurrentOutputProcessTests
{
    private const int Rounds = 50;

    [Fact]
    public void TwoRunsIntoOneFolder_KilledAtRandomMoments_LeaveOneCompleteSetAndNoTemporaries()
    {
        DirectoryInfo work = CliRunner.TempDirectory();
        string output = Path.Combine(work.FullName, "out");
        string survey = CliRunner.Sample("survey.csv");
        var random = new Random(16);

        // How long one undisturbed run takes here (with the paused swap), so that kills spread over a whole run.
        var timing = Stopwatch.StartNew();
        using (Process warm = Start("150", "run", survey, "--out", Path.Combine(work.FullName, "warm"), "-q"))
        {
            Assert.True(warm.WaitForExit(TimeSpan.FromMinutes(2)));
        }

        int span = (int)(timing.ElapsedMilliseconds * 1.3);
        Directory.Delete(Path.Combine(work.FullName, "warm"), recursive: true);
        File.Delete(Path.Combine(work.FullName, ".warm.lock"));
        int succeeded = 0;
        int killed = 0;
        int inWindow = 0;
        int swapKills = 0;
        for (int round = 0; round < Rounds; round++)
        {
            // Every other round the swap pauses 150 ms between its renames, so that kills land inside it.
            string pause = round % 2 == 0 ? "150" : "0";
            using Process first = Start(pause, "run", survey, "--out", output, "-q");
            using Process second = Start(pause, "run", survey, "--out", output, "-q");
            if (round % 2 == 0)
            {
                // Aimed at the swap: wait until a run has renamed its complete set to "ready" (its process id is in
                // the name), then kill that run within the next 450 ms, i.e. somewhere among its paused renames.
                Process? victim = WaitForSwap(work.FullName, first, second);
                if (victim is not null)
                {
                    Thread.Sleep(random.Next(0, 450));
                    if (!victim.HasExited)
                    {
                        // Between its renames the old set is ".out.old-PID-…" and "out" is absent; the other run
                        // (or the next round's) must then put one complete set back.
                        bool between = !Directory.Exists(output)
                            && Directory.GetDirectories(work.FullName, $".out.old-{victim.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)}-*").Length > 0;
                        victim.Kill(entireProcessTree: true);
                        killed++;
                        swapKills++;
                        inWindow += between ? 1 : 0;
                    }
                }

                Process other = victim == first ? second : first;
                if (random.Next(2) == 0 && !other.WaitForExit(random.Next(0, span)))
                {
                    other.Kill(entireProcessTree: true);
                    killed++;
                }
            }
            else
            {
                int firstKill = random.Next(0, span);
                int secondKill = random.Next(3) == 0 ? int.MaxValue : random.Next(0, span);
                var clock = Stopwatch.StartNew();
                foreach (var (process, at) in new[] { (first, firstKill), (second, secondKill) }.OrderBy(p => p.Item2))
                {
                    if (at != int.MaxValue)
                    {
                        int wait = (int)Math.Max(0, at - clock.ElapsedMilliseconds);
                        if (!process.WaitForExit(wait))
                        {
                            process.Kill(entireProcessTree: true);
                            killed++;
                        }
                    }
                }
            }

            Assert.True(first.WaitForExit(TimeSpan.FromMinutes(2)) && second.WaitForExit(TimeSpan.FromMinutes(2)), "a run did not finish");
            succeeded += (first.ExitCode == 0 ? 1 : 0) + (second.ExitCode == 0 ? 1 : 0);

            // A run that was not killed either succeeded or failed clearly (never a crash).
            Assert.All(new[] { first, second }, p => Assert.True(p.ExitCode is 0 or 1 or 137, $"exit {p.ExitCode}"));
            if (Directory.Exists(output))
            {
                AssertOneCompleteSet(output, round);
            }
            else
            {
                // Killed inside the swap: the folder is absent for the moment, and what the next run puts back (the
                // "ready" set, else the "old" one) is itself one complete set.
                string[] beside = Directory.GetDirectories(work.FullName, ".out.*-*");
                string? back = beside.FirstOrDefault(d => d.Contains(".out.ready-", StringComparison.Ordinal))
                    ?? beside.FirstOrDefault(d => d.Contains(".out.old-", StringComparison.Ordinal));
                if (back is not null)
                {
                    AssertOneCompleteSet(back, round);
                }
            }

            // A run's own temporaries are gone once it ended normally; a killed run's are removed by the next run.
            // So run once more, to completion, and then nothing at all may be left beside or inside the folder.
        }

        using (Process last = Start("0", "run", survey, "--out", output, "-q"))
        {
            Assert.True(last.WaitForExit(TimeSpan.FromMinutes(2)));
            Assert.Equal(0, last.ExitCode);
        }

        AssertOneCompleteSet(output, Rounds);
        Assert.Equal([".out.lock", "out"], work.GetFileSystemInfos().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Empty(Directory.GetFiles(output, "*.tmp"));
        Assert.True(killed >= Rounds / 2, $"only {killed} kills landed before the runs finished");
        Assert.True(swapKills >= Rounds / 4, $"only {swapKills} kills landed during a swap");
        Assert.True(inWindow > 0, "no kill landed between the renames of a swap");
        Assert.True(succeeded > 0, "no run finished");
    }

    private static Process? WaitForSwap(string work, Process first, Process second)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(2) && !(first.HasExited && second.HasExited))
        {
            foreach (string ready in Directory.GetDirectories(work, ".out.ready-*"))
            {
                string id = Path.GetFileName(ready)[".out.ready-".Length..].Split('-')[0];
                Process? owner = new[] { first, second }.FirstOrDefault(p => p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == id);
                if (owner is not null)
                {
                    return owner;
                }
            }

            Thread.Sleep(5);
        }

        return null;
    }

    private static void AssertOneCompleteSet(string output, int round)
    {
        string manifest = Path.Combine(output, AtomicOutput.ManifestName);
        Assert.True(File.Exists(manifest), $"round {round}: no manifest, so no complete set: {string.Join(", ", Directory.GetFiles(output).Select(Path.GetFileName))}");
        string[] lines = File.ReadAllLines(manifest);
        Assert.StartsWith("run ", lines[0], StringComparison.Ordinal);
        var listed = lines.Skip(1).Select(l => l.Split(' ', 3)).ToDictionary(p => p[2], p => p[1]);
        Assert.Equal(
            ["matches.csv", "mentors.csv", "people.csv", "report.html", "summary.json", "unmatched.csv"],
            listed.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(
            listed.Keys.Append(AtomicOutput.ManifestName).Order(StringComparer.Ordinal),
            Directory.GetFiles(output).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal));
        foreach (var (name, hash) in listed)
        {
            // Every file is exactly the one this run wrote: one run's complete set, never a mix.
            Assert.Equal(hash, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(output, name)))));
        }
    }

    private static Process Start(string swapPause, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["MATCHING_TEST_SWAP_PAUSE_MS"] = swapPause;
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "match.dll"));
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
