// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Buffers;

namespace Matching.Solvers.Flow;

/// <summary>
/// An immutable directed network for min-cost flow: node supplies and arcs with lower bounds,
/// capacities and 64-bit integer costs, stored as flat arrays (no per-arc objects).
/// </summary>
/// <remarks>
/// A positive supply is a source, a negative supply a demand. A feasible flow satisfies
/// <c>lower[a] &lt;= flow[a] &lt;= capacity[a]</c> for every arc and
/// <c>outflow(v) - inflow(v) = supply[v]</c> for every node, so supplies must sum to zero.
/// Build instances with <see cref="FlowNetworkBuilder"/>.
/// Instances are immutable and thread-safe.
/// </remarks>
public sealed class FlowNetwork
{
    private readonly long[] _supply;
    private readonly int[] _source;
    private readonly int[] _target;
    private readonly long[] _lower;
    private readonly long[] _capacity;
    private readonly long[] _cost;
    private readonly int _arcCount;
    private readonly bool _pooled;

    internal FlowNetwork(long[] supply, int[] source, int[] target, long[] lower, long[] capacity, long[] cost)
        : this(supply, source, target, lower, capacity, cost, source.Length, pooled: false)
    {
    }

    /// <summary>A network whose arc arrays may be longer than <paramref name="arcCount"/>, and rented from the shared pools when <paramref name="pooled"/>.</summary>
    internal FlowNetwork(long[] supply, int[] source, int[] target, long[] lower, long[] capacity, long[] cost, int arcCount, bool pooled)
    {
        _supply = supply;
        _source = source;
        _target = target;
        _lower = lower;
        _capacity = capacity;
        _cost = cost;
        _arcCount = arcCount;
        _pooled = pooled;
    }

    /// <summary>Gets the number of nodes; nodes are numbered 0 to <c>NodeCount - 1</c>.</summary>
    public int NodeCount => _supply.Length;

    /// <summary>Gets the number of arcs; arcs are numbered 0 to <c>ArcCount - 1</c> in insertion order.</summary>
    public int ArcCount => _arcCount;

    /// <summary>Gets the supply of every node (positive: source, negative: demand).</summary>
    public ReadOnlySpan<long> Supply => _supply;

    /// <summary>Gets the tail node of every arc.</summary>
    public ReadOnlySpan<int> Source => _source.AsSpan(0, _arcCount);

    /// <summary>Gets the head node of every arc.</summary>
    public ReadOnlySpan<int> Target => _target.AsSpan(0, _arcCount);

    /// <summary>Gets the lower bound of every arc.</summary>
    public ReadOnlySpan<long> Lower => _lower.AsSpan(0, _arcCount);

    /// <summary>Gets the capacity (upper bound) of every arc.</summary>
    public ReadOnlySpan<long> Capacity => _capacity.AsSpan(0, _arcCount);

    /// <summary>Gets the cost per unit of flow of every arc.</summary>
    public ReadOnlySpan<long> Cost => _cost.AsSpan(0, _arcCount);

    /// <summary>
    /// Returns a pooled network's arc arrays to the shared pools (nothing for another network). Only for a network
    /// that its owner has taken from every holder (see <c>AssignmentResult.TakeNetwork</c>): nothing may read it after.
    /// </summary>
    internal void ReturnToPool()
    {
        if (!_pooled)
        {
            return;
        }

        ArrayPool<int>.Shared.Return(_source);
        ArrayPool<int>.Shared.Return(_target);
        ArrayPool<long>.Shared.Return(_lower);
        ArrayPool<long>.Shared.Return(_capacity);
        ArrayPool<long>.Shared.Return(_cost);
    }
}
