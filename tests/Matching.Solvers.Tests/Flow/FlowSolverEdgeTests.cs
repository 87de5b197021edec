// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Solvers.Flow;
using Matching.TestUtils;

namespace Matching.Solvers.Tests.Flow;

/// <summary>
/// The edges of both flow solvers that the property tests do not reach on their own (issue 18): degenerate instances
/// where the leaving-arc tie rule decides, costs that need 64 bits, optimal costs beyond 64 bits, and cancellation of
/// a solve that is already running. Every instance is checked against the brute force or the certificate, so a broken
/// solver fails by a wrong answer, not only by a different one.
/// </summary>
public class FlowSolverEdgeTests
{
    private static readonly IMinCostFlowSolver[] Solvers = [new NetworkSimplexSolver(), new SuccessiveShortestPathSolver()];

    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (int seed = 0; seed < 12; seed++)
        {
            data.Add(seed);
        }

        return data;
    }

    /// <summary>
    /// Random small networks with lower bounds, negative costs, parallel arcs and infeasible supplies: both solvers
    /// agree with the brute force on the status and the cost, and every optimum carries a valid certificate.
    /// </summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public void Solve_RandomSmallNetworks_MatchBruteForce(int seed)
    {
        var random = new Random(seed);
        for (int round = 0; round < 40; round++)
        {
            FlowNetwork network = RandomNetwork(random, degenerate: false);
            AssertExact(network, $"seed {seed} round {round}");
        }
    }

    /// <summary>
    /// Highly degenerate networks: costs from {0, 1}, unit capacities, many equal-cost alternatives and zero-flow
    /// tree arcs, so that ties between blocking arcs decide which arc leaves the tree (the strongly-feasible-tree rule
    /// that keeps the network simplex from cycling). The answer must stay exact and the solve must end.
    /// </summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public void Solve_DegenerateNetworks_MatchBruteForce(int seed)
    {
        var random = new Random(1000 + seed);
        for (int round = 0; round < 40; round++)
        {
            FlowNetwork network = RandomNetwork(random, degenerate: true);
            AssertExact(network, $"seed {seed} round {round}");
        }
    }

    /// <summary>
    /// Assignment-shaped networks where every pair costs the same: each pivot is degenerate (a zero-flow arc leaves),
    /// the case in which the tie rule matters most. The optimum is known without a brute force.
    /// </summary>
    [Theory]
    [InlineData(6, 6, 1)]
    [InlineData(20, 7, 3)]
    [InlineData(40, 40, 1)]
    [InlineData(60, 15, 4)]
    public void Solve_AllPairsEqual_IsExact(int mentees, int mentors, int capacity)
    {
        var builder = new FlowNetworkBuilder();
        builder.AddNodes(mentees + mentors + 1);
        int sink = mentees + mentors;
        for (int i = 0; i < mentees; i++)
        {
            builder.SetSupply(i, 1);
            builder.AddArc(i, sink, 0, 1, 10);
            for (int j = 0; j < mentors; j++)
            {
                builder.AddArc(i, mentees + j, 0, 1, 3);
            }
        }

        builder.SetSupply(sink, -mentees);
        for (int j = 0; j < mentors; j++)
        {
            builder.AddArc(mentees + j, sink, 0, capacity, 0);
        }

        FlowNetwork network = builder.Build();
        int matched = Math.Min(mentees, mentors * capacity);
        long expected = (3L * matched) + (10L * (mentees - matched));
        foreach (IMinCostFlowSolver solver in Solvers)
        {
            FlowResult result = solver.Solve(network, TestTime.Limit());
            Assert.True(result.Success, result.Message);
            Assert.Equal(expected, result.Cost);
            Assert.True(FlowCertificate.Check(network, result).IsOptimal);
        }
    }

    /// <summary>
    /// Costs above 2³¹ switch off the network simplex's 32-bit pricing copy. Here truncating a cost to 32 bits would
    /// make the direct arc look free (2³² → 0) and the detour of cost 2 the worse one; the exact answer takes the detour.
    /// </summary>
    [Fact]
    public void Solve_CostAbove32Bits_IsNotTruncated()
    {
        const long Huge = 1L << 32;
        FlowNetwork network = Network(3, [(0, 1, 0, 1, Huge), (0, 2, 0, 1, 1), (2, 1, 0, 1, 1)], 1, -1, 0);

        foreach (IMinCostFlowSolver solver in Solvers)
        {
            FlowResult result = solver.Solve(network, TestTime.Limit());

            Assert.True(result.Success, result.Message);
            Assert.Equal(2, result.Cost);
            Assert.Equal([0L, 1, 1], result.Flow.ToArray());
            Assert.True(FlowCertificate.Check(network, result).IsOptimal);
        }
    }

    /// <summary>
    /// A negative cost below −2³¹ whose low 32 bits read as +1: truncated, the arc would look dearer than the
    /// alternative of cost 0 and be left empty.
    /// </summary>
    [Fact]
    public void Solve_NegativeCostBelow32Bits_IsNotTruncated()
    {
        const long Negative = -(1L << 32) + 1; // low 32 bits: +1
        FlowNetwork network = Network(2, [(0, 1, 0, 1, 0), (0, 1, 0, 1, Negative)], 1, -1);

        foreach (IMinCostFlowSolver solver in Solvers)
        {
            FlowResult result = solver.Solve(network, TestTime.Limit());

            Assert.True(result.Success, result.Message);
            Assert.Equal(Negative, result.Cost);
            Assert.Equal([0L, 1], result.Flow.ToArray());
        }
    }

    /// <summary>
    /// Random networks with 64-bit costs (between 2³¹ and 2⁴⁰ in magnitude, some negative) and a few small ones:
    /// both solvers agree with the brute force, whose sums are exact at these sizes.
    /// </summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public void Solve_Random64BitCosts_MatchBruteForce(int seed)
    {
        var random = new Random(2000 + seed);
        for (int round = 0; round < 25; round++)
        {
            FlowNetwork small = RandomNetwork(random, degenerate: false);
            var builder = new FlowNetworkBuilder();
            builder.AddNodes(small.NodeCount);
            for (int v = 0; v < small.NodeCount; v++)
            {
                builder.SetSupply(v, small.Supply[v]);
            }

            for (int a = 0; a < small.ArcCount; a++)
            {
                long cost = random.Next(3) == 0
                    ? small.Cost[a]
                    : (random.NextInt64(1L << 31, 1L << 40) * (random.Next(4) == 0 ? -1 : 1)) + small.Cost[a];
                builder.AddArc(small.Source[a], small.Target[a], small.Lower[a], small.Capacity[a], cost);
            }

            AssertExact(builder.Build(), $"seed {seed} round {round}");
        }
    }

    /// <summary>
    /// An optimal cost beyond the 64-bit range (each arc within <see cref="FlowLimits"/>, but 2¹⁰ units at 2⁵⁶ each):
    /// both solvers answer <see cref="FlowStatus.OutOfRange"/> with the exact 128-bit cost, never a wrapped number.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(-1)]
    public void Solve_OptimalCostBeyond64Bits_IsOutOfRange(int sign)
    {
        const long Units = 1 << 10;
        long cost = sign * (1L << 56);
        FlowNetwork network = Network(2, [(0, 1, 0, Units, cost)], Units, -Units);
        string expected = ((Int128)Units * cost).ToString(System.Globalization.CultureInfo.InvariantCulture);

        foreach (IMinCostFlowSolver solver in Solvers)
        {
            FlowResult result = solver.Solve(network, TestTime.Limit());

            Assert.Equal(FlowStatus.OutOfRange, result.Status);
            Assert.Contains($"the optimal cost {expected} is outside the 64-bit range", result.Message, StringComparison.Ordinal);
        }
    }

    /// <summary>The same network with one unit less fits in 64 bits and is solved exactly.</summary>
    [Fact]
    public void Solve_OptimalCostJustInside64Bits_IsExact()
    {
        const long Units = 127;
        const long Cost = 1L << 56;
        FlowNetwork network = Network(2, [(0, 1, 0, Units, Cost)], Units, -Units);

        foreach (IMinCostFlowSolver solver in Solvers)
        {
            FlowResult result = solver.Solve(network, TestTime.Limit());

            Assert.True(result.Success, result.Message);
            Assert.Equal(Units * Cost, result.Cost);
        }
    }

    /// <summary>
    /// A token cancelled from another thread while the network simplex is pivoting ends the solve with
    /// <see cref="OperationCanceledException"/> (the solver checks the token every 4096 pivots). The network needs
    /// far more pivots than that; the token is cancelled once the solve has started, not after a time.
    /// </summary>
    [Fact]
    public void Solve_CancelledWhileRunning_ThrowsOperationCanceled()
    {
        AssertCancelledWhileRunning(new NetworkSimplexSolver(), LadderInstances.Generate(6_000, 1_500, 40, 3));
    }

    /// <summary>The same for successive shortest paths, which checks the token once per augmentation.</summary>
    [Fact]
    public void Solve_SuccessiveShortestPathsCancelledWhileRunning_ThrowsOperationCanceled()
    {
        AssertCancelledWhileRunning(new SuccessiveShortestPathSolver(), LadderInstances.Generate(6_000, 1_500, 40, 3));
    }

    /// <summary>
    /// Starts the solve on another thread and cancels the token as soon as that thread has entered the solver (the
    /// solve itself takes far longer than a thread switch). Whether the cancellation lands before or after the
    /// solver's first check, the result must be an <see cref="OperationCanceledException"/>, never a finished flow.
    /// </summary>
    private static void AssertCancelledWhileRunning(IMinCostFlowSolver solver, FlowNetwork network)
    {
        using var source = new CancellationTokenSource();
        using var started = new ManualResetEventSlim();
        FlowResult? finished = null;
        Exception? thrown = null;
        var thread = new Thread(() =>
        {
            try
            {
                started.Set();
                finished = solver.Solve(network, source.Token);
            }
            catch (OperationCanceledException e)
            {
                thrown = e;
            }
        });
        thread.Start();
        started.Wait();
        source.Cancel();
        thread.Join();

        Assert.Null(finished);
        Assert.IsType<OperationCanceledException>(thrown);
    }

    private static void AssertExact(FlowNetwork network, string label)
    {
        long? expected = BruteForce.MinCostFlow(network);
        foreach (IMinCostFlowSolver solver in Solvers)
        {
            FlowResult result = solver.Solve(network, TestTime.Limit());
            if (expected is null)
            {
                Assert.True(result.Status == FlowStatus.Infeasible, $"{label}: {solver.GetType().Name} says {result.Status}, brute force infeasible");
                continue;
            }

            Assert.True(result.Success, $"{label}: {solver.GetType().Name} says {result.Status} {result.Message}, brute force {expected}");
            Assert.Equal(expected.Value, result.Cost);
            CertificateReport report = FlowCertificate.Check(network, result);
            Assert.True(report.IsOptimal, $"{label}: {solver.GetType().Name}: {report}");
        }
    }

    /// <summary>
    /// A small random network (3–6 nodes, up to 8 arcs, capacities ≤ 2) the brute force can enumerate. Supplies
    /// balance; some arcs have lower bounds, negative costs or point backwards, so negative cycles and infeasible
    /// instances occur. <paramref name="degenerate"/> draws costs from {0, 1} and unit capacities.
    /// </summary>
    private static FlowNetwork RandomNetwork(Random random, bool degenerate)
    {
        int nodes = random.Next(3, 7);
        int arcs = random.Next(nodes - 1, 9);
        var builder = new FlowNetworkBuilder();
        builder.AddNodes(nodes);
        long total = 0;
        for (int v = 0; v < nodes - 1; v++)
        {
            long s = random.Next(-2, 3);
            builder.SetSupply(v, s);
            total += s;
        }

        builder.SetSupply(nodes - 1, -total);
        for (int a = 0; a < arcs; a++)
        {
            int from = random.Next(nodes);
            int to = random.Next(nodes);
            long capacity = degenerate ? 1 : random.Next(1, 3);
            long lower = !degenerate && random.Next(5) == 0 ? 1 : 0;
            long cost = degenerate ? random.Next(2) : random.Next(-4, 8);
            builder.AddArc(from, to, lower, capacity, cost);
        }

        return builder.Build();
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
