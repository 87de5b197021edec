// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Problem;
using Matching.Core.Strategies;
using Matching.TestUtils;

namespace Matching.Core.Tests.Strategies;

public class ComparisonStatisticsTests
{
    [Fact]
    public void Gini_HandWorkedValues()
    {
        // Σ|xi − xj| over ordered pairs ÷ (2 k² mean): [1, 1, 0] → 4 ÷ (2 · 9 · 2/3) = 1/3; [0, 0, 1] → 4 ÷ (2 · 9 · 1/3) = 2/3.
        Assert.Equal(1 / 3.0, ComparisonStatistics.Gini([1, 0, 1]), 12);
        Assert.Equal(2 / 3.0, ComparisonStatistics.Gini([0, 1, 0]), 12);
        Assert.Equal(0, ComparisonStatistics.Gini([2, 2, 2]));
        Assert.Equal(0, ComparisonStatistics.Gini([0, 0]));
        Assert.Equal(0, ComparisonStatistics.Gini([]));
    }

    [Fact]
    public void Histogram_BucketsAreLowerExclusiveUpperInclusive_AndZeroCountsInTheFirst()
    {
        Assert.Equal([3, 1, 0, 1], ComparisonStatistics.Histogram([0, 5, 25, 25.1, 100], 4, 0, 100));
    }

    [Fact]
    public void Quantile_IsTheMedianOfTheTwoMiddleValuesForAnEvenCount()
    {
        Assert.Equal(2.5, ComparisonStatistics.Quantile([1, 2, 3, 4], 0.5));
        Assert.Equal(60, ComparisonStatistics.Quantile([50, 60, 80], 0.5));
        Assert.Null(ComparisonStatistics.Quantile([], 0.5));
    }

    [Fact]
    public void MeanInterval_MatchesAHandComputedStudentTInterval()
    {
        // Oracle: mean = Σx ÷ k, s² = (Σx² − k·mean²) ÷ (k − 1) (the shortcut formula, not MathNet's), and the tabulated
        // t quantiles t(0.975; 4) = 2.776445 and t(0.975; 19) = 2.093024.
        double[] five = [3, 7, 4, 9, 5];
        double[] twenty = [.. Enumerable.Range(0, 20).Select(k => (double)((k * 7) % 11))];
        foreach (var (values, t) in new[] { (five, 2.776445), (twenty, 2.093024) })
        {
            int k = values.Length;
            double mean = values.Sum() / k;
            double s = Math.Sqrt((values.Sum(x => x * x) - (k * mean * mean)) / (k - 1));

            ConfidenceInterval ci = ComparisonStatistics.MeanInterval(values)!;

            Assert.Equal(mean, ci.Mean, 9);
            Assert.Equal(t * s / Math.Sqrt(k), ci.HalfWidth!.Value, 5);
            Assert.True(ci.Lower <= mean && mean <= ci.Upper);
            Assert.Equal(k, ci.Count);
        }

        Assert.Null(ComparisonStatistics.MeanInterval([]));
        Assert.Null(ComparisonStatistics.MeanInterval([4.0])!.HalfWidth);
    }

    [Fact]
    public void RandomOverSeeds_IntervalComesFromThePerSeedRuns_AndNarrowsWithMoreSeeds()
    {
        MatchingProblem problem = MatchingProblem.Create([.. Enumerable.Range(0, 24).Select(i => RandomPeople.Person(1000 + (i * 37), i))]);

        StrategyComparison few = StrategyComparison.Run(problem, ["random"], seed: 5, randomSeeds: 4);
        StrategyComparison many = StrategyComparison.Run(problem, ["random"], seed: 5, randomSeeds: 60);

        SeedSummary summary = many.Random!;
        Assert.Equal(Enumerable.Range(5, 60), summary.Seeds);
        Assert.Equal(many.Rows[0].TotalScore, summary.Runs[0].TotalScore); // the table row is the first seed's run
        double[] perSeed = [.. summary.Runs.Select(r => r.MeanScore!.Value)];
        Assert.Equal(perSeed.Sum() / perSeed.Length, summary.MeanScore.Mean, 9);
        Assert.True(summary.MeanScore.Lower <= summary.MeanScore.Mean && summary.MeanScore.Mean <= summary.MeanScore.Upper);
        Assert.True(perSeed.Distinct().Count() > 1, "the seeds should give different matchings");
        Assert.True(summary.MeanScore.HalfWidth < few.Random!.MeanScore.HalfWidth);

        // Each run is the random strategy with that seed.
        var rules = Rules.ProgramRules.Create(problem);
        Assert.Equal(
            MatchingMetrics.Compute(rules, new RandomStrategy(7).Solve(problem)).TotalScore,
            summary.Runs[2].TotalScore);
    }
}
