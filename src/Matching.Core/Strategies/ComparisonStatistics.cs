// Copyright (c) Matching contributors. Licensed under the MIT License.

using MathNet.Numerics;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;

namespace Matching.Core.Strategies;

/// <summary>The statistics of strategy comparisons, in one place, from MathNet.Numerics.</summary>
/// <remarks>The class is stateless and thread-safe.</remarks>
public static class ComparisonStatistics
{
    /// <summary>
    /// The <paramref name="tau"/>-quantile of values sorted ascending (MathNet's R-8 definition; for τ = 0.5 the median,
    /// the mean of the two middle values for an even count), or null for no values.
    /// </summary>
    /// <param name="sorted">Values, ascending.</param>
    /// <param name="tau">The quantile, in [0, 1].</param>
    /// <returns>The quantile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sorted"/> is null.</exception>
    public static double? Quantile(IReadOnlyList<double> sorted, double tau)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        return sorted.Count == 0 ? null : SortedArrayStatistics.Quantile(sorted as double[] ?? [.. sorted], tau);
    }

    /// <summary>The mean, or null for no values (MathNet <c>Statistics.Mean</c>).</summary>
    /// <param name="values">Values.</param>
    /// <returns>The mean.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    public static double? Mean(IReadOnlyCollection<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.Count == 0 ? null : values.Mean();
    }

    /// <summary>
    /// Counts values in <paramref name="buckets"/> equal buckets over [<paramref name="lower"/>, <paramref name="upper"/>]
    /// with MathNet's <see cref="Histogram"/>: each bucket is (lower, upper], and a value at the lower bound counts in the first.
    /// </summary>
    /// <param name="values">Values within the bounds.</param>
    /// <param name="buckets">The number of buckets (≥ 1).</param>
    /// <param name="lower">The lower bound.</param>
    /// <param name="upper">The upper bound (&gt; <paramref name="lower"/>).</param>
    /// <returns>The count of each bucket, lowest first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The bucket count or the bounds are invalid.</exception>
    public static IReadOnlyList<int> Histogram(IEnumerable<double> values, int buckets, double lower, double upper)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfLessThan(buckets, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(upper, lower);
        var histogram = new Histogram(values.Select(v => Math.Clamp(v, lower, upper)), buckets, lower, upper);
        var counts = new int[buckets];
        for (int b = 0; b < buckets; b++)
        {
            counts[b] = (int)histogram[b].Count;
        }

        return counts;
    }

    /// <summary>
    /// The Gini coefficient of non-negative values: Σᵢ Σⱼ |xᵢ − xⱼ| ÷ (2 k² mean), 0 when all are equal (or all 0), up
    /// to (k − 1) ÷ k when one holds everything. MathNet has none, so it is computed here from the values sorted by
    /// MathNet's <see cref="Sorting"/> as (2 Σᵣ r·x₍ᵣ₎) ÷ (k Σ x) − (k + 1) ÷ k, r = 1..k.
    /// </summary>
    /// <param name="values">Non-negative values.</param>
    /// <returns>The coefficient, in [0, 1).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    public static double Gini(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        double[] sorted = [.. values];
        Sorting.Sort(sorted);
        int k = sorted.Length;
        double sum = sorted.Sum();
        if (k == 0 || sum <= 0)
        {
            return 0;
        }

        double weighted = 0;
        for (int r = 0; r < k; r++)
        {
            weighted += (r + 1) * sorted[r];
        }

        return Math.Max(0, (2 * weighted / (k * sum)) - ((k + 1) / (double)k));
    }

    /// <summary>The coefficient of variation (population standard deviation ÷ mean, MathNet), 0 when the mean is 0 or there are no values.</summary>
    /// <param name="values">Values.</param>
    /// <returns>The coefficient.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    public static double CoefficientOfVariation(IReadOnlyCollection<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return 0;
        }

        double mean = values.Mean();
        return mean == 0 ? 0 : values.PopulationStandardDeviation() / mean;
    }

    /// <summary>
    /// The mean of independent runs with a Student-t confidence interval: mean ± t(1 − (1 − level) ÷ 2; k − 1) · s ÷ √k,
    /// s the sample standard deviation (MathNet <c>Statistics</c> and <see cref="StudentT.InvCDF"/>).
    /// </summary>
    /// <param name="values">One value per run.</param>
    /// <param name="level">The confidence level, in (0, 1); e.g. <see cref="MatchingDefaults.ConfidenceLevel"/>.</param>
    /// <returns>The interval (no half-width for fewer than two runs), or null for no runs.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The level is outside (0, 1).</exception>
    public static ConfidenceInterval? MeanInterval(IReadOnlyCollection<double> values, double level = MatchingDefaults.ConfidenceLevel)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "The confidence level must lie in (0, 1).");
        }

        int k = values.Count;
        if (k == 0)
        {
            return null;
        }

        double mean = values.Mean();
        if (k < 2)
        {
            return new ConfidenceInterval(mean, null, k, level);
        }

        double t = StudentT.InvCDF(0, 1, k - 1, 1 - ((1 - level) / 2));
        return new ConfidenceInterval(mean, t * values.StandardDeviation() / Math.Sqrt(k), k, level);
    }
}
