// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Solvers.Assignment;
using Matching.Solvers.Flow;
using Matching.TestUtils;

namespace Matching.Solvers.Tests.Assignment;

/// <summary>
/// Chains of warm solves as candidate pricing makes them, where each round's network is copied into pooled arrays and
/// the last one's arrays go back to the pool: every result equals the brute force and carries its certificate, also
/// when one earlier result is grown in two ways (the second solve from it finds its network taken and builds one) and
/// when later rounds reuse the arrays an earlier round gave back.
/// </summary>
public class WarmChainTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Solve_ChainsAndBranchesOfGrownProblems_EqualTheBruteForce(int seed)
    {
        var random = new Random(4_000 + seed);
        var solver = new AssignmentSolver(new NetworkSimplexSolver());
        int checkedResults = 0;
        for (int chain = 0; chain < 25; chain++)
        {
            AssignmentProblem start = RandomProblem(random);
            AssignmentResult first = solver.Solve(start, TestTime.Limit());
            if (!first.Success)
            {
                continue;
            }

            AssignmentProblem grown = Grow(random, start);
            AssignmentResult second = solver.Solve(grown, first, TestTime.Limit());
            Check(grown, second, $"seed {seed} chain {chain}: round 2");

            // Two problems grown from the same result: the first solve takes its network, the second builds one.
            AssignmentProblem left = Grow(random, grown);
            AssignmentProblem right = Grow(random, grown);
            AssignmentResult leftResult = solver.Solve(left, second, TestTime.Limit());
            Check(left, leftResult, $"seed {seed} chain {chain}: left");

            // A further round from the left branch rents arrays, likely the ones the left solve gave back; only then is
            // the second result grown the other way (its network must not be read again).
            AssignmentProblem further = Grow(random, left);
            Check(further, solver.Solve(further, leftResult, TestTime.Limit()), $"seed {seed} chain {chain}: left, round 4");
            AssignmentResult rightResult = solver.Solve(right, second, TestTime.Limit());
            Check(right, rightResult, $"seed {seed} chain {chain}: right");
            AssignmentProblem other = Grow(random, right);
            Check(other, solver.Solve(other, rightResult, TestTime.Limit()), $"seed {seed} chain {chain}: right, round 4");
            checkedResults += 5;
        }

        Assert.True(checkedResults >= 50, $"only {checkedResults} results checked");
    }

    private static void Check(AssignmentProblem problem, AssignmentResult result, string label)
    {
        var expected = BruteForce.Assignment(problem);
        Assert.True(expected.HasValue, label);
        Assert.True(result.Success, label);
        Assert.Equal(expected.Value.Cost, result.Cost);
        Assert.Equal(result.Cost, BruteForce.CostOf(problem, result.MentorOf));
        Assert.True(result.Certificate!.IsOptimal, label);
    }

    /// <summary>A problem where every mentee may stay unmatched, with a few of its pairs.</summary>
    private static AssignmentProblem RandomProblem(Random random)
    {
        int n = random.Next(2, 7);
        int m = random.Next(1, 4);
        var builder = new AssignmentProblemBuilder(n, m, 0);
        for (int i = 0; i < n; i++)
        {
            builder.SetUnmatchedPenalty(i, random.Next(50, 200));
            for (int j = 0; j < m; j++)
            {
                if (random.Next(3) == 0)
                {
                    builder.AddPair(i, j, random.Next(0, 150));
                }
            }
        }

        for (int j = 0; j < m; j++)
        {
            builder.SetMentor(j, 0, random.Next(1, 3));
        }

        return builder.Build();
    }

    /// <summary>The problem with some of its missing pairs added, as a pricing round adds them.</summary>
    private static AssignmentProblem Grow(Random random, AssignmentProblem problem)
    {
        var added = new List<(int Mentor, long Cost)>?[problem.MenteeCount];
        for (int i = 0; i < problem.MenteeCount; i++)
        {
            var present = new HashSet<int>();
            for (int p = problem.PairsOf(i).Start.Value; p < problem.PairsOf(i).End.Value; p++)
            {
                present.Add(problem.PairMentor[p]);
            }

            for (int j = 0; j < problem.MentorCount; j++)
            {
                if (!present.Contains(j) && random.Next(3) == 0)
                {
                    (added[i] ??= []).Add((j, random.Next(-20, 120)));
                }
            }
        }

        return problem.WithAddedPairs(added);
    }
}
