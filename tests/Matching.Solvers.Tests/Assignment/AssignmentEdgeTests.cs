// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Solvers.Assignment;
using Matching.Solvers.Flow;
using Matching.TestUtils;

namespace Matching.Solvers.Tests.Assignment;

/// <summary>
/// The assignment solver and LAPJV against the brute force on random small instances, the network the assignment
/// model builds, and each conflict found by counting asserted by its message (issue 18). These run in the solver test
/// project so that mutation testing of <c>Matching.Solvers</c> sees them.
/// </summary>
public class AssignmentEdgeTests
{
    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (int seed = 0; seed < 8; seed++)
        {
            data.Add(seed);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Solve_RandomProblems_MatchBruteForceOnBothFlowSolvers(int seed)
    {
        var random = new Random(seed);
        IMinCostFlowSolver[] solvers = [new NetworkSimplexSolver(), new SuccessiveShortestPathSolver()];
        for (int round = 0; round < 30; round++)
        {
            AssignmentProblem problem = RandomProblem(random);
            var expected = BruteForce.Assignment(problem);
            foreach (IMinCostFlowSolver flow in solvers)
            {
                AssignmentResult result = new AssignmentSolver(flow).Solve(problem, TestTime.Limit());
                string label = $"seed {seed} round {round} {flow.GetType().Name}";
                if (expected is null)
                {
                    Assert.True(result.Status == FlowStatus.Infeasible, $"{label}: {result.Status}");
                    Assert.False(result.Success);
                    Assert.Equal(0, result.MentorOf.Length);
                    continue;
                }

                Assert.True(result.Success, $"{label}: {result.Message}");
                Assert.Equal(expected.Value.Cost, result.Cost);
                Assert.Equal(expected.Value.Cost, BruteForce.CostOf(problem, result.MentorOf));
                Assert.True(result.Certificate!.IsOptimal, label);
                Assert.Equal(AssignmentSolver.BuildNetwork(problem).NodeCount, result.Potentials.Length);
            }
        }
    }

    [Fact]
    public void BuildNetwork_HasOneArcPerPairUnmatchedOptionAndMentor()
    {
        // Mentee 0 may stay unmatched (penalty 9), mentee 1 must be matched; mentor 0 takes 1–2, mentor 1 up to 1.
        AssignmentProblem problem = new AssignmentProblemBuilder(2, 2, 9)
            .AddPair(0, 0, 3).AddPair(0, 1, 4, locked: true).AddPair(1, 0, 5)
            .SetUnmatchedPenalty(1, AssignmentProblem.MustMatch)
            .SetMentor(0, 1, 2)
            .SetMentor(1, 0, 1)
            .Build();

        FlowNetwork network = AssignmentSolver.BuildNetwork(problem);

        Assert.Equal(5, network.NodeCount);
        Assert.Equal([1L, 1, 0, 0, -2], network.Supply.ToArray());
        // Pairs (in order), mentee 0's unmatched arc, then one arc per mentor with bounds [min, max].
        Assert.Equal([0, 0, 1, 0, 2, 3], network.Source.ToArray());
        Assert.Equal([2, 3, 2, 4, 4, 4], network.Target.ToArray());
        Assert.Equal([0L, 1, 0, 0, 1, 0], network.Lower.ToArray());
        Assert.Equal([1L, 1, 1, 1, 2, 1], network.Capacity.ToArray());
        Assert.Equal([3L, 4, 5, 9, 0, 0], network.Cost.ToArray());
    }

    [Fact]
    public void BuildNetwork_MentorWithoutCapacity_GetsNoArcToTheSink()
    {
        // Mentor 0 takes nobody (capacity 0, no load costs): no arc of bounds [0, 0] is added for her.
        AssignmentProblem problem = new AssignmentProblemBuilder(1, 2, 7)
            .AddPair(0, 1, 2)
            .SetMentor(0, 0, 0)
            .SetMentor(1, 0, 1)
            .Build();

        FlowNetwork network = AssignmentSolver.BuildNetwork(problem);

        Assert.Equal(3, network.ArcCount);
        Assert.Equal([0, 0, 2], network.Source.ToArray());
        Assert.Equal([2, 3, 3], network.Target.ToArray());
    }

    [Fact]
    public void BuildNetwork_WithLoadCosts_HasOneArcPerSlot()
    {
        // Mentor 0: 3 slots costing 0, 2, 5, the first of them required (minimum load 1); mentor 1 takes nobody.
        AssignmentProblem problem = new AssignmentProblemBuilder(1, 2, 7)
            .AddPair(0, 0, 1)
            .SetMentor(0, 1, 3, [0, 2, 5])
            .SetMentor(1, 0, 0)
            .Build();

        FlowNetwork network = AssignmentSolver.BuildNetwork(problem);

        Assert.Equal([0, 0, 1, 1, 1], network.Source.ToArray());
        Assert.Equal([1, 3, 3, 3, 3], network.Target.ToArray());
        Assert.Equal([0L, 0, 1, 0, 0], network.Lower.ToArray());
        Assert.Equal([1L, 1, 1, 1, 1], network.Capacity.ToArray());
        Assert.Equal([1L, 7, 0, 2, 5], network.Cost.ToArray());
    }

    [Fact]
    public void Solve_MenteeLockedToTwoMentors_NamesIt()
    {
        AssignmentProblem problem = new AssignmentProblemBuilder(2, 2, 5)
            .AddPair(1, 0, 1, locked: true).AddPair(1, 1, 1, locked: true)
            .SetMentor(0, 0, 1).SetMentor(1, 0, 1)
            .Build();

        AssertConflict(problem, "mentee #1 is locked to 2 mentors but can take only one");
    }

    [Fact]
    public void Solve_MustMatchWithoutPairs_NamesIt()
    {
        AssignmentProblem problem = new AssignmentProblemBuilder(2, 1, 5)
            .AddPair(0, 0, 1)
            .SetUnmatchedPenalty(1, AssignmentProblem.MustMatch)
            .SetMentor(0, 0, 2)
            .Build();

        AssertConflict(problem, "mentee #1 must be matched but has no allowed mentor");
    }

    [Fact]
    public void Solve_MoreLockedThanCapacity_NamesIt()
    {
        AssignmentProblem problem = new AssignmentProblemBuilder(3, 2, 5)
            .AddPair(0, 1, 1, locked: true).AddPair(1, 1, 1, locked: true).AddPair(2, 1, 1, locked: true)
            .SetMentor(0, 0, 3).SetMentor(1, 0, 2)
            .Build();

        AssertConflict(problem, "mentor #1 has 3 locked mentees but a capacity of 2");
    }

    [Fact]
    public void Solve_MinimumLoadsAboveMentees_NamesIt()
    {
        AssignmentProblem problem = new AssignmentProblemBuilder(2, 2, 5)
            .AddPair(0, 0, 1).AddPair(1, 1, 1)
            .SetMentor(0, 2, 2).SetMentor(1, 1, 1)
            .Build();

        AssertConflict(problem, "the mentors' minimum loads add up to 3, more than the 2 mentees");
    }

    [Fact]
    public void Solve_EveryCountAtItsLimit_IsNoConflict()
    {
        // One lock per mentee, locks equal to capacity, minimum loads equal to the mentees: all just allowed.
        AssignmentProblem problem = new AssignmentProblemBuilder(3, 2, AssignmentProblem.MustMatch)
            .AddPair(0, 0, 4, locked: true).AddPair(1, 0, 6, locked: true).AddPair(2, 1, 3).AddPair(2, 0, 1)
            .SetMentor(0, 2, 2).SetMentor(1, 1, 1)
            .Build();

        AssignmentResult result = new AssignmentSolver(new NetworkSimplexSolver()).Solve(problem);

        Assert.True(result.Success, result.Message);
        Assert.Equal([0, 0, 1], result.MentorOf.ToArray());
        Assert.Equal(13, result.Cost);
    }

    [Fact]
    public void NullArguments_AreRejectedByName()
    {
        var solver = new AssignmentSolver(new NetworkSimplexSolver());

        Assert.Equal("flowSolver", Assert.Throws<ArgumentNullException>(() => new AssignmentSolver(null!)).ParamName);
        Assert.Equal("problem", Assert.Throws<ArgumentNullException>(() => AssignmentSolver.BuildNetwork(null!)).ParamName);
        Assert.Equal("problem", Assert.Throws<ArgumentNullException>(() => solver.Solve(null!)).ParamName);
        AssignmentProblem problem = new AssignmentProblemBuilder(1, 1, 5).AddPair(0, 0, 1).SetMentor(0, 0, 1).Build();
        AssignmentResult previous = solver.Solve(problem);
        Assert.Equal("problem", Assert.Throws<ArgumentNullException>(() => solver.Solve(null!, previous)).ParamName);
        Assert.Equal("previous", Assert.Throws<ArgumentNullException>(() => solver.Solve(problem, null!)).ParamName);
    }

    [Fact]
    public void Solve_FromAnEarlierResultOfAnotherShape_SolvesFromScratch()
    {
        // The earlier result is of 1 mentee × 2 mentors (4 potentials, like the new 2 × 1 problem, but one mentee):
        // it cannot be a start for the new problem, so it is solved from scratch instead of failing; so is a start
        // that is no optimum (an infeasible earlier problem), with either flow solver.
        foreach (IMinCostFlowSolver engine in new IMinCostFlowSolver[] { new NetworkSimplexSolver(), new SuccessiveShortestPathSolver() })
        {
            var solver = new AssignmentSolver(engine);
            AssignmentProblem before = new AssignmentProblemBuilder(1, 2, 5).AddPair(0, 1, 1).SetMentor(0, 0, 1).SetMentor(1, 0, 1).Build();
            AssignmentProblem after = new AssignmentProblemBuilder(2, 1, 5).AddPair(0, 0, 1).AddPair(1, 0, 2).SetMentor(0, 0, 2).Build();
            AssignmentResult previous = solver.Solve(before);
            Assert.True(previous.Success);
            Assert.Equal(AssignmentSolver.BuildNetwork(after).NodeCount, previous.Potentials.Length);

            Assert.Equal(3, solver.Solve(after, previous).Cost);
            AssignmentResult infeasible = solver.Solve(new AssignmentProblemBuilder(2, 1, AssignmentProblem.MustMatch).SetMentor(0, 0, 1).Build());
            Assert.False(infeasible.Success);
            Assert.Equal(3, solver.Solve(after, infeasible).Cost);
        }
    }

    [Fact]
    public void Solve_FlowFailure_IsPrefixedWithTheRules()
    {
        // Two must-match mentees, one place: only the flow finds it.
        AssignmentProblem problem = new AssignmentProblemBuilder(2, 1, AssignmentProblem.MustMatch)
            .AddPair(0, 0, 1).AddPair(1, 0, 1)
            .SetMentor(0, 0, 1)
            .Build();

        AssignmentResult result = new AssignmentSolver(new NetworkSimplexSolver()).Solve(problem);

        Assert.Equal(FlowStatus.Infeasible, result.Status);
        Assert.StartsWith("the rules cannot all be met together: supply and demand cannot be balanced", result.Message, StringComparison.Ordinal);
        Assert.Null(result.Certificate);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Lapjv_RandomMatrices_MatchBruteForceWithValidDuals(int seed)
    {
        var random = new Random(100 + seed);
        for (int round = 0; round < 40; round++)
        {
            int rows = random.Next(0, 6);
            int columns = rows + random.Next(0, 3);
            long range = random.Next(2) == 0 ? 4 : 1_000_000;
            var costs = new long[rows * columns];
            for (int k = 0; k < costs.Length; k++)
            {
                costs[k] = random.NextInt64(-range, range + 1);
            }

            LapResult result = Lapjv.Solve(costs, rows, columns, TestTime.Limit());

            Assert.Equal(BruteForceLap(costs, rows, columns), result.Cost);
            var used = new HashSet<int>();
            long sum = 0;
            for (int i = 0; i < rows; i++)
            {
                int j = result.ColumnOfRow[i];
                Assert.True(used.Add(j), "a column is used twice");
                sum += costs[(i * columns) + j];
            }

            Assert.Equal(result.Cost, sum);

            // Duals: u[i] + v[j] ≤ cost everywhere, with equality on the assignment, v ≤ 0 and v = 0 on free columns.
            for (int i = 0; i < rows; i++)
            {
                for (int j = 0; j < columns; j++)
                {
                    long slack = costs[(i * columns) + j] - result.RowDual[i] - result.ColumnDual[j];
                    Assert.True(slack >= 0, $"seed {seed} round {round}: negative slack at ({i}, {j})");
                    Assert.True(j != result.ColumnOfRow[i] || slack == 0, $"seed {seed} round {round}: slack on the assignment at ({i}, {j})");
                }
            }

            for (int j = 0; j < columns; j++)
            {
                Assert.True(result.ColumnDual[j] <= 0);
                Assert.True(used.Contains(j) || result.ColumnDual[j] == 0);
            }
        }
    }

    [Fact]
    public void Lapjv_CostsAtTheLimit_AreAcceptedAndBeyondRejected()
    {
        long limit = (1L << 62) / 3;
        LapResult result = Lapjv.Solve([limit, -limit, 0, limit], 2, 2);
        Assert.Equal(-limit + 0, result.Cost);

        var above = Assert.Throws<ArgumentOutOfRangeException>(() => Lapjv.Solve([limit + 1, 0, 0, 0], 2, 2));
        var below = Assert.Throws<ArgumentOutOfRangeException>(() => Lapjv.Solve([0, -limit - 1, 0, 0], 2, 2));
        Assert.Contains($"Costs must lie within ±{limit} for 2 rows.", above.Message, StringComparison.Ordinal);
        Assert.Contains($"Costs must lie within ±{limit} for 2 rows.", below.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lapjv_WrongShape_IsRejected()
    {
        var length = Assert.Throws<ArgumentException>(() => Lapjv.Solve([1, 2, 3], 2, 2));
        Assert.Contains("Expected 4 costs for 2 × 2, got 3.", length.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => Lapjv.Solve([1, 2], 2, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Lapjv.Solve([], -1, 0));
    }

    [Fact]
    public void Lapjv_CancelledToken_Throws()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();

        Assert.Throws<OperationCanceledException>(() => Lapjv.Solve([1, 2, 3, 4], 2, 2, source.Token));
    }

    private static long BruteForceLap(long[] costs, int rows, int columns)
    {
        long best = long.MaxValue;
        var used = new bool[columns];

        void Go(int i, long sum)
        {
            if (i == rows)
            {
                best = Math.Min(best, sum);
                return;
            }

            for (int j = 0; j < columns; j++)
            {
                if (!used[j])
                {
                    used[j] = true;
                    Go(i + 1, sum + costs[(i * columns) + j]);
                    used[j] = false;
                }
            }
        }

        Go(0, 0);
        return best;
    }

    private static void AssertConflict(AssignmentProblem problem, string message)
    {
        foreach (IMinCostFlowSolver flow in new IMinCostFlowSolver[] { new NetworkSimplexSolver(), new SuccessiveShortestPathSolver() })
        {
            AssignmentResult result = new AssignmentSolver(flow).Solve(problem);

            Assert.Equal(FlowStatus.Infeasible, result.Status);
            Assert.Equal(message, result.Message);
            Assert.Equal(0, result.MentorOf.Length);
            Assert.Null(result.Certificate);
        }
    }

    /// <summary>Up to 5 mentees and 3 mentors with random pairs, locks, minimum loads, load costs and must-match mentees.</summary>
    private static AssignmentProblem RandomProblem(Random random)
    {
        int n = random.Next(1, 6);
        int m = random.Next(1, 4);
        var builder = new AssignmentProblemBuilder(n, m, random.Next(0, 30));
        var lockedMentee = new bool[n];
        for (int i = 0; i < n; i++)
        {
            if (random.Next(5) == 0)
            {
                builder.SetUnmatchedPenalty(i, AssignmentProblem.MustMatch);
            }
            else if (random.Next(3) == 0)
            {
                builder.SetUnmatchedPenalty(i, random.Next(0, 30));
            }

            for (int j = 0; j < m; j++)
            {
                if (random.Next(4) != 0)
                {
                    bool locked = !lockedMentee[i] && random.Next(8) == 0;
                    lockedMentee[i] |= locked;
                    builder.AddPair(i, j, random.Next(0, 20), locked);
                }
            }
        }

        for (int j = 0; j < m; j++)
        {
            int max = random.Next(0, 4);
            int min = random.Next(4) == 0 ? random.Next(0, max + 1) : 0;
            long[]? loadCosts = max > 0 && random.Next(2) == 0
                ? [.. Enumerable.Range(0, max).Select(k => (long)k * random.Next(0, 6))]
                : null;
            if (loadCosts is not null)
            {
                Array.Sort(loadCosts);
            }

            builder.SetMentor(j, min, max, loadCosts);
        }

        return builder.Build();
    }
}
