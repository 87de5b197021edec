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
        return Solve(input, threshold, penalty, zeroPairCost: false, solver, cancellationToken);
    }

    /// <summary>The largest number of mentees that can be matched using only pairs with points ≥ <paramref name="threshold"/>.</summary>
    /// <remarks>Every pair costs 0 and every unmatched mentee 1, so the optimum cost is the number left unmatched.</remarks>
    public static int MaxMatchedCount(StrategyInput input, int threshold, IMinCostFlowSolver solver, CancellationToken cancellationToken)
    {
        int[] mentorOf = Solve(input, threshold, 1, zeroPairCost: true, solver, cancellationToken);
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
    /// Solves the threshold-restricted model exactly by candidate pricing (see <see cref="CandidatePricing"/>), starting
    /// from each mentee's <see cref="StrategyInput.CandidatesPerMentee"/> cheapest allowed pairs; the result equals a
    /// dense solve.
    /// </summary>
    private static int[] Solve(StrategyInput input, int threshold, long penalty, bool zeroPairCost, IMinCostFlowSolver solver, CancellationToken cancellationToken)
    {
        var costs = new ThresholdCosts(input, threshold, zeroPairCost);
        AssignmentProblem Build(bool[]? candidates)
        {
            var builder = new AssignmentProblemBuilder(input.Mentees, input.Mentors, penalty);
            for (int j = 0; j < input.Mentors; j++)
            {
                builder.SetMentor(j, 0, input.Capacity[j]);
            }

            for (int i = 0; i < input.Mentees; i++)
            {
                for (int j = 0; j < input.Mentors; j++)
                {
                    long cost = costs.Cost(i, j);
                    if (cost >= 0 && (candidates is null || candidates[(i * input.Mentors) + j]))
                    {
                        builder.AddPair(i, j, cost);
                    }
                }
            }

            return builder.Build();
        }

        AssignmentResult result = CandidatePricing.Solve(
            input.Mentees, input.Mentors, input.CandidatesPerMentee, costs, [], Build, new AssignmentSolver(solver), out _, cancellationToken);
        return Check(result).MentorOf.ToArray();
    }

    /// <summary>Pair costs restricted to pairs scoring at least a threshold: 100,000 − points (or 0), −1 when not allowed.</summary>
    private readonly struct ThresholdCosts(StrategyInput input, int threshold, bool zeroPairCost) : IPairCosts
    {
        public long Cost(int mentee, int mentor)
        {
            int points = input.Points(mentee, mentor);
            return points < 0 || points < threshold ? -1 : zeroPairCost ? 0 : ScoreTable.MaxPoints - points;
        }
    }

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
