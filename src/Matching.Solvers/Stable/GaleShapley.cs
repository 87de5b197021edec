// Copyright (c) Matching contributors. Licensed under the MIT License.

// Gale–Shapley deferred acceptance for the many-to-one hospitals/residents problem (here: mentees/mentors).
//
// Reference: D. Gale, L. S. Shapley, "College Admissions and the Stability of Marriage", American Mathematical
// Monthly 69 (1962) 9–15; D. Gusfield, R. W. Irving, "The Stable Marriage Problem: Structure and Algorithms"
// (MIT Press, 1989), §1.6 (hospitals/residents, resident- and hospital-oriented algorithms).
// https://en.wikipedia.org/wiki/Gale%E2%80%93Shapley_algorithm
//
// Input: strict preference lists over indices (most preferred first), one per resident and per hospital, and the
// hospitals' capacities. A pair is acceptable only when each side lists the other ("mutually acceptable"); entries
// that are not reciprocated, and repeated entries after the first, are ignored, so dirty lists never crash.
//
// Complexity: O(R·H) time and memory to build the dense rank table, then O(L) proposals and O(L) pointer moves,
// where L is the total length of the preference lists.
//
// Invariants:
//  - Resident-proposing: every resident proposes down its list, each hospital holds its best ≤ capacity proposers
//    so far; a hospital that is full only ever trades up, so the rank of its worst held resident never increases.
//    The result is the resident-optimal stable matching (every resident gets its best partner over all stable
//    matchings), and it is hospital-pessimal.
//  - Hospital-proposing: every hospital with a free place proposes to the next resident on its list; each resident
//    holds its best proposer so far. The result is the hospital-optimal stable matching.
//  - Both results are stable: no mutually acceptable pair (r, h) where r prefers h to its partner (or is
//    unmatched) and h prefers r to one of its residents (or has a free place).
namespace Matching.Solvers.Stable;

/// <summary>
/// Gale–Shapley deferred acceptance for many-to-one stable matching (hospitals/residents) over integer preference
/// lists: residents are indices <c>0..R−1</c>, hospitals <c>0..H−1</c>.
/// </summary>
/// <remarks>
/// O(R·H + L) time and O(R·H) memory, L the total length of all lists. Only mutually acceptable pairs can be matched;
/// entries that are not reciprocated and repeated entries are ignored. The class is stateless and thread-safe.
/// </remarks>
public static class GaleShapley
{
    private const int NotRanked = int.MaxValue;
    private const int CancellationStride = 4096;

