// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Domain;
using Matching.Core.Problem;

namespace Matching.Benchmarks;

/// <summary>
/// How long does <see cref="MatchingProblem.Create"/> take to score every mentee–mentor pair into the dense table,
/// on one core and on all cores? Participants come from a generated English survey (seed 7, no "both"), read in
/// <see cref="Setup"/>. Sizes are mentees × mentors.
/// </summary>
/// <remarks>
/// Target: 10,000 × 3,000 (30 M pairs) in under 3 s on 2 cores.
/// Run: <c>dotnet run -c Release --project benchmarks/Matching.Benchmarks -- --filter '*ScoringBenchmarks*'</c>.
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class ScoringBenchmarks
{
    private IReadOnlyList<Participant> _participants = [];

    /// <summary>Gets or sets the program size, mentees × mentors.</summary>
    [Params("1000x300", "10000x3000")]
    public string Size { get; set; } = "1000x300";

    /// <summary>Gets or sets the most cores to score on: 1, and every core of the machine.</summary>
    [ParamsSource(nameof(CoreCounts))]
    public int Cores { get; set; } = 1;

    /// <summary>One core, and all of them (<see cref="Environment.ProcessorCount"/>).</summary>
    public static IEnumerable<int> CoreCounts() => Environment.ProcessorCount > 1 ? [1, Environment.ProcessorCount] : [1];

    [GlobalSetup]
    public void Setup() => _participants = GeneratedProgram.Participants(Size, seed: 7);

    /// <summary>Scores every pair; returns the problem so the work is kept.</summary>
    [Benchmark(Baseline = true)]
    public MatchingProblem Create() => MatchingProblem.Create(_participants, maxDegreeOfParallelism: Cores);
}
