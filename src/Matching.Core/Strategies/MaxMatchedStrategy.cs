// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Problem;
using Matching.Solvers.Flow;

namespace Matching.Core.Strategies;

/// <summary><c>max-matched</c>: as many mentees matched as possible; among those matchings, the highest total score.</summary>
/// <remarks>
/// <para>
/// The flow model gives every pair the cost <c>100,000 − points</c> and every unmatched mentee the cost
/// <c>(n + 1) × 100,000</c>. One more matched mentee saves at least <c>(n + 1) × 100,000 − 100,000 = n × 100,000</c>,
/// more than the pair costs of any matching can differ, so the optimum is lexicographic: matched count first, then
/// total score. This is exactly <see cref="OptimalStrategy"/> with the default options (no unmatched penalty); it
/// differs from <c>optimal</c> only when <c>optimal</c> is given a finite <see cref="MatchingOptions.UnmatchedPenalty"/>.
/// </para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class MaxMatchedStrategy : IMatchingStrategy
{
    private readonly IMinCostFlowSolver? _flowSolver;
    private readonly TimeProvider _time;

    /// <summary>Initializes the strategy.</summary>
    /// <param name="flowSolver">Min-cost-flow engine; null for the default exact solver.</param>
    /// <param name="timeProvider">Clock for <see cref="StrategyResult.Runtime"/>; null for the system clock.</param>
    public MaxMatchedStrategy(IMinCostFlowSolver? flowSolver = null, TimeProvider? timeProvider = null)
    {
        _flowSolver = flowSolver;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc/>
    public string Name => "max-matched";

    /// <summary>Gets how many candidates per mentee large flow models start from (tests lower it to force pricing).</summary>
    internal int CandidatesPerMentee { get; init; } = 64;

    /// <inheritdoc/>
    public StrategyResult Solve(MatchingProblem problem, CancellationToken cancellationToken = default)
    {
        StrategyInput input = StrategyInput.From(problem, CandidatesPerMentee);
        IMinCostFlowSolver solver = _flowSolver ?? new NetworkSimplexSolver();
        return StrategyClock.Run(Name, _time, () => FlowAssignments.CoverageThenScore(input, 0, solver, cancellationToken));
    }
}
