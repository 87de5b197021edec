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
/// the network simplex for large instances. Both solvers accept the range of <see cref="FlowLimits"/> and read a
/// capacity of <see cref="FlowLimits.Infinite"/> as unlimited: a negative-cost cycle of such arcs is found first
/// (Bellman–Ford) and reported as unbounded.
/// </para>
/// <para>Instances are stateless and thread-safe.</para>
/// </remarks>
public sealed class SuccessiveShortestPathSolver : IMinCostFlowSolver
{
    /// <inheritdoc />
    public FlowResult Solve(FlowNetwork network, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(network);
        Int128 supplySum = 0;
        foreach (long s in network.Supply)
        {
            supplySum += s;
        }

        if (supplySum != 0)
        {
            return FlowResult.Failed(FlowStatus.Infeasible, $"supplies sum to {supplySum}, not 0: supply and demand do not balance");
        }

        if (FlowLimits.Check(network) is { } outOfRange)
        {
            return FlowResult.Failed(FlowStatus.OutOfRange, outOfRange);
        }

        if (FindUnboundedCycle(network) is int arc)
        {
            int from = network.Source[arc];
            int to = network.Target[arc];
            return FlowResult.Failed(
                FlowStatus.Unbounded,
                first => $"the cost is unbounded below: arc {arc + first} ({from + first}->{to + first}) lies on a negative-cost cycle of unlimited capacity");
        }

        try
        {
            return SolveBounded(network, cancellationToken);
        }
        catch (OverflowException)
        {
            // Not expected within FlowLimits; the checked arithmetic makes sure an overflow is never a wrong answer.
            return FlowResult.Failed(FlowStatus.OutOfRange, "an intermediate value of the successive-shortest-path solver exceeded the 64-bit range");
        }
    }

    /// <summary>
    /// Finds a negative-cost cycle made only of arcs of capacity <see cref="FlowLimits.Infinite"/> (Bellman–Ford on
    /// those arcs, O(n·m) and only when such an arc has a negative cost); returns an arc on it, or null.
    /// </summary>
    private static int? FindUnboundedCycle(FlowNetwork network)
    {
        int n = network.NodeCount;
        ReadOnlySpan<int> source = network.Source;
        ReadOnlySpan<int> target = network.Target;
        ReadOnlySpan<long> capacity = network.Capacity;
        ReadOnlySpan<long> cost = network.Cost;
        bool any = false;
        for (int a = 0; a < cost.Length; a++)
        {
            any |= cost[a] < 0 && capacity[a] == FlowLimits.Infinite;
        }

        if (!any)
        {
            return null;
        }

        // Distances start at 0 everywhere (a virtual source to every node). Within one round a distance can fall
        // along many arcs, so they are 128-bit: |distance| ≤ rounds · arcs · max|cost| < 2¹¹⁴.
        var distance = new Int128[n];
        var via = new int[n];
        Array.Fill(via, -1);
        int changed = -1;
        for (int round = 0; round < n; round++)
        {
            changed = -1;
            for (int a = 0; a < cost.Length; a++)
            {
                if (capacity[a] == FlowLimits.Infinite && distance[source[a]] + cost[a] < distance[target[a]])
                {
                    distance[target[a]] = distance[source[a]] + cost[a];
                    via[target[a]] = a;
                    changed = target[a];
                }
            }

            if (changed < 0)
            {
                return null;
            }
        }

        // Still improving after n rounds: walking back n steps from the last improved node lands on the cycle.
        int v = changed;
        for (int i = 0; i < n; i++)
        {
            v = source[via[v]];
        }

        return via[v];
    }

    private static FlowResult SolveBounded(FlowNetwork network, CancellationToken cancellationToken)
    {
        int n = network.NodeCount;
        int m = network.ArcCount;
        ReadOnlySpan<int> source = network.Source;
        ReadOnlySpan<int> target = network.Target;
        ReadOnlySpan<long> lower = network.Lower;
        ReadOnlySpan<long> cost = network.Cost;

        // An unlimited arc gets a finite capacity larger than its flow in any basic solution (Σ|supply| + 3·Σlower +
        // Σ finite capacity + 1 < 2⁶² within FlowLimits): with no negative cycle of unlimited arcs the optimum is
        // attained at a basic solution, so the cap changes neither the optimal cost nor the certificate.
        Int128 bound = 1;
        foreach (long s in network.Supply)
        {
            bound += Int128.Abs(s);
        }

        for (int a = 0; a < m; a++)
        {
            bound += 3 * (Int128)lower[a];
            if (network.Capacity[a] != FlowLimits.Infinite)
            {
                bound += network.Capacity[a];
            }
        }

        var capacity = network.Capacity.ToArray();
        for (int a = 0; a < m; a++)
        {
            if (capacity[a] == FlowLimits.Infinite)
            {
                capacity[a] = (long)bound;
            }
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
        int[] adjacency = ResidualPaths.Adjacency(source, target, n, first);

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

            ResidualPaths.Augment(sink, predecessor, excess, flow, lower, capacity, source, target);
        }

        Int128 total = 0;
        for (int a = 0; a < m; a++)
        {
            total += (Int128)flow[a] * cost[a];
        }

        if (total < long.MinValue || total > long.MaxValue)
        {
            return FlowResult.Failed(FlowStatus.OutOfRange, FlowLimits.CostOverflow(total));
        }

        return FlowResult.Optimal(flow, potential, (long)total);
    }

    private static Func<int, string> DescribeCut(FlowNetwork network, bool[] reached, long[] excess)
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

        return first =>
        {
            string list = string.Join(", ", nodes.Take(10).Select(v => v + first)) + (nodes.Count > 10 ? ", …" : string.Empty);
            return $"{stuck} unit(s) of supply cannot reach any demand: the {nodes.Count} node(s) {{{list}}} have no residual arc leaving them";
        };
    }
}
