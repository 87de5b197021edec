// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Diagnostics;
using Google.OrTools.Sat;

namespace Matching.OrTools.Pods;

/// <summary>
/// Solves a <see cref="PodProblem"/>: coverage first (each matched mentee is worth more than any difference in
/// scores and cohesion), then pair scores plus weighted cohesion, subject to the pod size range, the shared-window
/// rule and the quotas.
/// </summary>
/// <remarks>
/// <para>
/// <b>Small and medium programs</b> (model size up to <see cref="PodSolverOptions.MaxExactModelSize"/>): one exact
/// CP-SAT model (see <c>PodModel</c>) warm-started with a greedy feasible assignment; the bound is the smaller of
/// CP-SAT's best bound and the flow bound below. Cohesion is exact: one product variable per pair of candidates
/// of a mentor with positive similarity.
/// </para>
/// <para>
/// <b>Large programs</b>: large-neighbourhood search from the greedy start. Each step frees the pods of a few
/// related mentors (the mentors the members of a random pod could also join) plus some unmatched mentees who could
/// join them, and re-optimizes that neighbourhood exactly with CP-SAT, keeping everything else fixed; a step is kept
/// only if the whole objective improves. Quotas are soft there (a shortfall costs more than the whole objective), so
/// a quota still short at the end is reported as not reached, without proof.
/// </para>
/// <para>
/// <b>Bound</b>, always valid: a min-cost flow in which each mentee goes to at most one candidate mentor and a mentor
/// takes at most its pod maximum, each pair worth coverage + score + half of the mentee's best possible weighted
/// cohesion (its top max−1 similarities); it ignores the minimum size, the group window beyond each pair and the
/// quotas, so it relaxes the problem. Its matched count is also an upper bound on coverage.
/// </para>
/// <para>
/// <b>Impossible quotas</b>: obvious cases are caught before solving (a group smaller than its quota, fewer group
/// members with any possible mentor than required, a mentor who cannot lead a pod); otherwise, when the exact model
/// is infeasible, the model is solved again with every quota soft and the quotas left short are named.
/// </para>
/// </remarks>
public static class PodSolver
{
    /// <summary>Solves the problem within the options' time limit.</summary>
    /// <param name="problem">The program.</param>
    /// <param name="options">Limits; null = defaults.</param>
    /// <returns>The result; never throws for an impossible quota (see <see cref="PodStatus.QuotaInfeasible"/>).</returns>
    /// <exception cref="ArgumentException">The problem is malformed.</exception>
    public static PodResult Solve(PodProblem problem, PodSolverOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        options ??= new PodSolverOptions();
        var clock = Stopwatch.StartNew();
        var d = new PodData(problem);
        var (flowBound, matchedBound) = d.FlowBound();

        var obvious = ObviousImpossibleQuotas(d);
        if (obvious.Count > 0)
        {
            return Fail(d, PodStatus.QuotaInfeasible, clock, obvious, true, "precheck",
                "These quotas cannot be met by any assignment: " + string.Join(", ", obvious) + ".");
        }

        int[] start = PodGreedy.Start(d);
        if (!options.ForceNeighbourhoodSearch && PodModel.Size(d) <= options.MaxExactModelSize)
        {
            return SolveExact(d, start, flowBound, matchedBound, options, clock);
        }

        return SolveLns(d, start, flowBound, matchedBound, options, clock);
    }

