// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Core.Strategies;

/// <summary>
/// A randomized strategy run with several seeds: the metrics of every run, and the mean of each metric with its
/// Student-t confidence interval (<see cref="ComparisonStatistics.MeanInterval"/>).
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class SeedSummary
{
    private SeedSummary(string strategy, IReadOnlyList<int> seeds, IReadOnlyList<MatchingMetrics> runs, double level)
    {
        Strategy = strategy;
        Seeds = seeds;
        Runs = runs;
        Level = level;
        ConfidenceInterval Of(Func<MatchingMetrics, double?> metric) =>
            ComparisonStatistics.MeanInterval([.. runs.Select(metric).OfType<double>()], level) ?? new ConfidenceInterval(double.NaN, null, 0, level);
        MatchedShare = Of(r => r.MatchedShare);
        MeanScore = Of(r => r.MeanScore);
        MedianScore = Of(r => r.MedianScore);
        MinimumScore = Of(r => r.MinimumScore);
        Top1Share = Of(r => r.Top1Share);
        Top3Share = Of(r => r.Top3Share);
        MeanMenteeRank = Of(r => r.MeanMenteeRank);
        MeanMentorRank = Of(r => r.MeanMentorRank);
        BlockingPairs = Of(r => r.BlockingPairs);
        EnvyShare = Of(r => r.EnvyShare);
        MentorLoadGini = Of(r => r.MentorLoadGini);
    }

    /// <summary>Gets the strategy's name.</summary>
    public string Strategy { get; }

    /// <summary>Gets the seeds, in run order.</summary>
    public IReadOnlyList<int> Seeds { get; }

    /// <summary>Gets the metrics of each run, in seed order.</summary>
    public IReadOnlyList<MatchingMetrics> Runs { get; }

    /// <summary>Gets the confidence level of the intervals.</summary>
    public double Level { get; }

    /// <summary>Gets the matched share over the runs.</summary>
    public ConfidenceInterval MatchedShare { get; }

    /// <summary>Gets the mean score over the runs (runs that matched nobody left out).</summary>
    public ConfidenceInterval MeanScore { get; }

    /// <summary>Gets the median score over the runs.</summary>
    public ConfidenceInterval MedianScore { get; }

    /// <summary>Gets the minimum score over the runs.</summary>
    public ConfidenceInterval MinimumScore { get; }

    /// <summary>Gets the top-1 share over the runs.</summary>
    public ConfidenceInterval Top1Share { get; }

    /// <summary>Gets the top-3 share over the runs.</summary>
    public ConfidenceInterval Top3Share { get; }

    /// <summary>Gets the mean mentee rank over the runs.</summary>
    public ConfidenceInterval MeanMenteeRank { get; }

    /// <summary>Gets the mean mentor rank over the runs.</summary>
    public ConfidenceInterval MeanMentorRank { get; }

    /// <summary>Gets the number of blocking pairs over the runs.</summary>
    public ConfidenceInterval BlockingPairs { get; }

    /// <summary>Gets the envy share over the runs.</summary>
    public ConfidenceInterval EnvyShare { get; }

    /// <summary>Gets the load Gini over the runs.</summary>
    public ConfidenceInterval MentorLoadGini { get; }

    /// <summary>Summarizes runs of one strategy.</summary>
    /// <param name="strategy">The strategy's name.</param>
    /// <param name="seeds">The seed of each run.</param>
    /// <param name="runs">The metrics of each run, in the same order.</param>
    /// <param name="level">The confidence level, in (0, 1).</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The seeds and runs differ in number, or there are none.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The level is outside (0, 1).</exception>
    public static SeedSummary Create(string strategy, IReadOnlyList<int> seeds, IReadOnlyList<MatchingMetrics> runs, double level = MatchingDefaults.ConfidenceLevel)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        ArgumentNullException.ThrowIfNull(seeds);
        ArgumentNullException.ThrowIfNull(runs);
        if (seeds.Count != runs.Count || runs.Count == 0)
        {
            throw new ArgumentException($"Expected one run per seed and at least one, got {seeds.Count} seeds and {runs.Count} runs.", nameof(runs));
        }

        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "The confidence level must lie in (0, 1).");
        }

        return new SeedSummary(strategy, [.. seeds], [.. runs], level);
    }
}
