// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Solvers.Flow;
using Matching.TestUtils;

namespace Matching.Solvers.Tests.Flow;

/// <summary>
/// What the network simplex's start heuristic (LEMON's initial pivots) promises, pinned by the pivot count
/// (<see cref="FlowResult.Pivots"/>): with at most as many demand nodes as supply nodes it pivots in the cheapest arc
/// into each demand node; on a network where those arcs are an optimum by themselves, they are the only pivots
/// (issue 18, mutation testing: the heuristic only saves pivots, so only the count shows it working).
/// </summary>
public class NetworkSimplexStartTests
{
    private static readonly NetworkSimplexSolver Simplex = new();

    /// <summary>
    /// k supply nodes and k demand nodes (equal counts, so the heuristic takes the arcs into the demand nodes); demand
    /// node j needs d units, and its cheapest incoming arc, of cost v, comes from its own supply node, which has
    /// exactly d units; every other arc into it costs more than v. Node numbers, arc order and capacities are shuffled,
    /// and up to three nodes of supply 0 are added (they count neither as supply nor as demand nodes) with arcs from
    /// supply nodes at a positive cost and into demand nodes at more than their v.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Why exactly k pivots. At the start every node hangs from the root by its artificial arc: a supply node at
    /// potential 0 carrying its supply up, a demand node at potential M (the artificial cost) carrying its demand down.
    /// The heuristic visits the demand nodes and pivots in each one's cheapest arc: its reduced cost is v − M &lt; 0, and
    /// its cycle runs through the two artificial arcs, each carrying d (the supply node's is untouched, since each
    /// supply node serves one demand node). So d units move onto the arc, the demand node's artificial arc leaves (the
    /// last blocking arc) and the demand node hangs from its supply node at potential v. Afterwards every arc into
    /// demand node j has reduced cost (its cost) − v ≥ 0, every arc into a node of supply 0 its positive cost, and no
    /// artificial arc carries flow: the main loop finds no entering arc, so the solve is optimal after the k start
    /// pivots, at cost Σ v·d (every unit into node j comes through an arc costing at least v, so no flow is cheaper).
    /// </para>
    /// <para>
    /// Without the heuristic (or with it taking the arcs out of the supply nodes, or other arcs) the main loop's block
    /// search would pick the most negative arc of a block, often not a demand node's cheapest, and need more pivots.
    /// </para>
    /// </remarks>
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Solve_WhenTheCheapestArcIntoEachDemandNodeIsAnOptimum_TakesOnePivotPerDemandNode(int seed)
    {
        var random = new Random(8_200 + seed);
        for (int round = 0; round < 40; round++)
        {
            int k = random.Next(1, 13);
            int zeros = random.Next(0, 4);
            int nodes = (2 * k) + zeros;

            // Node numbers: supply node i is supplyNode[i], demand node j is demandNode[j], the rest have supply 0.
            int[] numbers = [.. Enumerable.Range(0, nodes).OrderBy(_ => random.Next())];
            int[] supplyNode = numbers[..k];
            int[] demandNode = numbers[k..(2 * k)];
            int[] zeroNode = numbers[(2 * k)..];
            int[] own = [.. Enumerable.Range(0, k).OrderBy(_ => random.Next())];
            long[] v = [.. Enumerable.Range(0, 400).OrderBy(_ => random.Next()).Take(k).Select(x => (long)x)];
            long[] d = [.. Enumerable.Range(0, k).Select(_ => (long)random.Next(1, 6))];

            var supply = new long[nodes];
            var arcs = new List<(int From, int To, long Lower, long Capacity, long Cost)>();
            for (int j = 0; j < k; j++)
            {
                supply[supplyNode[own[j]]] = d[j];
                supply[demandNode[j]] = -d[j];
                for (int i = 0; i < k; i++)
                {
                    long cost = i == own[j] ? v[j] : v[j] + 1 + random.Next(0, 40);
                    long capacity = i == own[j] ? d[j] + random.Next(0, 3) : random.Next(1, 6);
                    arcs.Add((supplyNode[i], demandNode[j], 0, random.Next(4) == 0 ? FlowLimits.Infinite : capacity, cost));
                }

                foreach (int z in zeroNode)
                {
                    arcs.Add((z, demandNode[j], 0, random.Next(1, 6), v[j] + 1 + random.Next(0, 40)));
                }
            }

            foreach (int z in zeroNode)
            {
                arcs.Add((supplyNode[random.Next(k)], z, 0, random.Next(1, 6), random.Next(1, 40)));
            }

            FlowNetwork network = TestNetworks.Build(supply, arcs.OrderBy(_ => random.Next()));
            FlowResult result = Simplex.Solve(network, TestTime.Limit());

            string label = $"seed {seed} round {round}: k = {k}, {zeros} node(s) of supply 0";
            Assert.True(result.Success, label);
            Assert.True(result.Pivots == k, $"{label}: {result.Pivots} pivots");
            Assert.Equal(Enumerable.Range(0, k).Sum(j => v[j] * d[j]), result.Cost);
            Assert.True(FlowCertificate.Check(network, result).IsOptimal, label);
        }
    }

