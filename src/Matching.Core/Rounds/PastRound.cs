// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Core.Rounds;

/// <summary>One earlier round of a program: its pairs and, where known, who stayed unmatched, the mentor loads and feedback.</summary>
/// <remarks>People are named by id, email or name, as the round's files named them. Instances are immutable.</remarks>
public sealed class PastRound
{
    /// <summary>Gets the round's name (its folder or file name), for reports.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the pairs (mentee, mentor) of the round.</summary>
    public required IReadOnlyList<(string Mentee, string Mentor)> Pairs { get; init; }

    /// <summary>Gets the mentees left without a mentor in the round (from its <c>unmatched.csv</c>); empty when unknown.</summary>
    public IReadOnlyList<string> UnmatchedMentees { get; init; } = [];

    /// <summary>Gets each mentor's load and capacity in the round (from its <c>mentors.csv</c>); empty when unknown.</summary>
    public IReadOnlyList<(string Mentor, int Load, int Capacity)> MentorLoads { get; init; } = [];

    /// <summary>Gets the feedback collected on the round's pairs; empty when none.</summary>
    public IReadOnlyList<PairFeedback> Feedback { get; init; } = [];
}
