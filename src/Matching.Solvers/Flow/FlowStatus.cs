// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Solvers.Flow;

/// <summary>The outcome of a min-cost-flow solve.</summary>
public enum FlowStatus
{
    /// <summary>An optimal flow was found; potentials certify its optimality.</summary>
    Optimal,

    /// <summary>No flow satisfies the supplies and bounds.</summary>
    Infeasible,

    /// <summary>The cost is unbounded below (a negative cycle of unbounded capacity).</summary>
    Unbounded,

    /// <summary>
    /// The numbers are outside the range the solvers support (see <see cref="FlowLimits"/>): no answer is given
    /// rather than a possibly wrong one.
    /// </summary>
    OutOfRange,
}
