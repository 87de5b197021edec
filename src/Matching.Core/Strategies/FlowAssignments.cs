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

    /// <summary>Solves an assignment problem and returns the mentor of each mentee, failing loudly if the solver does.</summary>
    public static int[] Solve(AssignmentProblem assignment, IMinCostFlowSolver solver, CancellationToken cancellationToken)
    {
        AssignmentResult result = new AssignmentSolver(solver).Solve(assignment, cancellationToken);
        if (!result.Success)
        {
            // Without locked pairs or minimum loads every instance is feasible (anyone may stay unmatched).
            throw new InvalidOperationException("The assignment solver failed on an always-feasible model: " + result.Message);
        }

        if (result.Certificate is { IsOptimal: false } certificate)
        {
            throw new InvalidOperationException("The assignment solver's answer failed its optimality check: " + certificate);
        }

        return result.MentorOf.ToArray();
    }

    private static int[] Solve(StrategyInput input, int threshold, long penalty, Func<int, long> cost, IMinCostFlowSolver solver, CancellationToken cancellationToken)
    {
        var builder = new AssignmentProblemBuilder(input.Mentees, input.Mentors, penalty);
        for (int j = 0; j < input.Mentors; j++)
        {
            builder.SetMentor(j, 0, input.Capacity[j]);
        }

        for (int i = 0; i < input.Mentees; i++)
        {
            ReadOnlySpan<int> row = input.Row(i);
            for (int j = 0; j < row.Length; j++)
            {
                if (row[j] >= 0 && row[j] >= threshold && input.Capacity[j] > 0)
                {
                    builder.AddPair(i, j, cost(row[j]));
                }
            }
        }

        return Solve(builder.Build(), solver, cancellationToken);
    }
}
