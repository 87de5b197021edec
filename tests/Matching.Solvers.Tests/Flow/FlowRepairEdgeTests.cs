// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using Matching.Solvers.Flow;
using Matching.TestUtils;

namespace Matching.Solvers.Tests.Flow;

/// <summary>
/// <see cref="FlowRepair"/> against independent oracles (issue 18, mutation testing): from any flow within the arcs'
/// bounds and any potentials the repair must reach the brute-force optimum with a certificate that passes, or say
/// infeasible when the brute force finds no flow; its argument checks, its work limit counted exactly, its give-ups
/// (an unlimited arc, potentials that overflow) and its failures asserted by content.
/// </summary>
public class FlowRepairEdgeTests
{
    [Fact]
    public void Resolve_NullNetwork_IsRejectedByName()
    {
        Assert.Equal("network", Assert.Throws<ArgumentNullException>(() => FlowRepair.Resolve(null!, [], [], 10)).ParamName);
    }

    [Fact]
    public void Resolve_SpansOfTheWrongLength_AreRejectedWithBothCounts()
    {
        FlowNetwork network = TestNetworks.Build([1, -1], [(0, 1, 0, 1, 5)]);

        var potentials = Assert.Throws<ArgumentException>(() => FlowRepair.Resolve(network, [0], [0, 0, 0], 10));
        Assert.Equal("Expected 1 arc flows and 2 potentials, got 1 and 3.", potentials.Message);
        var flows = Assert.Throws<ArgumentException>(() => FlowRepair.Resolve(network, [0, 0], [0, 0], 10));
        Assert.Equal("Expected 1 arc flows and 2 potentials, got 2 and 2.", flows.Message);
    }

