// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Solvers.Flow;

namespace Matching.Solvers.Tests.Flow;

public class NetworkSimplexSolverTests
{
    private readonly NetworkSimplexSolver _solver = new();

    [Fact]
    public void Solve_WhenNetworkNull_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => _solver.Solve(null!));
    }

    [Fact]
    public void Solve_WhenCancelled_Throws()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        Assert.Throws<OperationCanceledException>(() => _solver.Solve(Network(2, [(0, 1, 0, 1, 1)], 1, -1), source.Token));
    }

    [Fact]
    public void Solve_EmptyNetwork_IsOptimalWithZeroCost()
    {
        FlowResult result = _solver.Solve(new FlowNetworkBuilder().Build());

        Assert.True(result.Success);
        Assert.Equal(0, result.Cost);
        Assert.Equal(0, result.Flow.Length);
        Assert.Equal(0, result.Potentials.Length);
    }

    [Fact]
    public void Solve_ZeroSupply_SendsNothing()
    {
        FlowNetwork network = Network(3, [(0, 1, 0, 5, 2), (1, 2, 0, 5, 3)], 0, 0, 0);

        FlowResult result = SolveAndCertify(network);

        Assert.Equal(0, result.Cost);
        Assert.Equal([0, 0], result.Flow.ToArray());
    }

    [Fact]
    public void Solve_Transportation_HandWorked()
    {
        // Sources 0 (supply 3) and 1 (supply 2); sinks 2 (demand 4) and 3 (demand 1).
        //
        //   arc      cap  cost  flow
        //   0 -> 2    3    1     3    node 0 ships everything on its cheap arc
        //   0 -> 3    3    4     0
        //   1 -> 2    2    3     1    node 2 still needs one unit: 1 -> 2 costs 3, 0 -> 3 -> … is no path
        //   1 -> 3    2    2     1
        //
        // Cost 3·1 + 1·3 + 1·2 = 8; the alternative 0->2 ×2, 0->3 ×1, 1->2 ×2 costs 2 + 4 + 6 = 12.
        FlowNetwork network = Network(4, [(0, 2, 0, 3, 1), (0, 3, 0, 3, 4), (1, 2, 0, 2, 3), (1, 3, 0, 2, 2)], 3, 2, -4, -1);

        FlowResult result = SolveAndCertify(network);

        Assert.Equal(8, result.Cost);
        Assert.Equal([3, 0, 1, 1], result.Flow.ToArray());
    }

    [Fact]
    public void Solve_LowerBound_ForcesFlowOntoExpensiveArc()
    {
        // Two units from 0 to 1: arc 0 costs 1, arc 1 costs 5 but must carry at least 1. Optimum 1·1 + 1·5 = 6.
        FlowNetwork network = Network(2, [(0, 1, 0, 2, 1), (0, 1, 1, 2, 5)], 2, -2);

        FlowResult result = SolveAndCertify(network);

        Assert.Equal(6, result.Cost);
        Assert.Equal([1, 1], result.Flow.ToArray());
    }

    [Fact]
    public void Solve_LowerBoundEqualsCapacity_FixesTheFlow()
    {
        // A circulation forced through 0 -> 1 -> 0 by lower bounds of 2 on both arcs: cost 2·3 + 2·(−1) = 4.
        FlowNetwork network = Network(2, [(0, 1, 2, 2, 3), (1, 0, 2, 4, -1)], 0, 0);

        FlowResult result = SolveAndCertify(network);

        // The back arc is negative, but raising it would need more flow on the fixed arc: it stays at 2.
        Assert.Equal(4, result.Cost);
        Assert.Equal([2, 2], result.Flow.ToArray());
    }

    [Fact]
    public void Solve_ParallelArcs_FillsCheapestFirst()
    {
        // Two units over three parallel unit arcs costing 5, 1 and 3: use the 1 and the 3.
        FlowNetwork network = Network(2, [(0, 1, 0, 1, 5), (0, 1, 0, 1, 1), (0, 1, 0, 1, 3)], 2, -2);

        FlowResult result = SolveAndCertify(network);

        Assert.Equal(4, result.Cost);
        Assert.Equal([0, 1, 1], result.Flow.ToArray());
    }

    [Fact]
    public void Solve_NegativeCostCycle_SaturatesIt()
    {
        // No supply, but the cycle 0 -> 1 -> 2 -> 0 costs −3 per unit and carries 2: cost −6.
        FlowNetwork network = Network(3, [(0, 1, 0, 2, -1), (1, 2, 0, 5, -1), (2, 0, 0, 2, -1)], 0, 0, 0);

        FlowResult result = SolveAndCertify(network);

        Assert.Equal(-6, result.Cost);
        Assert.Equal([2, 2, 2], result.Flow.ToArray());
    }

    [Fact]
    public void Solve_NegativeSelfLoop_IsSaturated()
    {
        FlowNetwork network = Network(1, [(0, 0, 0, 3, -2)], 0);

        FlowResult result = SolveAndCertify(network);

        Assert.Equal(-6, result.Cost);
    }

    [Fact]
    public void Solve_NegativeCostsOnPath_TakesTheCheaperRoute()
    {
        // 0 -> 1 -> 3 costs 4 + (−6) = −2; 0 -> 2 -> 3 costs 1 + 1 = 2. One unit: −2.
        FlowNetwork network = Network(4, [(0, 1, 0, 1, 4), (1, 3, 0, 1, -6), (0, 2, 0, 1, 1), (2, 3, 0, 1, 1)], 1, 0, 0, -1);

        FlowResult result = SolveAndCertify(network);

        Assert.Equal(-2, result.Cost);
        Assert.Equal([1, 1, 0, 0], result.Flow.ToArray());
    }

    [Fact]
    public void Solve_UncapacitatedNegativeCycle_IsUnbounded()
    {
        FlowNetwork network = Network(2, [(0, 1, 0, long.MaxValue, -1), (1, 0, 0, long.MaxValue, 0)], 0, 0);

        FlowResult result = _solver.Solve(network);

        Assert.Equal(FlowStatus.Unbounded, result.Status);
        Assert.Contains("unbounded", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Solve_CapacityTooSmall_IsInfeasibleAndNamesTheNodes()
    {
        // Node 0 must send 3 units to node 1 over an arc of capacity 2.
        FlowNetwork network = Network(2, [(0, 1, 0, 2, 1)], 3, -3);

        FlowResult result = _solver.Solve(network);

        Assert.Equal(FlowStatus.Infeasible, result.Status);
        Assert.Contains("node 1 cannot receive 1 unit(s)", result.Message, StringComparison.Ordinal);
        Assert.Equal(0, result.Flow.Length);
    }

    [Fact]
    public void Solve_UnreachableDemand_IsInfeasible()
    {
        // Node 2 has a demand but no arc enters it.
        FlowNetwork network = Network(3, [(0, 1, 0, 5, 1)], 1, 0, -1);

        FlowResult result = _solver.Solve(network);

        Assert.Equal(FlowStatus.Infeasible, result.Status);
        Assert.Contains("node 2", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Solve_LowerBoundWithNoWayBack_IsInfeasible()
    {
        // The arc 0 -> 1 must carry 2 units, but nothing supplies node 0 or absorbs them at node 1.
        FlowNetwork network = Network(2, [(0, 1, 2, 3, 1)], 0, 0);

        FlowResult result = _solver.Solve(network);

        Assert.Equal(FlowStatus.Infeasible, result.Status);
        Assert.Contains("node 0", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Solve_SuppliesDoNotBalance_IsInfeasible()
    {
        FlowResult result = _solver.Solve(Network(2, [(0, 1, 0, 5, 1)], 2, -1));

        Assert.Equal(FlowStatus.Infeasible, result.Status);
        Assert.Contains("sum to 1", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Solve_HugeCosts_AreOutOfRangeNotAWrongAnswer()
    {
        // Costs this large leave no room for the potentials: both solvers refuse them clearly (FlowLimits, issue 16).
        const long Big = 2_000_000_000_000_000_000;
        FlowNetwork network = Network(3, [(0, 1, 0, 1, Big), (0, 2, 0, 1, 1), (2, 1, 0, 1, 1)], 1, -1, 0);

        FlowResult result = new NetworkSimplexSolver().Solve(network);

        Assert.Equal(FlowStatus.OutOfRange, result.Status);
        Assert.Contains("exceeds 2^59", result.Message, StringComparison.Ordinal);
        Assert.Equal(FlowStatus.OutOfRange, new SuccessiveShortestPathSolver().Solve(network).Status);
    }

    [Theory]
    [InlineData(0, "1152921504606846977")] // capacities alone: 2^59 + 2^59 + 1
    [InlineData(1, "1152921504606846979")] // plus a supply of 1 at each end
    public void Solve_QuantitiesJustAbove2To60_AreOutOfRangeWithTheExactTotal(long supply, string total)
    {
        const long Half = 1L << 59;
        FlowNetwork network = Network(2, [(0, 1, 0, Half, 1), (0, 1, 0, Half + 1, 2)], supply, -supply);

        FlowResult result = new NetworkSimplexSolver().Solve(network);

        Assert.Equal(FlowStatus.OutOfRange, result.Status);
        Assert.Contains($"= {total} exceeds 2^60", result.Message, StringComparison.Ordinal);
        Assert.Null(FlowLimits.Check(Network(2, [(0, 1, 0, Half, 1), (0, 1, 0, Half - (2 * supply), 2)], supply, -supply)));
    }

    [Fact]
    public void Solve_CostsAtTheLimit_StillExact()
    {
        // The largest cost within range for 3 nodes: (3 + 1) × cost ≤ 2^59.
        const long Big = FlowLimits.MaxCostTimesNodes / 4;
        FlowNetwork network = Network(3, [(0, 1, 0, 1, Big), (0, 2, 0, 1, 1), (2, 1, 0, 1, 1)], 1, -1, 0);

        FlowResult result = SolveAndCertify(network);

        Assert.Equal(2, result.Cost);
    }

    [Fact]
    public void Solve_SameAsSuccessiveShortestPaths_OnLayeredNetwork()
    {
        // A 4-layer network with crossing costs: both exact methods must agree.
        var builder = new FlowNetworkBuilder();
        builder.AddNodes(12);
        for (int v = 0; v < 3; v++)
        {
            builder.SetSupply(v, 2);
            builder.SetSupply(9 + v, -2);
        }

        for (int layer = 0; layer < 3; layer++)
        {
            for (int a = 0; a < 3; a++)
            {
                for (int b = 0; b < 3; b++)
                {
                    builder.AddArc((layer * 3) + a, ((layer + 1) * 3) + b, 0, 1 + ((a + b) % 2), ((a * 7) + (b * 3) + layer) % 10);
                }
            }
        }

        FlowNetwork network = builder.Build();
        FlowResult simplex = SolveAndCertify(network);
        FlowResult ssp = new SuccessiveShortestPathSolver().Solve(network);

        Assert.True(ssp.Success);
        Assert.Equal(ssp.Cost, simplex.Cost);
    }

    [Fact]
    public void Solve_MoreNodesThanSixteenBitIndices_SameAsSuccessiveShortestPaths()
    {
        // 70,000 nodes: node indices no longer fit the 16-bit arc arrays, so the 32-bit layout is used. A random
        // sparse network (fixed seed) with a few sources and sinks; successive shortest paths needs only one
        // shortest-path search per unit of supply, so it stays a quick independent reference at this size.
        const int Nodes = 70_000;
        var random = new Random(15);
        var builder = new FlowNetworkBuilder(Nodes, 5 * Nodes);
        builder.AddNodes(Nodes);
        for (int i = 0; i < 6; i++)
        {
            builder.SetSupply(random.Next(Nodes / 2), 2);
            builder.SetSupply((Nodes / 2) + random.Next(Nodes / 2), -2);
        }

        for (int v = 0; v < Nodes; v++)
        {
            // A ring keeps every node connected; three random arcs per node give choices.
            builder.AddArc(v, (v + 1) % Nodes, 0, 3, 40 + random.Next(60));
            for (int j = 0; j < 3; j++)
            {
                builder.AddArc(v, random.Next(Nodes), 0, 1 + random.Next(3), random.Next(-5, 100));
            }
        }

        FlowNetwork network = builder.Build();
        FlowResult simplex = SolveAndCertify(network);
        FlowResult ssp = new SuccessiveShortestPathSolver().Solve(network);

        Assert.True(ssp.Success, ssp.Message);
        Assert.Equal(ssp.Cost, simplex.Cost);
    }

    private FlowResult SolveAndCertify(FlowNetwork network)
    {
        FlowResult result = _solver.Solve(network);
        Assert.True(result.Success, result.Message);
        CertificateReport report = FlowCertificate.Check(network, result);
        Assert.True(report.IsOptimal, report.ToString());
        return result;
    }

    private static FlowNetwork Network(int nodes, (int From, int To, long Lower, long Capacity, long Cost)[] arcs, params long[] supplies)
    {
        var builder = new FlowNetworkBuilder(nodes, arcs.Length);
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
