// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Problem;
using Matching.Core.Rules;
using Matching.Solvers.Flow;

namespace Matching.Core.Strategies;

/// <summary>
/// <c>optimal</c>: the <see cref="MatchingEngine"/>'s assignment: by default as many mentees matched as possible, then
/// the highest total score; with <see cref="MatchingOptions.UnmatchedPenalty"/>, the lowest penalized cost.
/// </summary>
/// <remarks>One min-cost-flow solve, verified by its certificate. Instances are immutable and thread-safe.</remarks>
public sealed class OptimalStrategy : IMatchingStrategy
{
    private readonly MatchingOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Initializes the strategy.</summary>
    /// <param name="options">Matching options; null for <see cref="MatchingOptions.Default"/>.</param>
    /// <param name="timeProvider">Clock for <see cref="StrategyResult.Runtime"/>; null for the system clock.</param>
    public OptimalStrategy(MatchingOptions? options = null, TimeProvider? timeProvider = null)
    {
        _options = options ?? MatchingOptions.Default;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc/>
    public string Name => "optimal";

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">No matching satisfies every rule.</exception>
    public StrategyResult Solve(MatchingProblem problem, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ProgramRules rules = ProgramRules.Create(problem, _options);
        IMinCostFlowSolver solver = _options.FlowSolver ?? new NetworkSimplexSolver();
        return StrategyClock.Run(Name, _time, () => rules.SolvePositions(FlowModel.Program, solver, cancellationToken));
    }
}
