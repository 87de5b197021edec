// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Solvers.Assignment;

/// <summary>Builds an <see cref="AssignmentProblem"/>.</summary>
/// <remarks>Instances are not thread-safe.</remarks>
public sealed class AssignmentProblemBuilder
{
    private readonly long[] _unmatchedPenalty;
    private readonly int[] _minLoad;
    private readonly int[] _maxLoad;
    private readonly long[]?[] _loadCosts;
    private readonly List<(int Mentee, int Mentor, long Cost, bool Locked)> _pairs = [];

    /// <summary>Initializes a builder for <paramref name="menteeCount"/> mentees and <paramref name="mentorCount"/> mentors.</summary>
    /// <param name="menteeCount">Number of mentees.</param>
    /// <param name="mentorCount">Number of mentors.</param>
    /// <param name="defaultUnmatchedPenalty">The cost of leaving a mentee unmatched unless set per mentee.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count or the penalty is negative.</exception>
    public AssignmentProblemBuilder(int menteeCount, int mentorCount, long defaultUnmatchedPenalty)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(menteeCount);
        ArgumentOutOfRangeException.ThrowIfNegative(mentorCount);
        ArgumentOutOfRangeException.ThrowIfNegative(defaultUnmatchedPenalty);
        _unmatchedPenalty = new long[menteeCount];
        Array.Fill(_unmatchedPenalty, defaultUnmatchedPenalty);
        _minLoad = new int[mentorCount];
        _maxLoad = new int[mentorCount];
        Array.Fill(_maxLoad, 1);
        _loadCosts = new long[]?[mentorCount];
    }

    /// <summary>Gets the number of mentees.</summary>
    public int MenteeCount => _unmatchedPenalty.Length;

    /// <summary>Gets the number of mentors.</summary>
    public int MentorCount => _maxLoad.Length;

    /// <summary>Allows mentee <paramref name="mentee"/> to take mentor <paramref name="mentor"/> at <paramref name="cost"/>.</summary>
    /// <param name="mentee">The mentee index.</param>
    /// <param name="mentor">The mentor index.</param>
    /// <param name="cost">The cost of the pair (lower is better).</param>
    /// <param name="locked">True if the pair must be part of every solution.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range.</exception>
    public AssignmentProblemBuilder AddPair(int mentee, int mentor, long cost, bool locked = false)
    {
        CheckMentee(mentee);
        CheckMentor(mentor);
        _pairs.Add((mentee, mentor, cost, locked));
        return this;
    }

    /// <summary>Sets the load bounds of a mentor and, optionally, the convex extra cost of each slot.</summary>
    /// <param name="mentor">The mentor index.</param>
    /// <param name="minLoad">The minimum number of mentees.</param>
    /// <param name="maxLoad">The capacity.</param>
    /// <param name="loadCosts">Extra cost of the 1st, 2nd, … mentee (non-decreasing); the last value repeats.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The bounds are negative or inconsistent.</exception>
    /// <exception cref="ArgumentException">The load costs decrease.</exception>
    public AssignmentProblemBuilder SetMentor(int mentor, int minLoad, int maxLoad, IReadOnlyList<long>? loadCosts = null)
    {
        CheckMentor(mentor);
        ArgumentOutOfRangeException.ThrowIfNegative(minLoad);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLoad, minLoad);
        _minLoad[mentor] = minLoad;
        _maxLoad[mentor] = maxLoad;
        if (loadCosts is { Count: > 0 })
        {
            for (int k = 1; k < loadCosts.Count; k++)
            {
                if (loadCosts[k] < loadCosts[k - 1])
                {
                    throw new ArgumentException($"Load costs must not decrease (slot {k + 1} costs less than slot {k}).", nameof(loadCosts));
                }
            }

            _loadCosts[mentor] = [.. loadCosts];
        }
        else
        {
            _loadCosts[mentor] = null;
        }

        return this;
    }

    /// <summary>Sets the cost of leaving a mentee unmatched; <see cref="AssignmentProblem.MustMatch"/> forbids it.</summary>
    /// <param name="mentee">The mentee index.</param>
    /// <param name="penalty">A non-negative penalty.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public AssignmentProblemBuilder SetUnmatchedPenalty(int mentee, long penalty)
    {
        CheckMentee(mentee);
        ArgumentOutOfRangeException.ThrowIfNegative(penalty);
        _unmatchedPenalty[mentee] = penalty;
        return this;
    }

    /// <summary>Freezes the problem.</summary>
    public AssignmentProblem Build()
    {
        var pairStart = new int[MenteeCount + 1];
        foreach (var pair in _pairs)
        {
            pairStart[pair.Mentee + 1]++;
        }

        for (int i = 0; i < MenteeCount; i++)
        {
            pairStart[i + 1] += pairStart[i];
        }

        var fill = pairStart.AsSpan(0, MenteeCount).ToArray();
        // Every element is written below (one per pair), so the arrays are not cleared first.
        var mentor = GC.AllocateUninitializedArray<int>(_pairs.Count);
        var cost = GC.AllocateUninitializedArray<long>(_pairs.Count);
        var locked = GC.AllocateUninitializedArray<bool>(_pairs.Count);
        foreach (var pair in _pairs)
        {
            int at = fill[pair.Mentee]++;
            mentor[at] = pair.Mentor;
            cost[at] = pair.Cost;
            locked[at] = pair.Locked;
        }

        var loadCostStart = new int[MentorCount + 1];
        var loadCost = new List<long>();
        bool any = Array.Exists(_loadCosts, c => c is not null);
        for (int j = 0; j < MentorCount; j++)
        {
            loadCostStart[j] = loadCost.Count;
            if (any && _loadCosts[j] is { } costs)
            {
                loadCost.AddRange(costs);
            }
        }

        loadCostStart[MentorCount] = loadCost.Count;
        return new AssignmentProblem(
            pairStart,
            mentor,
            cost,
            locked,
            (long[])_unmatchedPenalty.Clone(),
            (int[])_minLoad.Clone(),
            (int[])_maxLoad.Clone(),
            any ? loadCostStart : new int[MentorCount + 1],
            [.. loadCost]);
    }

    private void CheckMentee(int mentee)
    {
        if ((uint)mentee >= (uint)MenteeCount)
        {
            throw new ArgumentOutOfRangeException(nameof(mentee), mentee, $"Mentee index must be in [0, {MenteeCount}).");
        }
    }

    private void CheckMentor(int mentor)
    {
        if ((uint)mentor >= (uint)MentorCount)
        {
            throw new ArgumentOutOfRangeException(nameof(mentor), mentor, $"Mentor index must be in [0, {MentorCount}).");
        }
    }
}
