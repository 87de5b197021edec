// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Solvers.Assignment;
using Matching.Solvers.Flow;
using Matching.TestUtils;

namespace Matching.Solvers.Tests.Assignment;

/// <summary>
/// Chains of warm solves (<see cref="AssignmentSolver.Solve(AssignmentProblem, AssignmentResult, CancellationToken)"/>)
/// through problems that hold locked pairs and gain pairs, some of them locked, with either flow solver: every result
/// equals the brute force, locks included. The grown network is built from the earlier one (only the added pairs are
/// written one by one), so a lock lost there would be a wrong optimum that still passes its own certificate.
/// </summary>
public class WarmLockedPairTests
{
    public static TheoryData<int, bool> Cases()
    {
        var data = new TheoryData<int, bool>();
        for (int seed = 0; seed < 3; seed++)
        {
            data.Add(seed, true);
            data.Add(seed, false);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Solve_ChainsOfGrownProblemsWithLockedPairs_EqualTheBruteForce(int seed, bool simplex)
    {
        var random = new Random(4_500 + seed);
        var solver = new AssignmentSolver(simplex ? new NetworkSimplexSolver() : new SuccessiveShortestPathSolver());
        int newLocksThatMatter = 0;
        int earlierLocks = 0;
        for (int chain = 0; chain < 40; chain++)
        {
            ProblemSpec spec = RandomSpec(random);
            AssignmentResult result = solver.Solve(spec.Build(), TestTime.Limit());
            if (!result.Success)
            {
                continue;
            }

            for (int round = 1; round <= 3; round++)
            {
                string label = $"seed {seed} chain {chain} round {round}";
                ProblemSpec grown = spec.WithPairs([.. spec.Pairs, .. NewPairs(random, spec)]);
                AssignmentProblem problem = grown.Build();
                AssignmentResult warm = solver.Solve(problem, result, TestTime.Limit());
                var expected = BruteForce.Assignment(problem);
                if (expected is null)
                {
                    // Locks that cannot all be kept (two on one mentor of one place): no answer, warm or not.
                    Assert.False(warm.Success, label);
                    break;
                }

                Assert.True(warm.Success, $"{label}: {warm.Message}");
                Assert.Equal(expected.Value.Cost, warm.Cost);
                Assert.Equal(warm.Cost, BruteForce.CostOf(problem, warm.MentorOf));
                Assert.True(warm.Certificate!.IsOptimal, label);

                // Power of the test: a new lock whose pair the optimum without locks would not take.
                bool newLock = grown.Pairs.Skip(spec.Pairs.Length).Any(p => p.Locked);
                var free = BruteForce.Assignment(grown.WithPairs([.. grown.Pairs.Select(p => p with { Locked = false })]).Build());
                newLocksThatMatter += newLock && free!.Value.Cost != expected.Value.Cost ? 1 : 0;
                earlierLocks += spec.Pairs.Any(p => p.Locked) ? 1 : 0;
                spec = grown;
                result = warm;
            }
        }

        Assert.True(newLocksThatMatter >= 10, $"only {newLocksThatMatter} grown problems had a new lock that changes the optimum");
        Assert.True(earlierLocks >= 10, $"only {earlierLocks} grown problems kept a lock of the earlier problem");
    }

    /// <summary>
    /// The smallest case by hand: mentee 0 takes mentor 0 at cost 1; then a locked pair (0, 1) at cost 50 is added, so
    /// the optimum is 50 (mentor 1), not the earlier 1, with either flow solver.
    /// </summary>
    [Fact]
    public void Solve_WhenTheAddedPairIsLocked_TakesIt()
    {
        foreach (IMinCostFlowSolver engine in new IMinCostFlowSolver[] { new NetworkSimplexSolver(), new SuccessiveShortestPathSolver() })
        {
            var solver = new AssignmentSolver(engine);
            var before = new ProblemSpec([100], [new SpecPair(0, 0, 1, false)], [0, 0], [1, 1]);
            AssignmentResult previous = solver.Solve(before.Build(), TestTime.Limit());
            Assert.Equal(1, previous.Cost);

            AssignmentResult result = solver.Solve(before.WithPairs([.. before.Pairs, new SpecPair(0, 1, 50, true)]).Build(), previous, TestTime.Limit());

            Assert.True(result.Success, engine.GetType().Name + ": " + result.Message);
            Assert.Equal(50, result.Cost);
            Assert.Equal(new[] { 1 }, result.MentorOf.ToArray());
            Assert.True(result.Certificate!.IsOptimal);
        }
    }

    /// <summary>Some of the pairs the spec lacks; a mentee without a lock gets a locked one now and then.</summary>
    private static List<SpecPair> NewPairs(Random random, ProblemSpec spec)
    {
        var added = new List<SpecPair>();
        for (int i = 0; i < spec.Penalty.Length; i++)
        {
            bool locked = spec.Pairs.Any(x => x.Mentee == i && x.Locked);
            for (int j = 0; j < spec.MaxLoad.Length; j++)
            {
                if (!spec.Pairs.Any(x => x.Mentee == i && x.Mentor == j) && random.Next(3) == 0)
                {
                    bool lockIt = !locked && random.Next(4) == 0;
                    locked |= lockIt;
                    added.Add(new SpecPair(i, j, random.Next(-20, 150), lockIt));
                }
            }
        }

        return added;
    }

    /// <summary>A few mentees (each may stay unmatched) and mentors, some pairs, at most one locked per mentee.</summary>
    private static ProblemSpec RandomSpec(Random random)
    {
        int n = random.Next(2, 7);
        int m = random.Next(1, 4);
        var penalty = new long[n];
        var pairs = new List<SpecPair>();
        for (int i = 0; i < n; i++)
        {
            penalty[i] = random.Next(20, 200);
            bool locked = false;
            foreach (int j in Enumerable.Range(0, m).OrderBy(_ => random.Next()))
            {
                if (random.Next(3) == 0)
                {
                    bool lockIt = !locked && random.Next(6) == 0;
                    locked |= lockIt;
                    pairs.Add(new SpecPair(i, j, random.Next(0, 150), lockIt));
                }
            }
        }

        int[] maxLoad = [.. Enumerable.Range(0, m).Select(_ => random.Next(1, 3))];
        return new ProblemSpec(penalty, [.. pairs], new int[m], maxLoad);
    }
}
