// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Rules;
using Matching.Solvers.Assignment;
using Matching.Solvers.Flow;

namespace Matching.Core.Strategies;

/// <summary>The exact models the flow-based strategies use: the program's own model, restricted to pairs whose value is at least a threshold.</summary>
internal static class FlowAssignments
{
    /// <summary>
    /// Most mentees matched, then the highest total value, using only pairs with value ≥ <paramref name="threshold"/>
    /// (kept pairs always), under every rule of the program.
    /// </summary>
    /// <exception cref="InvalidOperationException">The rules cannot be met with those pairs.</exception>
    public static int[] CoverageThenScore(ProgramRules rules, int threshold, IMinCostFlowSolver solver, CancellationToken cancellationToken) =>
        rules.SolvePositions(new FlowModel(threshold, CountOnly: false, CoverageFirst: true), solver, cancellationToken);

    /// <summary>
    /// The largest number of mentees that can be matched using only pairs with value ≥ <paramref name="threshold"/>
    /// (kept pairs always) under every rule, or −1 when the rules cannot be met with those pairs.
    /// </summary>
    /// <remarks>Every pair costs 0 and every unmatched mentee 1, so the optimum cost is the number left unmatched.</remarks>
    public static int MaxMatchedCount(ProgramRules rules, int threshold, IMinCostFlowSolver solver, CancellationToken cancellationToken)
    {
        AssignmentResult result = rules.Solve(new FlowModel(threshold, CountOnly: true, CoverageFirst: true), new AssignmentSolver(solver), out _, cancellationToken);
        if (!result.Success)
        {
            return -1;
        }

        if (result.Certificate is { IsOptimal: false } certificate)
        {
            throw new InvalidOperationException("The assignment solver's answer failed its optimality check: " + certificate);
        }

        int count = 0;
        foreach (int j in result.MentorOf)
        {
            if (j >= 0)
            {
                count++;
            }
        }

        return count;
    }
}
