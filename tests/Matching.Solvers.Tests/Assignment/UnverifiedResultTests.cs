// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Solvers.Assignment;
using Matching.Solvers.Flow;

namespace Matching.Solvers.Tests.Assignment;

/// <summary>
/// The chain "wrong flow → failed certificate": a flow solver that lies is caught by the assignment solver's
/// independent check, whatever the lie.
/// </summary>
public class UnverifiedResultTests
{
    // mentee 0: A costs 1, B costs 5; mentee 1: A costs 2, B costs 1; mentor A and B take one mentee each.
    private static AssignmentProblem Problem() =>
        new AssignmentProblemBuilder(2, 2, 100)
            .AddPair(0, 0, 1).AddPair(0, 1, 5)
            .AddPair(1, 0, 2).AddPair(1, 1, 1)
            .SetMentor(0, 0, 1)
            .SetMentor(1, 0, 1)
            .Build();

    [Fact]
    public void Solve_HonestSolver_IsVerified()
    {
        AssignmentResult result = new AssignmentSolver(new Lying(Lie.None)).Solve(Problem());

        Assert.True(result.Success);
        Assert.True(result.Certificate!.IsOptimal, result.Certificate.ToString());
        Assert.Equal([0, 1], result.MentorOf.ToArray());
    }

    [Theory]
    [InlineData(Lie.ClaimedCost, "not the claimed")]
    [InlineData(Lie.Potentials, "reduced cost")]
    [InlineData(Lie.DroppedUnit, "violates flow conservation")]
    public void Solve_LyingSolver_FailsTheCertificate(Lie lie, string expected)
    {
        AssignmentResult result = new AssignmentSolver(new Lying(lie)).Solve(Problem());

        Assert.NotNull(result.Certificate);
        Assert.False(result.Certificate.IsOptimal);
        Assert.Contains(result.Certificate.Violations, v => v.Contains(expected, StringComparison.Ordinal));
        Assert.StartsWith("NOT verified", result.Certificate.ToString(), StringComparison.Ordinal);
    }

    /// <summary>How the solver lies.</summary>
    public enum Lie
    {
        /// <summary>It does not.</summary>
        None,

        /// <summary>Reports one cost unit less than the flow costs.</summary>
        ClaimedCost,

        /// <summary>Shifts one node's potential so a reduced cost changes sign.</summary>
        Potentials,

        /// <summary>Removes one unit of flow from a used arc.</summary>
        DroppedUnit,
    }

    private sealed class Lying(Lie lie) : IMinCostFlowSolver
    {
        public FlowResult Solve(FlowNetwork network, CancellationToken cancellationToken = default)
        {
            FlowResult honest = new NetworkSimplexSolver().Solve(network, cancellationToken);
            long[] flow = honest.Flow.ToArray();
            long[] potentials = honest.Potentials.ToArray();
            long cost = honest.Cost;
            switch (lie)
            {
                case Lie.ClaimedCost:
                    cost--;
                    break;
                case Lie.Potentials:
                    for (int v = 0; v < potentials.Length; v++)
                    {
                        potentials[v] += (v % 2 == 0 ? 1_000 : -1_000) * (v + 1);
                    }

                    break;
                case Lie.DroppedUnit:
                    int used = Array.FindIndex(flow, f => f > 0);
                    flow[used]--;
                    cost -= network.Cost[used];
                    break;
            }

            return FlowResult.Optimal(flow, potentials, cost);
        }
    }
}
