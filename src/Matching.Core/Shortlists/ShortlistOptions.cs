// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Core.Shortlists;

/// <summary>How shortlists are built.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class ShortlistOptions
{
    /// <summary>Gets the number of mentors per shortlist. Default 3.</summary>
    public int Size { get; init; } = 3;

    /// <summary>
    /// Gets how many times its capacity a mentor may be advertised: a mentor with capacity 2 and factor 3 appears on
    /// at most 6 shortlists. Default 3.
    /// </summary>
    public double ExposureFactor { get; init; } = 3;

    /// <summary>
    /// Gets the weight of diversity (0–1): how much a candidate's similarity to mentors already on the list counts
    /// against it, so a list is not k near-duplicates. Default 0.3.
    /// </summary>
    public double Diversity { get; init; } = 0.3;

    /// <summary>Gets pairs (mentee id, mentor id) never to suggest, such as pairs of earlier rounds. Default none.</summary>
    public IReadOnlyList<(string MenteeId, string MentorId)> ExcludedPairs { get; init; } = [];

    /// <summary>
    /// Gets the running pairs (mentee id, mentor id): they count against each mentor's capacity, a mentor with no room
    /// left is never listed, and a mentee who already has a mentor gets no list (with that reason). Default none.
    /// </summary>
    public IReadOnlyList<(string MenteeId, string MentorId)> ActivePairs { get; init; } = [];
}
