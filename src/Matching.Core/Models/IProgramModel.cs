// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Problem;

namespace Matching.Core.Models;

/// <summary>
/// A program model: one shape of program (one-to-one, peer, pods, circles) with its own solver and result shape. Every
/// model receives the program's scored people and the same <see cref="MatchingOptions"/> (its rules), and reads no rule
/// its own way.
/// </summary>
public interface IProgramModel
{
    /// <summary>Gets the shape this model matches.</summary>
    ProgramModelKind Kind { get; }

    /// <summary>Gets the model's command-line name (<c>one-to-one</c>, <c>peer</c>, …).</summary>
    string Name { get; }

    /// <summary>Gets the strategies this model offers, the exact one first.</summary>
    IReadOnlyList<string> StrategyNames { get; }

    /// <summary>Matches <paramref name="problem"/> with one of <see cref="StrategyNames"/>.</summary>
    /// <param name="problem">The scored program.</param>
    /// <param name="options">The program's rules and objective settings.</param>
    /// <param name="strategy">One of <see cref="StrategyNames"/>.</param>
    /// <param name="cancellationToken">Cancels a long solve.</param>
    /// <returns>The result; an infeasible result names the rule that cannot be met.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The strategy is unknown to this model.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    ProgramResult Solve(MatchingProblem problem, MatchingOptions options, string strategy, CancellationToken cancellationToken = default);
}
