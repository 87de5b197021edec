// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Solvers.Assignment;
using Matching.Solvers.Flow;
using Matching.TestUtils;

namespace Matching.Solvers.Tests.Assignment;

/// <summary>
/// The edges of "a problem grown by pairs" for
/// <see cref="AssignmentSolver.Solve(AssignmentProblem, AssignmentResult, CancellationToken)"/>, observed through the
/// pivot count as in <see cref="WarmStartMapTests"/>: a slot cost beyond a mentor's capacity is never paid, so a change
/// there keeps the earlier start; a new pair parallel to an old one (same mentee and mentor) after the mentee's own pairs
/// is only a new pair; two pairs of one mentee repeated in front of its pairs make a problem that is not the earlier
/// one grown, so it is solved from scratch.
/// </summary>
public class WarmStartBoundaryTests
{
    private static readonly NetworkSimplexSolver Simplex = new();

    /// <summary>
    /// Mode 0: every mentor has one slot cost more than its capacity, and the grown problem raises one of those unused
    /// costs; mode 1: the grown problem adds, after the mentees' own pairs, a copy of an old pair at another cost.
    /// Either way the warm solve pivots exactly as the simplex from the earlier optimum, each earlier pair mapped to the
    /// same place among its mentee's pairs.
    /// </summary>
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Solve_FromTheEarlierOptimumOfTheSameProblemGrown_PivotsAsTheSimplexFromTheEarlierBasis(int mode)
    {
        var random = new Random(7_400 + mode);
        var solver = new AssignmentSolver(Simplex);
        int rounds = 0;
        int fewerPivots = 0;
        for (int round = 0; round < 120; round++)
        {
            ProblemSpec earlierSpec = RandomSpec(random, extraSlot: mode == 0);
            AssignmentProblem earlier = earlierSpec.Build();
            AssignmentResult previous = solver.Solve(earlier, TestTime.Limit());
            if (!previous.Success || earlierSpec.Pairs.Length == 0)
            {
                continue;
            }

            List<SpecPair> added = earlierSpec.SomeMissingPairs(random);
            ProblemSpec grownSpec;
            if (mode == 0)
            {
                int j = random.Next(earlierSpec.MaxLoad.Length);
                long[][] slotCosts = [.. earlierSpec.SlotCosts!.Select((c, k) => k == j ? [.. c[..^1], c[^1] + 1 + random.Next(50)] : c)];
                grownSpec = earlierSpec with { Pairs = [.. earlierSpec.Pairs, .. added], SlotCosts = slotCosts };
            }
            else
            {
                SpecPair copy = earlierSpec.Pairs[random.Next(earlierSpec.Pairs.Length)];
                grownSpec = earlierSpec with { Pairs = [.. earlierSpec.Pairs, .. added, copy with { Cost = random.Next(-20, 150), Locked = false }] };
            }

            AssignmentProblem grown = grownSpec.Build();
            FlowResult expected = Simplex.Solve(AssignmentSolver.BuildNetwork(grown), previous.Flow!, PlaceOfEarlierArcs(earlier, grown), TestTime.Limit());
            AssignmentResult fresh = solver.Solve(grown, TestTime.Limit());
            AssignmentResult warm = solver.Solve(grown, previous, TestTime.Limit());

            string label = $"mode {mode} round {round}";
            Assert.True(expected.Success, label);
            Assert.True(warm.Success, label);
            Assert.Equal(fresh.Cost, warm.Cost);
            Assert.Equal(expected.Cost, warm.Cost);
            Assert.True(warm.Certificate!.IsOptimal, label);
            Assert.True(expected.Pivots == warm.Pivots, $"{label}: {warm.Pivots} pivots, {expected.Pivots} from the earlier basis, {fresh.Pivots} from scratch");
            fewerPivots += expected.Pivots < fresh.Pivots ? 1 : 0;
            rounds++;
        }

        // The comparison tells a warm solve from a cold one in most rounds.
        Assert.True(rounds >= 60, $"only {rounds} of 120 random problems were feasible");
        Assert.True(fewerPivots * 4 >= rounds * 3, $"the earlier basis saved pivots in only {fewerPivots} of {rounds}");
    }

