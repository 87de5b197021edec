// Copyright (c) Matching contributors. Licensed under the MIT License.

// Irving's algorithm for the stable roommates problem, with complete or incomplete preference lists.
//
// References: R. W. Irving, "An efficient algorithm for the 'stable roommates' problem", J. Algorithms 6 (1985)
// 577–595; D. Gusfield, R. W. Irving, "The Stable Marriage Problem: Structure and Algorithms" (MIT Press, 1989),
// §4.2 (phase 1 and rotations) and §4.5.2 (incomplete lists). https://en.wikipedia.org/wiki/Stable_roommates_problem
//
// Phase 1: everyone proposes down their list; each person holds the best proposal received and rejects worse ones.
// A rejected pair is deleted from both lists. Then each holder deletes everyone after its held proposer. Someone whose
// list runs out here is single in every stable matching (incomplete lists); the rest continue.
// Phase 2: while some reduced list has two or more entries, find a rotation (p_i, q_i = second(p_i),
// p_{i+1} = last(q_i), until a p repeats) and eliminate it: each q_i deletes every entry after p_i. If a list becomes
// empty, no stable matching exists. When every list has at most one entry, those entries are the stable matching.
//
// Complexity: O(n²) memory for the rank table, O(n² + L·R) time (L the total list length, R the rotations; O(n³)
// worst case, O(n²) typical).
//
// Invariants: a pair is deleted from both lists at once; first(x) = y ⇔ last(y) = x in every reduced table after
// phase 1; deleting a pair never removes a stable pair (Irving 1985, Lemmas 1–4).
namespace Matching.Solvers.Stable;

/// <summary>
/// Irving's stable roommates algorithm over integer preference lists: persons are <c>0..n−1</c> and each lists the
/// others it accepts, most preferred first.
/// </summary>
/// <remarks>
/// Only mutually acceptable pairs can be matched; entries that are not reciprocated, repeated entries and a person
/// listing itself are ignored. O(n²) memory. The class is stateless and thread-safe.
/// </remarks>
public static class StableRoommates
{
    private const int Gone = -1;

    /// <summary>Finds a stable matching, or reports that none exists.</summary>
    /// <param name="preferences">For each person, the persons it accepts, most preferred first.</param>
    /// <param name="cancellationToken">Cancels a long run; checked once per rotation.</param>
    /// <returns>The stable matching, or a result saying that no stable matching exists.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="preferences"/> or one of its lists is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A list holds an index out of range.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static StableRoommatesResult Solve(int[][] preferences, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(preferences);
        int n = preferences.Length;
        var listed = new bool[(long)n * n];
        for (int i = 0; i < n; i++)
        {
            int[] list = preferences[i] ?? throw new ArgumentNullException(nameof(preferences), $"The list of person {i} is null.");
            foreach (int j in list)
            {
                if ((uint)j >= (uint)n)
                {
                    throw new ArgumentOutOfRangeException(nameof(preferences), $"Person {i} lists {j}, outside 0..{n - 1}.");
                }

                listed[((long)i * n) + j] = true;
            }
        }

        // Clean lists: mutually acceptable, first occurrence only, no self. rank[i, j] = position of j in i's list.
        var table = new Table(n);
        for (int i = 0; i < n; i++)
        {
            var clean = new List<int>();
            foreach (int j in preferences[i])
            {
                if (j != i && listed[((long)j * n) + i] && table.Rank(i, j) == Gone)
                {
                    table.SetRank(i, j, clean.Count);
                    clean.Add(j);
                }
            }

            table.SetList(i, clean.ToArray());
        }

