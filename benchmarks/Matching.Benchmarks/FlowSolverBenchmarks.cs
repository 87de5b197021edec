// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.IO.Dimacs;
using Matching.Solvers.Flow;
using Matching.TestUtils;

namespace Matching.Benchmarks;

/// <summary>
/// How fast is the network simplex on the mentoring ladder? Reads the DIMACS instances written by
/// the <c>generate-ladder</c> command from the directory in the <c>MATCHING_BENCH_DIR</c> environment variable
/// (instances are not committed). Parsing happens in <see cref="Setup"/> and is not measured. OR-Tools' min-cost flow
/// runs beside the network simplex on every rung, so the ratio to a well-known solver comes from one run.
/// </summary>
/// <remarks>
/// The successive-shortest-path solver is left out: it takes O(supply · m log n), minutes on the larger rungs.
/// </remarks>
[MemoryDiagnoser]
public class FlowSolverBenchmarks
{
    /// <summary>The environment variable naming the instance directory.</summary>
    public const string DirectoryVariable = "MATCHING_BENCH_DIR";

    private FlowNetwork _network = null!;

    [ParamsSource(nameof(Instances))]
    public string Instance { get; set; } = string.Empty;

    /// <summary>The ladder rungs present in <c>MATCHING_BENCH_DIR</c>, smallest first.</summary>
    public static IEnumerable<string> Instances()
    {
        string? directory = Environment.GetEnvironmentVariable(DirectoryVariable);
        if (string.IsNullOrEmpty(directory))
        {
            Console.Error.WriteLine($"{DirectoryVariable} is not set: run `dotnet run -c Release --project benchmarks/Matching.Benchmarks -- generate-ladder DIR` and set {DirectoryVariable}=DIR.");
            yield break;
        }

        foreach (var name in LadderInstances.Rungs.Select(r => r.Name))
        {
            if (File.Exists(Path.Combine(directory, name + ".min")))
            {
                yield return name;
            }
        }
    }

    [GlobalSetup]
    public void Setup()
    {
        string directory = Environment.GetEnvironmentVariable(DirectoryVariable)
            ?? throw new InvalidOperationException($"{DirectoryVariable} is not set.");
        using var reader = new StreamReader(Path.Combine(directory, Instance + ".min"));
        _network = DimacsReader.Read(reader).GetValueOrThrow();
    }

    [Benchmark(Baseline = true)]
    public long NetworkSimplex() => new NetworkSimplexSolver().Solve(_network).Cost;

    /// <summary>OR-Tools' min-cost flow on the same network, measured in the same run (graph set-up plus solve).</summary>
    [Benchmark]
    public long OrToolsMinCostFlow() => OrToolsPeers.MinCostFlowCost(_network);
}
