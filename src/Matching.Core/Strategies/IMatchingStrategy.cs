// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Problem;

namespace Matching.Core.Strategies;

/// <summary>One way of turning a scored <see cref="MatchingProblem"/> into a matching, so strategies can be compared.</summary>
/// <remarks>
/// Every strategy respects the hard rules (blocked pairs, including a "both" participant's own pair) and the mentor
/// capacities, and gives each mentee at most one mentor.
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
