// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Solvers.General;

/// <summary>The condition of the matching certificate that failed first, checked in this order.</summary>
public enum CertificateCondition
{
    /// <summary>Every condition holds: the matching is optimal.</summary>
    None = 0,

    /// <summary>The arrays have the wrong lengths or indices out of range.</summary>
    Malformed,

    /// <summary>The mate array is not a matching of graph edges (not symmetric, a loop, or a pair that is no edge).</summary>
    InvalidMatching,

    /// <summary>A vertex or blossom dual is negative.</summary>
    NegativeDual,

    /// <summary>A blossom is not an odd set of at least three distinct vertices.</summary>
    InvalidBlossom,

    /// <summary>Dual feasibility: an edge has negative reduced cost.</summary>
    EdgeNotCovered,

    /// <summary>Complementary slackness: a matched edge has positive reduced cost.</summary>
    MatchedEdgeNotTight,

    /// <summary>Complementary slackness: a vertex with a positive dual is unmatched.</summary>
    PositiveDualVertexUnmatched,

    /// <summary>Complementary slackness: a blossom with a positive dual holds fewer than (|B| − 1)/2 matched edges.</summary>
    PositiveDualBlossomNotFull,

    /// <summary>The matching's weight differs from the claimed total.</summary>
    WeightMismatch,
}
