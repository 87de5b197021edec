// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Problem;
using Matching.Solvers.Assignment;
using Matching.Solvers.Flow;
using Matching.TestUtils;

namespace Matching.Core.Tests.Candidates;

/// <summary>
/// <see cref="CandidatePricing"/> driven directly over cost matrices (issue 18, mutation testing), with every model it
/// builds recorded: the full model at once when mentors are at most 2k; otherwise a first model of each mentee's k
/// cheapest usable pairs and the locked pairs; each round adding, per mentee, at most k left-out pairs of negative
/// reduced cost under the round's own optimal potentials (recomputed here by solving the recorded models again), the
/// most negative first; and the end, whose objective is the brute-force optimum of the full model and whose
/// <c>priced</c> count is the usable pairs left out of the last model.
/// </summary>
public class CandidatePricingTests
{
    [Theory]
    [InlineData(2, 1)]
    [InlineData(4, 2)]
    [InlineData(6, 3)]
    public void Solve_AtMost2kMentors_BuildsOnlyTheFullModel(int mentors, int k)
    {
        long[,] table = RandomCosts(new Random(mentors), 3, mentors, usable: 1.0);
        var costs = new Matrix(table);
        var recorder = new Recorder(table, penalty: 1_000);

        AssignmentResult result = CandidatePricing.Solve(3, mentors, k, costs, [], recorder.Build, Solver(), out long priced, CancellationToken.None);

        Assert.True(result.Success);
        Assert.Equal([null], recorder.Masks);
        Assert.Equal(0, priced);
        Assert.Equal(BruteForce.Assignment(recorder.Model(null))!.Value.Cost, result.Cost);
    }

    [Fact]
    public void Solve_2kPlusOneMentors_StartsFromCandidates()
    {
        long[,] table = RandomCosts(new Random(5), 3, 5, usable: 1.0);
        var costs = new Matrix(table);
        var recorder = new Recorder(table, penalty: 1_000);

        CandidatePricing.Solve(3, 5, 2, costs, [], recorder.Build, Solver(), out _, CancellationToken.None);

        Assert.NotNull(recorder.Masks[0]);
    }

    /// <summary>
    /// Random matrices with unusable pairs (−1), costs from a small range (so that reduced costs of exactly 0 occur),
    /// locked pairs and minimum loads: every recorded round is checked against the rules above.
    /// </summary>
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Solve_EveryRound_FollowsThePricingRules_AndEndsAtTheFullOptimum(int seed)
    {
        var random = new Random(seed);
        int rounds = 0;
        int zeroReduced = 0;
        for (int program = 0; program < 60; program++)
        {
            int n = random.Next(1, 7);
            int m = random.Next(3, 8);
            int k = random.Next(1, 3);
            if (m <= 2 * k)
            {
                m = (2 * k) + 1;
            }

            long[,] table = RandomCosts(random, n, m, usable: 0.8, spread: random.Next(2) == 0 ? 4 : 60);
            var locks = new List<(int Mentee, int Mentor)>();
            for (int i = 0; i < n; i++)
            {
                int j = random.Next(m);
                if (random.Next(5) == 0 && table[i, j] >= 0 && !locks.Any(l => l.Mentor == j))
                {
                    locks.Add((i, j));
                }
            }

            var costs = new Matrix(table);
            var recorder = new Recorder(table, penalty: random.Next(2) == 0 ? 8 : 500, locks, capacity: random.Next(1, 3));
            string label = $"seed {seed} program {program}";

            AssignmentResult result = CandidatePricing.Solve(n, m, k, costs, locks, recorder.Build, Solver(), out long priced, CancellationToken.None);

            var full = BruteForce.Assignment(recorder.Model(null));
            Assert.Equal(full is null, !result.Success);
            if (full is null)
            {
                continue;
            }

            Assert.Equal(full.Value.Cost, result.Cost);
            bool[] first = recorder.Masks[0]!;
            Assert.Equal(StartMask(table, k, locks), first);
            if (recorder.Masks[^1] is null)
            {
                // The first model was infeasible (a minimum load needs left-out pairs): the full model decided.
                Assert.Equal(2, recorder.Masks.Count);
                Assert.Equal(0, priced);
                continue;
            }

            // Each round's potentials: its model solved as pricing solves it (the first from scratch, later ones warm
            // from the round before; the same solver gives the same potentials).
            AssignmentResult? previous = null;
            for (int r = 0; r + 1 < recorder.Masks.Count; r++)
            {
                previous = Round(recorder, recorder.Masks[r]!, previous);
                zeroReduced += CheckRound(table, k, previous.Potentials.ToArray(), recorder.Masks[r]!, recorder.Masks[r + 1]!, $"{label} round {r}");
                rounds++;
            }

            // The last model has no violator left, and priced counts its left-out usable pairs.
            bool[] last = recorder.Masks[^1]!;
            long[] potentials = Round(recorder, last, previous).Potentials.ToArray();
            long leftOut = 0;
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < m; j++)
                {
                    if (!last[(i * m) + j] && table[i, j] >= 0)
                    {
                        leftOut++;
                        long reduced = table[i, j] + potentials[i] - potentials[n + j];
                        Assert.True(reduced >= 0, label);
                        zeroReduced += reduced == 0 ? 1 : 0;
                    }
                }
            }

