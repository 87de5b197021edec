// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.OrTools.Pods;

namespace Matching.OrTools.Tests.Pods;

/// <summary>Random small pod programs (at most 12 people) from a seed, for property tests against brute force.</summary>
internal static class RandomPrograms
{
    public static PodProblem Small(int seed, bool quotas)
    {
        var rng = new Random(seed);
        int m = rng.Next(1, 4);
        int n = rng.Next(1, Math.Min(7, 12 - m) + 1);
        int min = rng.Next(1, 4);
        int max = rng.Next(min, 5);
        var scores = new int[n * m];
        for (int k = 0; k < scores.Length; k++)
        {
            scores[k] = rng.Next(5) == 0 ? -1 : rng.Next(21);
        }

        var capacity = Enumerable.Range(0, m).Select(_ => rng.Next(0, 5)).ToArray();

        // Availability over six hours spread across the week, so windows often conflict.
        int[] hours = [9, 10, 33, 34, 100, 160];
        WeekMask Mask() => WeekMask.FromHours(hours.Where(_ => rng.Next(3) != 0));
        var menteeAvail = Enumerable.Range(0, n).Select(_ => Mask()).ToArray();
        var mentorAvail = Enumerable.Range(0, m).Select(_ => Mask()).ToArray();
        var sim = new int[n * n];
        for (int a = 0; a < n; a++)
        {
            for (int b = a + 1; b < n; b++)
            {
                sim[(a * n) + b] = sim[(b * n) + a] = rng.Next(6);
            }
        }

        var list = new List<PodQuota>();
        if (quotas)
        {
            int[] Group() => [.. Enumerable.Range(0, n).Where(_ => rng.Next(2) == 0)];
            if (rng.Next(2) == 0)
            {
                var g = Group();
                list.Add(new MinMatchedQuota("reach", g, MinCount: rng.Next(0, g.Length + 1), MinFraction: rng.Next(3) * 0.25));
            }

            if (rng.Next(2) == 0)
            {
                list.Add(new MaxPerPodQuota("department", Group(), rng.Next(1, 3)));
            }

            if (rng.Next(3) == 0)
            {
                list.Add(new EveryMentorServedQuota("every mentor"));
            }
        }

        return new PodProblem(n, m, scores, capacity, min, max)
        {
            MenteeAvailability = menteeAvail,
            MentorAvailability = mentorAvail,
            MinSharedHours = rng.Next(0, 3),
            CohesionWeight = rng.Next(0, 3),
            Similarity = sim,
            Quotas = list,
        };
    }
}
