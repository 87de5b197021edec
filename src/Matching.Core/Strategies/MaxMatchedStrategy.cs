// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Problem;
using Matching.Solvers.Flow;

namespace Matching.Core.Strategies;

/// <summary>
/// <c>max-matched</c>: <see cref="OptimalStrategy"/> with coverage first: as many mentees matched as possible; among
/// those matchings, the highest total value. The same problem as <c>optimal</c> with the default options, solved by the
/// same model; it differs only when <c>optimal</c> is given a finite <see cref="MatchingOptions.UnmatchedPenalty"/>.
/// </summary>
/// <remarks>Every other rule of <see cref="Options"/> applies. Instances are immutable and thread-safe.</remarks>
public sealed class MaxMatchedStrategy : IMatchingStrategy
{
    private readonly IMinCostFlowSolver? _flowSolver;
    private readonly TimeProvider? _time;

    /// <summary>Initializes the strategy.</summary>
    /// <param name="flowSolver">Min-cost-flow engine; null for the options' or the default exact solver.</param>
    /// <param name="timeProvider">Clock for <see cref="StrategyResult.Runtime"/>; null for the system clock.</param>
    public MaxMatchedStrategy(IMinCostFlowSolver? flowSolver = null, TimeProvider? timeProvider = null)
    {
        _flowSolver = flowSolver;
        _time = timeProvider;
    }

    /// <inheritdoc/>
    public string Name => "max-matched";

    /// <summary>Gets the program's rules (its unmatched penalty is ignored). Default <see cref="MatchingOptions.Default"/>.</summary>
    public MatchingOptions Options { get; init; } = MatchingOptions.Default;

    /// <summary>Gets how many candidates per mentee large flow models start from (tests lower it to force pricing).</summary>
    internal int CandidatesPerMentee { get; init; } = MatchingDefaults.PricingCandidatesPerMentee;

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">No matching satisfies every rule.</exception>
    public StrategyResult Solve(MatchingProblem problem, CancellationToken cancellationToken = default)
    {
        MatchingOptions options = Options with
        {
            UnmatchedPenalty = null,
            FlowSolver = _flowSolver ?? Options.FlowSolver,
            PricingCandidatesPerMentee = CandidatesPerMentee,
        };
        StrategyResult result = new OptimalStrategy(options, _time).Solve(problem, cancellationToken);
        return StrategyResult.Own(Name, [.. result.MentorOf], result.Runtime);
    }
}
