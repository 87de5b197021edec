// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Solvers.Assignment;
using Matching.Solvers.Flow;
using Matching.TestUtils;

namespace Matching.Solvers.Tests.Assignment;

/// <summary>
/// Which start <see cref="AssignmentSolver.Solve(AssignmentProblem, AssignmentResult, CancellationToken)"/> gives the
/// network simplex, observed through the pivot count (the answer is the same optimum whatever the start, so only the
/// pivots tell a warm solve from a cold one): for a problem grown by pairs, exactly the earlier optimum with every
/// earlier arc at its own place in the new network (the map is worked out here, independently, from the pairs'
/// mentees and mentors); for a problem that differs in anything else, exactly a solve from scratch.
/// </summary>
public class WarmStartMapTests
{
    private static readonly NetworkSimplexSolver Simplex = new();

    public static TheoryData<int> Seeds() => [0, 1, 2, 3];

    /// <summary>
    /// Pairs added after each mentee's own (as pricing adds them), pairs added in a shuffled order (the old ones found
    /// by their mentor), the same pairs reordered, and nothing changed: the warm solve pivots exactly as the network
    /// simplex does from the earlier optimum through the map of each earlier pair to the pair of the same mentee and
    /// mentor (and of each unmatched and mentor arc to the same arc, shifted by the pairs added).
    /// </summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public void Solve_FromTheOptimumOfTheProblemBeforePairsWereAdded_PivotsAsTheSimplexFromTheEarlierBasis(int seed)
    {
        var random = new Random(7_100 + seed);
        var solver = new AssignmentSolver(Simplex);
        int fewerPivots = 0;
        int rounds = 0;
        for (int round = 0; round < 80; round++)
        {
            ProblemSpec earlierSpec = RandomSpec(random);
            AssignmentProblem earlier = earlierSpec.Build();
            AssignmentResult previous = solver.Solve(earlier, TestTime.Limit());
            if (!previous.Success)
            {
                continue;
            }

            // Mode 0: new pairs after each mentee's own; 1: new pairs, every pair shuffled; 2: reordered only; 3: the same.
            int mode = round % 4;
            ProblemSpec grownSpec = mode switch
            {
                0 => earlierSpec.WithPairs([.. earlierSpec.Pairs, .. earlierSpec.SomeMissingPairs(random)]),
                1 => earlierSpec.WithPairs([.. earlierSpec.Pairs.Concat(earlierSpec.SomeMissingPairs(random)).OrderBy(_ => random.Next())]),
                2 => earlierSpec.WithPairs([.. earlierSpec.Pairs.OrderBy(_ => random.Next())]),
                _ => earlierSpec,
            };
            AssignmentProblem grown = grownSpec.Build();
            FlowNetwork network = AssignmentSolver.BuildNetwork(grown);
            FlowResult expected = Simplex.Solve(network, previous.Flow!, MapOfEarlierArcs(earlier, grown), TestTime.Limit());
            AssignmentResult fresh = solver.Solve(grown, TestTime.Limit());

            AssignmentResult warm = solver.Solve(grown, previous, TestTime.Limit());

            string label = $"seed {seed} round {round} mode {mode}";
            Assert.True(warm.Success, label);
            Assert.Equal(fresh.Cost, warm.Cost);
            Assert.True(warm.Certificate!.IsOptimal, label);
            Assert.True(expected.Success, label);
            Assert.True(expected.Pivots == warm.Pivots, $"{label}: {warm.Pivots} pivots, {expected.Pivots} from the earlier basis, {fresh.Pivots} from scratch");
            if (mode >= 2)
            {
                // The same pairs: the earlier tree is optimal as it is.
                Assert.True(warm.Pivots == 0, $"{label}: {warm.Pivots} pivots with no pair added");
            }

            fewerPivots += warm.Pivots < fresh.Pivots ? 1 : 0;
            rounds++;
        }

        // The comparison can tell a warm solve from a cold one: a solve from scratch pivots at least once per mentee.
        Assert.True(rounds >= 40, $"only {rounds} of 80 random problems were feasible");
        Assert.True(fewerPivots * 10 >= rounds * 9, $"the warm solve took fewer pivots than a fresh one in only {fewerPivots} of {rounds}");
    }