    private static PodResult SolveExact(PodData d, int[] start, long flowBound, int matchedBound, PodSolverOptions options, Stopwatch clock)
    {
        var all = Enumerable.Repeat(true, d.M).ToArray();
        var allMentees = Enumerable.Repeat(true, d.N).ToArray();
        double seconds = Remaining(options, clock);
        var outcome = PodModel.Solve(d, start, all, allMentees, softQuotas: false, seconds, options.Workers, options.Seed);
        switch (outcome.Status)
        {
            case CpSolverStatus.Optimal:
            case CpSolverStatus.Feasible:
            {
                var status = outcome.Status == CpSolverStatus.Optimal ? PodStatus.Optimal : PodStatus.Feasible;
                return Build(d, outcome.Assign, status, Math.Min(flowBound, outcome.Bound), matchedBound, "cp-sat", 0, 0, clock);
            }

            case CpSolverStatus.Infeasible:
            {
                var soft = PodModel.Solve(d, start, all, allMentees, softQuotas: true, Math.Max(1, Remaining(options, clock)), options.Workers, options.Seed);
                var names = soft.Status is CpSolverStatus.Optimal or CpSolverStatus.Feasible
                    ? ShortQuotas(d, soft.Assign)
                    : [.. d.Problem.Quotas.Select(q => q.Name)];
                if (names.Count == 0)
                {
                    names = [.. d.Problem.Quotas.Select(q => q.Name)];
                }

                return Fail(d, PodStatus.QuotaInfeasible, clock, names, true, "cp-sat",
                    "No assignment meets every quota; the fewest left short: " + string.Join(", ", names) + ".");
            }

            default:
                return Fail(d, PodStatus.Unknown, clock, [], false, "cp-sat",
                    "The time limit passed before CP-SAT found an assignment meeting every quota.");
        }
    }

    private static PodResult SolveLns(PodData d, int[] start, long flowBound, int matchedBound, PodSolverOptions options, Stopwatch clock)
    {
        var rng = new Random(options.Seed);
        var current = start;
        var shortfall = new long[d.Problem.Quotas.Count];
        long currentValue = d.Evaluate(current).Objective - (d.Penalty * d.QuotaShortfall(current, shortfall));
        int steps = 0, improved = 0;
        var freeMentor = new bool[d.M];
        var freeMentee = new bool[d.N];
        int k = Math.Clamp(options.NeighbourhoodMentors, 1, Math.Max(1, d.M));
        while (Remaining(options, clock) > 0.05 && d.M > 0)
        {
            var members = d.Members(current);
            Array.Clear(freeMentor);
            Array.Clear(freeMentee);
            var mentors = ChooseNeighbourhood(d, current, members, rng, k);
            foreach (int j in mentors)
            {
                freeMentor[j] = true;
                foreach (int i in members[j])
                {
                    freeMentee[i] = true;
                }
            }

            var unmatched = mentors.SelectMany(j => d.CandMentees[j]).Distinct().Where(i => current[i] < 0).ToList();
            Shuffle(unmatched, rng);
            foreach (int i in unmatched.Take(4 * k))
            {
                freeMentee[i] = true;
            }

            double seconds = Math.Min(options.NeighbourhoodTimeLimit.TotalSeconds, Remaining(options, clock));
            var outcome = PodModel.Solve(d, current, freeMentor, freeMentee, softQuotas: true, seconds, 1, rng.Next(), light: true);
            steps++;
            if (outcome.Status is CpSolverStatus.Optimal or CpSolverStatus.Feasible)
            {
                long value = d.Evaluate(outcome.Assign).Objective - (d.Penalty * d.QuotaShortfall(outcome.Assign, shortfall));
                if (value > currentValue)
                {
                    improved++;
                    current = outcome.Assign;
                    currentValue = value;
                }
            }
        }

        var names = ShortQuotas(d, current);
        if (names.Count > 0)
        {
            var failed = Fail(d, PodStatus.QuotaInfeasible, clock, names, false, "lns",
                "Within the time limit the search did not reach these quotas (not proven impossible): " + string.Join(", ", names) + ".");
            return new PodResult(failed.Status, [.. failed.MentorOfMentee], [])
            {
                CoverageWeight = failed.CoverageWeight,
                ImpossibleQuotas = failed.ImpossibleQuotas,
                Diagnostic = failed.Diagnostic,
                Method = "lns",
                NeighbourhoodsSolved = steps,
                NeighbourhoodsImproved = improved,
                Elapsed = clock.Elapsed,
            };
        }

        var result = Build(d, current, PodStatus.Feasible, flowBound, matchedBound, "lns", steps, improved, clock);
        return result.Objective == result.BestBound ? Build(d, current, PodStatus.Optimal, flowBound, matchedBound, "lns", steps, improved, clock) : result;
    }

