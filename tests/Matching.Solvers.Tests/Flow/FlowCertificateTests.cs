// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Solvers.Flow;

namespace Matching.Solvers.Tests.Flow;

/// <summary>
/// The certificate checker must say no: each violation branch is fed a wrong flow, wrong potentials or a wrong cost,
/// and the verdict and the message are asserted by content.
/// </summary>
public class FlowCertificateTests
{
    // Two parallel arcs 0 -> 1, two units to send: arc 0 costs −1 (capacity 2), arc 1 costs 0 (capacity 2).
    // Optimum: both units on arc 0, cost −2; potentials π = (0, 0) prove it (rc(arc 0) = −1 < 0 at capacity,
    // rc(arc 1) = 0).
    private static readonly FlowNetwork Parallel = Network(2, [(0, 1, 0, 2, -1), (0, 1, 0, 2, 0)], 2, -2);

    [Fact]
    public void Check_OptimalFlowWithProvingPotentials_IsVerified()
    {
        CertificateReport report = FlowCertificate.Check(Parallel, [2, 0], [0, 0], -2);

        Assert.True(report.IsFeasible);
        Assert.True(report.IsOptimal);
        Assert.Equal(0, report.ViolationCount);
        Assert.Empty(report.Violations);
        Assert.Equal("optimal (certificate verified)", report.ToString());
    }

    [Fact]
    public void Check_SolverResult_IsVerified()
    {
        FlowNetwork network = Network(4, [(0, 2, 0, 3, 1), (0, 3, 0, 3, 4), (1, 2, 0, 2, 3), (1, 3, 0, 2, 2)], 3, 2, -4, -1);
        FlowResult result = new NetworkSimplexSolver().Solve(network);

        CertificateReport report = FlowCertificate.Check(network, result);

        Assert.True(report.IsOptimal, report.ToString());
        Assert.Equal(8, result.Cost);
    }

