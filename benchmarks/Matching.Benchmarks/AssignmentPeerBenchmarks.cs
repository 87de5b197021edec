// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Benchmarks;

/// <summary>
/// Dense square assignment: our LAPJV beside OR-Tools' LinearSumAssignment on the same seeded random costs
/// (0–9,999), measured in one run.
/// </summary>
[MemoryDiagnoser]
public class AssignmentPeerBenchmarks
{
    private long[] _costs = [];

    [Params(500, 2000)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        _costs = new long[Size * Size];
        for (int k = 0; k < _costs.Length; k++)
        {
            _costs[k] = random.Next(10_000);
        }

        long ours = Solvers.Assignment.Lapjv.Solve(_costs, Size, Size).Cost;
        long theirs = OrToolsPeers.LinearSumAssignmentCost(_costs, Size);
        if (ours != theirs)
        {
            throw new InvalidOperationException($"LAPJV {ours} and OR-Tools {theirs} disagree on the optimum.");
        }
    }

    [Benchmark(Baseline = true)]
    public long LapjvDense() => Solvers.Assignment.Lapjv.Solve(_costs, Size, Size).Cost;

    [Benchmark]
    public long OrToolsLinearSumAssignment() => OrToolsPeers.LinearSumAssignmentCost(_costs, Size);
}