    /// <summary>
    /// Two pairs of one mentee repeated (same mentor, cost and lock) in front of its pairs, and new pairs: a repeated
    /// pair is no pair of the earlier problem grown, so the solve is the solve from scratch, pivot for pivot, whether one
    /// or two of its pairs are repeated.
    /// </summary>
    [Fact]
    public void Solve_WhenTwoPairsOfAMenteeAreRepeated_IsTheSolveFromScratch()
    {
        var random = new Random(7_500);
        var solver = new AssignmentSolver(Simplex);
        int rounds = 0;
        int apart = 0;
        for (int round = 0; round < 200; round++)
        {
            ProblemSpec earlierSpec = RandomSpec(random, extraSlot: false);
            AssignmentProblem earlier = earlierSpec.Build();
            AssignmentResult previous = solver.Solve(earlier, TestTime.Limit());
            int mentee = random.Next(earlierSpec.Penalty.Length);
            SpecPair[] own = [.. earlierSpec.Pairs.Where(p => p.Mentee == mentee)];
            if (!previous.Success || own.Length < 2)
            {
                continue;
            }

            // Not the mentee's first two pairs in their order (the earlier pairs would then be a prefix, and every
            // pair after them new).
            SpecPair[] repeated = [.. own.OrderBy(_ => random.Next()).Take(2)];
            if (repeated[0] == own[0] && repeated[1] == own[1])
            {
                repeated = [own[1], own[0]];
            }

            ProblemSpec grownSpec = earlierSpec.WithPairs([.. repeated, .. earlierSpec.Pairs, .. earlierSpec.SomeMissingPairs(random)]);
            AssignmentProblem grown = grownSpec.Build();
            AssignmentResult fresh = solver.Solve(grown, TestTime.Limit());
            AssignmentResult warm = solver.Solve(grown, previous, TestTime.Limit());

            string label = $"round {round}";
            Assert.Equal(fresh.Status, warm.Status);
            Assert.True(fresh.Pivots == warm.Pivots, $"{label}: {warm.Pivots} pivots, {fresh.Pivots} from scratch");
            Assert.Equal(fresh.Cost, warm.Cost);
            Assert.Equal(fresh.MentorOf.ToArray(), warm.MentorOf.ToArray());

            // Power: the earlier optimum, placed on the same pairs after the repeated ones, would have pivoted otherwise.
            int[] place = PlaceOfEarlierArcs(earlier, grown, skipInFront: mentee, skipped: 2);
            FlowResult fromEarlier = Simplex.Solve(AssignmentSolver.BuildNetwork(grown), previous.Flow!, place, TestTime.Limit());
            apart += fromEarlier.Pivots != fresh.Pivots ? 1 : 0;
            rounds++;
        }

        Assert.True(rounds >= 40, $"only {rounds} of 200 random problems had a feasible start and a mentee with two pairs");
        Assert.True(apart * 2 >= rounds, $"the earlier basis pivots otherwise than a fresh solve in only {apart} of {rounds}");
    }

    /// <summary>
    /// Where each arc of <paramref name="earlier"/>'s network is in <paramref name="grown"/>'s: each mentee's earlier pairs
    /// at the same place among its pairs (after <paramref name="skipped"/> pairs put in front of
    /// <paramref name="skipInFront"/>'s), the unmatched and mentor arcs shifted by the pairs added.
    /// </summary>
    private static int[] PlaceOfEarlierArcs(AssignmentProblem earlier, AssignmentProblem grown, int skipInFront = -1, int skipped = 0)
    {
        int earlierArcs = AssignmentSolver.BuildNetwork(earlier).ArcCount;
        var map = new int[earlierArcs];
        for (int p = 0; p < earlier.PairCount; p++)
        {
            int mentee = earlier.MenteeOfPair(p);
            map[p] = grown.PairsOf(mentee).Start.Value + (p - earlier.PairsOf(mentee).Start.Value) + (mentee == skipInFront ? skipped : 0);
            Assert.Equal(earlier.PairMentor[p], grown.PairMentor[map[p]]);
        }

        for (int a = earlier.PairCount; a < earlierArcs; a++)
        {
            map[a] = a + grown.PairCount - earlier.PairCount;
        }

        return map;
    }

    /// <summary>
    /// A random problem (every mentee may stay unmatched, a few pairs locked); with <paramref name="extraSlot"/> every
    /// mentor has slot costs, one more than its capacity.
    /// </summary>
    private static ProblemSpec RandomSpec(Random random, bool extraSlot)
    {
        int n = random.Next(2, 7);
        int m = random.Next(1, 5);
        var penalty = new long[n];
        var pairs = new List<SpecPair>();
        for (int i = 0; i < n; i++)
        {
            penalty[i] = random.Next(20, 200);
            foreach (int j in Enumerable.Range(0, m).OrderBy(_ => random.Next()))
            {
                if (random.Next(2) == 0)
                {
                    pairs.Add(new SpecPair(i, j, random.Next(0, 150), random.Next(15) == 0));
                }
            }
        }

        var maxLoad = new int[m];
        long[][]? slotCosts = extraSlot || random.Next(3) == 0 ? new long[m][] : null;
        for (int j = 0; j < m; j++)
        {
            maxLoad[j] = random.Next(0, 4);
            long step = random.Next(0, 30);
            slotCosts?[j] = [.. Enumerable.Range(0, maxLoad[j] + (extraSlot ? 1 : 0)).Select(k => k * step)];
        }

        return new ProblemSpec(penalty, [.. pairs], new int[m], maxLoad, slotCosts);
    }
}