    [Fact]
    public void Check_FlowOfWrongLength_IsRejected()
    {
        CertificateReport report = FlowCertificate.Check(Parallel, [2], [0, 0], -2);

        Assert.False(report.IsFeasible);
        Assert.False(report.IsOptimal);
        Assert.Equal(1, report.ViolationCount);
        Assert.Contains("flow has 1 entries for 2 arcs", report.Violations[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PotentialsOfWrongLength_AreRejected()
    {
        CertificateReport report = FlowCertificate.Check(Parallel, [2, 0], [0, 0, 0], -2);

        Assert.False(report.IsFeasible);
        Assert.False(report.IsOptimal);
        Assert.Contains("potentials have 3 entries for 2 nodes", report.Violations[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FlowAboveCapacity_IsInfeasibleAndNotOptimal()
    {
        // Arc 0 carries 3 > capacity 2; arc 1 carries −1 < lower 0: conservation still holds (3 − 1 = 2).
        CertificateReport report = FlowCertificate.Check(Parallel, [3, -1], [0, 0], -3);

        Assert.False(report.IsFeasible);
        Assert.False(report.IsOptimal);
        Assert.Equal(2, report.Violations.Count(v => v.Contains("outside [0, 2]", StringComparison.Ordinal)));
        Assert.Contains(report.Violations, v => v.Contains("carries 3", StringComparison.Ordinal));
        Assert.Contains(report.Violations, v => v.Contains("carries -1", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_FlowAtExactBounds_IsNotABoundViolation()
    {
        // Both arcs at a bound (2 = capacity, 0 = lower): nothing about bounds may be reported.
        CertificateReport report = FlowCertificate.Check(Parallel, [2, 0], [0, 0], -2);

        Assert.DoesNotContain(report.Violations, v => v.Contains("outside", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ConservationBroken_IsInfeasible()
    {
        // Within bounds, but node 0 ships only one of its two units.
        CertificateReport report = FlowCertificate.Check(Parallel, [1, 0], [0, 0], -1);

        Assert.False(report.IsFeasible);
        Assert.False(report.IsOptimal);
        Assert.Equal(2, report.Violations.Count(v => v.Contains("violates flow conservation by", StringComparison.Ordinal)));
        Assert.Contains(report.Violations, v => v.EndsWith("by 1", StringComparison.Ordinal));
        Assert.Contains(report.Violations, v => v.EndsWith("by -1", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ConservationBrokenAtLastNodeOnly_IsInfeasible()
    {
        // Three nodes, supply at 0, demand at 2; the flow stops at node 1, so nodes 1 and 2 are out of balance and
        // the very last node must be checked too.
        FlowNetwork chain = Network(3, [(0, 1, 0, 1, 1), (1, 2, 0, 1, 1)], 1, 0, -1);

        CertificateReport report = FlowCertificate.Check(chain, [1, 0], [0, 1, 2], 1);

        Assert.False(report.IsFeasible);
        Assert.Equal(2, report.Violations.Count(v => v.Contains("violates flow conservation", StringComparison.Ordinal)));
    }

    [Fact]
    public void Check_NegativeReducedCostArcBelowCapacity_IsFeasibleButNotOptimal()
    {
        // One unit on each arc: feasible, cost −1, but arc 0 has rc = −1 and is not saturated.
        CertificateReport report = FlowCertificate.Check(Parallel, [1, 1], [0, 0], -1);

        Assert.True(report.IsFeasible);
        Assert.False(report.IsOptimal);
        string violation = Assert.Single(report.Violations);
        Assert.Contains("reduced cost -1 < 0 but flow 1 below its capacity 2", violation, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PositiveReducedCostArcAboveLowerBound_IsFeasibleButNotOptimal()
    {
        // π = (1, 0): rc(arc 0) = 0, rc(arc 1) = 1 > 0 while arc 1 carries a unit.
        CertificateReport report = FlowCertificate.Check(Parallel, [1, 1], [1, 0], -1);

        Assert.True(report.IsFeasible);
        Assert.False(report.IsOptimal);
        string violation = Assert.Single(report.Violations);
        Assert.Contains("reduced cost 1 > 0 but flow 1 above its lower bound 0", violation, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ZeroReducedCost_AllowsAnyFlowWithinBounds()
    {
        // rc = 0 on both arcs when both cost the same: any split is optimal.
        FlowNetwork equal = Network(2, [(0, 1, 0, 2, 3), (0, 1, 0, 2, 3)], 2, -2);

        CertificateReport report = FlowCertificate.Check(equal, [1, 1], [0, 3], 6);

        Assert.True(report.IsOptimal, report.ToString());
    }

    [Fact]
    public void Check_WrongClaimedCost_IsNotOptimal()
    {
        CertificateReport report = FlowCertificate.Check(Parallel, [2, 0], [0, 0], -3);

        Assert.True(report.IsFeasible);
        Assert.False(report.IsOptimal);
        string violation = Assert.Single(report.Violations);
        Assert.Contains("the flow costs -2, not the claimed -3", violation, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CostBeyond64Bits_IsComputedExactly()
    {
        // 4 units at cost 2^62 each is 2^64: a 64-bit sum wraps to 0, the checker must not.
        long big = 1L << 62;
        FlowNetwork network = Network(2, [(0, 1, 0, 4, big)], 4, -4);

        CertificateReport report = FlowCertificate.Check(network, [4], [0, big], 0);

        Assert.False(report.IsOptimal);
        Assert.Contains("the flow costs 18446744073709551616, not the claimed 0", Assert.Single(report.Violations), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ReducedCostBeyond64Bits_IsComputedExactly()
    {
        // cost + π(source) − π(target) = max + max − (−max) overflows 64 bits; the sign must still be right.
        FlowNetwork network = Network(2, [(0, 1, 0, 1, long.MaxValue)], 0, 0);

        CertificateReport report = FlowCertificate.Check(network, [0], [long.MaxValue, -long.MaxValue], 0);

        Assert.True(report.IsOptimal, report.ToString());
    }

    [Fact]
    public void Check_ManyViolations_CountsAllButDescribesTwenty()
    {
        var arcs = Enumerable.Range(0, 25).Select(_ => (0, 1, 0L, 1L, 0L)).ToArray();
        FlowNetwork network = Network(2, arcs, 0, 0);
        long[] flow = [.. Enumerable.Repeat(5L, 25)];

        CertificateReport report = FlowCertificate.Check(network, flow, [0, 0], 0);

        Assert.False(report.IsFeasible);
        Assert.Equal(20, report.Violations.Count);
        Assert.Equal(25 + 2, report.ViolationCount); // 25 bound violations and two unbalanced nodes
        Assert.StartsWith("NOT verified: 27 violation(s): ", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ResultThatIsNotOptimal_Throws()
    {
        FlowNetwork infeasible = Network(2, [], 1, -1);
        FlowResult result = new NetworkSimplexSolver().Solve(infeasible);
        Assert.False(result.Success);

        var error = Assert.Throws<ArgumentException>(() => FlowCertificate.Check(infeasible, result));
        Assert.Equal("result", error.ParamName);
        Assert.StartsWith("Only an optimal result carries a certificate.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => FlowCertificate.Check(null!, [], [], 0));
        Assert.Equal("result", Assert.Throws<ArgumentNullException>(() => FlowCertificate.Check(Parallel, null!)).ParamName);
    }

    private static FlowNetwork Network(int nodes, (int From, int To, long Lower, long Capacity, long Cost)[] arcs, params long[] supplies)
    {
        var builder = new FlowNetworkBuilder(nodes, Math.Max(1, arcs.Length));
        builder.AddNodes(nodes);
        for (int v = 0; v < supplies.Length; v++)
        {
            builder.SetSupply(v, supplies[v]);
        }

        foreach (var arc in arcs)
        {
            builder.AddArc(arc.From, arc.To, arc.Lower, arc.Capacity, arc.Cost);
        }

        return builder.Build();
    }
}
