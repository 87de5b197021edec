// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Solvers.Flow;

/// <summary>
/// The residual network that both successive-shortest-path methods search (<see cref="SuccessiveShortestPathSolver"/>
/// from scratch, <see cref="FlowRepair"/> from an earlier optimum): residual arc <c>2a</c> is arc <c>a</c> forward
/// (from its source), <c>2a + 1</c> backward (from its target), and a path found by Dijkstra is augmented here.
/// </summary>
internal static class ResidualPaths
{
    /// <summary>Lists every node's residual arcs in CSR form: node v's are <c>adjacency[first[v]..first[v + 1]]</c>.</summary>
    /// <param name="source">Each arc's source.</param>
    /// <param name="target">Each arc's target.</param>
    /// <param name="n">The number of nodes.</param>
    /// <param name="first">Receives the start of each node's list (n + 1 entries, all 0 on entry).</param>
    /// <returns>The residual arcs.</returns>
    public static int[] Adjacency(ReadOnlySpan<int> source, ReadOnlySpan<int> target, int n, int[] first)
    {
        int m = source.Length;
        for (int a = 0; a < m; a++)
        {
            first[source[a] + 1]++;
            first[target[a] + 1]++;
        }

        for (int v = 0; v < n; v++)
        {
            first[v + 1] += first[v];
        }

        var adjacency = new int[2 * m];
        int[] fill = first.AsSpan(0, n).ToArray();
        for (int a = 0; a < m; a++)
        {
            adjacency[fill[source[a]]++] = 2 * a;
            adjacency[fill[target[a]]++] = (2 * a) + 1;
        }

        return adjacency;
    }

    /// <summary>
    /// Sends as much as the path ending at <paramref name="sink"/> allows (its residual capacities, the sink's deficit,
    /// the first node's excess) and updates the flows and both ends' excesses.
    /// </summary>
    public static void Augment(int sink, int[] predecessor, long[] excess, long[] flow, ReadOnlySpan<long> lower, ReadOnlySpan<long> capacity, ReadOnlySpan<int> source, ReadOnlySpan<int> target)
    {
        long delta = -excess[sink];
        int node = sink;
        while (predecessor[node] >= 0)
        {
            int r = predecessor[node];
            int a = r >> 1;
            bool forward = (r & 1) == 0;
            delta = Math.Min(delta, forward ? capacity[a] - flow[a] : flow[a] - lower[a]);
            node = forward ? source[a] : target[a];
        }

        delta = Math.Min(delta, excess[node]);
        excess[node] -= delta;
        excess[sink] += delta;
        node = sink;
        while (predecessor[node] >= 0)
        {
            int r = predecessor[node];
            int a = r >> 1;
            if ((r & 1) == 0)
            {
                flow[a] += delta;
                node = source[a];
            }
            else
            {
                flow[a] -= delta;
                node = target[a];
            }
        }
    }
}