    /// <summary>
    /// Fewer supply nodes than demand nodes, so the heuristic takes the cheapest arc out of each supply node: k supply
    /// nodes of 2 units, each with its own demand node of 1 unit that only it reaches (its private arc, costing more
    /// than its cheapest arc), and k shared demand nodes of 1 unit, where supply node i's cheapest arc (cost v) goes to
    /// the shared node it serves in the optimum and every other arc into that node costs more than v. Up to three nodes
    /// of supply 0 have arcs into shared nodes (above their v) and from supply nodes (above those nodes' cheapest);
    /// node numbers, arc order and capacities are shuffled.
    /// </summary>
    /// <remarks>
    /// Why exactly 2k pivots. The heuristic pivots each supply node's cheapest arc: reduced cost v − M &lt; 0, a cycle
    /// through the supply node's artificial arc (2 units) and the shared node's (1 unit), so one unit moves and the
    /// shared node hangs from the supply node at potential v. Then the only arcs of negative reduced cost are the k
    /// private arcs (cost − M): every arc into a shared node has reduced cost (its cost) − v &gt; 0 and every arc into
    /// a node of supply 0 its positive cost. Each private arc's pivot moves the supply node's last unit and leaves the
    /// other potentials as they are, so the main loop makes exactly k pivots, in whatever order it finds them, and
    /// ends optimal: each shared node's unit comes through an arc costing at least its v, and each private node has
    /// one arc in.
    /// </remarks>
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Solve_WhenTheCheapestArcOutOfEachSupplyNodeIsOptimal_TakesOnePivotPerSupplyNodeAndOnePerArcLeft(int seed)
    {
        var random = new Random(8_300 + seed);
        for (int round = 0; round < 40; round++)
        {
            int k = random.Next(1, 9);
            int zeros = random.Next(0, 4);
            int nodes = (3 * k) + zeros;
            int[] numbers = [.. Enumerable.Range(0, nodes).OrderBy(_ => random.Next())];
            int[] supplyNode = numbers[..k];
            int[] sharedNode = numbers[k..(2 * k)];
            int[] privateNode = numbers[(2 * k)..(3 * k)];
            int[] zeroNode = numbers[(3 * k)..];
            int[] serves = [.. Enumerable.Range(0, k).OrderBy(_ => random.Next())];
            long[] v = [.. Enumerable.Range(0, 400).OrderBy(_ => random.Next()).Take(k).Select(x => (long)x)];
            var vOfShared = new long[k];
            long total = 0;
            var supply = new long[nodes];
            var arcs = new List<(int From, int To, long Lower, long Capacity, long Cost)>();
            for (int i = 0; i < k; i++)
            {
                vOfShared[serves[i]] = v[i];
            }

            for (int i = 0; i < k; i++)
            {
                supply[supplyNode[i]] = 2;
                supply[sharedNode[i]] = -1;
                supply[privateNode[i]] = -1;
                for (int j = 0; j < k; j++)
                {
                    long cost = j == serves[i] ? v[i] : Math.Max(v[i], vOfShared[j]) + 1 + random.Next(0, 40);
                    arcs.Add((supplyNode[i], sharedNode[j], 0, random.Next(4) == 0 ? FlowLimits.Infinite : random.Next(1, 4), cost));
                }

                long privateCost = v[i] + 1 + random.Next(0, 40);
                arcs.Add((supplyNode[i], privateNode[i], 0, random.Next(1, 4), privateCost));
                total += v[i] + privateCost;
                foreach (int z in zeroNode)
                {
                    arcs.Add((z, sharedNode[i], 0, random.Next(1, 4), vOfShared[i] + 1 + random.Next(0, 40)));
                    if (random.Next(2) == 0)
                    {
                        arcs.Add((supplyNode[i], z, 0, random.Next(1, 4), v[i] + 1 + random.Next(0, 40)));
                    }
                }
            }

            FlowNetwork network = TestNetworks.Build(supply, arcs.OrderBy(_ => random.Next()));
            FlowResult result = Simplex.Solve(network, TestTime.Limit());

            string label = $"seed {seed} round {round}: k = {k}, {zeros} node(s) of supply 0";
            Assert.True(result.Success, label);
            Assert.True(result.Pivots == 2 * k, $"{label}: {result.Pivots} pivots");
            Assert.Equal(total, result.Cost);
            Assert.True(FlowCertificate.Check(network, result).IsOptimal, label);
        }
    }

    /// <summary>
    /// The smallest cases by hand. Two supply nodes (0 and 1, one unit each) and two demand nodes (2 and 3): arcs
    /// 0→2 (1), 1→2 (5), 0→3 (4), 1→3 (2). The cheapest arcs into 2 and 3 (0→2 and 1→3) are the optimum, cost 3, after
    /// two pivots. A node of supply 0 (4) with an arc 4→2 (9) counts as neither, so nothing changes.
    /// </summary>
    [Fact]
    public void Solve_TwoByTwo_TakesTwoPivots()
    {
        (int, int, long, long, long)[] arcs = [(0, 2, 0, 1, 1), (1, 2, 0, 1, 5), (0, 3, 0, 1, 4), (1, 3, 0, 1, 2)];
        FlowResult two = Simplex.Solve(TestNetworks.Build([1, 1, -1, -1], arcs), TestTime.Limit());
        Assert.True(two.Success);
        Assert.Equal(3, two.Cost);
        Assert.Equal(2, two.Pivots);
        Assert.Equal([1L, 0, 0, 1], two.Flow.ToArray());

        FlowResult withZero = Simplex.Solve(TestNetworks.Build([1, 1, -1, -1, 0], [.. arcs, (4, 2, 0, 1, 9)]), TestTime.Limit());
        Assert.True(withZero.Success);
        Assert.Equal(3, withZero.Cost);
        Assert.Equal(2, withZero.Pivots);
    }
}
