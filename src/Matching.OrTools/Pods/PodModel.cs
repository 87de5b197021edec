// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using Google.OrTools.Sat;

namespace Matching.OrTools.Pods;

/// <summary>
/// The CP-SAT model of the pods of the free mentors over the free mentees; every other mentee keeps its current
/// mentor. With every mentor and mentee free it is the exact model of the whole program.
/// </summary>
/// <remarks>
/// Variables: <c>x[i,j]</c> mentee i in the pod of mentor j (candidate pairs only), <c>open[j]</c>,
/// <c>y[j,h]</c> "the pod meets at hour h" for the mentor's hours at which at least the minimum pod size of
/// candidates is free, and <c>z[a,b,j]</c> "a and b both in j's pod" for candidate pairs with positive similarity.
/// Constraints: Σ_j x[i,j] ≤ 1; min·open[j] ≤ Σ_i x[i,j] ≤ hi[j]·open[j]; Σ_h y[j,h] ≥ N·open[j];
/// x[i,j] ∧ y[j,h] → false when i is busy at h; z[a,b,j] → x[a,j], z[a,b,j] → x[b,j] (exact, because z only earns
/// points); quotas over the x. Objective: Σ (coverage + score)·x + Σ weight·similarity·z − penalty·slack.
/// </remarks>
internal static class PodModel
{
    internal sealed record Outcome(CpSolverStatus Status, int[] Assign, long Bound);

    /// <summary>Estimated number of variables and clauses of the whole-program model.</summary>
    public static long Size(PodData d)
    {
        long size = 0;
        for (int j = 0; j < d.M; j++)
        {
            long c = d.CandMentees[j].Length;
            size += c;
            if (d.Sim is not null)
            {
                size += c * (c - 1) / 2;
            }

            if (d.Hours > 0)
            {
                size += c * (WeekMask.Hours - d.MentorAvail[j].Count + 4);
            }
        }

        return size;
    }

    public static Outcome Solve(
        PodData d, int[] current, bool[] freeMentor, bool[] freeMentee, bool softQuotas, double seconds, int workers, int seed, bool light = false)
    {
        var model = new CpModel();
        var obj = LinearExpr.NewBuilder();
        var x = new Dictionary<(int I, int J), BoolVar>();
        var open = new BoolVar?[d.M];
        var perMentee = new List<BoolVar>?[d.N];
        var hintPod = d.Members(current);

        for (int j = 0; j < d.M; j++)
        {
            if (!freeMentor[j])
            {
                continue;
            }

            var o = model.NewBoolVar("open");
            open[j] = o;
            model.AddHint(o, hintPod[j].Count > 0);
            var cands = d.CandMentees[j].Where(i => freeMentee[i]).ToArray();
            var xs = new BoolVar[cands.Length];
            for (int a = 0; a < cands.Length; a++)
            {
                int i = cands[a];
                var v = model.NewBoolVar("x");
                xs[a] = v;
                x[(i, j)] = v;
                (perMentee[i] ??= []).Add(v);
                obj.AddTerm(v, d.Coverage + d.Score[(i * d.M) + j]);
                model.AddHint(v, current[i] == j);
                model.AddImplication(v, o);
            }

            model.Add(LinearExpr.Sum(xs) >= d.Min * o);
            model.Add(LinearExpr.Sum(xs) <= d.Hi[j] * o);

            if (d.Hours > 0)
            {
                AddWindow(d, model, j, cands, xs, o, hintPod[j]);
            }

            if (d.Sim is not null)
            {
                for (int a = 0; a < cands.Length; a++)
                {
                    for (int b = a + 1; b < cands.Length; b++)
                    {
                        int s = d.Similarity(cands[a], cands[b]);
                        if (s <= 0 || (d.Hours > 0 && d.MentorAvail[j].And(d.MenteeAvail[cands[a]]).And(d.MenteeAvail[cands[b]]).Count < d.Hours))
                        {
                            continue;
                        }

                        var z = model.NewBoolVar("z");
                        model.AddImplication(z, xs[a]);
                        model.AddImplication(z, xs[b]);
                        obj.AddTerm(z, (long)d.W * s);
                        model.AddHint(z, current[cands[a]] == j && current[cands[b]] == j);
                    }
                }
            }
        }

        foreach (var list in perMentee)
        {
            if (list is { Count: > 1 })
            {
                model.AddAtMostOne(list);
            }
        }

        AddQuotas(d, model, obj, x, open, current, freeMentor, freeMentee, softQuotas);
        model.Maximize(obj);

        var solver = new CpSolver
        {
            StringParameters = string.Create(
                CultureInfo.InvariantCulture,
                $"max_time_in_seconds:{Math.Max(0.05, seconds):0.###} num_workers:{Math.Max(1, workers)} random_seed:{seed}{(light ? " cp_model_probing_level:0 symmetry_level:0 max_presolve_iterations:1" : "")} log_search_progress:false"),
        };
        var status = solver.Solve(model);
        var assign = (int[])current.Clone();
        if (status is CpSolverStatus.Optimal or CpSolverStatus.Feasible)
        {
            for (int i = 0; i < d.N; i++)
            {
                if (freeMentee[i])
                {
                    assign[i] = -1;
                }
            }

            foreach (var ((i, j), v) in x)
            {
                if (solver.BooleanValue(v))
                {
                    assign[i] = j;
                }
            }
        }

        long bound = status is CpSolverStatus.Optimal or CpSolverStatus.Feasible
            ? (long)Math.Floor(solver.BestObjectiveBound + 1e-6)
            : long.MaxValue;
        return new Outcome(status, assign, bound);
    }

