// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Solvers.Flow;

namespace Matching.Solvers.Assignment;

/// <summary>The outcome of solving an <see cref="AssignmentProblem"/>.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class AssignmentResult
{
    private readonly int[] _mentorOf;
    private readonly long[] _potentials;
    private FlowNetwork? _network;

    internal AssignmentResult(FlowStatus status, int[] mentorOf, long cost, CertificateReport? certificate, string? message, long[]? potentials = null, AssignmentProblem? problem = null, FlowResult? flow = null, FlowNetwork? network = null)
    {
        Problem = problem;
        _network = network;
        Flow = flow;
        _potentials = potentials ?? [];
        Status = status;
        _mentorOf = mentorOf;
        Cost = cost;
        Certificate = certificate;
        Message = message;
    }

    /// <summary>Gets the outcome.</summary>
    public FlowStatus Status { get; }

    /// <summary>Gets a value indicating whether an optimal assignment was found.</summary>
    public bool Success => Status == FlowStatus.Optimal;

    /// <summary>Gets the mentor of every mentee, or −1 for an unmatched mentee (empty when not optimal).</summary>
    public ReadOnlySpan<int> MentorOf => _mentorOf;

    /// <summary>
    /// Gets the dual potentials of the flow network (empty when not optimal): node <c>i</c> is mentee <c>i</c>,
    /// node <c>mentees + j</c> is mentor <c>j</c>, the last node is the sink. A pair absent from the problem could
    /// improve the optimum only if its reduced cost <c>cost + π(mentee) − π(mentor)</c> were negative, so these
    /// potentials prove (or disprove) optimality against pairs left out, for exact candidate pruning.
    /// </summary>
    public ReadOnlySpan<long> Potentials => _potentials;

    /// <summary>Gets the total cost: pair costs, load costs and unmatched penalties.</summary>
    public long Cost { get; }

    /// <summary>Gets the verdict of the independent optimality check, or null when not optimal.</summary>
    public CertificateReport? Certificate { get; }

    /// <summary>Gets the number of simplex pivots the flow solver took (0 when it is not the network simplex).</summary>
    public long Pivots => Flow?.Pivots ?? 0;

    /// <summary>Gets the problem solved, kept for a warm start from this result; null when not optimal.</summary>
    internal AssignmentProblem? Problem { get; }

    /// <summary>
    /// Takes the problem's flow network, kept so that the next pricing round's network can be copied from it (and its
    /// pooled arrays reused): the first caller gets it, later ones null (they build the network afresh).
    /// </summary>
    internal FlowNetwork? TakeNetwork() => Interlocked.Exchange(ref _network, null);

    /// <summary>Gets the optimal flow of the problem's network, kept for a warm start; null when not optimal.</summary>
    internal FlowResult? Flow { get; }

    /// <summary>Gets why no assignment exists, naming the constraint that cannot be met; null when optimal.</summary>
    public string? Message { get; }
}