        PhaseOne(table, n);
        return PhaseTwo(table, n, cancellationToken);
    }

    private static void PhaseOne(Table table, int n)
    {
        var holder = new int[n];
        Array.Fill(holder, -1);
        var free = new Stack<int>(n);
        for (int i = n - 1; i >= 0; i--)
        {
            free.Push(i);
        }

        while (free.Count > 0)
        {
            int i = free.Pop();
            while (table.Size(i) > 0)
            {
                int j = table.First(i);
                int held = holder[j];
                if (held == -1)
                {
                    holder[j] = i;
                    break;
                }

                if (table.Rank(j, i) < table.Rank(j, held))
                {
                    holder[j] = i;
                    table.Delete(held, j);
                    free.Push(held);
                    break;
                }

                table.Delete(i, j);
            }
        }

        for (int j = 0; j < n; j++)
        {
            if (holder[j] >= 0)
            {
                table.DeleteAfterRank(j, table.Rank(j, holder[j]));
            }
        }

        // Lists that ran out in phase 1 belong to people who are single in every stable matching.
        table.Emptied = -1;
    }

    private static StableRoommatesResult PhaseTwo(Table table, int n, CancellationToken cancellationToken)
    {
        var positionInPath = new int[n];
        Array.Fill(positionInPath, -1);
        var path = new List<int>();
        int scan = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            while (scan < n && table.Size(scan) < 2)
            {
                scan++;
            }

            if (scan == n)
            {
                break;
            }

            // Walk p → last(second(p)) until a person repeats; the repeating part is the rotation.
            foreach (int p in path)
            {
                positionInPath[p] = -1;
            }

            path.Clear();
            int x = scan;
            while (positionInPath[x] < 0)
            {
                if (table.Size(x) < 2)
                {
                    throw new InvalidOperationException("Stable roommates: the reduced table lost its invariant (a rotation reached a person with fewer than two entries).");
                }

                positionInPath[x] = path.Count;
                path.Add(x);
                x = table.Last(table.Second(x));
            }

            int start = positionInPath[x];
            int length = path.Count - start;
            var ps = new int[length];
            var qs = new int[length];
            for (int r = 0; r < length; r++)
            {
                ps[r] = path[start + r];
                qs[r] = table.Second(ps[r]);
            }

            // Ranks are read before any deletion: a person can be both a p and a q of one rotation.
            var keep = new int[length];
            for (int r = 0; r < length; r++)
            {
                keep[r] = table.Rank(qs[r], ps[r]);
            }

            for (int r = 0; r < length; r++)
            {
                table.DeleteAfterRank(qs[r], keep[r]);
            }

            if (table.Emptied >= 0)
            {
                return StableRoommatesResult.NoStableMatching(table.Emptied);
            }
        }

        var partners = new int[n];
        for (int i = 0; i < n; i++)
        {
            partners[i] = table.Size(i) == 0 ? -1 : table.First(i);
        }

        return StableRoommatesResult.Stable(partners);
    }

    /// <summary>The reduced preference table: lists, ranks, deletions, and first/last pointers per person.</summary>
    private sealed class Table(int n)
    {
        private readonly int[] _rank = CreateRanks(n);
        private readonly int[][] _list = new int[n][];
        private readonly int[] _head = new int[n];
        private readonly int[] _tail = new int[n];
        private readonly int[] _size = new int[n];

        /// <summary>Gets or sets the first person whose list became empty since the last reset (−1 for none).</summary>
        public int Emptied { get; set; } = -1;

        public int Rank(int i, int j) => _rank[((long)i * n) + j];

        public void SetRank(int i, int j, int rank) => _rank[((long)i * n) + j] = rank;

        public void SetList(int i, int[] list)
        {
            _list[i] = list;
            _size[i] = list.Length;
            _head[i] = 0;
            _tail[i] = list.Length - 1;
        }

        public int Size(int i) => _size[i];

        public int First(int i)
        {
            int[] list = _list[i];
            while (Rank(i, list[_head[i]]) == Gone)
            {
                _head[i]++;
            }

            return list[_head[i]];
        }

        public int Second(int i)
        {
            int[] list = _list[i];
            int at = _head[i];
            while (Rank(i, list[at]) == Gone)
            {
                at++;
            }

            at++;
            while (Rank(i, list[at]) == Gone)
            {
                at++;
            }

            return list[at];
        }

        public int Last(int i)
        {
            int[] list = _list[i];
            while (Rank(i, list[_tail[i]]) == Gone)
            {
                _tail[i]--;
            }

            return list[_tail[i]];
        }

        /// <summary>Deletes the pair {i, j} from both lists, if still present.</summary>
        public void Delete(int i, int j)
        {
            if (Rank(i, j) == Gone)
            {
                return;
            }

            SetRank(i, j, Gone);
            SetRank(j, i, Gone);
            if (--_size[i] == 0 && Emptied < 0)
            {
                Emptied = i;
            }

            if (--_size[j] == 0 && Emptied < 0)
            {
                Emptied = j;
            }
        }

        /// <summary>Deletes every entry of the list of <paramref name="y"/> past position <paramref name="keep"/> (symmetrically).</summary>
        public void DeleteAfterRank(int y, int keep)
        {
            int[] list = _list[y];
            for (int r = _tail[y]; r > keep; r--)
            {
                Delete(y, list[r]);
            }

            _tail[y] = Math.Min(_tail[y], keep);
        }

        private static int[] CreateRanks(int n)
        {
            var rank = new int[(long)n * n];
            Array.Fill(rank, Gone);
            return rank;
        }
    }
}
