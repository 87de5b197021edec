// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Diagnostics;
using System.Text;

namespace Matching.Cli.Tests.Layout;

/// <summary>
/// Runs Debian's headless Chromium (<c>/usr/bin/chromium</c>) once per call with a fresh temporary profile, and makes
/// sure no Chromium process of that profile is left running afterwards.
/// </summary>
internal static class Chromium
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(45);

    /// <summary>Gets the browser, or null when none is installed.</summary>
    public static string? Path { get; } = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }.FirstOrDefault(File.Exists);

    /// <summary>Skips the calling test when Chromium is missing, visibly and never under CI (there it fails).</summary>
    public static string Require()
    {
        if (Path is { } path)
        {
            return path;
        }

        const string Missing = "Chromium is not installed: the layout test needs Debian's `chromium` package (apt-get install chromium; .ci/run installs it).";
        Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), Missing);
        Skip.If(true, Missing);
        return string.Empty;
    }

    /// <summary>
    /// Runs Chromium headless with <paramref name="arguments"/> and returns its stdout. Chromium sometimes lingers after
    /// it has written its result (the DOM, or "N bytes written to file"); once <paramref name="done"/> says the output is
    /// complete, it gets two seconds to exit and is then ended.
    /// </summary>
    public static string Run(string chromium, Func<string, bool> done, params string[] arguments)
    {
        DirectoryInfo profile = CliRunner.TempDirectory();
        var start = new ProcessStartInfo(chromium) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string flag in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run", "--disable-quic", "--disable-sync",
                     "--disable-extensions", "--disable-background-networking", "--disable-component-update", "--mute-audio",
                     "--user-data-dir=" + profile.FullName,
                 })
        {
            start.ArgumentList.Add(flag);
        }

        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        try
        {
            using Process process = new() { StartInfo = start };
            process.OutputDataReceived += (_, e) => Append(stdout, e.Data);
            process.ErrorDataReceived += (_, e) => Append(stderr, e.Data);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var clock = Stopwatch.StartNew();
            TimeSpan? finishedAt = null;
            while (!process.WaitForExit(100))
            {
                finishedAt ??= done(Text(stdout) + Text(stderr)) ? clock.Elapsed : null;
                if (finishedAt is { } finished && clock.Elapsed - finished > TimeSpan.FromSeconds(2))
                {
                    process.Kill(entireProcessTree: true);
                    break;
                }

                if (clock.Elapsed > Timeout)
                {
                    process.Kill(entireProcessTree: true);
                    throw new TimeoutException($"Chromium did not finish within {Timeout.TotalSeconds:0} s: {Tail(stderr)}");
                }
            }

            process.WaitForExit();
            if (finishedAt is null && process.ExitCode != 0)
            {
                throw new InvalidOperationException($"Chromium exited with {process.ExitCode}: {Tail(stderr)}");
            }

            return Text(stdout);
        }
        finally
        {
            int[] left = EndLeftovers(profile.FullName);
            try
            {
                profile.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A profile file still being flushed; the temp folder is cleaned with the rest of the test run.
            }

            Assert.True(left.Length == 0, $"Chromium processes were left running with profile {profile.FullName} (pids {string.Join(", ", left)}); they were ended.");
        }
    }

    private static void Append(StringBuilder text, string? line)
    {
        if (line is not null)
        {
            lock (text)
            {
                text.Append(line).Append('\n');
            }
        }
    }

    private static string Text(StringBuilder text)
    {
        lock (text)
        {
            return text.ToString();
        }
    }

    /// <summary>Waits briefly for processes of this profile to exit, ends any that remain, and returns their ids.</summary>
    private static int[] EndLeftovers(string profile)
    {
        int[] pids = [];
        for (int attempt = 0; attempt < 50; attempt++)
        {
            pids = ProcessesWith(profile);
            if (pids.Length == 0)
            {
                return [];
            }

            Thread.Sleep(100);
        }

        foreach (int pid in pids)
        {
            try
            {
                using Process leftover = Process.GetProcessById(pid);
                leftover.Kill(entireProcessTree: true);
            }
            catch (ArgumentException)
            {
                // It ended meanwhile.
            }
        }

        return pids;
    }

    /// <summary>The ids of processes whose command line names <paramref name="profile"/> (only ours: the folder is a fresh GUID).</summary>
    private static int[] ProcessesWith(string profile)
    {
        if (!Directory.Exists("/proc"))
        {
            return [];
        }

        var pids = new List<int>();
        foreach (string dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(System.IO.Path.GetFileName(dir), out int pid) || pid == Environment.ProcessId)
            {
                continue;
            }

            try
            {
                if (File.ReadAllText(System.IO.Path.Combine(dir, "cmdline")).Contains(profile, StringComparison.Ordinal))
                {
                    pids.Add(pid);
                }
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
            catch (UnauthorizedAccessException)
            {
                // Not ours.
            }
        }

        return [.. pids];
    }

    private static string Tail(StringBuilder stderr)
    {
        string text = Text(stderr);
        return text.Length <= 800 ? text : text[^800..];
    }
}
