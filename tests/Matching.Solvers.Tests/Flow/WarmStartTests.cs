// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Solvers.Assignment;
using Matching.Solvers.Flow;
using Matching.TestUtils;

namespace Matching.Solvers.Tests.Flow;

/// <summary>
/// The network simplex's warm start (<see cref="NetworkSimplexSolver.Solve(FlowNetwork, FlowResult, ReadOnlySpan{int}, CancellationToken)"/>
/// and <see cref="AssignmentSolver.Solve(AssignmentProblem, AssignmentResult, CancellationToken)"/>): re-optimizing a
/// grown network from an earlier optimum against a solve from scratch and the brute force, with the certificate; the
/// earlier basis taken over exactly (no pivot when nothing was added); and starts that do not fit ignored.
/// </summary>
public class WarmStartTests
{
    private static readonly NetworkSimplexSolver Simplex = new();

    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (int seed = 0; seed < 8; seed++)
        {
            data.Add(seed);
        }

        return data;
    }

    /// <summary>
    /// Random networks with lower bounds, negative costs and parallel arcs; arcs are added at random positions (so the
    /// earlier arcs move), and the warm result equals a fresh solve and passes the independent certificate (the
    /// networks are too large to enumerate; the assignment test below has the brute force).
    /// </summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public void Solve_FromAnEarlierOptimum_EqualsTheOptimumOfTheGrownNetwork(int seed)
    {
        var random = new Random(seed);
        int warmSolves = 0;
        for (int round = 0; round < 60; round++)
        {
            int n = random.Next(2, 8);
            long[] supply = RandomSupply(random, n);
            List<Arc> arcs = RandomArcs(random, n, n * 3);
            FlowResult earlier = Simplex.Solve(Network(supply, arcs), TestTime.Limit());
            if (!earlier.Success)
            {
                continue;
            }

            // New arcs (lower bound 0, some of negative cost) inserted anywhere; startArcs says where the old ones went.
            var grown = new List<(Arc Arc, int Old)>(arcs.Select((arc, a) => (arc, a)));
            int added = random.Next(0, 6);
            for (int k = 0; k < added; k++)
            {
                int from = random.Next(n);
                int to = (from + 1 + random.Next(n - 1)) % n;
                grown.Insert(random.Next(grown.Count + 1), (new Arc(from, to, 0, random.Next(1, 5), random.Next(-30, 20)), -1));
            }

            var startArcs = new int[arcs.Count];
            for (int b = 0; b < grown.Count; b++)
            {
                if (grown[b].Old >= 0)
                {
                    startArcs[grown[b].Old] = b;
                }
            }

            FlowNetwork after = Network(supply, grown.Select(g => g.Arc));
            FlowResult warm = Simplex.Solve(after, earlier, startArcs, TestTime.Limit());
            FlowResult fresh = Simplex.Solve(after, TestTime.Limit());
            string label = $"seed {seed} round {round}";
            Assert.True(warm.Success, label);
            Assert.Equal(fresh.Cost, warm.Cost);
            Assert.True(FlowCertificate.Check(after, warm).IsOptimal, label);
            if (added == 0)
            {
                // Nothing to improve: the earlier tree is taken over as it is, and is optimal at once.
                Assert.Equal(0, warm.Pivots);
                Assert.Equal(earlier.Flow.ToArray(), Reorder(warm.Flow, startArcs));
            }

            warmSolves++;
        }

        Assert.True(warmSolves >= 30, $"only {warmSolves} of 60 random networks were feasible");
    }

    [Fact]
    public void Solve_WithNothingAdded_TakesNoPivotWhereAFreshSolveTakesMany()
    {
        FlowNetwork network = LadderInstances.Generate(300, 90, 12, seed: 5);
        FlowResult fresh = Simplex.Solve(network, TestTime.Limit());
        Assert.True(fresh.Success);
        Assert.True(fresh.Pivots > 300, $"a fresh solve took only {fresh.Pivots} pivots");

        FlowResult warm = Simplex.Solve(network, fresh, Enumerable.Range(0, network.ArcCount).ToArray(), TestTime.Limit());
        Assert.Equal(0, warm.Pivots);
        Assert.Equal(fresh.Cost, warm.Cost);
        Assert.Equal(fresh.Flow.ToArray(), warm.Flow.ToArray());
        Assert.Equal(fresh.Potentials.ToArray(), warm.Potentials.ToArray());
    }

    /// <summary>
    /// Starts that are not a basis of the network through the given arcs (another network's optimum, arcs swapped, a
    /// result without a tree, one of another size) are ignored: the answer is the fresh optimum all the same.
    /// </summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public void Solve_FromAStartThatDoesNotFit_SolvesFromScratch(int seed)
    {
        var random = new Random(500 + seed);
        int rounds = 0;
        while (rounds < 30)
        {
            int n = random.Next(2, 8);
            List<Arc> arcs = RandomArcs(random, n, n * 3);
            FlowNetwork first = Network(RandomSupply(random, n), arcs);
            FlowNetwork second = Network(RandomSupply(random, n), arcs);
            FlowResult start = Simplex.Solve(first, TestTime.Limit());
            FlowResult fresh = Simplex.Solve(second, TestTime.Limit());
            if (!start.Success || !fresh.Success)
            {
                continue;
            }

            rounds++;
            int[] identity = [.. Enumerable.Range(0, arcs.Count)];
            int[] shuffled = [.. identity.OrderBy(_ => random.Next())];
            FlowResult noTree = new SuccessiveShortestPathSolver().Solve(second, TestTime.Limit());
            foreach (var (from, map) in new[] { (start, identity), (start, shuffled), (fresh, shuffled), (noTree, identity), (fresh, identity[..^1]) })
            {
                FlowResult result = Simplex.Solve(second, from, map, TestTime.Limit());
                Assert.True(result.Success);
                Assert.Equal(fresh.Cost, result.Cost);
                Assert.True(FlowCertificate.Check(second, result).IsOptimal);
            }
        }
    }

    /// <summary>
    /// The same network with one earlier arc changed (its cost, or its capacity below or above its flow): the earlier
    /// tree is no basis of it any more (a tree arc's reduced cost is not 0, a flow leaves its bounds or stops at none),
    /// so it is solved from scratch, to its own optimum.
    /// </summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public void Solve_FromTheOptimumOfANetworkWithAnArcChanged_ReachesTheNewOptimum(int seed)
    {
        var random = new Random(700 + seed);
        int checkedStarts = 0;
        while (checkedStarts < 40)
        {
            int n = random.Next(2, 8);
            long[] supply = RandomSupply(random, n);
            List<Arc> arcs = RandomArcs(random, n, n * 3);
            FlowResult start = Simplex.Solve(Network(supply, arcs), TestTime.Limit());
            if (!start.Success)
            {
                continue;
            }

            int a = random.Next(arcs.Count);
            Arc arc = arcs[a];
            long flow = start.Flow[a];
            var changed = new List<Arc>(arcs);
            changed[a] = random.Next(3) switch
            {
                0 => arc with { Cost = arc.Cost + random.Next(1, 50) * (random.Next(2) == 0 ? 1 : -1) },
                1 => arc with { Capacity = Math.Max(arc.Lower, flow - 1) },
                _ => arc with { Capacity = arc.Capacity + random.Next(1, 4) },
            };

            FlowNetwork network = Network(supply, changed);
            FlowResult fresh = Simplex.Solve(network, TestTime.Limit());
            FlowResult warm = Simplex.Solve(network, start, [.. Enumerable.Range(0, arcs.Count)], TestTime.Limit());
            Assert.Equal(fresh.Status, warm.Status);
            if (fresh.Success)
            {
                Assert.Equal(fresh.Cost, warm.Cost);
                Assert.True(FlowCertificate.Check(network, warm).IsOptimal);
            }

            checkedStarts++;
        }
    }

    [Fact]
    public void Solve_FromAStartWithAFlowAboveANewCapacity_SolvesFromScratch()
    {
        // Two units go 0 → 2 over the cheap path 0 → 1 → 2; the second network allows one unit on 0 → 1.
        FlowResult start = Simplex.Solve(Network([2, 0, -2], [new(0, 1, 0, 2, 1), new(1, 2, 0, 2, 1), new(0, 2, 0, 2, 5)]));
        Assert.Equal(4, start.Cost);
        FlowNetwork narrower = Network([2, 0, -2], [new(0, 1, 0, 1, 1), new(1, 2, 0, 2, 1), new(0, 2, 0, 2, 5)]);
        FlowResult result = Simplex.Solve(narrower, start, [0, 1, 2]);
        Assert.Equal(2 + 5, result.Cost);
        Assert.Equal(new long[] { 1, 1, 1 }, result.Flow.ToArray());
    }

    [Fact]
    public void Solve_MapsAnArcTwiceOrOutOfRange_SolvesFromScratch()
    {
        FlowNetwork network = Network([2, 0, -2], [new(0, 1, 0, 2, 1), new(1, 2, 0, 2, 1), new(0, 2, 0, 2, 5)]);
        FlowResult fresh = Simplex.Solve(network);
        Assert.Equal(4, fresh.Cost);
        Assert.Equal(4, Simplex.Solve(network, fresh, [0, 0, 2]).Cost);
        Assert.Equal(4, Simplex.Solve(network, fresh, [0, 1, 3]).Cost);
        Assert.Equal(4, Simplex.Solve(network, fresh, [0, 1, -1]).Cost);
        Assert.Equal("start", Assert.Throws<ArgumentNullException>(() => Simplex.Solve(network, null!, [0, 1, 2])).ParamName);
        Assert.Equal("network", Assert.Throws<ArgumentNullException>(() => Simplex.Solve(null!, fresh, [0, 1, 2])).ParamName);
    }

    /// <summary>
    /// Two parallel arcs carry one unit each; a start that maps both onto the first balances every node (two units
    /// leave 0 and reach 1 through it) but is no flow of the network, so it is ignored.
    /// </summary>
    [Fact]
    public void Solve_MapsTwoParallelArcsOntoOne_SolvesFromScratch()
    {
        FlowNetwork network = Network([2, -2], [new(0, 1, 0, 1, 1), new(0, 1, 0, 1, 1)]);
        FlowResult fresh = Simplex.Solve(network);
        Assert.Equal(new long[] { 1, 1 }, fresh.Flow.ToArray());

        FlowResult result = Simplex.Solve(network, fresh, [0, 0]);

        Assert.Equal(2, result.Cost);
        Assert.Equal(new long[] { 1, 1 }, result.Flow.ToArray());
        Assert.True(FlowCertificate.Check(network, result).IsOptimal);
    }

    /// <summary>
    /// Starts whose arcs are swapped between arcs of the same flow and cost but other ends: every node still balances
    /// and every tree arc's reduced cost is still 0, but the tree's arcs do not join its nodes, so such a start must be
    /// ignored; with arcs added (so the simplex has to pivot), the answer is the fresh optimum and certified.
    /// </summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public void Solve_FromAStartWithArcsSwappedThatCarryTheSameFlowAndCost_ReachesTheOptimum(int seed)
    {
        var random = new Random(1_100 + seed);
        int swapped = 0;
        for (int round = 0; round < 400 && swapped < 40; round++)
        {
            int n = random.Next(3, 7);
            var supply = new long[n];
            supply[0] = random.Next(2, 5);
            supply[n - 1] = -supply[0];

            // Many arcs of one cost from node 0, so equal flows and costs on arcs with other ends are common.
            var arcs = new List<Arc>();
            for (int v = 1; v < n; v++)
            {
                arcs.Add(new Arc(0, v, 0, random.Next(1, 3), 1));
                arcs.Add(new Arc(v, n - 1 == v ? 0 : n - 1, 0, 3, random.Next(0, 3)));
            }

            FlowNetwork before = Network(supply, arcs);
            FlowResult start = Simplex.Solve(before);
            if (!start.Success)
            {
                continue;
            }

            // Swap two arcs with the same flow and cost and other ends.
            var pairs = (from a in Enumerable.Range(0, arcs.Count)
                         from b in Enumerable.Range(0, arcs.Count)
                         where a < b && start.Flow[a] == start.Flow[b] && arcs[a].Cost == arcs[b].Cost && arcs[a] != arcs[b]
                         select (a, b)).ToList();
            if (pairs.Count == 0)
            {
                continue;
            }

            var (x, y) = pairs[random.Next(pairs.Count)];
            int[] map = [.. Enumerable.Range(0, arcs.Count)];
            (map[x], map[y]) = (map[y], map[x]);

            // Arcs added after the earlier ones, cheap enough that some enter.
            var grown = new List<Arc>(arcs);
            for (int k = random.Next(1, 4); k > 0; k--)
            {
                int from = random.Next(n);
                int to = (from + 1 + random.Next(n - 1)) % n;
                grown.Add(new Arc(from, to, 0, random.Next(1, 3), random.Next(-3, 2)));
            }

            FlowNetwork after = Network(supply, grown);
            FlowResult fresh = Simplex.Solve(after, TestTime.Limit());
            FlowResult warm = Simplex.Solve(after, start, map, TestTime.Limit());
            string label = $"seed {seed} round {round}";
            Assert.Equal(fresh.Status, warm.Status);
            if (fresh.Success)
            {
                Assert.True(fresh.Cost == warm.Cost, label);
                Assert.True(FlowCertificate.Check(after, warm).IsOptimal, label);
            }

            swapped++;
        }

        Assert.True(swapped >= 20, $"only {swapped} starts with swapped arcs");
    }

    /// <summary>
    /// Assignment problems grown by pairs, appended (as candidate pricing does) or in another order: the warm solve
    /// equals the brute force and a fresh solve, and carries its certificate.
    /// </summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public void AssignmentSolve_FromAnEarlierOptimum_EqualsTheBruteForce(int seed)
    {
        var random = new Random(900 + seed);
        var solver = new AssignmentSolver(Simplex);
        int solved = 0;
        for (int round = 0; round < 60; round++)
        {
            var (part, whole) = GrowingAssignment(random, shuffleWhole: round % 2 == 1);
            AssignmentResult previous = solver.Solve(part, TestTime.Limit());
            if (!previous.Success)
            {
                continue;
            }

            AssignmentResult result = solver.Solve(whole, previous, TestTime.Limit());
            var expected = BruteForce.Assignment(whole);
            string label = $"seed {seed} round {round}";
            Assert.True(expected.HasValue, label);
            Assert.True(result.Success, label);
            Assert.Equal(expected.Value.Cost, result.Cost);
            Assert.Equal(result.Cost, BruteForce.CostOf(whole, result.MentorOf));
            Assert.True(result.Certificate!.IsOptimal, label);
            solved++;
        }

        Assert.True(solved >= 20, $"only {solved} of 60 random problems were feasible");
    }

    [Fact]
    public void AssignmentSolve_AfterAFewPairsJoin_PivotsFarLessThanAFreshSolve()
    {
        // 600 mentees on 150 mentors of capacity 3, each mentee with 5 of its pairs; then 60 more pairs join.
        var random = new Random(17);
        var pairs = new List<(int Mentee, int Mentor, long Cost)>();
        for (int i = 0; i < 600; i++)
        {
            foreach (int j in Enumerable.Range(0, 150).OrderBy(_ => random.Next()).Take(6))
            {
                pairs.Add((i, j, random.Next(0, 1000)));
            }
        }

        AssignmentProblem Build(Func<int, bool> keep)
        {
            var builder = new AssignmentProblemBuilder(600, 150, 5_000);
            for (int j = 0; j < 150; j++)
            {
                builder.SetMentor(j, 0, 3);
            }

            for (int p = 0; p < pairs.Count; p++)
            {
                if (keep(p))
                {
                    builder.AddPair(pairs[p].Mentee, pairs[p].Mentor, pairs[p].Cost);
                }
            }

            return builder.Build();
        }

        // Every sixth pair is held back; 60 of them join (they come last within their mentee, as pricing adds them).
        AssignmentProblem part = Build(p => p % 6 != 5);
        AssignmentProblem whole = Build(p => p % 6 != 5 || p % 60 == 5);
        var solver = new AssignmentSolver(Simplex);
        AssignmentResult previous = solver.Solve(part, TestTime.Limit());
        AssignmentResult warm = solver.Solve(whole, previous, TestTime.Limit());
        AssignmentResult fresh = solver.Solve(whole, TestTime.Limit());

        Assert.Equal(fresh.Cost, warm.Cost);
        Assert.True(warm.Certificate!.IsOptimal);
        Assert.True(fresh.Pivots >= 600, $"a fresh solve took only {fresh.Pivots} pivots");
        Assert.True(warm.Pivots * 5 < fresh.Pivots, $"warm {warm.Pivots} pivots, fresh {fresh.Pivots}");
    }

    [Fact]
    public void AssignmentSolve_WhenTheSidesChanged_SolvesFromScratch()
    {
        var solver = new AssignmentSolver(Simplex);
        AssignmentProblem Problem(long penalty, int capacity, long cost)
        {
            var builder = new AssignmentProblemBuilder(2, 1, penalty).AddPair(0, 0, cost).AddPair(1, 0, 10);
            builder.SetMentor(0, 0, capacity);
            return builder.Build();
        }

        AssignmentResult previous = solver.Solve(Problem(100, 1, 5), TestTime.Limit());
        Assert.Equal(105, previous.Cost);

        // Another penalty, another capacity, another cost of an earlier pair: each answered exactly.
        Assert.Equal(5 + 20, solver.Solve(Problem(20, 1, 5), previous).Cost);
        Assert.Equal(15, solver.Solve(Problem(100, 2, 5), previous).Cost);
        Assert.Equal(10 + 100, solver.Solve(Problem(100, 1, 50), previous).Cost);

        // A start from another flow solver has no tree: the problem is solved from scratch.
        var other = new AssignmentSolver(new SuccessiveShortestPathSolver());
        Assert.Equal(105, solver.Solve(Problem(100, 1, 5), other.Solve(Problem(100, 1, 5))).Cost);
        Assert.Equal(0, other.Solve(Problem(100, 1, 5)).Pivots);
    }

    [Fact]
    public void AssignmentSolve_WhenAddedPairsLeaveTheFlowLimits_FailsWithTheSolversMessage()
    {
        // The earlier problem is solved; a pair added at a cost beyond FlowLimits (2⁶⁰ on 4 nodes) makes the grown
        // network out of range, and the warm solve reports that failure instead of assembling a matching.
        var solver = new AssignmentSolver(Simplex);
        var part = new AssignmentProblemBuilder(1, 2, 100).AddPair(0, 0, 5);
        part.SetMentor(0, 0, 1);
        part.SetMentor(1, 0, 1);
        AssignmentProblem earlier = part.Build();
        AssignmentResult previous = solver.Solve(earlier, TestTime.Limit());
        Assert.Equal(5, previous.Cost);

        AssignmentProblem grown = earlier.WithAddedPairs([[(1, -(1L << 60))]]);
        AssignmentResult result = solver.Solve(grown, previous, TestTime.Limit());

        Assert.False(result.Success);
        Assert.Equal(FlowStatus.OutOfRange, result.Status);
        Assert.StartsWith("the rules cannot all be met together: ", result.Message, StringComparison.Ordinal);
        Assert.Empty(result.MentorOf.ToArray());
    }

    [Fact]
    public void WithAddedPairs_AppendsEachMenteesPairsAfterItsOwn_AsTheBuilderWould()
    {
        var random = new Random(3);
        for (int round = 0; round < 50; round++)
        {
            int n = random.Next(1, 6);
            int m = random.Next(1, 5);
            var part = new AssignmentProblemBuilder(n, m, 40);
            var whole = new AssignmentProblemBuilder(n, m, 40);
            var added = new List<(int Mentor, long Cost)>?[n];
            for (int i = 0; i < n; i++)
            {
                part.SetUnmatchedPenalty(i, 10 + i);
                whole.SetUnmatchedPenalty(i, 10 + i);
                for (int j = 0; j < m; j++)
                {
                    if (random.Next(2) == 0)
                    {
                        bool locked = random.Next(8) == 0;
                        part.AddPair(i, j, 5 * j, locked);
                        whole.AddPair(i, j, 5 * j, locked);
                    }
                }

                for (int j = 0; j < m; j++)
                {
                    if (random.Next(3) == 0)
                    {
                        (added[i] ??= []).Add((j, 7 * j));
                        whole.AddPair(i, j, 7 * j);
                    }
                }
            }

            for (int j = 0; j < m; j++)
            {
                part.SetMentor(j, 0, 2, [0, 3]);
                whole.SetMentor(j, 0, 2, [0, 3]);
            }

            AssignmentProblem grown = part.Build().WithAddedPairs(added);
            AssignmentProblem expected = whole.Build();
            Assert.Equal(expected.PairMentor.ToArray(), grown.PairMentor.ToArray());
            Assert.Equal(expected.PairCost.ToArray(), grown.PairCost.ToArray());
            Assert.Equal(expected.PairLocked.ToArray(), grown.PairLocked.ToArray());
            for (int i = 0; i < n; i++)
            {
                Assert.Equal(expected.PairsOf(i), grown.PairsOf(i));
                Assert.Equal(expected.GetUnmatchedPenalty(i), grown.GetUnmatchedPenalty(i));
            }

            Assert.Equal(AssignmentSolver.BuildNetwork(expected).Cost.ToArray(), AssignmentSolver.BuildNetwork(grown).Cost.ToArray());
        }
    }

    [Fact]
    public void Extend_CopiesTheEarlierNetworkAndWritesTheNewPairs_AsBuildNetworkWould()
    {
        var random = new Random(11);
        for (int round = 0; round < 80; round++)
        {
            int n = random.Next(1, 12);
            int m = random.Next(1, 5);
            bool loadCosts = random.Next(2) == 0;
            var builder = new AssignmentProblemBuilder(n, m, 40);
            var added = new List<(int Mentor, long Cost)>?[n];
            for (int i = 0; i < n; i++)
            {
                builder.SetUnmatchedPenalty(i, random.Next(4) == 0 ? AssignmentProblem.MustMatch : 10 + i);
                for (int j = 0; j < m; j++)
                {
                    if (random.Next(2) == 0)
                    {
                        builder.AddPair(i, j, random.Next(-9, 30), random.Next(8) == 0);
                    }
                    else if (random.Next(4) == 0)
                    {
                        // Most mentees get nothing, so runs of them are copied whole.
                        (added[i] ??= []).Add((j, random.Next(0, 30)));
                    }
                }
            }

            for (int j = 0; j < m; j++)
            {
                int max = random.Next(0, 3);
                builder.SetMentor(j, random.Next(0, max + 1), max, loadCosts ? [.. Enumerable.Range(0, max).Select(k => (long)(3 * k))] : null);
            }

            AssignmentProblem earlier = builder.Build();
            AssignmentProblem grown = earlier.WithAddedPairs(added);
            FlowNetwork before = AssignmentSolver.BuildNetwork(earlier);

            // Where each earlier arc is now, worked out from the layout: a mentee's pairs move up by the pairs added
            // to the mentees before it, the unmatched and mentor arcs by every added pair.
            var map = new int[before.ArcCount];
            int shift = 0;
            for (int i = 0; i < n; i++)
            {
                for (int p = earlier.PairsOf(i).Start.Value; p < earlier.PairsOf(i).End.Value; p++)
                {
                    map[p] = p + shift;
                }

                shift += added[i]?.Count ?? 0;
            }

            for (int a = earlier.PairCount; a < before.ArcCount; a++)
            {
                map[a] = a + shift;
            }

            FlowNetwork expected = AssignmentSolver.BuildNetwork(grown);
            FlowNetwork? extended = AssignmentSolver.Extend(before, earlier.PairCount, map, grown);
            Assert.NotNull(extended);
            Assert.Equal(expected.Supply.ToArray(), extended.Supply.ToArray());
            Assert.Equal(expected.Source.ToArray(), extended.Source.ToArray());
            Assert.Equal(expected.Target.ToArray(), extended.Target.ToArray());
            Assert.Equal(expected.Lower.ToArray(), extended.Lower.ToArray());
            Assert.Equal(expected.Capacity.ToArray(), extended.Capacity.ToArray());
            Assert.Equal(expected.Cost.ToArray(), extended.Cost.ToArray());

            // Earlier arcs out of order, or a map of the wrong length, are left to BuildNetwork.
            if (map.Length >= 2)
            {
                int[] swapped = [map[1], map[0], .. map[2..]];
                Assert.Null(AssignmentSolver.Extend(before, earlier.PairCount, swapped, grown));
            }

            Assert.Null(AssignmentSolver.Extend(before, earlier.PairCount, map[..^1], grown));
        }
    }

    [Fact]
    public void WithAddedPairs_ChecksItsArguments()
    {
        AssignmentProblem problem = new AssignmentProblemBuilder(2, 2, 5).AddPair(0, 0, 1).Build();
        Assert.Same(problem, problem.WithAddedPairs([null, []]));
        Assert.Throws<ArgumentNullException>(() => problem.WithAddedPairs(null!));
        Assert.Contains("one list of added pairs per mentee (2), got 1", Assert.Throws<ArgumentException>(() => problem.WithAddedPairs([null])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => problem.WithAddedPairs([[(2, 1L)], null]));
        Assert.Throws<ArgumentOutOfRangeException>(() => problem.WithAddedPairs([null, [(-1, 1L)]]));
    }

    private static long[] Reorder(ReadOnlySpan<long> flow, int[] startArcs)
    {
        var result = new long[startArcs.Length];
        for (int a = 0; a < startArcs.Length; a++)
        {
            result[a] = flow[startArcs[a]];
        }

        return result;
    }

    private static long[] RandomSupply(Random random, int n)
    {
        var supply = new long[n];
        for (int k = 0; k < 3; k++)
        {
            long units = random.Next(1, 4);
            supply[random.Next(n)] += units;
            supply[random.Next(n)] -= units;
        }

        return supply;
    }

    private static List<Arc> RandomArcs(Random random, int n, int count)
    {
        var arcs = new List<Arc>();
        for (int a = 0; a < count; a++)
        {
            int from = random.Next(n);
            int to = random.Next(n);
            if (from != to)
            {
                long lower = random.Next(4) == 0 ? 1 : 0;
                arcs.Add(new Arc(from, to, lower, lower + random.Next(0, 5), random.Next(-20, 40)));
            }
        }

        for (int v = 0; v + 1 < n; v++)
        {
            arcs.Add(new Arc(v, v + 1, 0, 20, 100));
            arcs.Add(new Arc(v + 1, v, 0, 20, 100));
        }

        return arcs;
    }

    private static FlowNetwork Network(long[] supply, IEnumerable<Arc> arcs) =>
        TestNetworks.Build(supply, arcs.Select(a => (a.From, a.To, a.Lower, a.Capacity, a.Cost)));

    /// <summary>A random problem and the same problem with more pairs, the new pairs last per mentee or all shuffled.</summary>
    private static (AssignmentProblem Part, AssignmentProblem Whole) GrowingAssignment(Random random, bool shuffleWhole)
    {
        int n = random.Next(1, 7);
        int m = random.Next(1, 4);
        bool loadCosts = random.Next(3) == 0;
        var part = new AssignmentProblemBuilder(n, m, 0);
        var whole = new AssignmentProblemBuilder(n, m, 0);
        var wholePairs = new List<(int Mentee, int Mentor, long Cost, bool Locked, bool New)>();
        for (int i = 0; i < n; i++)
        {
            long penalty = random.Next(5) == 0 ? AssignmentProblem.MustMatch : random.Next(20, 200);
            part.SetUnmatchedPenalty(i, penalty);
            whole.SetUnmatchedPenalty(i, penalty);
            for (int j = 0; j < m; j++)
            {
                int kind = random.Next(3);
                long cost = random.Next(0, 150);
                bool locked = kind == 0 && random.Next(12) == 0;
                if (kind == 0)
                {
                    part.AddPair(i, j, cost, locked);
                    wholePairs.Add((i, j, cost, locked, false));
                }
                else if (kind == 1)
                {
                    wholePairs.Add((i, j, cost, false, true));
                }
            }
        }

        var order = shuffleWhole ? wholePairs.OrderBy(_ => random.Next()) : wholePairs.OrderBy(p => p.New);
        foreach (var pair in order)
        {
            whole.AddPair(pair.Mentee, pair.Mentor, pair.Cost, pair.Locked);
        }

        for (int j = 0; j < m; j++)
        {
            int max = random.Next(0, 4);
            int min = max > 0 && random.Next(4) == 0 ? 1 : 0;
            long step = random.Next(0, 30);
            long[]? costs = loadCosts && max > 0 ? [.. Enumerable.Range(0, max).Select(k => k * step)] : null;
            part.SetMentor(j, min, max, costs);
            whole.SetMentor(j, min, max, costs);
        }

        return (part.Build(), whole.Build());
    }

    private readonly record struct Arc(int From, int To, long Lower, long Capacity, long Cost);
}
