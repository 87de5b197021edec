// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Diagnostics;
using System.Globalization;
using Google.OrTools.Sat;

namespace Matching.OrTools.Circles;

/// <summary>Outcome of a circle solve.</summary>
public enum CircleStatus
{
    /// <summary>Proven optimal.</summary>
    Optimal,

    /// <summary>Valid; the bound says how far from optimal it can be.</summary>
    Feasible,

    /// <summary>The time limit passed before any solution was found.</summary>
    Unknown,
}

/// <summary>Result of <see cref="CircleSolver.Solve"/>.</summary>
public sealed class CircleResult
{
    internal CircleResult(CircleStatus status, IReadOnlyList<IReadOnlyList<int>> circlesOfMentee)
    {
        Status = status;
        CirclesOfMentee = circlesOfMentee;
    }

    /// <summary>Gets the status.</summary>
    public CircleStatus Status { get; }

    /// <summary>Gets, for each mentee, the circles joined (increasing; empty = none).</summary>
    public IReadOnlyList<IReadOnlyList<int>> CirclesOfMentee { get; }

    /// <summary>Gets the number of mentees in at least one circle.</summary>
    public int Covered { get; init; }

    /// <summary>Gets the total of (interest points + 1) over all memberships.</summary>
    public long Quality { get; init; }

    /// <summary>Gets the points one covered mentee is worth (more than any quality total).</summary>
    public long CoverageWeight { get; init; }

    /// <summary>Gets the objective <c>CoverageWeight · Covered + Quality</c>.</summary>
    public long Objective { get; init; }

    /// <summary>Gets CP-SAT's proven upper bound on the objective.</summary>
    public long BestBound { get; init; }

    /// <summary>Gets the relative gap <c>(BestBound − Objective) / max(1, BestBound)</c>.</summary>
    public double Gap => BestBound <= 0 ? 0 : (double)(BestBound - Objective) / BestBound;

    /// <summary>Gets the wall-clock time of the solve.</summary>
    public TimeSpan Elapsed { get; init; }
}

/// <summary>
/// Optimal topic-circle allocation with CP-SAT: first as many mentees in at least one circle as possible, then the
/// most interest (each membership earns its interest points + 1, so more memberships are preferred at equal
/// points). Circles run with 0 or between <see cref="CircleProblem.MinCircleSize"/> and their capacity members;
/// facilitators take at most their capacity over all their circles; each mentee joins at most K circles it is
/// interested in. The stable (envy-free) alternative for K = 1 is
/// <c>Matching.Solvers.Stable.StudentProjectAllocation.StudentOptimal</c>.
/// </summary>
public static class CircleSolver
{
    /// <summary>Solves the program.</summary>
    /// <param name="problem">The program.</param>
    /// <param name="timeLimit">Wall-clock limit (default 10 s).</param>
    /// <param name="workers">CP-SAT workers (default 2).</param>
    /// <returns>The allocation, objective and bound.</returns>
    /// <exception cref="ArgumentException">The problem is malformed.</exception>
    public static CircleResult Solve(CircleProblem problem, TimeSpan? timeLimit = null, int workers = 2)
    {
        ArgumentNullException.ThrowIfNull(problem);
        problem.Validate();
        var clock = Stopwatch.StartNew();
        int n = problem.MenteeCount, c = problem.CircleCount;
        long coverage = 1;
        for (int i = 0; i < n; i++)
        {
            coverage += Enumerable.Range(0, c).Select(t => problem.Interest[(i * c) + t]).Where(v => v >= 0)
                .Select(v => (long)v + 1).OrderDescending().Take(problem.MaxCirclesPerMentee).Sum();
        }

        var model = new CpModel();
        var obj = LinearExpr.NewBuilder();
        var x = new BoolVar?[n * c];
        var perCircle = new List<BoolVar>[c];
        var perFacilitator = new List<BoolVar>[problem.FacilitatorCapacity.Count];
        for (int t = 0; t < c; t++)
        {
            perCircle[t] = [];
        }

        for (int f = 0; f < perFacilitator.Length; f++)
        {
            perFacilitator[f] = [];
        }

        for (int i = 0; i < n; i++)
        {
            var mine = new List<BoolVar>();
            for (int t = 0; t < c; t++)
            {
                int v = problem.Interest[(i * c) + t];
                if (v < 0 || problem.CircleCapacity[t] < problem.MinCircleSize)
                {
                    continue;
                }

                var b = model.NewBoolVar("x");
                x[(i * c) + t] = b;
                mine.Add(b);
                perCircle[t].Add(b);
                perFacilitator[problem.CircleFacilitator[t]].Add(b);
                obj.AddTerm(b, v + 1);
            }

            if (mine.Count == 0)
            {
                continue;
            }

            model.Add(LinearExpr.Sum(mine) <= problem.MaxCirclesPerMentee);
            var covered = model.NewBoolVar("covered");
            model.Add(LinearExpr.Sum(mine) >= covered);
            obj.AddTerm(covered, coverage);
        }

        for (int t = 0; t < c; t++)
        {
            if (perCircle[t].Count == 0)
            {
                continue;
            }

            var open = model.NewBoolVar("open");
            model.Add(LinearExpr.Sum(perCircle[t]) <= problem.CircleCapacity[t] * open);
            model.Add(LinearExpr.Sum(perCircle[t]) >= problem.MinCircleSize * open);
        }

        for (int f = 0; f < perFacilitator.Length; f++)
        {
            if (perFacilitator[f].Count > problem.FacilitatorCapacity[f])
            {
                model.Add(LinearExpr.Sum(perFacilitator[f]) <= problem.FacilitatorCapacity[f]);
            }
        }

        model.Maximize(obj);
        var solver = new CpSolver
        {
            StringParameters = string.Create(
                CultureInfo.InvariantCulture,
                $"max_time_in_seconds:{(timeLimit ?? TimeSpan.FromSeconds(10)).TotalSeconds:0.###} num_workers:{Math.Max(1, workers)}"),
        };
        var status = solver.Solve(model);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            return new CircleResult(CircleStatus.Unknown, [.. Enumerable.Range(0, n).Select(_ => (IReadOnlyList<int>)[])])
            {
                CoverageWeight = coverage,
                Elapsed = clock.Elapsed,
            };
        }

        var circles = new IReadOnlyList<int>[n];
        int coveredCount = 0;
        long quality = 0;
        for (int i = 0; i < n; i++)
        {
            var list = new List<int>();
            for (int t = 0; t < c; t++)
            {
                if (x[(i * c) + t] is { } b && solver.BooleanValue(b))
                {
                    list.Add(t);
                    quality += problem.Interest[(i * c) + t] + 1;
                }
            }

            circles[i] = list;
            coveredCount += list.Count > 0 ? 1 : 0;
        }

        return new CircleResult(status == CpSolverStatus.Optimal ? CircleStatus.Optimal : CircleStatus.Feasible, circles)
        {
            Covered = coveredCount,
            Quality = quality,
            CoverageWeight = coverage,
            Objective = (coverage * coveredCount) + quality,
            BestBound = (long)Math.Floor(solver.BestObjectiveBound + 1e-6),
            Elapsed = clock.Elapsed,
        };
    }
}
