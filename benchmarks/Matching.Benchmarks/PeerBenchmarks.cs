// Copyright (c) Matching contributors. Licensed under the MIT License.

using BenchmarkDotNet.Engines;
using Matching.Solvers.General;
using Matching.Solvers.Stable;
using Matching.TestUtils;

namespace Matching.Benchmarks;

/// <summary>
/// Peer mentoring: how long does the exact maximum-weight matching of one pool take with dense pair scores?
/// Every pair of <see cref="People"/> persons is allowed, with a uniform random weight 0–10,000 (seed 1), solved
/// coverage first (maximum cardinality, then weight), as <c>match run --model peer</c> does.
/// </summary>
/// <remarks>
/// <see cref="Certify"/> times the independent certificate check of that result, and <see cref="StableRoommatesSolve"/>
/// Irving's stable roommates on preference lists ranked by the same weights (the <c>--strategy stable</c> path).
/// Run: <c>dotnet run -c Release --project benchmarks/Matching.Benchmarks -- --filter *PeerBenchmarks*</c>.
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class PeerBenchmarks
{
    private long[] _weights = [];
    private int[][] _preferences = [];
    private GeneralMatchingResult _result = null!;

    /// <summary>Gets or sets the pool size.</summary>
    [Params(1000, 5000)]
    public int People { get; set; } = 1000;

    [GlobalSetup]
    public void Setup()
    {
        _weights = GeneralGraphs.DenseUniform(People, 10_000, MaximumWeightMatching.NoEdge, seed: 1);
        _result = MaximumWeightMatching.SolveDense(People, _weights, maximumCardinality: true);
        CertificateVerdict verdict = GeneralMatchingCertificate.CheckDense(People, _weights, _result);
        if (!verdict.IsOptimal || _result.Cardinality != People / 2)
        {
            throw new InvalidOperationException($"Blossom result not certified: {verdict}");
        }

        _preferences = new int[People][];
        for (int i = 0; i < People; i++)
        {
            long row = (long)i * People;
            int[] others = new int[People - 1];
            long[] keys = new long[People - 1];
            int at = 0;
            for (int j = 0; j < People; j++)
            {
                if (j != i)
                {
                    others[at] = j;
                    keys[at++] = -_weights[row + j];
                }
            }

            Array.Sort(keys, others);
            _preferences[i] = others;
        }
    }

    [Benchmark(Baseline = true)]
    public long BlossomCoverageFirst() => MaximumWeightMatching.SolveDense(People, _weights, maximumCardinality: true).TotalWeight;

    [Benchmark]
    public bool Certify() => GeneralMatchingCertificate.CheckDense(People, _weights, _result).IsOptimal;

    [Benchmark]
    public bool StableRoommatesSolve() => StableRoommates.Solve(_preferences).Success;
}
