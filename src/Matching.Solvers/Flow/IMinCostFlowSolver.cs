// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Solvers.Flow;

/// <summary>Solves min-cost-flow problems exactly.</summary>
public interface IMinCostFlowSolver
{
    /// <summary>Finds a minimum-cost feasible flow and the node potentials that prove it optimal.</summary>
    /// <param name="network">The network to solve.</param>
    /// <param name="cancellationToken">Checked once per outer iteration.</param>
    /// <returns>The flow, its cost and potentials, or the reason no optimal flow exists.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    FlowResult Solve(FlowNetwork network, CancellationToken cancellationToken = default);
}