    /// <summary>
    /// A result of a problem that differs from the new one in more than added pairs (another mentee or mentor count,
    /// load costs on or off, a penalty, a load bound or a slot cost changed, a pair missing, changed, locked, moved to
    /// another mentor or repeated) is no start for it: the solve is the solve from scratch, pivot for pivot.
    /// </summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public void Solve_FromTheOptimumOfAProblemThatDiffersInMoreThanPairs_IsTheSolveFromScratch(int seed)
    {
        var random = new Random(7_200 + seed);
        var solver = new AssignmentSolver(Simplex);
        var compared = new int[Changes];
        for (int round = 0; round < 600; round++)
        {
            int change = round % Changes;
            ProblemSpec earlierSpec = RandomSpec(random, loadCosts: change == 6 ? true : null);
            AssignmentResult previous = solver.Solve(earlierSpec.Build(), TestTime.Limit());
            if (!previous.Success || Changed(random, earlierSpec, change) is not { } changedSpec)
            {
                continue;
            }

            // The changed problem also gains pairs, as a pricing round would add them (none that the earlier problem had: a
            // pair removed and added again at the same cost would be no change).
            ProblemSpec grownSpec = changedSpec.WithPairs([.. changedSpec.Pairs, .. changedSpec.SomeMissingPairs(random, earlierSpec)]);
            AssignmentProblem grown = grownSpec.Build();
            AssignmentResult fresh = solver.Solve(grown, TestTime.Limit());
            AssignmentResult warm = solver.Solve(grown, previous, TestTime.Limit());

            string label = $"seed {seed} round {round} change {change}";
            Assert.Equal(fresh.Status, warm.Status);
            Assert.True(fresh.Pivots == warm.Pivots, $"{label}: {warm.Pivots} pivots, {fresh.Pivots} from scratch");
            Assert.Equal(fresh.Cost, warm.Cost);
            Assert.Equal(fresh.MentorOf.ToArray(), warm.MentorOf.ToArray());
            compared[change]++;
        }

        for (int change = 0; change < Changes; change++)
        {
            Assert.True(compared[change] >= 10, $"change {change} compared only {compared[change]} times");
        }
    }

    /// <summary>
    /// Pairs that cannot improve the earlier optimum (each costs more than its mentee's penalty and every mentor's
    /// slot) join: the earlier tree is optimal as it is, so the warm solve takes no pivot, whether the pairs come after
    /// each mentee's own or in another order.
    /// </summary>
    [Fact]
    public void Solve_WhenOnlyPairsThatCannotImproveJoin_TakesNoPivot()
    {
        var random = new Random(7_300);
        var solver = new AssignmentSolver(Simplex);
        int rounds = 0;
        for (int round = 0; round < 60; round++)
        {
            ProblemSpec earlierSpec = RandomSpec(random, mustMatch: false);
            AssignmentResult previous = solver.Solve(earlierSpec.Build(), TestTime.Limit());
            if (!previous.Success)
            {
                continue;
            }

            // A new pair's reduced cost is its cost minus the signed cost of the tree path from its mentor to its mentee
            // (π(mentor) − π(mentee)); the path has at most mentees + mentors + 1 arcs, each costing at most 200 in
            // absolute value (artificial arcs left in the tree cost 0), so below 2,400: every new pair costs 10,000 more.
            SpecPair[] added = [.. earlierSpec.SomeMissingPairs(random).Select(p => p with { Cost = 10_000 + p.Cost })];
            ProblemSpec grownSpec = earlierSpec.WithPairs(round % 2 == 0 ? [.. earlierSpec.Pairs, .. added] : [.. earlierSpec.Pairs.Concat(added).OrderBy(_ => random.Next())]);
            AssignmentProblem grown = grownSpec.Build();
            AssignmentResult warm = solver.Solve(grown, previous, TestTime.Limit());

            Assert.True(warm.Success);
            Assert.True(warm.Pivots == 0, $"round {round}: {warm.Pivots} pivots");
            Assert.Equal(previous.Cost, warm.Cost);
            Assert.Equal(previous.MentorOf.ToArray(), warm.MentorOf.ToArray());
            rounds++;
        }

        Assert.True(rounds >= 40, $"only {rounds} of 60 random problems were feasible");
    }

    private const int Changes = 12;

    /// <summary>Where each arc of <paramref name="earlier"/>'s network is in <paramref name="grown"/>'s, by mentee and mentor.</summary>
    private static int[] MapOfEarlierArcs(AssignmentProblem earlier, AssignmentProblem grown)
    {
        int earlierArcs = AssignmentSolver.BuildNetwork(earlier).ArcCount;
        var map = new int[earlierArcs];
        for (int p = 0; p < earlier.PairCount; p++)
        {
            int mentee = earlier.MenteeOfPair(p);
            int mentor = earlier.PairMentor[p];
            map[p] = Enumerable.Range(grown.PairsOf(mentee).Start.Value, grown.PairsOf(mentee).End.Value - grown.PairsOf(mentee).Start.Value)
                .Single(q => grown.PairMentor[q] == mentor);
        }

        for (int a = earlier.PairCount; a < earlierArcs; a++)
        {
            map[a] = a + grown.PairCount - earlier.PairCount;
        }

        return map;
    }

