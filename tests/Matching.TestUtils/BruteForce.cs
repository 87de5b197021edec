// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Solvers.Assignment;
using Matching.Solvers.Flow;

namespace Matching.TestUtils;

/// <summary>
/// Obviously-correct exhaustive reference solvers for tiny instances: they try every candidate solution, check
/// every rule directly, and keep the cheapest. Exponential; meant for differential tests only.
/// </summary>
public static class BruteForce
{
    /// <summary>The most mentees <see cref="Assignment"/> accepts.</summary>
    public const int MaxMentees = 7;

    /// <summary>The most flow vectors <see cref="MinCostFlow"/> accepts to enumerate.</summary>
    public const long MaxFlowCombinations = 1_000_000;

    /// <summary>
    /// Minimum cost over every integer flow with <c>lower ≤ flow ≤ capacity</c> on each arc that conserves flow
    /// at every node; null when there is none.
    /// </summary>
    public static long? MinCostFlow(FlowNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        int m = network.ArcCount;
        long combinations = 1;
        for (int a = 0; a < m; a++)
        {
            combinations *= network.Capacity[a] - network.Lower[a] + 1;
            if (combinations > MaxFlowCombinations)
            {
                throw new ArgumentException("Network too large for brute force.", nameof(network));
            }
        }

        var flow = new long[m];
        for (int a = 0; a < m; a++)
        {
            flow[a] = network.Lower[a];
        }

        long? best = null;
        var balance = new long[network.NodeCount];
        while (true)
        {
            // Check this flow vector.
            for (int v = 0; v < network.NodeCount; v++)
            {
                balance[v] = network.Supply[v];
            }

            long cost = 0;
            for (int a = 0; a < m; a++)
            {
                balance[network.Source[a]] -= flow[a];
                balance[network.Target[a]] += flow[a];
                cost += flow[a] * network.Cost[a];
            }

            if (Array.TrueForAll(balance, b => b == 0) && (best is null || cost < best))
            {
                best = cost;
            }

            // Next flow vector (odometer).
            int i = 0;
            while (i < m && flow[i] == network.Capacity[i])
            {
                flow[i] = network.Lower[i];
                i++;
            }

            if (i == m)
            {
                return best;
            }

            flow[i]++;
        }
    }

    /// <summary>
    /// The cheapest assignment found by trying, for every mentee, each of its candidate pairs and (if allowed)
    /// staying unmatched; null when no combination meets every rule.
    /// </summary>
    /// <returns>The optimal cost and one optimal mentor per mentee (−1 = unmatched), or null.</returns>
    public static (long Cost, int[] MentorOf)? Assignment(AssignmentProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        int n = problem.MenteeCount;
        if (n > MaxMentees)
        {
            throw new ArgumentException($"At most {MaxMentees} mentees.", nameof(problem));
        }

        // choice[i] is a pair index of mentee i, or -1 for unmatched.
        var options = new List<int>[n];
        for (int i = 0; i < n; i++)
        {
            options[i] = [];
            var range = problem.PairsOf(i);
            for (int p = range.Start.Value; p < range.End.Value; p++)
            {
                options[i].Add(p);
            }

            if (problem.GetUnmatchedPenalty(i) != AssignmentProblem.MustMatch)
            {
                options[i].Add(-1);
            }

            if (options[i].Count == 0)
            {
                return null;
            }
        }

        var pick = new int[n];
        (long Cost, int[] MentorOf)? best = null;
        while (true)
        {
            long? cost = Evaluate(problem, options, pick);
            if (cost is { } c && (best is null || c < best.Value.Cost))
            {
                var mentorOf = new int[n];
                for (int i = 0; i < n; i++)
                {
                    int p = options[i][pick[i]];
                    mentorOf[i] = p < 0 ? -1 : problem.PairMentor[p];
                }

                best = (c, mentorOf);
            }

            int k = 0;
            while (k < n && pick[k] == options[k].Count - 1)
            {
                pick[k] = 0;
                k++;
            }

            if (k == n)
            {
                return best;
            }

            pick[k]++;
        }
    }

    /// <summary>The cost of one complete choice, or null if it breaks a rule.</summary>
    private static long? Evaluate(AssignmentProblem problem, List<int>[] options, int[] pick)
    {
        var load = new int[problem.MentorCount];
        long cost = 0;
        for (int i = 0; i < problem.MenteeCount; i++)
        {
            int chosen = options[i][pick[i]];
            var range = problem.PairsOf(i);
            for (int p = range.Start.Value; p < range.End.Value; p++)
            {
                if (problem.PairLocked[p] && p != chosen)
                {
                    return null;
                }
            }

            if (chosen < 0)
            {
                cost += problem.GetUnmatchedPenalty(i);
            }
            else
            {
                cost += problem.PairCost[chosen];
                load[problem.PairMentor[chosen]]++;
            }
        }

        for (int j = 0; j < problem.MentorCount; j++)
        {
            if (load[j] < problem.MinLoad[j] || load[j] > problem.MaxLoad[j])
            {
                return null;
            }

            for (int k = 0; k < load[j]; k++)
            {
                cost += problem.GetLoadCost(j, k);
            }
        }

        return cost;
    }

    /// <summary>The cost of an assignment under <paramref name="problem"/>'s rules, or null if it breaks one.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="mentorOf">The mentor of every mentee, −1 for unmatched.</param>
    public static long? CostOf(AssignmentProblem problem, ReadOnlySpan<int> mentorOf)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var options = new List<int>[problem.MenteeCount];
        var pick = new int[problem.MenteeCount];
        for (int i = 0; i < problem.MenteeCount; i++)
        {
            // The cheapest pair to the chosen mentor (pairs may repeat), preferring a locked one.
            int chosen = -1;
            if (mentorOf[i] >= 0)
            {
                var range = problem.PairsOf(i);
                for (int p = range.Start.Value; p < range.End.Value; p++)
                {
                    if (problem.PairMentor[p] == mentorOf[i]
                        && (chosen < 0 || problem.PairLocked[p] || (!problem.PairLocked[chosen] && problem.PairCost[p] < problem.PairCost[chosen])))
                    {
                        chosen = p;
                    }
                }

                if (chosen < 0)
                {
                    return null;
                }
            }
            else if (problem.GetUnmatchedPenalty(i) == AssignmentProblem.MustMatch)
            {
                return null;
            }

            options[i] = [chosen];
        }

        return Evaluate(problem, options, pick);
    }
}