    [Fact]
    public void Resolve_FlowAtEitherBound_IsAccepted_AndOutsideIsRejectedByArc()
    {
        // Arc 1 runs in [1, 3]; arc 0 carries the one unit of supply.
        FlowNetwork network = TestNetworks.Build([1, 0, -1], [(0, 2, 0, 1, 4), (1, 2, 1, 3, 0), (2, 1, 1, 3, 0)]);

        foreach (long start in new long[] { 1, 3 })
        {
            FlowResult? result = FlowRepair.Resolve(network, [0, start, start], [0, 0, 0], long.MaxValue);
            Assert.NotNull(result);
            Assert.True(result.Success, result.Message);
            Assert.Equal(4 + 0, result.Cost);
            Assert.True(FlowCertificate.Check(network, result).IsOptimal);
        }

        var below = Assert.Throws<ArgumentException>(() => FlowRepair.Resolve(network, [0, 0, 1], [0, 0, 0], long.MaxValue));
        Assert.Equal("flow", below.ParamName);
        Assert.StartsWith("Arc 1's flow 0 lies outside [1, 3].", below.Message, StringComparison.Ordinal);
        var above = Assert.Throws<ArgumentException>(() => FlowRepair.Resolve(network, [0, 1, 4], [0, 0, 0], long.MaxValue));
        Assert.StartsWith("Arc 2's flow 4 lies outside [1, 3].", above.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_ArcWithUnlimitedCapacity_GivesUp()
    {
        FlowNetwork network = TestNetworks.Build([1, -1], [(0, 1, 0, 1, 5), (1, 0, 0, FlowLimits.Infinite, 1)]);

        Assert.Null(FlowRepair.Resolve(network, [0, 0], [0, 0], long.MaxValue));

        // The same network with a finite capacity there is repaired.
        FlowNetwork finite = TestNetworks.Build([1, -1], [(0, 1, 0, 1, 5), (1, 0, 0, 1_000, 1)]);
        FlowResult? result = FlowRepair.Resolve(finite, [0, 0], [0, 0], long.MaxValue);
        Assert.NotNull(result);
        Assert.Equal(5, result.Cost);
    }

    [Fact]
    public void Resolve_NetworkOutsideTheLimits_IsOutOfRange()
    {
        FlowNetwork network = TestNetworks.Build([1, -1], [(0, 1, 0, 1, FlowLimits.MaxCostTimesNodes)]);

        FlowResult? result = FlowRepair.Resolve(network, [0], [0, 0], long.MaxValue);

        Assert.NotNull(result);
        Assert.Equal(FlowStatus.OutOfRange, result.Status);
        Assert.Equal(FlowLimits.Check(network), result.Message);
    }

    [Fact]
    public void Resolve_PotentialsThatOverflow_GiveUp()
    {
        // The reduced cost 5 + π(0) − π(1) does not fit in 64 bits: the repair gives up (the caller solves from scratch).
        FlowNetwork network = TestNetworks.Build([1, -1], [(0, 1, 0, 1, 5)]);

        Assert.Null(FlowRepair.Resolve(network, [0], [long.MaxValue, 0], long.MaxValue));
        Assert.Null(FlowRepair.Resolve(network, [0], [0, long.MinValue], long.MaxValue));
    }

    /// <summary>
    /// An optimal flow with its own potentials needs no search: every arc keeps its flow (reduced costs of zero keep
    /// theirs), no node is left unbalanced, and even a work limit of 0 returns the same flow.
    /// </summary>
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Resolve_FromAnOptimum_SettlesNothingAndKeepsTheFlow(int seed)
    {
        var random = new Random(seed);
        for (int round = 0; round < 30; round++)
        {
            FlowNetwork network = RandomNetwork(random, out _);
            FlowResult optimum = new NetworkSimplexSolver().Solve(network, TestTime.Limit());
            if (!optimum.Success)
            {
                continue;
            }

            FlowResult? result = FlowRepair.Resolve(network, optimum.Flow, optimum.Potentials, workLimit: 0);

            string label = $"seed {seed} round {round}";
            Assert.NotNull(result);
            Assert.True(result.Success, label);
            Assert.Equal(optimum.Flow.ToArray(), result.Flow.ToArray());
            Assert.Equal(optimum.Potentials.ToArray(), result.Potentials.ToArray());
            Assert.Equal(optimum.Cost, result.Cost);
        }
    }

    /// <summary>
    /// One unit from node 0 to node 1 over one arc: the search settles node 0, then node 1 (the deficit), so a work
    /// limit of 2 suffices and 1 does not.
    /// </summary>
    [Fact]
    public void Resolve_WorkLimit_CountsEverySettledNode()
    {
        FlowNetwork network = TestNetworks.Build([1, -1], [(0, 1, 0, 1, 5)]);

        Assert.Null(FlowRepair.Resolve(network, [0], [0, 0], workLimit: 1));
        FlowResult? result = FlowRepair.Resolve(network, [0], [0, 0], workLimit: 2);

        Assert.NotNull(result);
        Assert.Equal([1L], result.Flow.ToArray());
        Assert.Equal(5, result.Cost);
        Assert.True(FlowCertificate.Check(network, result).IsOptimal);
    }

    /// <summary>
    /// Two searches: node 0's two units go one at a time (each search ends at the first deficit it settles). The first
    /// settles 0 and 1; the second 0, 1 (now balanced, passed through) and 2: 5 in all. The optimum sends both units
    /// over arc 0 and one on over arc 2 (cost 5, not 1 + 7).
    /// </summary>
    [Fact]
    public void Resolve_WorkLimit_AddsUpOverSearches()
    {
        FlowNetwork network = TestNetworks.Build([2, -1, -1], [(0, 1, 0, 2, 1), (0, 2, 0, 1, 7), (1, 2, 0, 1, 3)]);

        Assert.Null(FlowRepair.Resolve(network, [0, 0, 0], [0, 0, 0], workLimit: 4));
        FlowResult? result = FlowRepair.Resolve(network, [0, 0, 0], [0, 0, 0], workLimit: 5);

        Assert.NotNull(result);
        Assert.True(result.Success, result.Message);
        Assert.Equal(5, result.Cost);
        Assert.Equal(BruteForce.MinCostFlow(network), result.Cost);
        Assert.True(FlowCertificate.Check(network, result).IsOptimal);
    }

    /// <summary>
    /// A node reached twice: node 2 is first queued at distance 10 (arc 0 → 2), then at 2 (over node 1). It is settled
    /// once: the settled nodes are 0, 1, 2 and the deficit 3, so a work limit of 4 suffices; the stale entry costs none.
    /// </summary>
    [Fact]
    public void Resolve_WorkLimit_DoesNotCountStaleQueueEntries()
    {
        FlowNetwork network = TestNetworks.Build([1, 0, 0, -1], [(0, 2, 0, 1, 10), (0, 1, 0, 1, 1), (1, 2, 0, 1, 1), (2, 3, 0, 1, 20)]);

        Assert.Null(FlowRepair.Resolve(network, [0, 0, 0, 0], [0, 0, 0, 0], workLimit: 3));
        FlowResult? result = FlowRepair.Resolve(network, [0, 0, 0, 0], [0, 0, 0, 0], workLimit: 4);

        Assert.NotNull(result);
        Assert.Equal(22, result.Cost);
        Assert.Equal([0L, 1, 1, 1], result.Flow.ToArray());
        Assert.True(FlowCertificate.Check(network, result).IsOptimal);
    }

    [Fact]
    public void Resolve_CancelledToken_Throws()
    {
        FlowNetwork network = TestNetworks.Build([1, -1], [(0, 1, 0, 1, 5)]);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => FlowRepair.Resolve(network, [0], [0, 0], long.MaxValue, cancelled.Token));

        // Nothing to search (the start is already optimal): no search, so nothing to cancel.
        FlowResult? done = FlowRepair.Resolve(network, [1], [0, 5], long.MaxValue, cancelled.Token);
        Assert.NotNull(done);
        Assert.Equal(5, done.Cost);
    }

    [Fact]
    public void Resolve_SupplyWithNoWayToADemand_IsInfeasible()
    {
        FlowNetwork network = TestNetworks.Build([1, -1], [(1, 0, 0, 1, 5)]);

        FlowResult? result = FlowRepair.Resolve(network, [0], [0, 0], long.MaxValue);

        Assert.NotNull(result);
        Assert.Equal(FlowStatus.Infeasible, result.Status);
        Assert.Equal("the added arcs leave supply that cannot reach any demand", result.Message);
    }

    [Fact]
    public void Resolve_DemandThatNoSupplyMeets_IsInfeasible()
    {
        // Supplies add up to −1: every unit of supply is placed, and node 1 still lacks one.
        FlowNetwork network = TestNetworks.Build([1, -2], [(0, 1, 0, 3, 5)]);

        FlowResult? result = FlowRepair.Resolve(network, [0], [0, 0], long.MaxValue);

        Assert.NotNull(result);
        Assert.Equal(FlowStatus.Infeasible, result.Status);
        Assert.Equal("the added arcs leave demand that no supply can reach", result.Message);
    }

    /// <summary>2¹⁰ units at ±2⁵⁶ each (within <see cref="FlowLimits"/>): the optimal cost does not fit 64 bits.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(-1)]
    public void Resolve_OptimalCostBeyond64Bits_IsOutOfRange(int sign)
    {
        const long Units = 1 << 10;
        long cost = sign * (1L << 56);
        FlowNetwork network = TestNetworks.Build([Units, -Units], [(0, 1, 0, Units, cost)]);
        string expected = ((Int128)Units * cost).ToString(CultureInfo.InvariantCulture);

        FlowResult? result = FlowRepair.Resolve(network, [0], [0, 0], long.MaxValue);

        Assert.NotNull(result);
        Assert.Equal(FlowStatus.OutOfRange, result.Status);
        Assert.Contains($"the optimal cost {expected} is outside the 64-bit range", result.Message, StringComparison.Ordinal);

        // One unit less than 2⁷ units fits and is exact.
        FlowNetwork smaller = TestNetworks.Build([127, -127], [(0, 1, 0, 127, 1L << 56)]);
        FlowResult? inside = FlowRepair.Resolve(smaller, [0], [0, 0], long.MaxValue);
        Assert.NotNull(inside);
        Assert.Equal(127 * (1L << 56), inside.Cost);
    }

    /// <summary>
    /// Optimal costs of exactly <see cref="long.MaxValue"/> (49 units at (2⁶³ − 1) / 49) and <see cref="long.MinValue"/>
    /// (64 units at −2⁵⁷) fit in 64 bits: both are answered exactly, not as out of range.
    /// </summary>
    [Theory]
    [InlineData(49, long.MaxValue / 49)]
    [InlineData(64, -(1L << 57))]
    public void Resolve_OptimalCostAtThe64BitLimits_IsExact(long units, long cost)
    {
        FlowNetwork network = TestNetworks.Build([units, -units], [(0, 1, 0, units, cost)]);
        Assert.Null(FlowLimits.Check(network));

        FlowResult? result = FlowRepair.Resolve(network, [0], [0, 0], long.MaxValue);

        Assert.NotNull(result);
        Assert.True(result.Success, result.Message);
        Assert.Equal((Int128)units * cost, (Int128)result.Cost);
        Assert.True(result.Cost is long.MaxValue or long.MinValue);
    }

    /// <summary>
    /// Potentials near the 64-bit limits (a caller's, unchecked by <see cref="FlowLimits"/>): reduced costs, distances
    /// and shifted potentials may not fit, and the repair must then give up rather than answer from wrapped numbers.
    /// Whatever it returns is the brute-force optimum with potentials that certify it.
    /// </summary>
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Resolve_PotentialsNearThe64BitLimits_GiveUpOrAnswerExactly(int seed)
    {
        var random = new Random(2_000 + seed);
        int gaveUp = 0;
        int answered = 0;
        for (int round = 0; round < 150; round++)
        {
            FlowNetwork network = RandomNetwork(random, out _);
            // Within ±1.95 · 2⁶² or ±0.95 · 2⁶² (the 64-bit range is ±2 · 2⁶²): a reduced cost may not fit, or it fits
            // and a distance over two arcs, or a shifted potential, may not.
            double scale = random.Next(2) == 0 ? 3.9 : 1.9;
            var potentials = new long[network.NodeCount];
            for (int v = 0; v < potentials.Length; v++)
            {
                potentials[v] = (long)((random.NextDouble() - 0.5) * scale * (1L << 62));
            }

            long? best = BruteForce.MinCostFlow(network);
            FlowResult? result = FlowRepair.Resolve(network, new long[network.ArcCount].Select((_, a) => network.Lower[a]).ToArray(), potentials, long.MaxValue);
            if (result is null)
            {
                gaveUp++;
                continue;
            }

            string label = $"seed {seed} round {round}";
            if (best is null)
            {
                Assert.Equal(FlowStatus.Infeasible, result.Status);
                continue;
            }

            Assert.True(result.Success, $"{label}: {result.Message}");
            Assert.Equal(best.Value, result.Cost);
            Assert.True(FlowCertificate.Check(network, result).IsOptimal, label);
            answered++;
        }

        Assert.True(gaveUp >= 10 && answered >= 10, $"{gaveUp} gave up, {answered} answered");
    }

    /// <summary>
    /// A hand-made case of the above: both arcs' reduced costs (1.5 · 2⁶² each) fit, but the distance to node 2 over
    /// both (3 · 2⁶²) does not; the repair gives up.
    /// </summary>
    [Fact]
    public void Resolve_DistanceBeyond64Bits_GivesUp()
    {
        const long Step = 3L << 61;
        FlowNetwork network = TestNetworks.Build([1, 0, -1], [(0, 1, 0, 1, 0), (1, 2, 0, 1, 0)]);

        Assert.Null(FlowRepair.Resolve(network, [0, 0], [1L << 62, (1L << 62) - Step, long.MinValue], long.MaxValue));

        // The same potentials shifted to fit: the answer is exact.
        FlowResult? result = FlowRepair.Resolve(network, [0, 0], [0, -5, -10], long.MaxValue);
        Assert.NotNull(result);
        Assert.Equal(0, result.Cost);
        Assert.True(FlowCertificate.Check(network, result).IsOptimal);
    }

    /// <summary>
    /// The search lowers the first node's potential by the distance to the deficit (10); from −2⁶³ + 1 that does not fit
    /// in 64 bits, so the repair gives up instead of returning a wrapped potential as its certificate.
    /// </summary>
    [Fact]
    public void Resolve_PotentialShiftedBelow64Bits_GivesUp()
    {
        FlowNetwork network = TestNetworks.Build([1, -1], [(0, 1, 0, 1, 10)]);
        long low = long.MinValue + 1;

        FlowResult? result = FlowRepair.Resolve(network, [0], [low, low], long.MaxValue);

        Assert.True(result is null || FlowCertificate.Check(network, result).IsOptimal);
        Assert.Null(result);
        FlowResult? shifted = FlowRepair.Resolve(network, [0], [low + 10, low + 10], long.MaxValue);
        Assert.NotNull(shifted);
        Assert.Equal(10, shifted.Cost);
        Assert.True(FlowCertificate.Check(network, shifted).IsOptimal);
    }

    /// <summary>
    /// The repair's promise does not depend on where it starts: from a random flow within the bounds (nodes left
    /// unbalanced) and random potentials it reaches the brute-force optimum, with a certificate that passes, or says
    /// infeasible exactly when the brute force finds no flow.
    /// </summary>
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Resolve_FromAnyStart_MatchesTheBruteForce(int seed)
    {
        var random = new Random(1_000 + seed);
        int feasible = 0;
        int infeasible = 0;
        for (int round = 0; round < 150; round++)
        {
            FlowNetwork network = RandomNetwork(random, out _);
            var start = new long[network.ArcCount];
            for (int a = 0; a < start.Length; a++)
            {
                start[a] = network.Lower[a] + random.Next((int)(network.Capacity[a] - network.Lower[a] + 1));
            }

            var potentials = new long[network.NodeCount];
            for (int v = 0; v < potentials.Length; v++)
            {
                potentials[v] = random.Next(3) == 0 ? 0 : random.Next(-60, 61);
            }

            long? best = BruteForce.MinCostFlow(network);
            FlowResult? result = FlowRepair.Resolve(network, start, potentials, long.MaxValue, TestTime.Limit());

            string label = $"seed {seed} round {round}";
            Assert.NotNull(result);
            if (best is null)
            {
                Assert.Equal(FlowStatus.Infeasible, result.Status);
                infeasible++;
                continue;
            }

            Assert.True(result.Success, $"{label}: {result.Message}");
            Assert.Equal(best.Value, result.Cost);
            Assert.True(FlowCertificate.Check(network, result).IsOptimal, label);
            feasible++;
        }

        Assert.True(feasible >= 40 && infeasible >= 5, $"{feasible} feasible, {infeasible} infeasible");
    }

    /// <summary>A small random network: 2–5 nodes, a few arcs with lower bounds, negative costs, small capacities.</summary>
    private static FlowNetwork RandomNetwork(Random random, out long[] supply)
    {
        int n = random.Next(2, 6);
        supply = new long[n];
        for (int k = random.Next(1, 3); k > 0; k--)
        {
            int from = random.Next(n);
            int to = random.Next(n);
            long units = random.Next(1, 3);
            supply[from] += units;
            supply[to] -= units;
        }

        var arcs = new List<(int From, int To, long Lower, long Capacity, long Cost)>();
        int count = random.Next(2, 9);
        while (arcs.Count < count)
        {
            int from = random.Next(n);
            int to = random.Next(n);
            if (from != to)
            {
                long lower = random.Next(5) == 0 ? 1 : 0;
                arcs.Add((from, to, lower, lower + random.Next(0, 3), random.Next(-10, 21)));
            }
        }

        return TestNetworks.Build(supply, arcs);
    }
}
