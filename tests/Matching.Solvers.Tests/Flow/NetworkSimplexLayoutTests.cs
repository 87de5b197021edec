// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Solvers.Flow;
using Matching.TestUtils;

namespace Matching.Solvers.Tests.Flow;

/// <summary>
/// The network simplex's choice of element widths (16- or 32-bit node indices, 16-, 32- or 64-bit costs, 32- or 64-bit
/// flows) at the edges where a narrower array would truncate, and results at the 64-bit edges; each answer is checked
/// against the successive-shortest-path solver or a value worked out by hand (issue 18, mutation testing).
/// </summary>
public class NetworkSimplexLayoutTests
{
    private static readonly NetworkSimplexSolver Simplex = new();

    /// <summary>
    /// 70,000 nodes with costs that need 16, 32 and 64 bits: flow only between nodes whose indices alias modulo 2¹⁶ (3
    /// and 65,539; 10 and 65,546; 4,463 and 69,999), so 16-bit node indices would join the wrong ends whatever the
    /// cost width.
    /// </summary>
    [Theory]
    [InlineData(1L)]
    [InlineData(100_000L)]
    [InlineData(1L << 33)]
    public void Solve_NodesBeyondSixteenBitsWithEveryCostWidth_IsNotTruncated(long scale)
    {
        const int Nodes = 70_000;
        var builder = new FlowNetworkBuilder(Nodes, 16);
        builder.AddNodes(Nodes);
        builder.SetSupply(3, 3);
        builder.SetSupply(65_546, -3);
        builder.AddArc(3, 65_539, 0, 2, 5 * scale);
        builder.AddArc(65_539, 65_546, 0, 3, 1 * scale);
        builder.AddArc(3, 10, 0, 3, 2 * scale);
        builder.AddArc(10, 65_546, 0, 3, 10 * scale);
        builder.AddArc(3, 69_999, 0, 1, -1 * scale);
        builder.AddArc(69_999, 4_463, 0, 1, 0);
        builder.AddArc(4_463, 65_546, 0, 1, 1 * scale);
        builder.AddArc(65_539, 10, 0, 1, -4 * scale);
        FlowNetwork network = builder.Build();

        FlowResult simplex = Simplex.Solve(network, TestTime.Limit());
        FlowResult ssp = new SuccessiveShortestPathSolver().Solve(network, TestTime.Limit());

        Assert.True(simplex.Success, simplex.Message);
        Assert.True(FlowCertificate.Check(network, simplex).IsOptimal);
        Assert.True(ssp.Success, ssp.Message);
        Assert.Equal(ssp.Cost, simplex.Cost);
        // By hand: one unit 3→69,999→4,463→65,546 (0), two units 3→65,539→65,546 (2 × 6).
        Assert.Equal(12 * scale, simplex.Cost);
    }

    /// <summary>3 × 10⁹ units (beyond 32-bit flows) over two paths: 32-bit flows would wrap.</summary>
    [Fact]
    public void Solve_FlowsBeyondThirtyTwoBits_AreExact()
    {
        const long Units = 3_000_000_000;
        FlowNetwork network = TestNetworks.Build([Units, 0, -Units], [(0, 1, 0, 2_000_000_000, 1), (1, 2, 0, Units, 1), (0, 2, 0, Units, 5)]);

        FlowResult result = Simplex.Solve(network, TestTime.Limit());

        Assert.True(result.Success, result.Message);
        Assert.Equal(new long[] { 2_000_000_000, 2_000_000_000, 1_000_000_000 }, result.Flow.ToArray());
        Assert.Equal((2 * 2_000_000_000L) + (5 * 1_000_000_000L), result.Cost);
        Assert.True(FlowCertificate.Check(network, result).IsOptimal);
    }

    /// <summary>
    /// A negative cycle whose one finite arc has a capacity of exactly 2³¹ − 1 (the total quantity): 2³¹ − 1 is what
    /// a 32-bit flow array uses for "unlimited", so with 32-bit flows the cycle would read as unbounded.
    /// </summary>
    [Fact]
    public void Solve_FiniteCapacityOfExactlyTheLargest32BitValue_IsNotUnlimited()
    {
        FlowNetwork network = TestNetworks.Build([0, 0], [(0, 1, 0, int.MaxValue, -1), (1, 0, 0, FlowLimits.Infinite, 0)]);

        FlowResult result = Simplex.Solve(network, TestTime.Limit());

        Assert.True(result.Success, result.Message);
        Assert.Equal(-(long)int.MaxValue, result.Cost);
        Assert.Equal(new long[] { int.MaxValue, int.MaxValue }, result.Flow.ToArray());
    }

    /// <summary>
    /// An optimal cost of exactly 2⁶³ − 1 (49 units at (2⁶³ − 1) / 49) fits in 64 bits and is answered, not called out
    /// of range.
    /// </summary>
    [Fact]
    public void Solve_OptimalCostOfExactlyTheLargest64BitValue_IsAnswered()
    {
        const long UnitCost = long.MaxValue / 49;
        Assert.Equal(long.MaxValue, 49 * UnitCost);
        FlowNetwork network = TestNetworks.Build([49, -49], [(0, 1, 0, 49, UnitCost)]);

        FlowResult result = Simplex.Solve(network, TestTime.Limit());

        Assert.True(result.Success, result.Message);
        Assert.Equal(long.MaxValue, result.Cost);
    }

    /// <summary>
    /// Negative cycles of unlimited arcs on three and four nodes (one arc of cost −n, the others 1), the negative arc at every position and the cycle in
    /// both directions, with and without supplies through it: every one is unbounded (the bottleneck search meets
    /// unlimited tree arcs on either side of the entering arc).
    /// </summary>
    [Fact]
    public void Solve_NegativeCycleOfUnlimitedArcs_IsUnboundedInEveryOrientation()
    {
        int cases = 0;
        for (int n = 3; n <= 4; n++)
        {
            for (int negative = 0; negative < n; negative++)
            {
                foreach (bool forward in new[] { true, false })
                {
                    for (int through = 0; through < n; through++)
                    {
                        var supply = new long[n];
                        supply[through] = 2;
                        supply[(through + 1) % n] = -2;
                        var arcs = new List<(int, int, long, long, long)>();
                        for (int k = 0; k < n; k++)
                        {
                            int from = forward ? k : (k + 1) % n;
                            int to = forward ? (k + 1) % n : k;
                            arcs.Add((from, to, 0, FlowLimits.Infinite, k == negative ? -n : 1));
                        }

                        // A finite way round as well, so the supplies have a bounded alternative.
                        arcs.Add((through, (through + 1) % n, 0, 5, 2));
                        FlowResult result = Simplex.Solve(TestNetworks.Build(supply, arcs), TestTime.Limit());
                        Assert.True(FlowStatus.Unbounded == result.Status, $"n {n}, negative arc {negative}, forward {forward}, supply at {through}: {result.Status}");
                        cases++;
                    }
                }
            }
        }

        Assert.Equal((3 * 2 * 3) + (4 * 2 * 4), cases);
    }
}