    /// <summary>Finds the resident-optimal stable matching (residents propose).</summary>
    /// <param name="residentPreferences">For each resident, hospital indices, most preferred first.</param>
    /// <param name="hospitalPreferences">For each hospital, resident indices, most preferred first.</param>
    /// <param name="hospitalCapacities">For each hospital, how many residents it takes (≥ 0).</param>
    /// <param name="cancellationToken">Cancels a long run.</param>
    /// <returns>For each resident, its hospital, or −1 when unmatched.</returns>
    /// <exception cref="ArgumentNullException">An argument or a list is null.</exception>
    /// <exception cref="ArgumentException">The capacities do not have one entry per hospital.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A list holds an index out of range, or a capacity is negative.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static int[] ResidentsPropose(int[][] residentPreferences, int[][] hospitalPreferences, int[] hospitalCapacities, CancellationToken cancellationToken = default)
    {
        Validate(residentPreferences, hospitalPreferences, hospitalCapacities);
        int residents = residentPreferences.Length;
        int hospitals = hospitalPreferences.Length;
        int[] hospitalRank = RankTable(hospitalPreferences, residents);

        // Each hospital's held residents are marked by their position in its list; worst[h] is the position of the
        // worst held resident when the hospital is full (it only moves up, towards better residents).
        int[] listStart = new int[hospitals + 1];
        for (int h = 0; h < hospitals; h++)
        {
            listStart[h + 1] = listStart[h] + hospitalPreferences[h].Length;
        }

        bool[] held = new bool[listStart[hospitals]];
        int[] heldCount = new int[hospitals];
        int[] worst = new int[hospitals];
        int[] hospitalOf = new int[residents];
        int[] next = new int[residents];
        Array.Fill(hospitalOf, -1);

        var free = new Stack<int>(residents);
        for (int r = residents - 1; r >= 0; r--)
        {
            free.Push(r);
        }

        long proposals = 0;
        while (free.Count > 0)
        {
            int r = free.Pop();
            int[] list = residentPreferences[r];
            while (next[r] < list.Length)
            {
                if (++proposals % CancellationStride == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                int h = list[next[r]++];
                int rank = hospitalRank[((long)h * residents) + r];
                int capacity = hospitalCapacities[h];
                if (rank == NotRanked || capacity == 0)
                {
                    continue;
                }

                int start = listStart[h];
                if (heldCount[h] < capacity)
                {
                    held[start + rank] = true;
                    hospitalOf[r] = h;
                    if (++heldCount[h] == capacity)
                    {
                        worst[h] = LastHeld(held, start, hospitalPreferences[h].Length - 1);
                    }

                    break;
                }

                if (rank < worst[h])
                {
                    int displaced = hospitalPreferences[h][worst[h]];
                    held[start + worst[h]] = false;
                    hospitalOf[displaced] = -1;
                    free.Push(displaced);
                    held[start + rank] = true;
                    hospitalOf[r] = h;
                    worst[h] = LastHeld(held, start, worst[h] - 1);
                    break;
                }
            }
        }

        return hospitalOf;
    }

    /// <summary>Finds the hospital-optimal stable matching (hospitals propose).</summary>
    /// <param name="residentPreferences">For each resident, hospital indices, most preferred first.</param>
    /// <param name="hospitalPreferences">For each hospital, resident indices, most preferred first.</param>
    /// <param name="hospitalCapacities">For each hospital, how many residents it takes (≥ 0).</param>
    /// <param name="cancellationToken">Cancels a long run.</param>
    /// <returns>For each resident, its hospital, or −1 when unmatched.</returns>
    /// <exception cref="ArgumentNullException">An argument or a list is null.</exception>
    /// <exception cref="ArgumentException">The capacities do not have one entry per hospital.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A list holds an index out of range, or a capacity is negative.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static int[] HospitalsPropose(int[][] residentPreferences, int[][] hospitalPreferences, int[] hospitalCapacities, CancellationToken cancellationToken = default)
    {
        Validate(residentPreferences, hospitalPreferences, hospitalCapacities);
        int residents = residentPreferences.Length;
        int hospitals = hospitalPreferences.Length;
        int[] residentRank = RankTable(residentPreferences, hospitals);
        int[] hospitalOf = new int[residents];
        int[] heldCount = new int[hospitals];
        int[] next = new int[hospitals];
        Array.Fill(hospitalOf, -1);

        var active = new Stack<int>(hospitals);
        for (int h = hospitals - 1; h >= 0; h--)
        {
            active.Push(h);
        }

        long proposals = 0;
        while (active.Count > 0)
        {
            int h = active.Pop();
            int[] list = hospitalPreferences[h];
            while (heldCount[h] < hospitalCapacities[h] && next[h] < list.Length)
            {
                if (++proposals % CancellationStride == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                int r = list[next[h]++];
                long row = (long)r * hospitals;
                int rank = residentRank[row + h];
                if (rank == NotRanked)
                {
                    continue;
                }

                int current = hospitalOf[r];
                if (current >= 0 && residentRank[row + current] <= rank)
                {
                    continue;
                }

                if (current >= 0)
                {
                    // The displaced hospital has a free place again and resumes proposing where it left off.
                    if (heldCount[current]-- == hospitalCapacities[current])
                    {
                        active.Push(current);
                    }
                }

                hospitalOf[r] = h;
                heldCount[h]++;
            }
        }

        return hospitalOf;
    }

    /// <summary>Checks that every list is in range and the capacities match.</summary>
    private static void Validate(int[][] residentPreferences, int[][] hospitalPreferences, int[] hospitalCapacities)
    {
        ArgumentNullException.ThrowIfNull(residentPreferences);
        ArgumentNullException.ThrowIfNull(hospitalPreferences);
        ArgumentNullException.ThrowIfNull(hospitalCapacities);
        if (hospitalCapacities.Length != hospitalPreferences.Length)
        {
            throw new ArgumentException($"Expected {hospitalPreferences.Length} hospital capacities, got {hospitalCapacities.Length}.", nameof(hospitalCapacities));
        }

        CheckLists(residentPreferences, hospitalPreferences.Length, nameof(residentPreferences));
        CheckLists(hospitalPreferences, residentPreferences.Length, nameof(hospitalPreferences));
        foreach (int capacity in hospitalCapacities)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(capacity, nameof(hospitalCapacities));
        }
    }

    private static void CheckLists(int[][] lists, int otherSide, string name)
    {
        for (int a = 0; a < lists.Length; a++)
        {
            int[] list = lists[a] ?? throw new ArgumentNullException(name, $"List {a} is null.");
            foreach (int b in list)
            {
                if ((uint)b >= (uint)otherSide)
                {
                    throw new ArgumentOutOfRangeException(name, b, $"List {a} names {b}, outside [0, {otherSide}).");
                }
            }
        }
    }

    /// <summary>Dense table rank[a·others + b] = position of b in a's list (first occurrence), or <see cref="NotRanked"/>.</summary>
    private static int[] RankTable(int[][] lists, int others)
    {
        int[] rank = new int[checked(lists.Length * others)];
        Array.Fill(rank, NotRanked);
        for (int a = 0; a < lists.Length; a++)
        {
            int[] list = lists[a];
            long row = (long)a * others;
            for (int k = list.Length - 1; k >= 0; k--)
            {
                rank[row + list[k]] = k;
            }
        }

        return rank;
    }

    private static int LastHeld(bool[] held, int start, int from)
    {
        int k = from;
        while (k >= 0 && !held[start + k])
        {
            k--;
        }

        return k;
    }
}
