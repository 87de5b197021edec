// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Solvers.Assignment;

namespace Matching.Core.Problem;

/// <summary>The cost of every mentee–mentor pair of a dense model: a value ≥ 0, or −1 when the pair may not be used.</summary>
internal interface IPairCosts
{
    long Cost(int mentee, int mentor);
}

/// <summary>
/// Solves an assignment model exactly by candidate pricing (column generation): each mentee starts with its k cheapest
/// usable pairs, the model is solved, and every left-out pair is priced with the optimal potentials; pairs with a
/// negative reduced cost <c>cost + π(mentee) − π(mentor)</c> join and the model is solved again. When none is
/// negative, the sparse optimum is optimal for the full model (linear-programming duality), so pruning loses nothing.
/// </summary>
/// <remarks>
/// Costs come through a struct type parameter, so the pricing loop calls them without a delegate. Pairs must cost less
/// than 2³¹ (scores are at most 100,000 points). Each round adds at most k violators per mentee (its most negative
/// reduced costs). Ties among candidates follow a fixed per-mentee rotation of the mentors, so people with identical
/// answers start from, and grow into, different mentors with identical answers; parallel over mentees, deterministic.
/// </remarks>
internal static class CandidatePricing
{
    /// <summary>Solves the model built by <paramref name="build"/>, pricing pairs left out of it.</summary>
    /// <param name="mentees">Number of mentees (rows).</param>
    /// <param name="mentors">Number of mentors (columns).</param>
    /// <param name="k">Candidates per mentee to start from; at most 2k mentors means every pair is used at once.</param>
    /// <param name="costs">The pair costs.</param>
    /// <param name="alwaysIn">Pairs that must be in every candidate set (locked pairs).</param>
    /// <param name="build">Builds the model over a candidate mask (null: every usable pair).</param>
    /// <param name="solver">The assignment solver.</param>
    /// <param name="priced">How many left-out pairs the final round priced.</param>
    /// <param name="cancellationToken">Checked once per round.</param>
    public static AssignmentResult Solve<TCosts>(
        int mentees,
        int mentors,
        int k,
        TCosts costs,
        IEnumerable<(int Mentee, int Mentor)> alwaysIn,
        Func<bool[]?, AssignmentProblem> build,
        AssignmentSolver solver,
        out long priced,
        CancellationToken cancellationToken)
        where TCosts : struct, IPairCosts
    {
        priced = 0;
        if (mentors <= 2 * k)
        {
            return solver.Solve(build(null), cancellationToken);
        }

        int n = mentees;
        int m = mentors;
        var candidates = new bool[n * m];

        // Each mentee's k cheapest usable pairs, ties in a per-mentee rotation of the mentors: people with identical
        // answers tie on every pair, and a common tie order would give them all the same few mentors.
        Parallel.For(0, n, () => new long[m], (i, _, keys) =>
        {
            int shift = Shift(i, m);
            int count = 0;
            for (int j = 0; j < m; j++)
            {
                long cost = costs.Cost(i, j);
                if (cost >= 0)
                {
                    keys[count++] = (cost << 32) | (uint)Rotate(j, shift, m);
                }
            }

            Span<long> best = keys.AsSpan(0, count);
            if (count > k)
            {
                best.Sort();
                best = best[..k];
            }

            foreach (long key in best)
            {
                candidates[(i * m) + Unrotate((int)(key & 0xFFFFFFFF), shift, m)] = true;
            }

            return keys;
        }, _ => { });

        foreach (var (i, j) in alwaysIn)
        {
            candidates[(i * m) + j] = true;
        }

        AssignmentResult? previous = null;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            AssignmentProblem problem = build(candidates);
            AssignmentResult result = previous is null ? solver.Solve(problem, cancellationToken) : solver.Solve(problem, previous, cancellationToken);
            if (!result.Success)
            {
                // A rule may only be satisfiable with pairs that were left out: decide on the full model.
                priced = 0;
                return solver.Solve(build(null), cancellationToken);
            }

            long[] potential = result.Potentials.ToArray();
            long added = 0;
            long pricedNow = 0;

            // Each mentee adds at most k violators a round, its most negative reduced costs (ties rotated as above),
            // so identical people or a poor start cannot swell the network towards every pair at once.
            Parallel.For(0, n, () => (Keys: new (long Reduced, int Rotated)[m], Priced: 0L, Added: 0L), (i, _, local) =>
            {
                long pi = potential[i];
                int shift = Shift(i, m);
                int count = 0;
                for (int j = 0; j < m; j++)
                {
                    if (candidates[(i * m) + j])
                    {
                        continue;
                    }

                    long cost = costs.Cost(i, j);
                    if (cost < 0)
                    {
                        continue;
                    }

                    local.Priced++;
                    long reduced = cost + pi - potential[n + j];
                    if (reduced < 0)
                    {
                        local.Keys[count++] = (reduced, Rotate(j, shift, m));
                    }
                }

                Span<(long Reduced, int Rotated)> best = local.Keys.AsSpan(0, count);
                if (count > k)
                {
                    best.Sort();
                    best = best[..k];
                }

                foreach (var (_, rotated) in best)
                {
                    candidates[(i * m) + Unrotate(rotated, shift, m)] = true;
                }

                local.Added += best.Length;
                return local;
            }, local =>
            {
                Interlocked.Add(ref pricedNow, local.Priced);
                Interlocked.Add(ref added, local.Added);
            });

            priced = pricedNow;
            if (added == 0)
            {
                return result;
            }

            previous = result;
        }
    }

    /// <summary>A mentee's rotation of the mentor order for ties (a multiplicative hash, so neighbours differ).</summary>
    private static int Shift(int mentee, int mentors) => (int)((uint)(mentee * -1640531535) % (uint)mentors);

    private static int Rotate(int mentor, int shift, int mentors) => mentor >= shift ? mentor - shift : mentor - shift + mentors;

    private static int Unrotate(int rotated, int shift, int mentors) => rotated + shift < mentors ? rotated + shift : rotated + shift - mentors;
}
