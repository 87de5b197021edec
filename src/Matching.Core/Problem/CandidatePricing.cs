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
/// than 2³¹ (scores are at most 100,000 points). Deterministic: ties among candidates go to the lower mentor position.
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
        var keys = new long[m];
        for (int i = 0; i < n; i++)
        {
            int count = 0;
            for (int j = 0; j < m; j++)
            {
                long cost = costs.Cost(i, j);
                if (cost >= 0)
                {
                    keys[count++] = (cost << 32) | (uint)j;
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
                candidates[(i * m) + (int)(key & 0xFFFFFFFF)] = true;
            }
        }

        foreach (var (i, j) in alwaysIn)
        {
            candidates[(i * m) + j] = true;
        }

        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            AssignmentResult result = solver.Solve(build(candidates), cancellationToken);
            if (!result.Success)
            {
                // A rule may only be satisfiable with pairs that were left out: decide on the full model.
                priced = 0;
                return solver.Solve(build(null), cancellationToken);
            }

            ReadOnlySpan<long> potential = result.Potentials;
            int added = 0;
            priced = 0;
            for (int i = 0; i < n; i++)
            {
                long pi = potential[i];
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

                    priced++;
                    if (cost + pi - potential[n + j] < 0)
                    {
                        candidates[(i * m) + j] = true;
                        added++;
                    }
                }
            }

            if (added == 0)
            {
                return result;
            }
        }
    }
}
