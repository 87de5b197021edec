// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Core.Results;

/// <summary>The outcome of matching a program.</summary>
public enum MatchingStatus
{
    /// <summary>An optimal matching was found and its certificate verified.</summary>
    Optimal,

    /// <summary>The program's rules cannot all be met.</summary>
    Infeasible,

    /// <summary>
    /// The solver returned an answer that failed its independent optimality certificate; no matching is reported
    /// (the certificate in <see cref="MatchingResult.Certificate"/> lists what failed).
    /// </summary>
    Unverified,
}