    private static List<int> ChooseNeighbourhood(PodData d, int[] current, List<int>[] members, Random rng, int k)
    {
        // Seed: a random mentor, or (half the time, when some mentee is unmatched) a candidate of an unmatched mentee.
        int seed = rng.Next(d.M);
        var unmatched = Enumerable.Range(0, d.N).Where(i => current[i] < 0 && d.CandMentors[i].Length > 0).ToArray();
        if (unmatched.Length > 0 && rng.Next(2) == 0)
        {
            int i = unmatched[rng.Next(unmatched.Length)];
            seed = d.CandMentors[i][rng.Next(d.CandMentors[i].Length)];
        }

        var votes = new Dictionary<int, double>();
        var people = new List<int>(members[seed]);
        people.AddRange(unmatched.Where(i => d.IsCandidate(i, seed)).Take(8));
        foreach (int i in people)
        {
            foreach (int j in d.CandMentors[i])
            {
                if (j != seed)
                {
                    votes[j] = votes.GetValueOrDefault(j) + 1 + rng.NextDouble();
                }
            }
        }

        var chosen = new List<int> { seed };
        chosen.AddRange(votes.OrderByDescending(kv => kv.Value).Select(kv => kv.Key).Take(k - 1));
        while (chosen.Count < Math.Min(k, d.M))
        {
            int j = rng.Next(d.M);
            if (!chosen.Contains(j))
            {
                chosen.Add(j);
            }
        }

        return chosen;
    }

    private static void Shuffle(List<int> list, Random rng)
    {
        for (int a = list.Count - 1; a > 0; a--)
        {
            int b = rng.Next(a + 1);
            (list[a], list[b]) = (list[b], list[a]);
        }
    }

    private static List<string> ObviousImpossibleQuotas(PodData d)
    {
        var names = new List<string>();
        foreach (var quota in d.Problem.Quotas)
        {
            bool impossible = quota switch
            {
                MinMatchedQuota mm => mm.Required > mm.Mentees.Count(i => d.CandMentors[i].Length > 0),
                EveryMentorServedQuota em => em.MentorsIn(d.Problem).Any(j => d.CandMentees[j].Length < d.Min),
                _ => false,
            };
            if (impossible)
            {
                names.Add(quota.Name);
            }
        }

        return names;
    }

    private static List<string> ShortQuotas(PodData d, int[] assign)
    {
        var shortfall = new long[d.Problem.Quotas.Count];
        d.QuotaShortfall(assign, shortfall);
        return [.. d.Problem.Quotas.Where((_, q) => shortfall[q] > 0).Select(q => q.Name)];
    }

    private static double Remaining(PodSolverOptions options, Stopwatch clock) =>
        Math.Max(0, (options.TimeLimit - clock.Elapsed).TotalSeconds);

    private static PodResult Build(PodData d, int[] assign, PodStatus status, long bound, int matchedBound, string method, int steps, int improved, Stopwatch clock)
    {
        var (matched, score, cohesion, objective) = d.Evaluate(assign);
        var pods = new List<Pod>();
        var members = d.Members(assign);
        for (int j = 0; j < d.M; j++)
        {
            if (members[j].Count == 0)
            {
                continue;
            }

            var window = d.MentorAvail[j];
            long podScore = 0, podCohesion = 0;
            var list = members[j];
            for (int a = 0; a < list.Count; a++)
            {
                window = window.And(d.MenteeAvail[list[a]]);
                podScore += d.Score[(list[a] * d.M) + j];
                for (int b = a + 1; b < list.Count; b++)
                {
                    podCohesion += d.Similarity(list[a], list[b]);
                }
            }

            pods.Add(new Pod(j, list.ToArray(), window, podScore, podCohesion));
        }

        return new PodResult(status, assign, pods)
        {
            Matched = matched,
            ScoreTotal = score,
            CohesionTotal = cohesion,
            CoverageWeight = d.Coverage,
            Objective = objective,
            BestBound = bound,
            MatchedBound = matchedBound,
            Method = method,
            NeighbourhoodsSolved = steps,
            NeighbourhoodsImproved = improved,
            Elapsed = clock.Elapsed,
        };
    }

    private static PodResult Fail(PodData d, PodStatus status, Stopwatch clock, List<string> quotas, bool proven, string method, string diagnostic) =>
        new(status, Enumerable.Repeat(-1, d.N).ToArray(), [])
        {
            CoverageWeight = d.Coverage,
            ImpossibleQuotas = quotas,
            QuotaProofComplete = proven,
            Diagnostic = diagnostic,
            Method = method,
            Elapsed = clock.Elapsed,
        };
}
