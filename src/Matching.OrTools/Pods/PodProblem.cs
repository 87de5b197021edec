// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.OrTools.Pods;

/// <summary>
/// A pod program over plain arrays: mentees <c>0..MenteeCount−1</c>, mentors <c>0..MentorCount−1</c>. A mentor
/// leads one pod of between <see cref="MinPodSize"/> and <see cref="MaxPodSize"/> mentees (capped by the mentor's
/// capacity) or none; every mentee is in at most one pod; the mentor and all members share at least
/// <see cref="MinSharedHours"/> hours of the week.
/// </summary>
/// <param name="MenteeCount">Number of mentees.</param>
/// <param name="MentorCount">Number of mentors.</param>
/// <param name="Scores">
/// Pair score points, row-major <c>[mentee · MentorCount + mentor]</c>: <c>−1</c> = forbidden, otherwise ≥ 0.
/// </param>
/// <param name="Capacity">Per-mentor capacity (a mentor's pod never exceeds it; 0 = leads no pod).</param>
/// <param name="MinPodSize">Smallest pod that may run (≥ 1).</param>
/// <param name="MaxPodSize">Largest pod (≥ <paramref name="MinPodSize"/>).</param>
public sealed record PodProblem(
    int MenteeCount,
    int MentorCount,
    IReadOnlyList<int> Scores,
    IReadOnlyList<int> Capacity,
    int MinPodSize,
    int MaxPodSize)
{
    /// <summary>Gets the mentees' weekly availability in UTC (null = always available).</summary>
    public IReadOnlyList<WeekMask>? MenteeAvailability { get; init; }

    /// <summary>Gets the mentors' weekly availability in UTC (null = always available).</summary>
    public IReadOnlyList<WeekMask>? MentorAvailability { get; init; }

    /// <summary>
    /// Gets the hours a whole pod (mentor and every member) must share each week; 0 switches the window rule off.
    /// Default 1.
    /// </summary>
    public int MinSharedHours { get; init; } = 1;

    /// <summary>Gets the weight of cohesion: each pair of members of one pod adds weight × their similarity.</summary>
    public int CohesionWeight { get; init; }

    /// <summary>
    /// Gets the similarity points of two mentees (alike in goals and wanted skills), row-major
    /// <c>[mentee · MenteeCount + mentee]</c>, symmetric, ≥ 0; null = no cohesion term.
    /// </summary>
    public IReadOnlyList<int>? Similarity { get; init; }

    /// <summary>Gets the quotas and side constraints every result must meet.</summary>
    public IReadOnlyList<PodQuota> Quotas { get; init; } = [];

    /// <summary>Checks the shapes and ranges; throws on the first problem found.</summary>
    /// <exception cref="ArgumentException">The problem is malformed (the message names the field).</exception>
    public void Validate()
    {
        Require(MenteeCount >= 0 && MentorCount >= 0, "The mentee and mentor counts are not negative.");
        Require(Scores is not null && Scores.Count == (long)MenteeCount * MentorCount, "Scores has MenteeCount × MentorCount entries.");
        Require(Capacity is not null && Capacity.Count == MentorCount, "Capacity has one entry per mentor.");
        Require(MinPodSize >= 1 && MaxPodSize >= MinPodSize, "The pod size range is 1 ≤ min ≤ max.");
        Require(MinSharedHours is >= 0 and <= WeekMask.Hours, "MinSharedHours is in 0..168.");
        Require(CohesionWeight >= 0, "CohesionWeight is not negative.");
        for (int k = 0; k < Scores!.Count; k++)
        {
            Require(Scores[k] >= -1, "A score is −1 (forbidden) or ≥ 0.");
        }

        for (int j = 0; j < MentorCount; j++)
        {
            Require(Capacity![j] >= 0, "A capacity is not negative.");
        }

        Require(MenteeAvailability is null || MenteeAvailability.Count == MenteeCount, "MenteeAvailability has one mask per mentee.");
        Require(MentorAvailability is null || MentorAvailability.Count == MentorCount, "MentorAvailability has one mask per mentor.");
        if (Similarity is not null)
        {
            Require(Similarity.Count == (long)MenteeCount * MenteeCount, "Similarity has MenteeCount² entries.");
            for (int a = 0; a < MenteeCount; a++)
            {
                for (int b = 0; b < MenteeCount; b++)
                {
                    int s = Similarity[(a * MenteeCount) + b];
                    Require(s >= 0 && s == Similarity[(b * MenteeCount) + a], "Similarity is symmetric and not negative.");
                }
            }
        }

        Require(Quotas is not null, "Quotas is not null.");
        foreach (PodQuota q in Quotas!)
        {
            q.Validate(this);
        }
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message);
        }
    }
}
