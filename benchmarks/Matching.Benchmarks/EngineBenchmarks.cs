// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core;
using Matching.Core.Problem;
using Matching.Core.Results;

namespace Matching.Benchmarks;

/// <summary>
/// How long does <see cref="MatchingEngine.Solve"/> take to find the optimal matching (network simplex with candidate
/// pricing, plus explanations)? The problem is generated (English survey, seed 7) and scored in <see cref="Setup"/>,
/// so scoring is not measured. Sizes are mentees × mentors.
/// </summary>
/// <remarks>
/// Run: <c>dotnet run -c Release --project benchmarks/Matching.Benchmarks -- --filter '*EngineBenchmarks*'</c>.
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class EngineBenchmarks
{
    private MatchingProblem _problem = null!;

    /// <summary>Gets or sets the program size, mentees × mentors.</summary>
    [Params("1000x300", "10000x3000")]
    public string Size { get; set; } = "1000x300";

    [GlobalSetup]
    public void Setup()
    {
        _problem = MatchingProblem.Create(GeneratedProgram.Participants(Size, seed: 7));
        if (Solve().Status != MatchingStatus.Optimal)
        {
            throw new InvalidOperationException($"The generated {Size} program has no optimal matching.");
        }
    }

    /// <summary>Solves to optimality; returns the result so the work is kept.</summary>
    [Benchmark(Baseline = true)]
    public MatchingResult Solve() => new MatchingEngine().Solve(_problem);
}
