// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.OrTools.Pods;

/// <summary>
/// A quick feasible start for the warm start and the neighbourhood search: mentees with the fewest options
/// first, each to the candidate pod with room whose shared window stays ≥ N hours and that gains the most points;
/// then pods below the minimum size are closed one at a time (smallest first) and their members re-placed in open
/// pods, until every pod is empty or in range. Mentees of a group with a reach quota go first, and a pod never
/// takes more of a group than its per-pod quota allows; other quotas are left to the solver.
/// </summary>
internal static class PodGreedy
{
    public static int[] Start(PodData d)
    {
        var assign = Enumerable.Repeat(-1, d.N).ToArray();
        var window = (WeekMask[])d.MentorAvail.Clone();
        var members = d.Members(assign);
        var closed = new bool[d.M];
        var reach = new bool[d.N];
        var perPod = new List<(int[] Count, int Max)>[d.N];
        foreach (var quota in d.Problem.Quotas)
        {
            if (quota is MinMatchedQuota mm)
            {
                foreach (int i in mm.Mentees)
                {
                    reach[i] = true;
                }
            }
            else if (quota is MaxPerPodQuota mp)
            {
                var counts = new int[d.M];
                foreach (int i in mp.Mentees)
                {
                    (perPod[i] ??= []).Add((counts, mp.MaxPerPod));
                }
            }
        }

        var order = Enumerable.Range(0, d.N).OrderBy(i => reach[i] ? 0 : 1).ThenBy(i => d.CandMentors[i].Length).ThenBy(i => i).ToArray();
        foreach (int i in order)
        {
            Place(d, i, assign, window, members, closed, perPod, preferOpen: false);
        }

        while (true)
        {
            int worst = -1;
            for (int j = 0; j < d.M; j++)
            {
                if (!closed[j] && members[j].Count > 0 && members[j].Count < d.Min
                    && (worst < 0 || members[j].Count < members[worst].Count))
                {
                    worst = j;
                }
            }

            if (worst < 0)
            {
                break;
            }

            closed[worst] = true;
            var moved = members[worst].ToArray();
            members[worst].Clear();
            foreach (int i in moved)
            {
                assign[i] = -1;
                foreach (var (count, _) in perPod[i] ?? [])
                {
                    count[worst]--;
                }
            }

            foreach (int i in moved)
            {
                Place(d, i, assign, window, members, closed, perPod, preferOpen: true);
            }
        }

        return assign;
    }

    private static void Place(
        PodData d, int i, int[] assign, WeekMask[] window, List<int>[] members, bool[] closed, List<(int[] Count, int Max)>?[] perPod, bool preferOpen)
    {
        int best = -1;
        long bestValue = long.MinValue;
        foreach (int j in d.CandMentors[i])
        {
            if (closed[j] || members[j].Count >= d.Hi[j] || window[j].And(d.MenteeAvail[i]).Count < d.Hours
                || (perPod[i]?.Any(q => q.Count[j] >= q.Max) ?? false))
            {
                continue;
            }

            long value = d.Score[(i * d.M) + j];
            foreach (int k in members[j])
            {
                value += (long)d.W * d.Similarity(i, k);
            }

            if (preferOpen && members[j].Count > 0)
            {
                value += d.Coverage;
            }

            if (value > bestValue)
            {
                best = j;
                bestValue = value;
            }
        }

        if (best >= 0)
        {
            assign[i] = best;
            members[best].Add(i);
            window[best] = window[best].And(d.MenteeAvail[i]);
            foreach (var (count, _) in perPod[i] ?? [])
            {
                count[best]++;
            }
        }
    }
}
