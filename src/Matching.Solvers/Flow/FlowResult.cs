// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Solvers.Flow;

/// <summary>The result of a min-cost-flow solve.</summary>
/// <remarks>
/// When <see cref="Status"/> is <see cref="FlowStatus.Optimal"/>, <see cref="Potentials"/> are dual values with
/// reduced cost <c>cost[a] + potential[source[a]] - potential[target[a]]</c>; the flow is optimal because every arc
/// with positive reduced cost is at its lower bound and every arc with negative reduced cost at its capacity.
/// <see cref="FlowCertificate"/> checks this independently of the solver.
/// Instances are immutable and thread-safe.
/// </remarks>
public sealed class FlowResult
{
    private readonly long[] _flow;
    private readonly long[] _potentials;

    private readonly Func<int, string>? _describe;

    internal FlowResult(FlowStatus status, long[] flow, long[] potentials, long cost, Func<int, string>? describe, FlowBasis? basis = null, long pivots = 0)
    {
        Basis = basis;
        Pivots = pivots;
        Status = status;
        _flow = flow;
        _potentials = potentials;
        Cost = cost;
        _describe = describe;
    }

    /// <summary>Gets the outcome.</summary>
    public FlowStatus Status { get; }

    /// <summary>Gets a value indicating whether an optimal flow was found.</summary>
    public bool Success => Status == FlowStatus.Optimal;

    /// <summary>Gets the total cost of the optimal flow (0 when not optimal).</summary>
    public long Cost { get; }

    /// <summary>Gets the flow on every arc (empty when not optimal).</summary>
    public ReadOnlySpan<long> Flow => _flow;

    /// <summary>Gets the dual potential of every node (empty when not optimal).</summary>
    public ReadOnlySpan<long> Potentials => _potentials;

    /// <summary>Gets the number of simplex pivots the network simplex took (0 from other solvers and when not optimal).</summary>
    public long Pivots { get; }

    /// <summary>Gets the optimal spanning tree when the network simplex found the flow, for a warm start; else null.</summary>
    internal FlowBasis? Basis { get; }

    /// <summary>Gets why no optimal flow exists, in words, with nodes and arcs numbered from 0; null when optimal.</summary>
    public string? Message => _describe?.Invoke(0);

    /// <summary>
    /// Describes why no optimal flow exists with nodes and arcs numbered from <paramref name="firstNumber"/> (1 for
    /// DIMACS files); null when optimal.
    /// </summary>
    /// <param name="firstNumber">The number of node 0 and arc 0 in the message.</param>
    public string? Describe(int firstNumber) => _describe?.Invoke(firstNumber);

    /// <summary>Creates an optimal result.</summary>
    internal static FlowResult Optimal(long[] flow, long[] potentials, long cost, FlowBasis? basis = null, long pivots = 0) =>
        new(FlowStatus.Optimal, flow, potentials, cost, null, basis, pivots);

    /// <summary>Creates a result for a problem without an optimal flow.</summary>
    internal static FlowResult Failed(FlowStatus status, string message) =>
        new(status, [], [], 0, _ => message);

    /// <summary>Creates a failed result whose message names nodes from a chosen first number.</summary>
    internal static FlowResult Failed(FlowStatus status, Func<int, string> describe) =>
        new(status, [], [], 0, describe);
}
