// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Solvers.Assignment;
using Matching.Solvers.Flow;
using Matching.TestUtils;

namespace Matching.Solvers.Tests.Assignment;

/// <summary>
/// Re-optimizing after pairs or arcs were added by successive shortest paths (<see cref="FlowRepair"/>, which
/// <see cref="AssignmentSolver.Solve(AssignmentProblem, AssignmentResult, CancellationToken)"/> uses when the flow
/// solver is not the network simplex) against solving the grown problem from scratch and against the brute force, with
/// the certificate checked. The network simplex's own warm start is tested in <c>Flow/WarmStartTests</c>.
/// </summary>
public class RepairTests
{
    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (int seed = 0; seed < 6; seed++)
        {
            data.Add(seed);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Solve_FromAnEarlierOptimumWithoutATree_RepairsToTheOptimumOfTheGrownProblem(int seed)
    {
        var random = new Random(seed);
        var solver = new AssignmentSolver(new SuccessiveShortestPathSolver());
        int repaired = 0;
        for (int round = 0; round < 60; round++)
        {
            var (part, whole) = GrowingPair(random);
            AssignmentResult previous = solver.Solve(part, TestTime.Limit());
            if (!previous.Success)
            {
                continue;
            }

            AssignmentResult fresh = solver.Solve(whole, TestTime.Limit());
            AssignmentResult result = solver.Solve(whole, previous, TestTime.Limit());
            string label = $"seed {seed} round {round}";
            Assert.True(fresh.Success, label);
            Assert.True(result.Success, label);
            repaired++;
            Assert.Equal(fresh.Cost, result.Cost);
            Assert.Equal(BruteForce.Assignment(whole)!.Value.Cost, result.Cost);
            Assert.True(result.Certificate!.IsOptimal, label);

            // The assignment is feasible for the grown problem and costs what it claims.
            Assert.Equal(result.Cost, CostOf(whole, result.MentorOf));
        }

        Assert.True(repaired >= 20, $"only {repaired} of 60 random problems were repaired");
    }

    [Fact]
    public void FlowRepair_WithATinyWorkLimit_GivesUpInsteadOfAnsweringWrongly()
    {
        // Two mentees on one mentor first; the added pair to a second mentor makes a long way round cheaper.
        var part = new AssignmentProblemBuilder(2, 2, 1_000).AddPair(0, 0, 10).AddPair(1, 0, 20);
        part.SetMentor(0, 0, 1).SetMentor(1, 0, 1);
        var whole = new AssignmentProblemBuilder(2, 2, 1_000).AddPair(0, 0, 10).AddPair(1, 0, 20).AddPair(0, 1, 1);
        whole.SetMentor(0, 0, 1).SetMentor(1, 0, 1);
        FlowNetwork before = AssignmentSolver.BuildNetwork(part.Build());
        FlowNetwork after = AssignmentSolver.BuildNetwork(whole.Build());
        FlowResult previous = new SuccessiveShortestPathSolver().Solve(before);
        Assert.Equal(10 + 1_000, previous.Cost);

        // Arcs: the two old pairs, the new pair, then the unmatched and mentor arcs as before.
        long[] start = [previous.Flow[0], previous.Flow[1], 0, .. previous.Flow[2..]];
        Assert.Null(FlowRepair.Resolve(after, start, previous.Potentials, workLimit: 1));
        FlowResult? result = FlowRepair.Resolve(after, start, previous.Potentials, workLimit: 100);
        Assert.NotNull(result);
        Assert.Equal(1 + 20, result.Cost);
        Assert.True(FlowCertificate.Check(after, result).IsOptimal);
    }

    [Fact]
    public void Solve_WhenTheEarlierAssignmentUsesAPairTheProblemLacks_SolvesFromScratch()
    {
        foreach (IMinCostFlowSolver engine in new IMinCostFlowSolver[] { new NetworkSimplexSolver(), new SuccessiveShortestPathSolver() })
        {
            var solver = new AssignmentSolver(engine);
            var first = new AssignmentProblemBuilder(1, 2, 50).AddPair(0, 1, 5);
            first.SetMentor(0, 0, 1).SetMentor(1, 0, 1);
            AssignmentResult previous = solver.Solve(first.Build());
            var other = new AssignmentProblemBuilder(1, 2, 50).AddPair(0, 0, 7);
            other.SetMentor(0, 0, 1).SetMentor(1, 0, 1);

            AssignmentResult result = solver.Solve(other.Build(), previous);
            Assert.Equal(7, result.Cost);
            Assert.Equal(new[] { 0 }, result.MentorOf.ToArray());
            Assert.True(result.Certificate!.IsOptimal);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void FlowRepair_AfterAddingArcs_MatchesTheNetworkSimplex(int seed)
    {
        var random = new Random(seed + 100);
        for (int round = 0; round < 40; round++)
        {
            int n = random.Next(2, 9);
            var supply = new long[n];
            for (int k = 0; k < 3; k++)
            {
                int from = random.Next(n);
                int to = random.Next(n);
                long units = random.Next(1, 4);
                supply[from] += units;
                supply[to] -= units;
            }

            var arcs = new List<(int From, int To, long Lower, long Capacity, long Cost)>();
            for (int a = 0; a < n * 3; a++)
            {
                int from = random.Next(n);
                int to = random.Next(n);
                if (from != to)
                {
                    long lower = random.Next(4) == 0 ? 1 : 0;
                    arcs.Add((from, to, lower, lower + random.Next(1, 5), random.Next(-20, 40)));
                }
            }

            // Enough capacity to balance any supplies in the first network.
            for (int v = 0; v + 1 < n; v++)
            {
                arcs.Add((v, v + 1, 0, 20, 100));
                arcs.Add((v + 1, v, 0, 20, 100));
            }

            FlowNetwork before = TestNetworks.Build(supply, arcs);
            FlowResult old = new NetworkSimplexSolver().Solve(before, TestTime.Limit());
            if (!old.Success)
            {
                continue;
            }

            int added = random.Next(1, 6);
            var grown = new List<(int From, int To, long Lower, long Capacity, long Cost)>(arcs);
            for (int a = 0; a < added; a++)
            {
                int from = random.Next(n);
                int to = (from + 1 + random.Next(n - 1)) % n;
                grown.Add((from, to, 0, random.Next(1, 5), random.Next(-30, 10)));
            }

            FlowNetwork after = TestNetworks.Build(supply, grown);
            long[] start = [.. old.Flow.ToArray(), .. new long[added]];
            FlowResult? repaired = FlowRepair.Resolve(after, start, old.Potentials, long.MaxValue, TestTime.Limit());
            FlowResult fresh = new NetworkSimplexSolver().Solve(after, TestTime.Limit());
            string label = $"seed {seed} round {round}";
            Assert.NotNull(repaired);
            Assert.Equal(fresh.Status, repaired.Status);
            Assert.Equal(fresh.Cost, repaired.Cost);
            Assert.True(FlowCertificate.Check(after, repaired).IsOptimal, label);
        }
    }

    [Fact]
    public void FlowRepair_FlowOutsideItsBounds_IsRejected()
    {
        FlowNetwork network = TestNetworks.Build([1, -1], [(0, 1, 0, 1, 5)]);
        var error = Assert.Throws<ArgumentException>(() => FlowRepair.Resolve(network, [2], [0, 0], long.MaxValue));
        Assert.Contains("outside [0, 1]", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => FlowRepair.Resolve(network, [0, 0], [0, 0], long.MaxValue));
    }

    /// <summary>A random problem and the same problem with more pairs (every pair of the first is in the second).</summary>
    private static (AssignmentProblem Part, AssignmentProblem Whole) GrowingPair(Random random)
    {
        int n = random.Next(1, 7);
        int m = random.Next(1, 4);
        bool loadCosts = random.Next(3) == 0;
        var part = new AssignmentProblemBuilder(n, m, 0);
        var whole = new AssignmentProblemBuilder(n, m, 0);
        for (int i = 0; i < n; i++)
        {
            long penalty = random.Next(5) == 0 ? AssignmentProblem.MustMatch : random.Next(20, 200);
            part.SetUnmatchedPenalty(i, penalty);
            whole.SetUnmatchedPenalty(i, penalty);
            for (int j = 0; j < m; j++)
            {
                int kind = random.Next(3);
                long cost = random.Next(0, 150);
                if (kind == 0)
                {
                    part.AddPair(i, j, cost);
                    whole.AddPair(i, j, cost);
                }
                else if (kind == 1)
                {
                    whole.AddPair(i, j, cost);
                }
            }
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

    private static long CostOf(AssignmentProblem problem, ReadOnlySpan<int> mentorOf)
    {
        long cost = 0;
        var load = new int[problem.MentorCount];
        for (int i = 0; i < problem.MenteeCount; i++)
        {
            int j = mentorOf[i];
            if (j < 0)
            {
                Assert.NotEqual(AssignmentProblem.MustMatch, problem.GetUnmatchedPenalty(i));
                cost += problem.GetUnmatchedPenalty(i);
                continue;
            }

            var range = problem.PairsOf(i);
            int p = range.Start.Value;
            while (problem.PairMentor[p] != j)
            {
                p++;
            }

            cost += problem.PairCost[p];
            load[j]++;
        }

        for (int j = 0; j < problem.MentorCount; j++)
        {
            Assert.InRange(load[j], problem.MinLoad[j], problem.MaxLoad[j]);
            for (int k = 0; k < load[j]; k++)
            {
                cost += problem.HasLoadCosts ? problem.GetLoadCost(j, k) : 0;
            }
        }

        return cost;
    }
}
