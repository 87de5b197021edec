// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Problem;

namespace Matching.Core.Strategies;

/// <summary>One way of turning a scored <see cref="MatchingProblem"/> into a matching, so strategies can be compared.</summary>
/// <remarks>
/// Every built-in strategy reads the program's rules from <see cref="Rules.ProgramRules"/> (built from its
/// <see cref="MatchingOptions"/>) and obeys all of them: blocked and excluded pairs are never formed, kept pairs
/// always are, every mentor's load lies between its minimum load and its (effective) capacity, and each mentee has at
/// most one mentor. How far a strategy honors the objective's terms (unmatched priorities, pair adjustments, load
/// penalties) is stated on each strategy.
/// </remarks>
public interface IMatchingStrategy
{
    /// <summary>Gets the strategy's short name, as used on the command line (e.g. <c>optimal</c>).</summary>
    string Name { get; }

    /// <summary>Matches <paramref name="problem"/>.</summary>
    /// <param name="problem">The scored program.</param>
    /// <param name="cancellationToken">Cancels a long solve.</param>
    /// <returns>The mentor position of every mentee position, and the time taken.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="problem"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    StrategyResult Solve(MatchingProblem problem, CancellationToken cancellationToken = default);
}
