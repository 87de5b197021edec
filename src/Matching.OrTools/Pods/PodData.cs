// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Solvers.Flow;

namespace Matching.OrTools.Pods;

/// <summary>
/// The validated problem copied into flat arrays, with each mentee's candidate mentors (allowed pair whose two
/// availabilities share at least N hours, mentor able to lead a pod), the coverage weight, and evaluation.
/// </summary>
internal sealed class PodData
{
    public PodData(PodProblem p)
    {
        p.Validate();
        Problem = p;
        N = p.MenteeCount;
        M = p.MentorCount;
        Score = [.. p.Scores];
        Hi = new int[M];
        for (int j = 0; j < M; j++)
        {
            int hi = Math.Min(p.Capacity[j], p.MaxPodSize);
            Hi[j] = hi >= p.MinPodSize ? hi : 0;
        }

        Min = p.MinPodSize;
        Hours = p.MinSharedHours;
        W = p.CohesionWeight;
        Sim = p.Similarity is null || p.CohesionWeight == 0 ? null : [.. p.Similarity];
        MenteeAvail = p.MenteeAvailability is null ? Enumerable.Repeat(WeekMask.Always, N).ToArray() : [.. p.MenteeAvailability];
        MentorAvail = p.MentorAvailability is null ? Enumerable.Repeat(WeekMask.Always, M).ToArray() : [.. p.MentorAvailability];

        var candMentors = new List<int>[N];
        var candMentees = new List<int>[M];
        for (int j = 0; j < M; j++)
        {
            candMentees[j] = [];
        }

        for (int i = 0; i < N; i++)
        {
            candMentors[i] = [];
            for (int j = 0; j < M; j++)
            {
                if (Score[(i * M) + j] >= 0 && Hi[j] > 0 && MenteeAvail[i].And(MentorAvail[j]).Count >= Hours)
                {
                    candMentors[i].Add(j);
                    candMentees[j].Add(i);
                }
            }
        }

        CandMentors = [.. candMentors.Select(l => l.ToArray())];
        CandMentees = [.. candMentees.Select(l => l.ToArray())];

        // Half of the best cohesion a mentee can bring: the top (max − 1) similarities, counted once per pair end.
        TopSim = new long[N];
        long coverage = 1;
        long cohesionTwice = 0;
        for (int i = 0; i < N; i++)
        {
            int best = 0;
            foreach (int j in CandMentors[i])
            {
                best = Math.Max(best, Score[(i * M) + j]);
            }

            coverage += best;
        }

        if (Sim is not null)
        {
            // Only mentees who could share a pod count: a common candidate mentor, and ≥ N shared hours.
            int words = (M + 63) / 64;
            var bits = new ulong[N * words];
            for (int i = 0; i < N; i++)
            {
                foreach (int j in CandMentors[i])
                {
                    bits[(i * words) + (j >> 6)] |= 1UL << (j & 63);
                }
            }

            var top = new List<long>();
            for (int i = 0; i < N; i++)
            {
                top.Clear();
                for (int k = 0; k < N; k++)
                {
                    int s = Sim[(i * N) + k];
                    if (k == i || s <= 0 || MenteeAvail[i].And(MenteeAvail[k]).Count < Hours)
                    {
                        continue;
                    }

                    bool common = false;
                    for (int w = 0; w < words && !common; w++)
                    {
                        common = (bits[(i * words) + w] & bits[(k * words) + w]) != 0;
                    }

                    if (common)
                    {
                        top.Add(s);
                    }
                }

                top.Sort();
                top.Reverse();
                TopSim[i] = top.Take(p.MaxPodSize - 1).Sum() * W;
                cohesionTwice += TopSim[i];
            }
        }

        Coverage = coverage + ((cohesionTwice + 1) / 2);
        Penalty = Coverage * (N + 1);
    }

    public PodProblem Problem { get; }

    public int N { get; }

    public int M { get; }

    public int[] Score { get; }

    /// <summary>Largest pod a mentor may lead (0 = none).</summary>
    public int[] Hi { get; }

    public int Min { get; }

    public int Hours { get; }

    public int W { get; }

    public int[]? Sim { get; }

    public WeekMask[] MenteeAvail { get; }

    public WeekMask[] MentorAvail { get; }

    public int[][] CandMentors { get; }

    public int[][] CandMentees { get; }

    /// <summary>Weighted sum of a mentee's top (max − 1) similarities (twice its cohesion share at most).</summary>
    public long[] TopSim { get; }

