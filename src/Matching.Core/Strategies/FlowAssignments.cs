// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Problem;
using Matching.Solvers.Assignment;
using Matching.Solvers.Flow;

namespace Matching.Core.Strategies;

/// <summary>The min-cost-flow models the flow-based strategies share, restricted to pairs scoring at least a threshold.</summary>
internal static class FlowAssignments
{

    /// <summary>
    /// Most mentees matched, then the highest total points, using only pairs with points ≥ <paramref name="threshold"/>:
    /// pair cost <c>100,000 − points</c>, unmatched cost <c>(n + 1) × 100,000</c> (more than any set of pairs).
    /// </summary>
    public static int[] CoverageThenScore(StrategyInput input, int threshold, IMinCostFlowSolver solver, CancellationToken cancellationToken)
    {
        long penalty = checked((input.Mentees + 1L) * ScoreTable.MaxPoints);
        return Solve(input, threshold, penalty, points => ScoreTable.MaxPoints - points, solver, cancellationToken);
    }

    /// <summary>The largest number of mentees that can be matched using only pairs with points ≥ <paramref name="threshold"/>.</summary>
    /// <remarks>Every pair costs 0 and every unmatched mentee 1, so the optimum cost is the number left unmatched.</remarks>
    public static int MaxMatchedCount(StrategyInput input, int threshold, IMinCostFlowSolver solver, CancellationToken cancellationToken)
    {
        int[] mentorOf = Solve(input, threshold, 1, _ => 0, solver, cancellationToken);
        int count = 0;
        foreach (int j in mentorOf)
        {
            if (j >= 0)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// Solves the threshold-restricted model exactly by candidate pricing, as the engine does: each mentee starts with
    /// its <see cref="StrategyInput.CandidatesPerMentee"/> cheapest allowed pairs; every left-out allowed pair is priced with the
    /// optimal potentials and joins when its reduced cost is negative; repeat until none is. The optimum over the
    /// candidates is then optimal over all allowed pairs (duality), so the result equals a dense solve.
    /// </summary>
    private static int[] Solve(StrategyInput input, int threshold, long penalty, Func<int, long> cost, IMinCostFlowSolver solver, CancellationToken cancellationToken)
    {
        int n = input.Mentees;
        int m = input.Mentors;
        bool[]? candidates = null;
        int k = input.CandidatesPerMentee;
        if (m > 2 * k)
        {
            candidates = new bool[n * m];
            var keys = new long[m];
            for (int i = 0; i < n; i++)
            {
                ReadOnlySpan<int> row = input.Row(i);
                int count = 0;
                for (int j = 0; j < m; j++)
                {
                    if (Allowed(input, row, j, threshold))
                    {
                        keys[count++] = (cost(row[j]) << 32) | (uint)j;
                    }
                }

                Span<long> best = keys.AsSpan(0, count);
                if (count > k)
                {
                    best.Sort();
                    best = best[..k];
                }

                foreach (long key in best)
                {
                    candidates[(i * m) + (int)(key & 0xFFFFFFFF)] = true;
                }
            }
        }

        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var builder = new AssignmentProblemBuilder(n, m, penalty);
            for (int j = 0; j < m; j++)
            {
                builder.SetMentor(j, 0, input.Capacity[j]);
            }

            for (int i = 0; i < n; i++)
            {
                ReadOnlySpan<int> row = input.Row(i);
                for (int j = 0; j < row.Length; j++)
                {
                    if (Allowed(input, row, j, threshold) && (candidates is null || candidates[(i * m) + j]))
                    {
                        builder.AddPair(i, j, cost(row[j]));
                    }
                }
            }

            AssignmentResult result = Check(new AssignmentSolver(solver).Solve(builder.Build(), cancellationToken));
            if (candidates is null)
            {
                return result.MentorOf.ToArray();
            }

            ReadOnlySpan<long> potential = result.Potentials;
            int added = 0;
            for (int i = 0; i < n; i++)
            {
                ReadOnlySpan<int> row = input.Row(i);
                for (int j = 0; j < m; j++)
                {
                    if (!candidates[(i * m) + j] && Allowed(input, row, j, threshold) && cost(row[j]) + potential[i] - potential[n + j] < 0)
                    {
                        candidates[(i * m) + j] = true;
                        added++;
                    }
                }
            }

            if (added == 0)
            {
                return result.MentorOf.ToArray();
            }
        }
    }

    private static bool Allowed(StrategyInput input, ReadOnlySpan<int> row, int j, int threshold) =>
        row[j] >= 0 && row[j] >= threshold && input.Capacity[j] > 0;

    private static AssignmentResult Check(AssignmentResult result)
    {
        if (!result.Success)
        {
            // Without locked pairs or minimum loads every instance is feasible (anyone may stay unmatched).
            throw new InvalidOperationException("The assignment solver failed on an always-feasible model: " + result.Message);
        }

        if (result.Certificate is { IsOptimal: false } certificate)
        {
            throw new InvalidOperationException("The assignment solver's answer failed its optimality check: " + certificate);
        }

        return result;
    }
}
