// Copyright (c) Matching contributors. Licensed under the MIT License.

using BenchmarkDotNet.Engines;
using Matching.Core.Problem;
using Matching.Core.Strategies;
using Matching.IO.Generation;
using Matching.IO.Survey;

namespace Matching.Benchmarks;

/// <summary>
/// How long each strategy takes on one generated program (scoring excluded: the problem is built in setup).
/// Sizes are mentees × mentors.
/// </summary>
/// <remarks>
/// The flow-based strategies (optimal, fair, max-matched) use the network simplex with exact candidate pricing
/// (each mentee's 64 best mentors first, left-out pairs priced until none can improve), so 10,000 × 3,000 with its
/// 30 M allowed pairs solves in seconds.
/// Run: <c>dotnet run -c Release --project benchmarks/Matching.Benchmarks -- --filter *StrategyBenchmarks*</c>.
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[CategoriesColumn]
public class StrategyBenchmarks
{
    private MatchingProblem _problem = null!;

    /// <summary>Gets or sets the program size, mentees × mentors.</summary>
    [Params("1000x300", "10000x3000")]
    public string Size { get; set; } = "1000x300";

    [GlobalSetup]
    public void Setup()
    {
        string[] parts = Size.Split('x');
        var generator = new SurveyGenerator
        {
            Mentees = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture),
            Mentors = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture),
            Seed = 7,
        };
        using var writer = new StringWriter();
        generator.Write(writer, SurveyStyle.GoogleFormsEnglish);
        SurveyReadResult read = SurveyReader.Read(new StringReader(writer.ToString()));
        if (read.HasErrors)
        {
            throw new InvalidOperationException("The generated survey has errors: " + string.Join("; ", read.Errors));
        }

        _problem = MatchingProblem.Create(read.Participants);
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("flow")]
    public StrategyResult Optimal() => new OptimalStrategy().Solve(_problem);

    [Benchmark]
    [BenchmarkCategory("flow")]
    public StrategyResult Fair() => new FairStrategy().Solve(_problem);

    [Benchmark]
    [BenchmarkCategory("flow")]
    public StrategyResult MaxMatched() => new MaxMatchedStrategy().Solve(_problem);

    [Benchmark]
    [BenchmarkCategory("fast")]
    public StrategyResult StableMenteesPropose() => new StableStrategy(ProposingSide.Mentees).Solve(_problem);

    [Benchmark]
    [BenchmarkCategory("fast")]
    public StrategyResult StableMentorsPropose() => new StableStrategy(ProposingSide.Mentors).Solve(_problem);

    [Benchmark]
    [BenchmarkCategory("fast")]
    public StrategyResult Greedy() => new GreedyStrategy().Solve(_problem);

    [Benchmark]
    [BenchmarkCategory("fast")]
    public StrategyResult Random() => new RandomStrategy(1).Solve(_problem);

    [Benchmark]
    [BenchmarkCategory("fast")]
    public MatchingMetrics Metrics() => MatchingMetrics.Compute(_problem, new GreedyStrategy().Solve(_problem));
}
