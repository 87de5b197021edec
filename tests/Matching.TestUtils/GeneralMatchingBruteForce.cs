// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.TestUtils;

/// <summary>
/// Exhaustive maximum-weight matching for tiny general graphs: a dynamic program over vertex subsets that tries,
/// for the lowest vertex left, leaving it single or pairing it with every neighbour. Exponential; tests only.
/// </summary>
public static class GeneralMatchingBruteForce
{
    /// <summary>The most vertices accepted.</summary>
    public const int MaxVertices = 16;

    /// <summary>
    /// The best (cardinality, weight) over all matchings: by weight alone, or by cardinality first and then weight.
    /// Parallel edges count with their heaviest copy.
    /// </summary>
    /// <param name="vertexCount">Vertices, at most <see cref="MaxVertices"/>.</param>
    /// <param name="edges">The edges (u, v, weight).</param>
    /// <param name="maximumCardinality">Whether more pairs beats more weight.</param>
    /// <returns>The cardinality and weight of an optimal matching.</returns>
    public static (int Cardinality, long Weight) Solve(int vertexCount, IReadOnlyList<(int U, int V, long W)> edges, bool maximumCardinality)
    {
        ArgumentNullException.ThrowIfNull(edges);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(vertexCount, MaxVertices);
        var best = new long?[vertexCount, vertexCount];
        foreach ((int u, int v, long w) in edges)
        {
            if (u != v && (best[u, v] is null || w > best[u, v]))
            {
                best[u, v] = best[v, u] = w;
            }
        }

        int full = (1 << vertexCount) - 1;
        var value = new (int Cardinality, long Weight)[full + 1];
        for (int mask = 1; mask <= full; mask++)
        {
            int i = System.Numerics.BitOperations.TrailingZeroCount(mask);
            int rest = mask & ~(1 << i);
            (int Cardinality, long Weight) choice = value[rest];
            for (int j = i + 1; j < vertexCount; j++)
            {
                if ((rest & (1 << j)) != 0 && best[i, j] is long w)
                {
                    (int c, long s) = value[rest & ~(1 << j)];
                    var candidate = (c + 1, s + w);
                    if (Better(candidate, choice, maximumCardinality))
                    {
                        choice = candidate;
                    }
                }
            }

            value[mask] = choice;
        }

        return value[full];
    }

    private static bool Better((int Cardinality, long Weight) a, (int Cardinality, long Weight) b, bool maximumCardinality)
        => maximumCardinality
            ? a.Cardinality > b.Cardinality || (a.Cardinality == b.Cardinality && a.Weight > b.Weight)
            : a.Weight > b.Weight;
}
