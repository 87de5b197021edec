// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using System.Runtime.CompilerServices;

namespace Matching.Solvers.Flow;

/// <summary>
/// The range of numbers both min-cost-flow solvers accept, checked once before solving so that the solvers' inner
/// loops can use plain 64-bit arithmetic without overflow, and the one meaning of an infinite capacity.
/// </summary>
/// <remarks>
/// <para>A network is within range when</para>
/// <list type="bullet">
///   <item><c>(nodes + 1) × max |cost| ≤ </c><see cref="MaxCostTimesNodes"/> (2⁵⁹): node potentials and reduced costs
///   then stay below 2⁶² in magnitude; and</item>
///   <item><c>Σ |supply| + Σ lower + Σ finite capacity ≤ </c><see cref="MaxTotalQuantity"/> (2⁶⁰): every flow of a
///   basic solution, and every intermediate flow, then stays below 2⁶².</item>
/// </list>
/// <para>
/// A network outside this range gets <see cref="FlowStatus.OutOfRange"/> with a message naming the limit, never a
/// wrong answer. The optimal cost itself is summed in 128 bits; when it does not fit in 64 bits the result is also
/// <see cref="FlowStatus.OutOfRange"/>.
/// </para>
/// <para>
/// A capacity of <see cref="Infinite"/> (<see cref="long.MaxValue"/>) means "uncapacitated" for both solvers: it is not
/// counted in the sums above, and a negative-cost cycle made of such arcs makes the cost <see cref="FlowStatus.Unbounded"/>.
/// </para>
/// </remarks>
public static class FlowLimits
{
    /// <summary>The capacity that means "no upper bound".</summary>
    public const long Infinite = long.MaxValue;

    /// <summary>The bound on <c>(nodes + 1) × max |cost|</c>: 2⁵⁹.</summary>
    public const long MaxCostTimesNodes = 1L << 59;

    /// <summary>The bound on <c>Σ |supply| + Σ lower + Σ finite capacity</c>: 2⁶⁰.</summary>
    public const long MaxTotalQuantity = 1L << 60;

    /// <summary>
    /// Checks that <paramref name="network"/> lies within the supported range. O(nodes + arcs).
    /// </summary>
    /// <param name="network">The network.</param>
    /// <returns>Null when within range; otherwise which limit is exceeded, in words.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> is null.</exception>
    public static string? Check(FlowNetwork network) => Check(network, out _, out _);

    /// <summary>
    /// Checks that <paramref name="network"/> lies within the supported range and measures it. O(nodes + arcs).
    /// </summary>
    /// <param name="network">The network.</param>
    /// <param name="maxAbsCost">The largest |cost| of an arc (0 without arcs); meaningful when within range.</param>
    /// <param name="totalQuantity">
    /// Σ |supply| + Σ lower + Σ finite capacity, a bound on every flow and finite capacity; meaningful when within range.
    /// </param>
    /// <returns>Null when within range; otherwise which limit is exceeded, in words.</returns>
    /// <remarks>Compiled optimized at once: in a one-shot process it runs once over every arc.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static string? Check(FlowNetwork network, out long maxAbsCost, out long totalQuantity)
    {
        ArgumentNullException.ThrowIfNull(network);
        maxAbsCost = 0;
        totalQuantity = 0;

        // |cost| as an unsigned number, so that long.MinValue needs no 128-bit arithmetic.
        ulong maxAbs = 0;
        ReadOnlySpan<long> cost = network.Cost;
        for (int a = 0; a < cost.Length; a++)
        {
            long c = cost[a];
            ulong abs = c < 0 ? 0UL - (ulong)c : (ulong)c;
            maxAbs = Math.Max(maxAbs, abs);
        }

        if ((network.NodeCount + (Int128)1) * maxAbs > MaxCostTimesNodes)
        {
            return string.Create(
                CultureInfo.InvariantCulture,
                $"the costs are out of the supported range: (nodes + 1) × max |cost| = {network.NodeCount + 1} × {maxAbs} exceeds 2^59 = {MaxCostTimesNodes}");
        }

        // Every term is below 2⁶³ and the sum is checked against 2⁶⁰ after each one, so it never overflows 64 bits
        // unsigned; the exact (128-bit) total is computed only for the message.
        ulong total = 0;
        bool within = true;
        foreach (long s in network.Supply)
        {
            total += s < 0 ? 0UL - (ulong)s : (ulong)s;
            if (total > MaxTotalQuantity)
            {
                within = false;
                break;
            }
        }

        ReadOnlySpan<long> lower = network.Lower;
        ReadOnlySpan<long> capacity = network.Capacity;
        for (int a = 0; a < lower.Length && within; a++)
        {
            // The builder keeps 0 <= lower <= capacity.
            total += (ulong)lower[a];
            if (capacity[a] != Infinite)
            {
                total += (ulong)capacity[a];
            }

            within = total <= MaxTotalQuantity;
        }

        if (!within)
        {
            return string.Create(
                CultureInfo.InvariantCulture,
                $"the quantities are out of the supported range: Σ |supply| + Σ lower bound + Σ finite capacity = {ExactTotal(network)} exceeds 2^60 = {MaxTotalQuantity} (a capacity of {Infinite} means unlimited and is not counted)");
        }

        maxAbsCost = (long)maxAbs;
        totalQuantity = (long)total;
        return null;
    }

    private static Int128 ExactTotal(FlowNetwork network)
    {
        Int128 total = 0;
        foreach (long s in network.Supply)
        {
            total += Int128.Abs(s);
        }

        ReadOnlySpan<long> lower = network.Lower;
        ReadOnlySpan<long> capacity = network.Capacity;
        for (int a = 0; a < lower.Length; a++)
        {
            total += lower[a];
            if (capacity[a] != Infinite)
            {
                total += capacity[a];
            }
        }

        return total;
    }

    /// <summary>The message for an optimal cost that does not fit in 64 bits.</summary>
    internal static string CostOverflow(Int128 cost) => string.Create(
        CultureInfo.InvariantCulture,
        $"the optimal cost {cost} is outside the 64-bit range [{long.MinValue}, {long.MaxValue}]");
}
