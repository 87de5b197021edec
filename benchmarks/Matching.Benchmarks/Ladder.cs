// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Diagnostics;
using System.Globalization;
using Matching.IO.Dimacs;
using Matching.Solvers.Flow;

namespace Matching.Benchmarks;

/// <summary>
/// The non-BenchmarkDotNet timing mode: each instance of the ladder is solved in a fresh child process
/// (so peak working set is per instance), five times; the table reports the median solve time (parsing excluded)
/// and checks each cost against the certified optimum in the directory's <c>known.tsv</c>, written by
/// <c>generate-ladder</c> (<see cref="LadderGenerator"/>).
/// </summary>
internal static class Ladder
{
    private const int Repetitions = 5;

    public static int RunAll(string directory, string solverName)
    {
        CultureInfo inv = CultureInfo.InvariantCulture;
        List<(string Name, long Cost)> instances;
        try
        {
            instances = LadderGenerator.ReadKnown(directory);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"cannot read the known optima: {e.Message} (write the ladder with: generate-ladder {directory})");
            return 2;
        }

        Console.WriteLine($"| instance | nodes | arcs | {solverName} median (ms) | peak working set (MB) | cost | known cost |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---|");
        int failures = 0;
        foreach (var (name, known) in instances)
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
            Console.WriteLine(string.Create(inv, $"| {name} | {f[0]} | {f[1]} | {ms:0.0} | {f[4]} | {cost:N0} | {(ok ? "✓" : "✗ expected " + known.ToString("N0", inv))} |"));
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
