// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.OrTools.Circles;

/// <summary>
/// A topic-circle program over plain arrays: mentees <c>0..MenteeCount−1</c> join up to
/// <see cref="MaxCirclesPerMentee"/> circles <c>0..CircleCount−1</c> by interest; each circle is run by a
/// facilitator <c>0..FacilitatorCount−1</c>. Capacities at two levels: a circle's size and a facilitator's total
/// members over all their circles (as projects and supervisors in student–project allocation).
/// </summary>
/// <param name="MenteeCount">Number of mentees.</param>
/// <param name="CircleCount">Number of circles (topics offered).</param>
/// <param name="Interest">Row-major <c>[mentee · CircleCount + circle]</c>: −1 = not interested, otherwise points ≥ 0.</param>
/// <param name="CircleCapacity">Largest size of each circle.</param>
/// <param name="CircleFacilitator">The facilitator of each circle.</param>
/// <param name="FacilitatorCapacity">Most members a facilitator takes over all their circles.</param>
/// <param name="MaxCirclesPerMentee">K: most circles one mentee joins (≥ 1).</param>
public sealed record CircleProblem(
    int MenteeCount,
    int CircleCount,
    IReadOnlyList<int> Interest,
    IReadOnlyList<int> CircleCapacity,
    IReadOnlyList<int> CircleFacilitator,
    IReadOnlyList<int> FacilitatorCapacity,
    int MaxCirclesPerMentee)
{
    /// <summary>Gets the smallest circle that runs (a circle has 0 or at least this many members). Default 1.</summary>
    public int MinCircleSize { get; init; } = 1;

    /// <summary>Checks shapes and ranges.</summary>
    /// <exception cref="ArgumentException">The problem is malformed (the message names the field).</exception>
    public void Validate()
    {
        Require(MenteeCount >= 0 && CircleCount >= 0, "The mentee and circle counts are not negative.");
        Require(Interest is not null && Interest.Count == (long)MenteeCount * CircleCount, "Interest has MenteeCount × CircleCount entries.");
        Require(Interest!.All(v => v >= -1), "An interest is −1 or ≥ 0.");
        Require(CircleCapacity is not null && CircleCapacity.Count == CircleCount && CircleCapacity.All(c => c >= 0), "CircleCapacity has one entry ≥ 0 per circle.");
        Require(FacilitatorCapacity is not null && FacilitatorCapacity.All(c => c >= 0), "FacilitatorCapacity entries are ≥ 0.");
        Require(
            CircleFacilitator is not null && CircleFacilitator.Count == CircleCount && CircleFacilitator.All(f => (uint)f < (uint)FacilitatorCapacity!.Count),
            "CircleFacilitator names an existing facilitator per circle.");
        Require(MaxCirclesPerMentee >= 1, "MaxCirclesPerMentee is at least 1.");
        Require(MinCircleSize >= 1, "MinCircleSize is at least 1.");
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message);
        }
    }
}
