// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Domain;
using Matching.Core.Results;

namespace Matching.Core.Shortlists;

/// <summary>The mentors suggested to one mentee, best first.</summary>
/// <param name="Mentee">The mentee.</param>
/// <param name="Options">The suggested mentors with score and reasons.</param>
public sealed record Shortlist(Participant Mentee, IReadOnlyList<ShortlistEntry> Options)
{
    /// <summary>Gets why the list is empty (or shorter than asked), in words; null when it is full.</summary>
    public string? Note { get; init; }
}

/// <summary>One suggested mentor.</summary>
/// <param name="Mentor">The mentor.</param>
/// <param name="Score">The pair's score, 0–100.</param>
/// <param name="Explanation">Why the pair fits.</param>
/// <param name="InOptimalMatching">Whether this is the mentee's mentor in the optimal matching (every shortlist has one, when the mentee can be matched).</param>
public sealed record ShortlistEntry(Participant Mentor, double Score, PairExplanation Explanation, bool InOptimalMatching);
