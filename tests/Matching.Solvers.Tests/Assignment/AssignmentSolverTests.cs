// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Solvers.Assignment;
using Matching.Solvers.Flow;

namespace Matching.Solvers.Tests.Assignment;

/// <summary>The assignment model solved by the network simplex, on a hand-worked 3 mentees × 2 mentors example.</summary>
public class AssignmentSolverTests
{
    // Pair costs:       mentor A   mentor B
    //   mentee 0            1          5
    //   mentee 1            2          1
    //   mentee 2            3          4
    // Mentor A takes up to 2 mentees, mentor B 1; leaving a mentee unmatched costs 8.
    private static AssignmentProblemBuilder Example() =>
        new AssignmentProblemBuilder(3, 2, 8)
            .AddPair(0, 0, 1).AddPair(0, 1, 5)
            .AddPair(1, 0, 2).AddPair(1, 1, 1)
            .AddPair(2, 0, 3).AddPair(2, 1, 4)
            .SetMentor(0, 0, 2)
            .SetMentor(1, 0, 1);

    private readonly AssignmentSolver _solver = new(new NetworkSimplexSolver());

    [Fact]
    public void Solve_Plain_HandWorked()
    {
        // 0→A (1) + 1→B (1) + 2→A (3) = 5; the alternative 0→A, 1→A, 2→B costs 7.
        AssignmentResult result = _solver.Solve(Example().Build());

        Assert.True(result.Success);
        Assert.Equal(5, result.Cost);
        Assert.Equal([0, 1, 0], result.MentorOf.ToArray());
        Assert.True(result.Certificate!.IsOptimal);
    }

    [Fact]
    public void Solve_ConvexLoadCost_PrefersLeavingAMenteeUnmatched()
    {
        // A's second mentee now costs 10 extra: 2→A would cost 3 + 10, so mentee 2 stays unmatched (8): 1 + 1 + 8 = 10.
        AssignmentResult result = _solver.Solve(Example().SetMentor(0, 0, 2, [0, 10]).Build());

        Assert.Equal(10, result.Cost);
        Assert.Equal([0, 1, -1], result.MentorOf.ToArray());
    }

    [Fact]
    public void Solve_LockedPair_IsKept()
    {
        // Locking 2→B forces 0→A (1) and 1→A (2): 4 + 1 + 2 = 7.
        AssignmentResult result = _solver.Solve(Example().AddPair(2, 1, 4, locked: true).Build());

        Assert.Equal(7, result.Cost);
        Assert.Equal([0, 0, 1], result.MentorOf.ToArray());
    }

    [Fact]
    public void Solve_MinimumLoadAboveSupply_IsInfeasible()
    {
        // Both mentors must take 2 mentees: 4 > 3 mentees.
        AssignmentResult result = _solver.Solve(Example().SetMentor(0, 2, 2).SetMentor(1, 2, 2).Build());

        Assert.Equal(FlowStatus.Infeasible, result.Status);
        Assert.NotNull(result.Message);
    }

    [Fact]
    public void Solve_MustMatchWithFullMentors_IsInfeasibleFromTheFlow()
    {
        // Every mentee must be matched but only one mentor slot exists in total: detected by the flow, not by counting.
        var problem = new AssignmentProblemBuilder(2, 1, AssignmentProblem.MustMatch)
            .AddPair(0, 0, 1).AddPair(1, 0, 1)
            .SetMentor(0, 0, 1)
            .Build();

        AssignmentResult result = _solver.Solve(problem);

        Assert.Equal(FlowStatus.Infeasible, result.Status);
        Assert.Contains("cannot", result.Message, StringComparison.Ordinal);
    }
}