    /// <summary>
    /// The spec changed in one respect (<paramref name="change"/>), or null when that change cannot be made to it (no
    /// pair to remove, no mentor without the mentee, no load costs).
    /// </summary>
    private static ProblemSpec? Changed(Random random, ProblemSpec spec, int change)
    {
        int n = spec.Penalty.Length;
        int m = spec.MaxLoad.Length;
        int i = random.Next(n);
        int j = random.Next(m);
        int p = spec.Pairs.Length == 0 ? -1 : random.Next(spec.Pairs.Length);
        switch (change)
        {
            case 0:
                return spec with { Penalty = [.. spec.Penalty, 100] };
            case 1:
                return spec with { MinLoad = [.. spec.MinLoad, 0], MaxLoad = [.. spec.MaxLoad, 1], SlotCosts = spec.SlotCosts is null ? null : [.. spec.SlotCosts, [0]] };
            case 2:
                // (Without a mentor of capacity above 0 neither problem has load costs.)
                return spec.MaxLoad.All(max => max == 0)
                    ? null
                    : spec with { SlotCosts = spec.SlotCosts is null ? [.. spec.MaxLoad.Select(max => Enumerable.Range(0, max).Select(k => (long)k).ToArray())] : null };
            case 3:
                return spec with { Penalty = [.. spec.Penalty.Select((x, k) => k == i ? (x == AssignmentProblem.MustMatch ? 150 : x + 1 + random.Next(40)) : x)] };
            case 4:
                int open = Array.FindLastIndex(spec.MaxLoad, max => max > 0);
                return open < 0 ? null : spec with { MinLoad = [.. spec.MinLoad.Select((x, k) => k == open ? 1 - x : x)] };
            case 5:
                return spec with
                {
                    MaxLoad = [.. spec.MaxLoad.Select((x, k) => k == j ? x + 1 : x)],
                    SlotCosts = spec.SlotCosts is null ? null : [.. spec.SlotCosts.Select((c, k) => k == j ? [.. c, c.Length == 0 ? 0 : c[^1]] : c)],
                };
            case 6:
                int slots = Array.FindIndex(spec.MaxLoad, max => max > 0);
                return slots < 0 || spec.SlotCosts is null
                    ? null
                    : spec with { SlotCosts = [.. spec.SlotCosts.Select((c, k) => k == slots ? [.. c[..^1], c[^1] + 1 + random.Next(30)] : c)] };
            case 7:
                return p < 0 ? null : spec.WithPairs([.. spec.Pairs.Where((_, k) => k != p)]);
            case 8:
                return p < 0 ? null : spec.WithPairs([.. spec.Pairs.Select((x, k) => k == p ? x with { Cost = x.Cost + 1 + random.Next(60) } : x)]);
            case 9:
                return p < 0 ? null : spec.WithPairs([.. spec.Pairs.Select((x, k) => k == p ? x with { Locked = !x.Locked } : x)]);
            case 10:
                if (p < 0 || Enumerable.Range(0, m).FirstOrDefault(k => !spec.Pairs.Any(x => x.Mentee == spec.Pairs[p].Mentee && x.Mentor == k), -1) is not (>= 0 and var free))
                {
                    return null;
                }

                return spec.WithPairs([.. spec.Pairs.Select((x, k) => k == p ? x with { Mentor = free } : x)]);
            default:
                // The pair repeated in front of its mentee's pairs, which has another pair too (so its pairs are not the
                // earlier ones followed by new ones: a pair repeated after them is only a new parallel pair).
                return p < 0 || spec.Pairs.Count(x => x.Mentee == spec.Pairs[p].Mentee) < 2 ? null : spec.WithPairs([spec.Pairs[p], .. spec.Pairs]);
        }
    }

    /// <summary>A random problem: a few mentees and mentors, some pairs (a few locked), load bounds, sometimes slot costs.</summary>
    private static ProblemSpec RandomSpec(Random random, bool? loadCosts = null, bool mustMatch = true)
    {
        int n = random.Next(1, 7);
        int m = random.Next(1, 5);
        var penalty = new long[n];
        var pairs = new List<SpecPair>();
        for (int i = 0; i < n; i++)
        {
            penalty[i] = mustMatch && random.Next(6) == 0 ? AssignmentProblem.MustMatch : random.Next(20, 200);
            foreach (int j in Enumerable.Range(0, m).OrderBy(_ => random.Next()))
            {
                if (random.Next(2) == 0)
                {
                    pairs.Add(new SpecPair(i, j, random.Next(0, 150), random.Next(15) == 0));
                }
            }
        }

        var maxLoad = new int[m];
        var minLoad = new int[m];
        bool slots = loadCosts ?? random.Next(3) == 0;
        long[][]? slotCosts = slots ? new long[m][] : null;
        for (int j = 0; j < m; j++)
        {
            maxLoad[j] = random.Next(0, 4);
            minLoad[j] = maxLoad[j] > 0 && random.Next(5) == 0 ? 1 : 0;
            long step = random.Next(0, 30);
            slotCosts?[j] = [.. Enumerable.Range(0, maxLoad[j]).Select(k => k * step)];
        }

        return new ProblemSpec(penalty, [.. pairs], minLoad, maxLoad, slotCosts);
    }
}
