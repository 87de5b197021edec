// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Solvers.Flow;

/// <summary>
/// Min-cost flow by successive shortest paths with Dijkstra on reduced costs (Edmonds–Karp 1972,
/// Tomizawa 1971; see Ahuja, Magnanti, Orlin, <i>Network Flows</i>, §9.7).
/// </summary>
/// <remarks>
/// <para>
/// Lower bounds are met by starting every arc at its lower bound; negative-cost arcs start saturated, so every
/// residual arc has a non-negative reduced cost with all potentials zero. Each round runs one multi-source Dijkstra
/// from all nodes with excess, stops at the first node with a deficit, updates potentials by
/// <c>π(v) += min(d(v), d(t))</c> (which keeps every residual reduced cost non-negative) and augments along the path.
/// </para>
/// <para>
/// O(U · (m log n)) time for total supply U, O(n + m) memory. It is simple and easy to trust, so it serves as the
/// second, independent exact method that the faster network simplex is cross-checked against; use
/// the network simplex for large instances. Negative-cost arcs need finite capacities.
/// </para>
/// <para>Instances are stateless and thread-safe.</para>
/// </remarks>
public sealed class SuccessiveShortestPathSolver : IMinCostFlowSolver
{
    /// <inheritdoc />
    public FlowResult Solve(FlowNetwork network, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(network);
        int n = network.NodeCount;
        int m = network.ArcCount;
        ReadOnlySpan<int> source = network.Source;
        ReadOnlySpan<int> target = network.Target;
        ReadOnlySpan<long> lower = network.Lower;
        ReadOnlySpan<long> capacity = network.Capacity;
        ReadOnlySpan<long> cost = network.Cost;

        long supplySum = 0;
        for (int v = 0; v < n; v++)
        {
            supplySum = checked(supplySum + network.Supply[v]);
        }

        if (supplySum != 0)
        {
            return FlowResult.Failed(FlowStatus.Infeasible, $"supplies sum to {supplySum}, not 0: supply and demand do not balance");
        }

        var flow = new long[m];
        var excess = network.Supply.ToArray();
        for (int a = 0; a < m; a++)
        {
            long f = cost[a] < 0 ? capacity[a] : lower[a];
            flow[a] = f;
            excess[source[a]] = checked(excess[source[a]] - f);
            excess[target[a]] = checked(excess[target[a]] + f);
        }

        // Residual arcs: 2a is a's forward copy, 2a + 1 its reverse; adjacency in CSR form.
        var first = new int[n + 1];
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
        var fill = first.AsSpan(0, n).ToArray();
        for (int a = 0; a < m; a++)
        {
            adjacency[fill[source[a]]++] = 2 * a;
            adjacency[fill[target[a]]++] = (2 * a) + 1;
        }

        var potential = new long[n];
        var distance = new long[n];
        var predecessor = new int[n];
        var settled = new bool[n];
        var queue = new PriorityQueue<int, long>();

        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Array.Fill(distance, long.MaxValue);
            Array.Fill(predecessor, -1);
            Array.Clear(settled);
            queue.Clear();
            bool anyExcess = false;
            for (int v = 0; v < n; v++)
            {
                if (excess[v] > 0)
                {
                    anyExcess = true;
                    distance[v] = 0;
                    queue.Enqueue(v, 0);
                }
            }

            if (!anyExcess)
            {
                break;
            }

            int sink = -1;
            while (queue.TryDequeue(out int u, out long du))
            {
                if (settled[u] || du != distance[u])
                {
                    continue;
                }

                settled[u] = true;
                if (excess[u] < 0)
                {
                    sink = u;
                    break;
                }

                for (int i = first[u]; i < first[u + 1]; i++)
                {
                    int r = adjacency[i];
                    int a = r >> 1;
                    bool forward = (r & 1) == 0;
                    long residual = forward ? capacity[a] - flow[a] : flow[a] - lower[a];
                    if (residual <= 0)
                    {
                        continue;
                    }

                    int v = forward ? target[a] : source[a];
                    if (settled[v])
                    {
                        continue;
                    }

                    long c = forward ? cost[a] : -cost[a];
                    long reduced = checked(c + potential[u] - potential[v]);
                    long dv = checked(du + reduced);
                    if (dv < distance[v])
                    {
                        distance[v] = dv;
                        predecessor[v] = r;
                        queue.Enqueue(v, dv);
                    }
                }
            }

            if (sink < 0)
            {
                return FlowResult.Failed(FlowStatus.Infeasible, DescribeCut(network, settled, excess));
            }

            long reach = distance[sink];
            for (int v = 0; v < n; v++)
            {
                potential[v] = checked(potential[v] + Math.Min(distance[v], reach));
            }

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

        long total = 0;
        for (int a = 0; a < m; a++)
        {
            total = checked(total + checked(flow[a] * cost[a]));
        }

        return FlowResult.Optimal(flow, potential, total);
    }

    private static string DescribeCut(FlowNetwork network, bool[] reached, long[] excess)
    {
        // The nodes reachable from the excess form a set S whose supply cannot leave it: every arc out of S is
        // full and every arc into S at its lower bound.
        long stuck = 0;
        var nodes = new List<int>();
        for (int v = 0; v < network.NodeCount; v++)
        {
            if (reached[v])
            {
                nodes.Add(v);
                if (excess[v] > 0)
                {
                    stuck += excess[v];
                }
            }
        }

        string list = nodes.Count <= 10 ? string.Join(", ", nodes) : string.Join(", ", nodes.Take(10)) + ", …";
        return $"{stuck} unit(s) of supply cannot reach any demand: the {nodes.Count} node(s) {{{list}}} have no residual arc leaving them";
    }
}
