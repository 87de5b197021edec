// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Solvers.Flow;

/// <summary>
/// Re-optimizes a min-cost flow after arcs were added, starting from the previous optimum instead of from scratch:
/// arcs whose reduced cost under the previous potentials is negative are saturated (positive ones emptied), and the
/// imbalances this leaves are removed by successive shortest paths on reduced costs (Dijkstra), as in
/// <see cref="SuccessiveShortestPathSolver"/>. When only a few arcs violate, a few short paths repair the optimum.
/// </summary>
/// <remarks>
/// <para>
/// Every residual arc keeps a non-negative reduced cost throughout, so the result, when one is returned, is optimal
/// with the returned potentials as its certificate (callers check it with <see cref="FlowCertificate"/>). Potentials
/// change only on the nodes a search settles nearer than the deficit it reaches (shifted down by the difference),
/// so a repair costs what its searches touch, not a pass over every node.
/// </para>
/// <para>
/// The repair gives up (returns null) when its searches would settle more than <c>workLimit</c> nodes in total, or
/// when an arc has unlimited capacity; the caller then solves from scratch. Instances are stateless and thread-safe.
/// </para>
/// </remarks>
public static class FlowRepair
{
    /// <summary>Re-optimizes <paramref name="network"/> from a flow and potentials that were optimal on a subset of its arcs.</summary>
    /// <param name="network">The network with the added arcs.</param>
    /// <param name="flow">A flow within every arc's bounds (it may leave nodes unbalanced), one value per arc.</param>
    /// <param name="potentials">Node potentials (reduced cost <c>cost + π(source) − π(target)</c>), one per node.</param>
    /// <param name="workLimit">The most nodes all searches together may settle before the repair gives up.</param>
    /// <param name="cancellationToken">Checked once per search.</param>
    /// <returns>The optimal flow, an infeasibility, or null when the repair gave up.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> is null.</exception>
    /// <exception cref="ArgumentException">A span's length does not match the network, or the flow leaves an arc's bounds.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static FlowResult? Resolve(FlowNetwork network, ReadOnlySpan<long> flow, ReadOnlySpan<long> potentials, long workLimit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(network);
        int n = network.NodeCount;
        int m = network.ArcCount;
        if (flow.Length != m || potentials.Length != n)
        {
            throw new ArgumentException($"Expected {m} arc flows and {n} potentials, got {flow.Length} and {potentials.Length}.");
        }

        ReadOnlySpan<int> source = network.Source;
        ReadOnlySpan<int> target = network.Target;
        ReadOnlySpan<long> lower = network.Lower;
        ReadOnlySpan<long> capacity = network.Capacity;
        ReadOnlySpan<long> cost = network.Cost;
        for (int a = 0; a < m; a++)
        {
            if (capacity[a] == FlowLimits.Infinite)
            {
                return null;
            }

            if (flow[a] < lower[a] || flow[a] > capacity[a])
            {
                throw new ArgumentException($"Arc {a}'s flow {flow[a]} lies outside [{lower[a]}, {capacity[a]}].", nameof(flow));
            }
        }

        if (FlowLimits.Check(network) is { } outOfRange)
        {
            return FlowResult.Failed(FlowStatus.OutOfRange, outOfRange);
        }

        try
        {
            return Repair(network, flow.ToArray(), potentials.ToArray(), workLimit, cancellationToken);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static FlowResult? Repair(FlowNetwork network, long[] flow, long[] potential, long workLimit, CancellationToken cancellationToken)
    {
        int n = network.NodeCount;
        int m = network.ArcCount;
        ReadOnlySpan<int> source = network.Source;
        ReadOnlySpan<int> target = network.Target;
        ReadOnlySpan<long> lower = network.Lower;
        ReadOnlySpan<long> capacity = network.Capacity;
        ReadOnlySpan<long> cost = network.Cost;

        // Complementary slackness first: an arc with a negative reduced cost is filled, one with a positive reduced
        // cost emptied; what this moves shows up as node imbalances.
        var excess = network.Supply.ToArray();
        for (int a = 0; a < m; a++)
        {
            long reduced = checked(cost[a] + potential[source[a]] - potential[target[a]]);
            long f = reduced < 0 ? capacity[a] : reduced > 0 ? lower[a] : flow[a];
            flow[a] = f;
            excess[source[a]] = checked(excess[source[a]] - f);
            excess[target[a]] = checked(excess[target[a]] + f);
        }

        var pending = new List<int>();
        for (int v = 0; v < n; v++)
        {
            if (excess[v] > 0)
            {
                pending.Add(v);
            }
        }

        int[] first = new int[n + 1];
        int[] adjacency = ResidualPaths.Adjacency(source, target, n, first);
        var distance = new long[n];
        var predecessor = new int[n];
        var seen = new int[n];
        var settled = new int[n];
        var visited = new List<int>();
        var queue = new PriorityQueue<int, long>();
        int stamp = 0;
        long work = 0;
        while (true)
        {
            pending.RemoveAll(v => excess[v] <= 0);
            if (pending.Count == 0)
            {
                break;
            }

            cancellationToken.ThrowIfCancellationRequested();
            stamp++;
            visited.Clear();
            queue.Clear();
            foreach (int v in pending)
            {
                seen[v] = stamp;
                distance[v] = 0;
                predecessor[v] = -1;
                visited.Add(v);
                queue.Enqueue(v, 0);
            }

            int sink = -1;
            while (queue.TryDequeue(out int u, out long du))
            {
                if (settled[u] == stamp || du != distance[u])
                {
                    continue;
                }

                settled[u] = stamp;
                if (++work > workLimit)
                {
                    return null;
                }

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
                    if ((forward ? capacity[a] - flow[a] : flow[a] - lower[a]) <= 0)
                    {
                        continue;
                    }

                    int v = forward ? target[a] : source[a];
                    if (settled[v] == stamp)
                    {
                        continue;
                    }

                    long reduced = checked((forward ? cost[a] : -cost[a]) + potential[u] - potential[v]);
                    long dv = checked(du + reduced);
                    if (seen[v] != stamp || dv < distance[v])
                    {
                        if (seen[v] != stamp)
                        {
                            seen[v] = stamp;
                            visited.Add(v);
                        }

                        distance[v] = dv;
                        predecessor[v] = r;
                        queue.Enqueue(v, dv);
                    }
                }
            }

            if (sink < 0)
            {
                return FlowResult.Failed(FlowStatus.Infeasible, "the added arcs leave supply that cannot reach any demand");
            }

            // π(v) += min(d(v), d(sink)) for every node, less the constant d(sink): only nodes settled nearer move.
            long reach = distance[sink];
            foreach (int v in visited)
            {
                if (settled[v] == stamp && distance[v] < reach)
                {
                    potential[v] = checked(potential[v] + distance[v] - reach);
                }
            }

            ResidualPaths.Augment(sink, predecessor, excess, flow, lower, capacity, source, target);
        }

        for (int v = 0; v < n; v++)
        {
            if (excess[v] != 0)
            {
                return FlowResult.Failed(FlowStatus.Infeasible, "the added arcs leave demand that no supply can reach");
            }
        }

        Int128 total = 0;
        for (int a = 0; a < m; a++)
        {
            total += (Int128)flow[a] * cost[a];
        }

        return total < long.MinValue || total > long.MaxValue
            ? FlowResult.Failed(FlowStatus.OutOfRange, FlowLimits.CostOverflow(total))
            : FlowResult.Optimal(flow, potential, (long)total);
    }
}
