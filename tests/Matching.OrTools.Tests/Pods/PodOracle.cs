// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.OrTools.Pods;

namespace Matching.OrTools.Tests.Pods;

/// <summary>
/// Independent checks and a brute-force optimum for pod programs: every mentee to any mentor or none,
/// (m + 1)^n assignments, so only for a dozen people.
/// </summary>
internal static class PodOracle
{
    /// <summary>Why an assignment breaks a rule (size, forbidden pair, window, quota), or null when it is valid.</summary>
    public static string? Violation(PodProblem p, IReadOnlyList<int> assign, bool checkQuotas = true)
    {
        var size = new int[p.MentorCount];
        var window = Enumerable.Range(0, p.MentorCount).Select(j => p.MentorAvailability?[j] ?? WeekMask.Always).ToArray();
        for (int i = 0; i < p.MenteeCount; i++)
        {
            int j = assign[i];
            if (j < 0)
            {
                continue;
            }

            if (p.Scores[(i * p.MentorCount) + j] < 0)
            {
                return $"forbidden pair {i}-{j}";
            }

            size[j]++;
            window[j] = window[j].And(p.MenteeAvailability?[i] ?? WeekMask.Always);
        }

        for (int j = 0; j < p.MentorCount; j++)
        {
            if (size[j] == 0)
            {
                continue;
            }

            if (size[j] < p.MinPodSize || size[j] > p.MaxPodSize || size[j] > p.Capacity[j])
            {
                return $"pod {j} has {size[j]} members";
            }

            if (CountHours(window[j]) < p.MinSharedHours)
            {
                return $"pod {j} shares {CountHours(window[j])} hours";
            }
        }

        if (checkQuotas)
        {
            foreach (var q in p.Quotas)
            {
                if (!QuotaHolds(p, q, assign, size))
                {
                    return $"quota {q.Name}";
                }
            }
        }

        return null;
    }

    /// <summary>Quality = score total + weight × cohesion total.</summary>
    public static (int Matched, long Quality) Value(PodProblem p, IReadOnlyList<int> assign)
    {
        int matched = 0;
        long quality = 0;
        for (int i = 0; i < p.MenteeCount; i++)
        {
            if (assign[i] < 0)
            {
                continue;
            }

            matched++;
            quality += p.Scores[(i * p.MentorCount) + assign[i]];
            for (int k = i + 1; k < p.MenteeCount; k++)
            {
                if (assign[k] == assign[i] && p.Similarity is not null)
                {
                    quality += (long)p.CohesionWeight * p.Similarity[(i * p.MenteeCount) + k];
                }
            }
        }

        return (matched, quality);
    }

    /// <summary>The lexicographic best (matched, quality) over all valid assignments, or null when none meets the quotas.</summary>
    public static (int Matched, long Quality)? Best(PodProblem p)
    {
        int n = p.MenteeCount, m = p.MentorCount;
        var assign = new int[n];
        Array.Fill(assign, -1);
        (int, long)? best = null;
        while (true)
        {
            if (Violation(p, assign) is null)
            {
                var v = Value(p, assign);
                if (best is null || v.CompareTo(best.Value) > 0)
                {
                    best = v;
                }
            }

            int pos = 0;
            while (pos < n && assign[pos] == m - 1)
            {
                assign[pos] = -1;
                pos++;
            }

            if (pos == n)
            {
                return best;
            }

            assign[pos]++;
        }
    }

    private static bool QuotaHolds(PodProblem p, PodQuota q, IReadOnlyList<int> assign, int[] size) => q switch
    {
        MinMatchedQuota mm => mm.Mentees.Count(i => assign[i] >= 0) >= Math.Max(mm.MinCount, (int)Math.Ceiling((mm.MinFraction * mm.Mentees.Count) - 1e-9)),
        MaxPerPodQuota mp => mp.Mentees.Where(i => assign[i] >= 0).GroupBy(i => assign[i]).All(g => g.Count() <= mp.MaxPerPod),
        EveryMentorServedQuota em => (em.Mentors ?? Enumerable.Range(0, p.MentorCount).Where(j => p.Capacity[j] > 0).ToArray()).All(j => size[j] > 0),
        _ => throw new ArgumentException("unknown quota"),
    };

    private static int CountHours(WeekMask w) => Enumerable.Range(0, 168).Count(w.Has);
}
