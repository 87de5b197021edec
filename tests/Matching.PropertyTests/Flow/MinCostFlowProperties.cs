// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Solvers.Flow;
using Matching.TestUtils;

namespace Matching.PropertyTests.Flow;

/// <summary>Differential properties: network simplex, successive shortest paths and brute force agree.</summary>
public class MinCostFlowProperties
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(300);

    [Fact]
    public void Solve_RandomSmallNetwork_AllSolversAgreeWithBruteForce()
    {
        Prop.ForAll(Arbitraries.SmallFlowNetwork(), flowCase =>
        {
            FlowNetwork network = flowCase.Network;
            long? expected = BruteForce.MinCostFlow(network);
            FlowResult simplex = new NetworkSimplexSolver().Solve(network, TestTime.Limit());
            FlowResult ssp = new SuccessiveShortestPathSolver().Solve(network, TestTime.Limit());

            Assert.Equal(expected is null ? FlowStatus.Infeasible : FlowStatus.Optimal, simplex.Status);
            Assert.Equal(simplex.Status, ssp.Status);
            if (expected is { } cost)
            {
                Assert.Equal(cost, simplex.Cost);
                Assert.Equal(cost, ssp.Cost);
                Assert.True(FlowCertificate.Check(network, simplex).IsOptimal, FlowCertificate.Check(network, simplex).ToString());
                Assert.True(FlowCertificate.Check(network, ssp).IsOptimal, FlowCertificate.Check(network, ssp).ToString());
            }
            else
            {
                Assert.False(string.IsNullOrEmpty(simplex.Message));
            }
        }).Check(Runs);
    }

    [Fact]
    public void Solve_ScaledCostsAndQuantities_ScaleTheBruteForceOptimum()
    {
        // The network simplex stores costs in 16, 32 or 64 bits and flows in 32 or 64 bits, whichever is the
        // narrowest that fits. Scaling every cost by k and every quantity by q pushes the same small networks through
        // each width; the optimum must be exactly k·q times the brute-force one (the LP scales, integrality holds).
        (long K, long Q)[] scales =
        [
            (1, 1),
            (40_000, 1),
            (3_000_000_000, 1),
            (1, 600_000_000),
            (40_000, 600_000_000),
        ];
        Prop.ForAll(Arbitraries.SmallFlowNetwork(), Gen.Elements(scales).ToArbitrary(), (flowCase, scale) =>
        {
            FlowNetwork small = flowCase.Network;
            FlowNetwork network = Scale(small, scale.K, scale.Q);
            long? expected = BruteForce.MinCostFlow(small);
            FlowResult simplex = new NetworkSimplexSolver().Solve(network, TestTime.Limit());

            Assert.Equal(expected is null ? FlowStatus.Infeasible : FlowStatus.Optimal, simplex.Status);
            if (expected is { } cost)
            {
                Assert.Equal(cost * scale.K * scale.Q, simplex.Cost);
                CertificateReport report = FlowCertificate.Check(network, simplex);
                Assert.True(report.IsOptimal, report.ToString());
            }
        }).Check(Runs);
    }

    [Fact]
    public void Solve_RandomMediumNetwork_NetworkSimplexMatchesSuccessiveShortestPath()
    {
        Prop.ForAll(Arbitraries.MediumFlowNetwork(), flowCase =>
        {
            FlowNetwork network = flowCase.Network;
            FlowResult simplex = new NetworkSimplexSolver().Solve(network, TestTime.Limit());
            FlowResult ssp = new SuccessiveShortestPathSolver().Solve(network, TestTime.Limit());

            Assert.Equal(ssp.Status, simplex.Status);
            if (ssp.Success)
            {
                Assert.Equal(ssp.Cost, simplex.Cost);
                CertificateReport report = FlowCertificate.Check(network, simplex);
                Assert.True(report.IsOptimal, report.ToString());
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }

    [Fact]
    public void Solve_ShiftingAllCostsOutOfANode_ChangesCostBySupplyTimesShift()
    {
        // Metamorphic: adding δ to every arc leaving node 0 and subtracting it from every arc entering it changes
        // every feasible flow's cost by δ · supply(0), so the optimum moves by exactly that.
        Prop.ForAll(Arbitraries.SmallFlowNetwork(), flowCase =>
        {
            FlowNetwork network = flowCase.Network;
            const long Delta = 7;
            var builder = new FlowNetworkBuilder();
            builder.AddNodes(network.NodeCount);
            for (int v = 0; v < network.NodeCount; v++)
            {
                builder.SetSupply(v, network.Supply[v]);
            }

            for (int a = 0; a < network.ArcCount; a++)
            {
                long shift = (network.Source[a] == 0 ? Delta : 0) - (network.Target[a] == 0 ? Delta : 0);
                builder.AddArc(network.Source[a], network.Target[a], network.Lower[a], network.Capacity[a], network.Cost[a] + shift);
            }

            var solver = new NetworkSimplexSolver();
            FlowResult before = solver.Solve(network, TestTime.Limit());
            FlowResult after = solver.Solve(builder.Build(), TestTime.Limit());
            Assert.Equal(before.Status, after.Status);
            if (before.Success)
            {
                Assert.Equal(before.Cost + (Delta * network.Supply[0]), after.Cost);
            }
        }).Check(Runs);
    }

    private static FlowNetwork Scale(FlowNetwork network, long costFactor, long quantityFactor)
    {
        var builder = new FlowNetworkBuilder();
        builder.AddNodes(network.NodeCount);
        for (int v = 0; v < network.NodeCount; v++)
        {
            builder.SetSupply(v, network.Supply[v] * quantityFactor);
        }

        for (int a = 0; a < network.ArcCount; a++)
        {
            long capacity = network.Capacity[a] == FlowLimits.Infinite ? FlowLimits.Infinite : network.Capacity[a] * quantityFactor;
            builder.AddArc(network.Source[a], network.Target[a], network.Lower[a] * quantityFactor, capacity, network.Cost[a] * costFactor);
        }

        return builder.Build();
    }
}
