// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Results;
using Matching.Solvers.Flow;

namespace Matching.Core;

/// <summary>How a program is matched.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class MatchingOptions
{
    /// <summary>Gets the default options: coverage first, then quality.</summary>
    public static MatchingOptions Default { get; } = new();

    /// <summary>
    /// Gets the score points (0–100 scale) the program gives up for every mentee left without a mentor, or null
    /// (the default) for "as many people matched as possible first, then the best total score among those matchings".
    /// </summary>
    /// <remarks>
    /// A pair costs <c>100 − score</c>; leaving a mentee unmatched costs this penalty instead. With a penalty of, say,
    /// 30, a mentee is left unmatched rather than given a mentor scoring below 70 points, or rather than pushing others
    /// into worse pairs by more than 30 points in total: a way to trade coverage for quality.
    /// </remarks>
    public double? UnmatchedPenalty { get; init; }

    /// <summary>Gets the min-cost-flow engine; null for the default exact solver.</summary>
    public IMinCostFlowSolver? FlowSolver { get; init; }

    /// <summary>
    /// Gets how many of its best mentors each mentee starts with when the program is large (more than twice this many
    /// mentors). Left-out pairs are priced against the optimal duals and added while any could improve the matching,
    /// so the result is exactly optimal whatever the value; it only affects speed and memory. Default 64.
    /// </summary>
    public int CandidatesPerMentee { get; init; } = 64;

    /// <summary>Gets the language of explanations. Default English.</summary>
    public ExplanationLanguage Language { get; init; } = ExplanationLanguage.English;

    /// <summary>Gets the fewest mentees every mentor must take (capped by their capacity). Default 0.</summary>
    public int MinimumLoad { get; init; }

    /// <summary>
    /// Gets extra score points charged for a mentor's second, third, … mentee: the k-th mentee costs (k − 1) × this
    /// on top of the pair. Rising (convex) costs spread load across mentors instead of filling the same few, against
    /// mentor fatigue. Default 0.
    /// </summary>
    public double LoadPenalty { get; init; }

    /// <summary>
    /// Gets pairs (mentee id, mentor id) that must not be formed: pairs of earlier cohort rounds (no repeats) or a pair
    /// that did not work out and is being rematched.
    /// </summary>
    public IReadOnlyList<(string MenteeId, string MentorId)> ForbiddenPairs { get; init; } = [];

    /// <summary>Gets pairs (mentee id, mentor id) that must be part of the matching, e.g. pairs that continue from a previous round.</summary>
    public IReadOnlyList<(string MenteeId, string MentorId)> LockedPairs { get; init; } = [];
}
