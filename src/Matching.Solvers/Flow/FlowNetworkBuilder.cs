// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Solvers.Flow;

/// <summary>Builds a <see cref="FlowNetwork"/> node by node and arc by arc.</summary>
/// <remarks>Instances are not thread-safe.</remarks>
public sealed class FlowNetworkBuilder
{
    private long[] _supply;
    private int _nodeCount;
    private int[] _source;
    private int[] _target;
    private long[] _lower;
    private long[] _capacity;
    private long[] _cost;
    private int _arcCount;

    /// <summary>Initializes a new builder.</summary>
    /// <param name="nodeCapacity">Expected number of nodes (a hint).</param>
    /// <param name="arcCapacity">Expected number of arcs (a hint).</param>
    /// <exception cref="ArgumentOutOfRangeException">A hint is negative.</exception>
    public FlowNetworkBuilder(int nodeCapacity = 16, int arcCapacity = 16)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nodeCapacity);
        ArgumentOutOfRangeException.ThrowIfNegative(arcCapacity);
        _supply = new long[Math.Max(nodeCapacity, 4)];
        _source = new int[Math.Max(arcCapacity, 4)];
        _target = new int[_source.Length];
        _lower = new long[_source.Length];
        _capacity = new long[_source.Length];
        _cost = new long[_source.Length];
    }

    /// <summary>Gets the number of nodes added so far.</summary>
    public int NodeCount => _nodeCount;

    /// <summary>Gets the number of arcs added so far.</summary>
    public int ArcCount => _arcCount;

    /// <summary>Adds a node and returns its index.</summary>
    /// <param name="supply">Supply of the node: positive for a source, negative for a demand.</param>
    public int AddNode(long supply = 0)
    {
        if (_nodeCount == _supply.Length)
        {
            Array.Resize(ref _supply, _supply.Length * 2);
        }

        _supply[_nodeCount] = supply;
        return _nodeCount++;
    }

    /// <summary>Adds <paramref name="count"/> nodes with zero supply and returns the index of the first.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public int AddNodes(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        int first = _nodeCount;
        if (_nodeCount + count > _supply.Length)
        {
            Array.Resize(ref _supply, Math.Max(_supply.Length * 2, _nodeCount + count));
        }

        _nodeCount += count;
        return first;
    }

    /// <summary>Sets the supply of an existing node.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="node"/> does not exist.</exception>
    public void SetSupply(int node, long supply)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(node);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(node, _nodeCount);
        _supply[node] = supply;
    }

    /// <summary>Adds an arc and returns its index.</summary>
    /// <param name="from">Tail node.</param>
    /// <param name="to">Head node.</param>
    /// <param name="lower">Lower bound on the flow.</param>
    /// <param name="capacity">Upper bound on the flow.</param>
    /// <param name="cost">Cost per unit of flow.</param>
    /// <exception cref="ArgumentOutOfRangeException">A node does not exist, or the bounds are inconsistent.</exception>
    public int AddArc(int from, int to, long lower, long capacity, long cost)
    {
        if ((uint)from >= (uint)_nodeCount)
        {
            throw new ArgumentOutOfRangeException(nameof(from), from, "The tail node does not exist.");
        }

        if ((uint)to >= (uint)_nodeCount)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, "The head node does not exist.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(lower);
        if (capacity < lower)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "The capacity is below the lower bound.");
        }

        if (_arcCount == _source.Length)
        {
            int size = _source.Length * 2;
            Array.Resize(ref _source, size);
            Array.Resize(ref _target, size);
            Array.Resize(ref _lower, size);
            Array.Resize(ref _capacity, size);
            Array.Resize(ref _cost, size);
        }

        _source[_arcCount] = from;
        _target[_arcCount] = to;
        _lower[_arcCount] = lower;
        _capacity[_arcCount] = capacity;
        _cost[_arcCount] = cost;
        return _arcCount++;
    }

    /// <summary>Freezes the network built so far. The builder can be used further without affecting the result.</summary>
    /// <remarks>
    /// When exactly as many arcs were added as the arc arrays hold (as with an exact <c>arcCapacity</c> hint), the
    /// network takes those arrays without a copy, which halves the peak memory of building a large network: the next
    /// <see cref="AddArc"/> finds them full and moves to new, larger arrays, so the network never changes.
    /// </remarks>
    public FlowNetwork Build() => _arcCount == _source.Length
        ? new(_supply.AsSpan(0, _nodeCount).ToArray(), _source, _target, _lower, _capacity, _cost)
        : new(
            _supply.AsSpan(0, _nodeCount).ToArray(),
            _source.AsSpan(0, _arcCount).ToArray(),
            _target.AsSpan(0, _arcCount).ToArray(),
            _lower.AsSpan(0, _arcCount).ToArray(),
            _capacity.AsSpan(0, _arcCount).ToArray(),
            _cost.AsSpan(0, _arcCount).ToArray());
}
