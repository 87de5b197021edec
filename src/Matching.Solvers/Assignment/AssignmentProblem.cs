// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Runtime.CompilerServices;

namespace Matching.Solvers.Assignment;

/// <summary>
/// A capacitated assignment (transportation) problem over integer costs: each mentee takes at most one mentor,
/// each mentor between a minimum and a maximum number of mentees, along candidate pairs only.
/// </summary>
/// <remarks>
/// <para>Pairs absent from the problem are forbidden. Locked pairs must be part of every solution.</para>
/// <para>
/// Leaving mentee <c>i</c> unmatched costs <see cref="GetUnmatchedPenalty"/>; <see cref="MustMatch"/> forbids it.
/// A mentor's <c>k</c>-th mentee adds <see cref="GetLoadCost"/>(mentor, k) on top of the pair cost; these increments
/// must not decrease with k (convex load), so the solver fills the cheap slots first and load spreads across mentors.
/// </para>
/// <para>Build with <see cref="AssignmentProblemBuilder"/>. Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class AssignmentProblem
{
    /// <summary>The penalty value that means "this mentee must be matched".</summary>
    public const long MustMatch = long.MaxValue;

    private readonly int[] _pairStart;
    private readonly int[] _pairMentor;
    private readonly long[] _pairCost;
    private readonly bool[] _pairLocked;
    private readonly long[] _unmatchedPenalty;
    private readonly int[] _minLoad;
    private readonly int[] _maxLoad;
    private readonly int[] _loadCostStart;
    private readonly long[] _loadCost;

    internal AssignmentProblem(
        int[] pairStart,
        int[] pairMentor,
        long[] pairCost,
        bool[] pairLocked,
        long[] unmatchedPenalty,
        int[] minLoad,
        int[] maxLoad,
        int[] loadCostStart,
        long[] loadCost)
    {
        _pairStart = pairStart;
        _pairMentor = pairMentor;
        _pairCost = pairCost;
        _pairLocked = pairLocked;
        _unmatchedPenalty = unmatchedPenalty;
        _minLoad = minLoad;
        _maxLoad = maxLoad;
        _loadCostStart = loadCostStart;
        _loadCost = loadCost;
    }

    /// <summary>Gets the number of mentees.</summary>
    public int MenteeCount => _unmatchedPenalty.Length;

    /// <summary>Gets the number of mentors.</summary>
    public int MentorCount => _maxLoad.Length;

    /// <summary>Gets the number of candidate pairs.</summary>
    public int PairCount => _pairMentor.Length;

    /// <summary>Gets whether any mentor has load costs.</summary>
    public bool HasLoadCosts => _loadCost.Length > 0;

    /// <summary>Gets the candidate pair indices of a mentee, as a range into the pair arrays.</summary>
    /// <param name="mentee">The mentee index.</param>
    public Range PairsOf(int mentee) => new(_pairStart[mentee], _pairStart[mentee + 1]);

    /// <summary>Gets the mentor of every candidate pair (pairs are grouped by mentee).</summary>
    public ReadOnlySpan<int> PairMentor => _pairMentor;

    /// <summary>Gets the cost of every candidate pair.</summary>
    public ReadOnlySpan<long> PairCost => _pairCost;

    /// <summary>Gets whether every candidate pair is locked (must be kept).</summary>
    public ReadOnlySpan<bool> PairLocked => _pairLocked;

    /// <summary>Gets the minimum load of every mentor.</summary>
    public ReadOnlySpan<int> MinLoad => _minLoad;

    /// <summary>Gets the maximum load (capacity) of every mentor.</summary>
    public ReadOnlySpan<int> MaxLoad => _maxLoad;

    /// <summary>Gets the mentee of a pair index.</summary>
    /// <param name="pair">A pair index.</param>
    /// <remarks>O(log mentees).</remarks>
    public int MenteeOfPair(int pair)
    {
        int index = Array.BinarySearch(_pairStart, pair);
        if (index < 0)
        {
            return ~index - 1;
        }

        // Several mentees may start at the same index when some have no pairs: take the last one.
        while (index + 1 < _pairStart.Length && _pairStart[index + 1] == pair)
        {
            index++;
        }

        return index;
    }

    /// <summary>
    /// Returns this problem with more (unlocked) pairs, each after its mentee's own pairs, as candidate pricing adds
    /// them; the sides and the existing pairs are unchanged, so an optimum of this problem is a warm start for the
    /// result (<see cref="AssignmentSolver.Solve(AssignmentProblem, AssignmentResult, CancellationToken)"/>).
    /// </summary>
    /// <param name="added">Per mentee, its new pairs' mentors and costs (null or empty: none); one entry per mentee.</param>
    /// <returns>The grown problem (this one when nothing is added).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="added"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="added"/> has not one entry per mentee.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A mentor index is out of range.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public AssignmentProblem WithAddedPairs(IReadOnlyList<IReadOnlyList<(int Mentor, long Cost)>?> added)
    {
        ArgumentNullException.ThrowIfNull(added);
        int n = MenteeCount;
        if (added.Count != n)
        {
            throw new ArgumentException($"Expected one list of added pairs per mentee ({n}), got {added.Count}.", nameof(added));
        }

        long total = PairCount;
        for (int i = 0; i < n; i++)
        {
            foreach (var (mentor, _) in added[i] ?? [])
            {
                if ((uint)mentor >= (uint)MentorCount)
                {
                    throw new ArgumentOutOfRangeException(nameof(added), mentor, $"Mentor index must be in [0, {MentorCount}).");
                }

                total++;
            }
        }

        if (total == PairCount)
        {
            return this;
        }

        // Every element is written below, so the arrays (tens of megabytes in large programs) are not cleared first.
        var pairStart = new int[n + 1];
        var pairMentor = GC.AllocateUninitializedArray<int>(checked((int)total));
        var pairCost = GC.AllocateUninitializedArray<long>((int)total);
        var pairLocked = GC.AllocateUninitializedArray<bool>((int)total);
        int at = 0;
        for (int i = 0; i < n;)
        {
            // A run of mentees with nothing added, and the mentee with additions that ends it, move as one block.
            int first = i;
            while (i < n && added[i] is not { Count: > 0 })
            {
                i++;
            }

            int end = Math.Min(i + 1, n);
            for (int t = first; t < end; t++)
            {
                pairStart[t] = at + _pairStart[t] - _pairStart[first];
            }

            int start = _pairStart[first];
            int count = _pairStart[end] - start;
            Array.Copy(_pairMentor, start, pairMentor, at, count);
            Array.Copy(_pairCost, start, pairCost, at, count);
            Array.Copy(_pairLocked, start, pairLocked, at, count);
            at += count;
            foreach (var (mentor, cost) in added[end - 1] ?? [])
            {
                pairMentor[at] = mentor;
                pairCost[at] = cost;
                pairLocked[at] = false;
                at++;
            }

            i = end;
        }

        pairStart[n] = at;
        return new AssignmentProblem(pairStart, pairMentor, pairCost, pairLocked, _unmatchedPenalty, _minLoad, _maxLoad, _loadCostStart, _loadCost);
    }

    /// <summary>Gets the cost of leaving a mentee unmatched, or <see cref="MustMatch"/>.</summary>
    /// <param name="mentee">The mentee index.</param>
    public long GetUnmatchedPenalty(int mentee) => _unmatchedPenalty[mentee];

    /// <summary>Gets the extra cost of a mentor's <paramref name="k"/>-th mentee (0-based), 0 without load costs.</summary>
    /// <param name="mentor">The mentor index.</param>
    /// <param name="k">The slot, from 0 to the mentor's capacity − 1.</param>
    public long GetLoadCost(int mentor, int k)
    {
        if (_loadCost.Length == 0)
        {
            return 0;
        }

        int start = _loadCostStart[mentor];
        int count = _loadCostStart[mentor + 1] - start;
        return count == 0 ? 0 : _loadCost[start + Math.Min(k, count - 1)];
    }
}
