// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Diagnostics;
using System.Globalization;
using Matching.IO.Dimacs;
using Matching.Solvers.Flow;

namespace Matching.Benchmarks;

/// <summary>
/// The non-BenchmarkDotNet timing mode: each instance of the ladder is solved in a fresh child process
/// (so peak working set is per instance), five times; the table reports the median solve time (parsing excluded)
/// next to LEMON's network simplex from <c>/work/shared/bench/README.md</c>, and checks the known optimal cost.
/// </summary>
internal static class Ladder
{
    private const int Repetitions = 5;

    /// <summary>The ladder: name, known optimal cost, LEMON network simplex median in ms.</summary>
    internal static readonly (string Name, long Cost, double LemonMs)[] Instances =
    [
        ("d100x30", 87_142, double.NaN),
        ("d300x100", 170_772, double.NaN),
        ("d1kx300", 777_590, 17),
        ("d3kx1k", 1_754_381, 280),
        ("s10kx2k", 13_188_724, 64),
        ("s30kx6k", 38_988_462, 340),
        ("s100kx20k", 129_143_696, 1830),
    ];

    public static int RunAll(string directory, string solverName)
    {
        CultureInfo inv = CultureInfo.InvariantCulture;
        Console.WriteLine($"| instance | nodes | arcs | {solverName} median (ms) | LEMON NS (ms) | ratio | peak working set (MB) | cost | known cost |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---|");
        int failures = 0;
        foreach (var (name, known, lemon) in Instances)
        {
            string path = Path.Combine(directory, name + ".min");
            if (!File.Exists(path))
            {
                continue;
            }

            var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
            if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
            {
                start.ArgumentList.Add(typeof(Ladder).Assembly.Location);
            }

            start.ArgumentList.Add("ladder-one");
            start.ArgumentList.Add(path);
            start.ArgumentList.Add(solverName);
            using var child = Process.Start(start)!;
            string output = child.StandardOutput.ReadToEnd();
            child.WaitForExit();
            string[] f = output.Trim().Split(' ');
            if (child.ExitCode != 0 || f.Length < 5)
            {
                Console.WriteLine($"| {name} | failed: {output.Trim()} |");
                failures++;
                continue;
            }

            double ms = double.Parse(f[2], inv);
            long cost = long.Parse(f[3], inv);
            bool ok = cost == known && f[5] == "verified";
            failures += ok ? 0 : 1;
            string ratio = double.IsNaN(lemon) ? "–" : (ms / lemon).ToString("0.00", inv) + "×";
            string lemonText = double.IsNaN(lemon) ? "–" : lemon.ToString("0", inv);
            Console.WriteLine(string.Create(inv, $"| {name} | {f[0]} | {f[1]} | {ms:0.0} | {lemonText} | {ratio} | {f[4]} | {cost:N0} | {(ok ? "✓" : "✗ expected " + known.ToString("N0", inv))} |"));
        }

        return failures == 0 ? 0 : 1;
    }

    public static int RunOne(string path, string solverName)
    {
        FlowNetwork network;
        using (var reader = new StreamReader(path))
        {
            network = DimacsReader.Read(reader).GetValueOrThrow();
        }

        if (solverName == "ortools")
        {
            return RunOrTools(network);
        }

        IMinCostFlowSolver solver = solverName == "ssp" ? new SuccessiveShortestPathSolver() : new NetworkSimplexSolver();
        var times = new double[Repetitions];
        FlowResult? result = null;
        for (int r = 0; r < Repetitions; r++)
        {
            result = null;
            GC.Collect();
            var watch = Stopwatch.StartNew();
            result = solver.Solve(network);
            times[r] = watch.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        string verdict = result!.Success && FlowCertificate.Check(network, result).IsOptimal ? "verified" : "NOT-verified";
        long peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{network.NodeCount} {network.ArcCount} {times[Repetitions / 2]:0.00} {result.Cost} {peakMb} {verdict}"));
        return 0;
    }

    /// <summary>OR-Tools' min-cost flow timed the same way (set-up plus solve); its answer is checked against the known cost, it has no certificate.</summary>
    private static int RunOrTools(FlowNetwork network)
    {
        var times = new double[Repetitions];
        long cost = 0;
        for (int r = 0; r < Repetitions; r++)
        {
            GC.Collect();
            var watch = Stopwatch.StartNew();
            cost = OrToolsPeers.MinCostFlowCost(network);
            times[r] = watch.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        long peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024);
        string verdict = cost == long.MinValue ? "NOT-optimal" : "verified";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{network.NodeCount} {network.ArcCount} {times[Repetitions / 2]:0.00} {cost} {peakMb} {verdict}"));
        return 0;
    }
}
