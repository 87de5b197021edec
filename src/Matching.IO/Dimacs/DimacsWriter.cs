// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using Matching.Solvers.Flow;

namespace Matching.IO.Dimacs;

/// <summary>
/// Writes a <see cref="FlowNetwork"/> as a DIMACS min-cost-flow problem that <see cref="DimacsReader"/> (and LEMON,
/// CS2 or any DIMACS solver) reads back: node IDs are 1-based, only non-zero supplies get an <c>n</c> line, arcs keep
/// their order. Output is culture-invariant.
/// </summary>
/// <remarks>The class is stateless and thread-safe.</remarks>
public static class DimacsWriter
{
    /// <summary>Writes <paramref name="network"/> to <paramref name="writer"/>.</summary>
    /// <param name="network">The network.</param>
    /// <param name="writer">The destination.</param>
    /// <param name="comment">Optional comment lines, written first as <c>c</c> lines.</param>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> or <paramref name="writer"/> is null.</exception>
    public static void Write(FlowNetwork network, TextWriter writer, string? comment = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(writer);
        CultureInfo invariant = CultureInfo.InvariantCulture;
        if (comment is not null)
        {
            foreach (string line in comment.Split('\n'))
            {
                writer.Write("c ");
                writer.Write(line.TrimEnd('\r'));
                writer.Write('\n');
            }
        }

        writer.Write(string.Create(invariant, $"p min {network.NodeCount} {network.ArcCount}\n"));
        ReadOnlySpan<long> supply = network.Supply;
        for (int v = 0; v < network.NodeCount; v++)
        {
            if (supply[v] != 0)
            {
                writer.Write(string.Create(invariant, $"n {v + 1} {supply[v]}\n"));
            }
        }

        ReadOnlySpan<int> source = network.Source;
        ReadOnlySpan<int> target = network.Target;
        ReadOnlySpan<long> lower = network.Lower;
        ReadOnlySpan<long> capacity = network.Capacity;
        ReadOnlySpan<long> cost = network.Cost;
        for (int a = 0; a < network.ArcCount; a++)
        {
            writer.Write(string.Create(invariant, $"a {source[a] + 1} {target[a] + 1} {lower[a]} {capacity[a]} {cost[a]}\n"));
        }
    }
}
