// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Diagnostics;
using System.Globalization;
using Matching.OrTools;
using Matching.OrTools.Pods;

namespace Matching.Benchmarks;

/// <summary>
/// The pod benchmark (no BenchmarkDotNet: one long CP-SAT run is the measurement): a generated program of
/// mentees × mentors, solved once under a time limit; prints time, objective, bound, gap, and checks every rule.
/// </summary>
/// <remarks>
/// Generation (deterministic from the seed): three time zones (UTC+0, UTC+5, UTC−7); everyone is free on some
/// weekday evenings between 17:00 and 22:00 local time (mentees 2–4 evenings of 2–3 hours, mentors 3–5 evenings);
/// 10 departments, 12 interest topics (3 per person); score = 12 × shared topics + 0..20 noise, forbidden (−1) for
/// the same department or 5 % at random; mentee similarity = 3 × shared topics; capacity 3–6; pods of 3–6; one
/// shared hour; cohesion weight 1; quotas: the UTC−7 mentees at least 80 % matched, at most 3 of one department in
/// a pod.
/// </remarks>
internal static class PodBenchmark
{
    public static int Run(string[] args)
    {
        var inv = CultureInfo.InvariantCulture;
        int n = args.Length > 0 ? int.Parse(args[0], inv) : 2000;
        int m = args.Length > 1 ? int.Parse(args[1], inv) : 400;
        double seconds = args.Length > 2 ? double.Parse(args[2], inv) : 60;
        int seed = args.Length > 3 ? int.Parse(args[3], inv) : 1;
        int workers = args.Length > 4 ? int.Parse(args[4], inv) : 2;

        var clock = Stopwatch.StartNew();
        var problem = Generate(n, m, seed);
        double genMs = clock.Elapsed.TotalMilliseconds;
        var result = PodSolver.Solve(problem, new PodSolverOptions { TimeLimit = TimeSpan.FromSeconds(seconds), Workers = workers, Seed = seed });

        string? violation = Check(problem, result);
        Console.WriteLine(string.Create(inv, $"pods {n}x{m} seed {seed} limit {seconds}s workers {workers} (generation {genMs:F0} ms)"));
        Console.WriteLine(string.Create(inv, $"status {result.Status}, method {result.Method}, neighbourhoods {result.NeighbourhoodsSolved} ({result.NeighbourhoodsImproved} improved), time {result.Elapsed.TotalSeconds:F1} s"));
        Console.WriteLine(string.Create(inv, $"matched {result.Matched} / bound {result.MatchedBound}, pods {result.Pods.Count}, score {result.ScoreTotal}, cohesion {result.CohesionTotal}"));
        Console.WriteLine(string.Create(inv, $"objective {result.Objective}, bound {result.BestBound}, gap {result.Gap:P3}, quality gap {result.QualityGap:P2} (coverage weight {result.CoverageWeight})"));
        Console.WriteLine(violation is null ? "check: every pod in size range, window ≥ 1 h, quotas met, bound ≥ objective" : "CHECK FAILED: " + violation);
        return violation is null ? 0 : 1;
    }

    internal static PodProblem Generate(int n, int m, int seed)
    {
        var rng = new Random(seed);
        int[] zones = [0, 5, -7];
        (int Zone, int Dept, int Topics, WeekMask Avail) Person(int minDays, int maxDays)
        {
            int zone = zones[rng.Next(zones.Length)];
            int topics = 0;
            while (int.PopCount(topics) < 3)
            {
                topics |= 1 << rng.Next(12);
            }

            var hours = new List<int>();
            foreach (int day in Enumerable.Range(0, 5).OrderBy(_ => rng.Next()).Take(rng.Next(minDays, maxDays + 1)))
            {
                int start = 17 + rng.Next(0, 3);
                int length = rng.Next(2, 4);
                for (int h = start; h < start + length; h++)
                {
                    hours.Add((((day * 24) + h - zone) % WeekMask.Hours + WeekMask.Hours) % WeekMask.Hours);
                }
            }

            return (zone, rng.Next(10), topics, WeekMask.FromHours(hours));
        }

        var mentees = Enumerable.Range(0, n).Select(_ => Person(2, 4)).ToArray();
        var mentors = Enumerable.Range(0, m).Select(_ => Person(3, 5)).ToArray();
        var scores = new int[n * m];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < m; j++)
            {
                bool forbidden = mentees[i].Dept == mentors[j].Dept || rng.Next(20) == 0;
                scores[(i * m) + j] = forbidden ? -1 : (12 * int.PopCount(mentees[i].Topics & mentors[j].Topics)) + rng.Next(21);
            }
        }

        var sim = new int[n * n];
        for (int a = 0; a < n; a++)
        {
            for (int b = a + 1; b < n; b++)
            {
                sim[(a * n) + b] = sim[(b * n) + a] = 3 * int.PopCount(mentees[a].Topics & mentees[b].Topics);
            }
        }

        var quotas = new List<PodQuota>
        {
            new MinMatchedQuota("UTC-7 reach 80 %", [.. Enumerable.Range(0, n).Where(i => mentees[i].Zone == -7)], MinFraction: 0.8),
        };
        for (int dept = 0; dept < 10; dept++)
        {
            int d = dept;
            quotas.Add(new MaxPerPodQuota($"department {d} at most 3 per pod", [.. Enumerable.Range(0, n).Where(i => mentees[i].Dept == d)], 3));
        }

        return new PodProblem(n, m, scores, [.. mentors.Select(_ => rng.Next(3, 7))], 3, 6)
        {
            MenteeAvailability = [.. mentees.Select(p => p.Avail)],
            MentorAvailability = [.. mentors.Select(p => p.Avail)],
            MinSharedHours = 1,
            CohesionWeight = 1,
            Similarity = sim,
            Quotas = quotas,
        };
    }

    private static string? Check(PodProblem p, PodResult r)
    {
        if (r.Status is not (PodStatus.Optimal or PodStatus.Feasible))
        {
            return "status " + r.Status + ": " + r.Diagnostic;
        }

        if (r.BestBound < r.Objective)
        {
            return "bound below objective";
        }

        foreach (var pod in r.Pods)
        {
            var window = p.MentorAvailability![pod.Mentor];
            foreach (int i in pod.Members)
            {
                window = window.And(p.MenteeAvailability![i]);
                if (p.Scores[(i * p.MentorCount) + pod.Mentor] < 0)
                {
                    return "forbidden pair";
                }
            }

            if (pod.Members.Count < p.MinPodSize || pod.Members.Count > Math.Min(p.MaxPodSize, p.Capacity[pod.Mentor]))
            {
                return "pod size";
            }

            if (window.Count < p.MinSharedHours)
            {
                return "pod window";
            }
        }

        return p.Quotas.FirstOrDefault(q => !q.IsMet(p, r.MentorOfMentee)) is { } failed ? "quota " + failed.Name : null;
    }
}