            Assert.Equal(leftOut, priced);
        }

        Assert.True(rounds >= 8, $"only {rounds} pricing rounds");
        Assert.True(zeroReduced >= 1, "no left-out pair had a reduced cost of exactly 0");
    }

    [Fact]
    public void Solve_CancelledToken_ThrowsBeforeBuildingAModel()
    {
        long[,] table = RandomCosts(new Random(9), 3, 5, usable: 1.0);
        var costs = new Matrix(table);
        var recorder = new Recorder(table, penalty: 1_000);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => CandidatePricing.Solve(3, 5, 1, costs, [], recorder.Build, Solver(), out _, cancelled.Token));
        Assert.Empty(recorder.Masks);
    }

    /// <summary>
    /// Identical mentees (every pair costs the same) start from different mentors: ties follow a rotation of the mentor
    /// order per mentee, so each start is k mentors in a row (cyclically), mentee 0's the first k, and the starts of
    /// eight identical mentees are not all the same.
    /// </summary>
    [Theory]
    [InlineData(7, 2)]
    [InlineData(5, 1)]
    [InlineData(9, 3)]
    public void Solve_IdenticalMentees_StartFromRotatedRunsOfMentors(int m, int k)
    {
        const int N = 8;
        var table = new long[N, m];
        for (int i = 0; i < N; i++)
        {
            for (int j = 0; j < m; j++)
            {
                table[i, j] = 10;
            }
        }

        var costs = new Matrix(table);
        var recorder = new Recorder(table, penalty: 1_000);

        AssignmentResult result = CandidatePricing.Solve(N, m, k, costs, [], recorder.Build, Solver(), out _, CancellationToken.None);

        Assert.True(result.Success);
        Assert.Equal(10L * Math.Min(N, m) + (1_000L * Math.Max(0, N - m)), result.Cost);
        bool[] first = recorder.Masks[0]!;
        var starts = new HashSet<int>();
        for (int i = 0; i < N; i++)
        {
            int[] chosen = [.. Enumerable.Range(0, m).Where(j => first[(i * m) + j])];
            Assert.Equal(k, chosen.Length);
            int start = chosen.Single(j => !first[(i * m) + ((j + m - 1) % m)]);
            Assert.All(Enumerable.Range(0, k), step => Assert.True(first[(i * m) + ((start + step) % m)], $"mentee {i}"));
            Assert.True(i != 0 || start == 0, "mentee 0 starts at mentor 0");
            starts.Add(start);
        }

        Assert.True(starts.Count >= 3, $"only {starts.Count} different starts");
    }

    /// <summary>Checks one round and returns how many left-out pairs had a reduced cost of exactly 0.</summary>
    private static int CheckRound(long[,] table, int k, long[] potentials, bool[] before, bool[] after, string label)
    {
        int n = table.GetLength(0);
        int m = table.GetLength(1);
        int zero = 0;
        bool any = false;
        for (int i = 0; i < n; i++)
        {
            var violators = new List<(long Reduced, int Mentor)>();
            var added = new List<long>();
            for (int j = 0; j < m; j++)
            {
                int at = (i * m) + j;
                Assert.True(!before[at] || after[at], $"{label}: a pair left the model");
                if (before[at] || table[i, j] < 0)
                {
                    Assert.True(before[at] == after[at], $"{label}: an unusable pair joined");
                    continue;
                }

                long reduced = table[i, j] + potentials[i] - potentials[n + j];
                zero += reduced == 0 ? 1 : 0;
                if (reduced < 0)
                {
                    violators.Add((reduced, j));
                }

                if (after[at])
                {
                    Assert.True(reduced < 0, $"{label}: mentee {i} mentor {j} joined with reduced cost {reduced}");
                    added.Add(reduced);
                }
            }

            Assert.Equal(Math.Min(k, violators.Count), added.Count);
            if (added.Count > 0)
            {
                // The most negative: no violator left out is more negative than one that joined.
                long worstAdded = added.Max();
                Assert.All(violators.Where(v => !after[(i * m) + v.Mentor]), v => Assert.True(v.Reduced >= worstAdded, label));
                any = true;
            }
        }

        Assert.True(any, $"{label}: a round that added nothing was not the last");
        return zero;
    }

    /// <summary>Solves a recorded round's model as pricing does: from scratch first, then from the round before.</summary>
    private static AssignmentResult Round(Recorder recorder, bool[] mask, AssignmentResult? previous)
    {
        AssignmentProblem model = recorder.Model(mask);
        AssignmentResult result = previous is null ? Solver().Solve(model) : Solver().Solve(model, previous);
        Assert.True(result.Success);
        return result;
    }

    /// <summary>Each mentee's k cheapest usable pairs (ties: any), and the locked pairs.</summary>
    private static bool[] StartMask(long[,] table, int k, List<(int Mentee, int Mentor)> locks)
    {
        int n = table.GetLength(0);
        int m = table.GetLength(1);
        var mask = new bool[n * m];
        for (int i = 0; i < n; i++)
        {
            foreach (int j in Enumerable.Range(0, m).Where(j => table[i, j] >= 0).OrderBy(j => table[i, j]).Take(k))
            {
                mask[(i * m) + j] = true;
            }
        }

        foreach (var (i, j) in locks)
        {
            mask[(i * m) + j] = true;
        }

        return mask;
    }

    private static long[,] RandomCosts(Random random, int n, int m, double usable, int spread = 1_000)
    {
        var table = new long[n, m];
        for (int i = 0; i < n; i++)
        {
            // Distinct costs per mentee apart from the small-spread case (ties make the start mask ambiguous).
            int[] order = [.. Enumerable.Range(0, m).OrderBy(_ => random.Next())];
            for (int j = 0; j < m; j++)
            {
                table[i, j] = random.NextDouble() < usable ? (order[j] * spread) + random.Next(spread) : -1;
            }
        }

        return table;
    }

    private static AssignmentSolver Solver() => new(new NetworkSimplexSolver());

    /// <summary>Pair costs from a matrix (−1: the pair may not be used).</summary>
    private readonly struct Matrix(long[,] table) : IPairCosts
    {
        public long Cost(int mentee, int mentor) => table[mentee, mentor];
    }

    /// <summary>Builds the model over a mask and records every mask it was asked for.</summary>
    private sealed class Recorder(long[,] table, long penalty, List<(int Mentee, int Mentor)>? locks = null, int capacity = 1)
    {
        public List<bool[]?> Masks { get; } = [];

        public AssignmentProblem Build(bool[]? mask)
        {
            Masks.Add(mask is null ? null : (bool[])mask.Clone());
            return Model(mask);
        }

        /// <summary>Builds the model over a mask without recording it.</summary>
        public AssignmentProblem Model(bool[]? mask)
        {
            int n = table.GetLength(0);
            int m = table.GetLength(1);
            var builder = new AssignmentProblemBuilder(n, m, penalty);
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < m; j++)
                {
                    if (table[i, j] >= 0 && (mask is null || mask[(i * m) + j]))
                    {
                        builder.AddPair(i, j, table[i, j], locks?.Contains((i, j)) == true);
                    }
                }
            }

            for (int j = 0; j < m; j++)
            {
                // The first mentor needs one mentee when locks are in play, so some first models are infeasible.
                builder.SetMentor(j, locks is { Count: > 0 } && j == 0 ? 1 : 0, capacity);
            }

            return builder.Build();
        }
    }
}