    private static void AddWindow(PodData d, CpModel model, int j, int[] cands, BoolVar[] xs, BoolVar open, List<int> hintMembers)
    {
        var hintWindow = d.MentorAvail[j];
        foreach (int i in hintMembers)
        {
            hintWindow = hintWindow.And(d.MenteeAvail[i]);
        }

        int hinted = hintMembers.Count > 0 && hintWindow.Count >= d.Hours ? 0 : d.Hours;
        var ys = new List<BoolVar>();
        foreach (int h in d.MentorAvail[j].EnumerateHours())
        {
            int free = cands.Count(i => d.MenteeAvail[i].Has(h));
            if (free < d.Min)
            {
                continue;
            }

            var y = model.NewBoolVar("y");
            ys.Add(y);
            bool hintY = hinted < d.Hours && hintWindow.Has(h);
            if (hintY)
            {
                hinted++;
            }

            model.AddHint(y, hintY);
            for (int a = 0; a < cands.Length; a++)
            {
                if (!d.MenteeAvail[cands[a]].Has(h))
                {
                    model.AddBoolOr([xs[a].Not(), y.Not()]);
                }
            }
        }

        model.Add(LinearExpr.Sum(ys) >= d.Hours * open);
    }

    private static void AddQuotas(
        PodData d, CpModel model, LinearExprBuilder obj, Dictionary<(int I, int J), BoolVar> x, BoolVar?[] open,
        int[] current, bool[] freeMentor, bool[] freeMentee, bool soft)
    {
        var byMentee = x.GroupBy(kv => kv.Key.I).ToDictionary(g => g.Key, g => g.Select(kv => kv.Value).ToArray());
        foreach (PodQuota quota in d.Problem.Quotas)
        {
            switch (quota)
            {
                case MinMatchedQuota mm:
                {
                    int need = mm.Required - mm.Mentees.Count(i => !freeMentee[i] && current[i] >= 0);
                    if (need <= 0)
                    {
                        break;
                    }

                    var terms = mm.Mentees.Where(byMentee.ContainsKey).SelectMany(i => byMentee[i]).ToArray();
                    if (soft)
                    {
                        var slack = model.NewIntVar(0, need, "slack");
                        model.Add(LinearExpr.Sum(terms) + slack >= need);
                        obj.AddTerm(slack, -d.Penalty);
                    }
                    else
                    {
                        model.Add(LinearExpr.Sum(terms) >= need);
                    }

                    break;
                }

                case MaxPerPodQuota mp:
                    for (int j = 0; j < d.M; j++)
                    {
                        if (!freeMentor[j])
                        {
                            continue;
                        }

                        var terms = mp.Mentees.Where(i => x.ContainsKey((i, j))).Select(i => x[(i, j)]).ToArray();
                        if (terms.Length > mp.MaxPerPod)
                        {
                            model.Add(LinearExpr.Sum(terms) <= mp.MaxPerPod);
                        }
                    }

                    break;
                case EveryMentorServedQuota em:
                    foreach (int j in em.MentorsIn(d.Problem))
                    {
                        if (!freeMentor[j] || open[j] is not { } o)
                        {
                            continue;
                        }

                        if (soft)
                        {
                            var slack = model.NewBoolVar("slack");
                            model.AddBoolOr([o, slack]);
                            obj.AddTerm(slack, -d.Penalty);
                        }
                        else
                        {
                            model.Add(o == 1);
                        }
                    }

                    break;
                default:
                    throw new ArgumentException("Unknown quota type: " + quota.GetType().Name);
            }
        }
    }
}