    /// <summary>Points per matched mentee: more than any total of scores and weighted cohesion.</summary>
    public long Coverage { get; }

    /// <summary>Points lost per unit of an unmet quota in the soft (neighbourhood) model.</summary>
    public long Penalty { get; }

    public int Similarity(int a, int b) => Sim is null ? 0 : Sim[(a * N) + b];

    public bool IsCandidate(int i, int j) => Array.IndexOf(CandMentors[i], j) >= 0;

    /// <summary>Objective parts of an assignment; pods outside the size range are not checked here.</summary>
    public (int Matched, long Score, long Cohesion, long Objective) Evaluate(int[] assign)
    {
        int matched = 0;
        long score = 0, cohesion = 0;
        var members = Members(assign);
        for (int i = 0; i < N; i++)
        {
            if (assign[i] >= 0)
            {
                matched++;
                score += Score[(i * M) + assign[i]];
            }
        }

        if (Sim is not null)
        {
            foreach (var pod in members)
            {
                for (int a = 0; a < pod.Count; a++)
                {
                    for (int b = a + 1; b < pod.Count; b++)
                    {
                        cohesion += Similarity(pod[a], pod[b]);
                    }
                }
            }
        }

        return (matched, score, cohesion, (Coverage * matched) + score + (W * cohesion));
    }

    /// <summary>Total shortfall of the quotas (0 = all met); per quota in <paramref name="shortfall"/>.</summary>
    public long QuotaShortfall(int[] assign, long[] shortfall)
    {
        var quotas = Problem.Quotas;
        long total = 0;
        var load = new int[M];
        foreach (int j in assign)
        {
            if (j >= 0)
            {
                load[j]++;
            }
        }

        for (int q = 0; q < quotas.Count; q++)
        {
            long s = 0;
            switch (quotas[q])
            {
                case MinMatchedQuota mm:
                    s = Math.Max(0, mm.Required - mm.Mentees.Count(i => assign[i] >= 0));
                    break;
                case MaxPerPodQuota mp:
                    var per = new int[M];
                    foreach (int i in mp.Mentees)
                    {
                        if (assign[i] >= 0)
                        {
                            per[assign[i]]++;
                        }
                    }

                    s = per.Sum(c => (long)Math.Max(0, c - mp.MaxPerPod));
                    break;
                case EveryMentorServedQuota em:
                    s = em.MentorsIn(Problem).Count(j => load[j] == 0);
                    break;
                default:
                    break;
            }

            shortfall[q] = s;
            total += s;
        }

        return total;
    }

    public List<int>[] Members(int[] assign)
    {
        var pods = new List<int>[M];
        for (int j = 0; j < M; j++)
        {
            pods[j] = [];
        }

        for (int i = 0; i < N; i++)
        {
            if (assign[i] >= 0)
            {
                pods[assign[i]].Add(i);
            }
        }

        return pods;
    }

    /// <summary>
    /// Upper bound by min-cost flow: each mentee to at most one candidate mentor, a mentor takes at most its pod
    /// maximum; edge value coverage + score + the mentee's best possible cohesion share. It ignores the minimum pod
    /// size, the group window beyond each pair, the exact cohesion and the quotas, so it is a relaxation.
    /// </summary>
    public (long Bound, int MatchedBound) FlowBound()
    {
        var b = new FlowNetworkBuilder(N + M + 2, N + (N * 8) + M + 1);
        int s = b.AddNode(N);
        int firstMentee = b.AddNodes(N);
        int firstMentor = b.AddNodes(M);
        int t = b.AddNode(-N);
        b.AddArc(s, t, 0, N, 0);
        var pairArcs = new List<int>();
        for (int i = 0; i < N; i++)
        {
            b.AddArc(s, firstMentee + i, 0, 1, 0);
            foreach (int j in CandMentors[i])
            {
                long value = (2 * (Coverage + Score[(i * M) + j])) + TopSim[i];
                pairArcs.Add(b.AddArc(firstMentee + i, firstMentor + j, 0, 1, -value));
            }
        }

        for (int j = 0; j < M; j++)
        {
            b.AddArc(firstMentor + j, t, 0, Hi[j], 0);
        }

        FlowResult r = new NetworkSimplexSolver().Solve(b.Build());
        if (!r.Success)
        {
            throw new InvalidOperationException("The bounding flow has no optimum: " + r.Message);
        }

        int matched = 0;
        foreach (int a in pairArcs)
        {
            matched += (int)r.Flow[a];
        }

        return (-r.Cost / 2, matched);
    }
}
