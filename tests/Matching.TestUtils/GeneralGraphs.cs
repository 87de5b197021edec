// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Matching.TestUtils;

/// <summary>A generated undirected weighted graph, printed as an edge list when a property fails.</summary>
/// <param name="VertexCount">The number of vertices.</param>
/// <param name="Edges">The edges (u, v, weight); u ≠ v, parallel edges possible.</param>
public sealed record GeneralGraphCase(int VertexCount, IReadOnlyList<(int U, int V, long W)> Edges)
{
    /// <summary>Gets the first endpoints.</summary>
    public int[] Sources => Edges.Select(e => e.U).ToArray();

    /// <summary>Gets the second endpoints.</summary>
    public int[] Targets => Edges.Select(e => e.V).ToArray();

    /// <summary>Gets the weights.</summary>
    public long[] Weights => Edges.Select(e => e.W).ToArray();

    /// <summary>The graph as a dense matrix (heaviest parallel copy; NoEdge elsewhere).</summary>
    /// <param name="noEdge">The marker for absent pairs.</param>
    /// <returns>Row-major n×n weights.</returns>
    public long[] ToDense(long noEdge)
    {
        var matrix = new long[VertexCount * VertexCount];
        Array.Fill(matrix, noEdge);
        foreach ((int u, int v, long w) in Edges)
        {
            if (matrix[(u * VertexCount) + v] == noEdge || w > matrix[(u * VertexCount) + v])
            {
                matrix[(u * VertexCount) + v] = matrix[(v * VertexCount) + u] = w;
            }
        }

        return matrix;
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"n={VertexCount}:");
        foreach ((int u, int v, long w) in Edges)
        {
            text.Append(CultureInfo.InvariantCulture, $" {u}-{v}:{w}");
        }

        return text.ToString();
    }
}

/// <summary>Random general graphs for the blossom solver: FsCheck generators and seeded large instances.</summary>
public static class GeneralGraphs
{
    /// <summary>
    /// Graphs with 0–<paramref name="maxVertices"/> vertices, edge density 10–100 %, occasional parallel edges, and
    /// weights in <c>minWeight..maxWeight</c> (few distinct values so ties and blossoms are frequent).
    /// </summary>
    /// <param name="maxVertices">The most vertices.</param>
    /// <param name="minWeight">The smallest weight.</param>
    /// <param name="maxWeight">The largest weight.</param>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<GeneralGraphCase> Small(int maxVertices, int minWeight, int maxWeight) =>
        Arb.From(
            from n in Gen.Choose(0, maxVertices)
            from density in Gen.Choose(10, 100)
            from seed in Gen.Choose(0, int.MaxValue - 1)
            select Random(n, density / 100.0, minWeight, maxWeight, seed));

    /// <summary>A seeded random graph.</summary>
    /// <param name="n">The number of vertices.</param>
    /// <param name="density">The probability of each pair being an edge.</param>
    /// <param name="minWeight">The smallest weight.</param>
    /// <param name="maxWeight">The largest weight.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The graph.</returns>
    public static GeneralGraphCase Random(int n, double density, long minWeight, long maxWeight, int seed)
    {
        var random = new Random(seed);
        var edges = new List<(int, int, long)>();
        for (int u = 0; u < n; u++)
        {
            for (int v = u + 1; v < n; v++)
            {
                if (random.NextDouble() < density)
                {
                    edges.Add(random.Next(2) == 0 ? (u, v, random.NextInt64(minWeight, maxWeight + 1)) : (v, u, random.NextInt64(minWeight, maxWeight + 1)));
                    if (random.Next(20) == 0)
                    {
                        edges.Add((u, v, random.NextInt64(minWeight, maxWeight + 1)));
                    }
                }
            }
        }

        return new GeneralGraphCase(n, edges);
    }

    /// <summary>A dense symmetric matrix with uniform weights <c>0..maxWeight</c> on every pair (diagonal NoEdge).</summary>
    /// <param name="n">The number of vertices.</param>
    /// <param name="maxWeight">The largest weight.</param>
    /// <param name="noEdge">The diagonal marker.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>Row-major n×n weights.</returns>
    public static long[] DenseUniform(int n, long maxWeight, long noEdge, int seed)
    {
        var random = new Random(seed);
        var matrix = new long[(long)n * n];
        for (int i = 0; i < n; i++)
        {
            matrix[((long)i * n) + i] = noEdge;
            for (int j = i + 1; j < n; j++)
            {
                long w = random.NextInt64(0, maxWeight + 1);
                matrix[((long)i * n) + j] = w;
                matrix[((long)j * n) + i] = w;
            }
        }

        return matrix;
    }
}
