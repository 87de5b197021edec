// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Core.Strategies;

/// <summary>A mean over independent runs and its confidence interval (<see cref="ComparisonStatistics.MeanInterval"/>).</summary>
/// <param name="Mean">The mean of the runs.</param>
/// <param name="HalfWidth">Half the interval's width, or null for a single run (no spread can be estimated).</param>
/// <param name="Count">The number of runs.</param>
/// <param name="Level">The confidence level, e.g. 0.95.</param>
public sealed record ConfidenceInterval(double Mean, double? HalfWidth, int Count, double Level)
{
    /// <summary>Gets the lower end (the mean for a single run).</summary>
    public double Lower => Mean - (HalfWidth ?? 0);

    /// <summary>Gets the upper end (the mean for a single run).</summary>
    public double Upper => Mean + (HalfWidth ?? 0);
}
