// Copyright (c) Matching contributors. Licensed under the MIT License.

// Exact maximum-weight matching on a general graph: the blossom kernel (Blossom.cs) run on a sparse candidate
// subgraph, priced out against the whole graph.
//
// Pricing (as in Applegate–Cook and Kolmogorov's Blossom V for dense instances): solve on the k heaviest edges of
// every vertex; the kernel's duals are an optimal dual solution for that subgraph. Check every edge of the full graph
// against them; an edge with negative reduced cost is added and the subgraph is solved again. When no edge is
// violated, the duals are feasible for the full graph and complementary slackness holds, so the matching is optimal
// for the full graph (LP duality for Edmonds' matching polytope). Each round adds at least one edge, so it ends.
//
// Complexity: O(m) per pricing round for the scan plus the kernel on the candidate subgraph (O(n·m′) in practice,
// m′ ≈ k·n); memory O(n + m′) beyond the input.
//
// Coverage first: w′ = w − min(w) + K with K = ⌊n/2⌋·(max(w) − min(w)) + 1 makes every matching with one pair more
// heavier than any with one pair fewer, and keeps the order of weights among matchings of one size.
namespace Matching.Solvers.General;

/// <summary>
/// Exact maximum-weight (optionally maximum-cardinality-first) matching on a general undirected graph with integer
/// weights, by Edmonds' blossom algorithm, with an optimal dual solution as a certificate.
/// </summary>
/// <remarks>
/// O(n·m) time in practice (O(n³) class), O(n + m) memory. Dense graphs are solved on a sparse candidate subgraph that
/// is grown until the duals price out every edge of the full graph, so the result is exact for the full graph.
/// The class is stateless and thread-safe.
/// </remarks>
public static class MaximumWeightMatching
{
    /// <summary>In a dense weight matrix, marks a pair that may not be matched.</summary>
    public const long NoEdge = long.MinValue;

    /// <summary>The largest absolute edge weight accepted (2⁴⁰).</summary>
    public const long MaxWeightMagnitude = 1L << 40;

    /// <summary>The largest value of <c>vertexCount × (largest shifted weight)</c> accepted (2⁶⁰), so no dual can overflow.</summary>
    public const long MaxScaledWeight = 1L << 60;

    internal const int CandidatesPerVertex = 10;

    /// <summary>Finds a maximum-weight matching of a graph given as an edge list.</summary>
    /// <param name="vertexCount">The number of vertices, indexed <c>0..vertexCount−1</c>.</param>
    /// <param name="edgeSource">The first endpoint of every edge.</param>
    /// <param name="edgeTarget">The second endpoint of every edge (different from the first; parallel edges are allowed).</param>
    /// <param name="edgeWeight">The weight of every edge; |w| ≤ <see cref="MaxWeightMagnitude"/>.</param>
    /// <param name="maximumCardinality">
    /// When true, first maximize the number of pairs, then the weight among matchings of that size (coverage first).
    /// </param>
    /// <param name="cancellationToken">Cancels a long run; checked once per stage.</param>
    /// <returns>The matching with its dual certificate.</returns>
    /// <exception cref="ArgumentNullException">An array is null.</exception>
    /// <exception cref="ArgumentException">The arrays differ in length, or an edge is a loop.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The vertex count is negative, an endpoint is out of range, a weight exceeds <see cref="MaxWeightMagnitude"/>, or the
    /// weights (shifted for coverage first) times the vertex count exceed <see cref="MaxScaledWeight"/>.
    /// </exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static GeneralMatchingResult Solve(
        int vertexCount,
        int[] edgeSource,
        int[] edgeTarget,
        long[] edgeWeight,
        bool maximumCardinality = false,
        CancellationToken cancellationToken = default)
        => Solve(vertexCount, edgeSource, edgeTarget, edgeWeight, maximumCardinality, CandidatesPerVertex, cancellationToken);

    /// <summary>As the public overload, with the number of candidate edges per vertex for pricing (tests force small values).</summary>
    internal static GeneralMatchingResult Solve(
        int vertexCount,
        int[] edgeSource,
        int[] edgeTarget,
        long[] edgeWeight,
        bool maximumCardinality,
        int candidatesPerVertex,
        CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(vertexCount);
        ArgumentNullException.ThrowIfNull(edgeSource);
        ArgumentNullException.ThrowIfNull(edgeTarget);
        ArgumentNullException.ThrowIfNull(edgeWeight);
        if (edgeSource.Length != edgeTarget.Length || edgeSource.Length != edgeWeight.Length)
        {
            throw new ArgumentException(
                $"The edge arrays differ in length: {edgeSource.Length} sources, {edgeTarget.Length} targets, {edgeWeight.Length} weights.",
                nameof(edgeWeight));
        }

        long minWeight = long.MaxValue;
        long maxWeight = long.MinValue;
        for (int k = 0; k < edgeSource.Length; k++)
        {
            int u = edgeSource[k];
            int v = edgeTarget[k];
            if ((uint)u >= (uint)vertexCount || (uint)v >= (uint)vertexCount)
            {
                throw new ArgumentOutOfRangeException(nameof(edgeSource), $"Edge {k} ({u}, {v}) has an endpoint outside 0..{vertexCount - 1}.");
            }

            if (u == v)
            {
                throw new ArgumentException($"Edge {k} is a loop at vertex {u}; a vertex cannot be paired with itself.", nameof(edgeTarget));
            }

            long w = edgeWeight[k];
            CheckMagnitude(w, nameof(edgeWeight), $"Edge {k}");
            minWeight = Math.Min(minWeight, w);
            maxWeight = Math.Max(maxWeight, w);
        }

        long offset = Offset(vertexCount, minWeight, maxWeight, maximumCardinality, nameof(edgeWeight));
        var graph = new EdgeListGraph(vertexCount, edgeSource, edgeTarget, edgeWeight, offset);
        return Price(ref graph, vertexCount, edgeSource.Length, offset, maximumCardinality, candidatesPerVertex, cancellationToken);
    }

    /// <summary>Finds a maximum-weight matching of a graph given as a dense symmetric weight matrix.</summary>
    /// <param name="vertexCount">The number of vertices <c>n</c>.</param>
    /// <param name="weights">
    /// Row-major <c>n × n</c> weights, symmetric; <c>weights[i·n + j]</c> is the weight of pair <c>{i, j}</c>, or
    /// <see cref="NoEdge"/> when the pair may not be matched. The diagonal is ignored.
    /// </param>
    /// <param name="maximumCardinality">
    /// When true, first maximize the number of pairs, then the weight among matchings of that size (coverage first).
    /// </param>
    /// <param name="cancellationToken">Cancels a long run; checked once per stage.</param>
    /// <returns>The matching with its dual certificate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="weights"/> is null.</exception>
    /// <exception cref="ArgumentException">The matrix is not <c>n × n</c> or not symmetric.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The vertex count is negative, a weight exceeds <see cref="MaxWeightMagnitude"/>, or the weights (shifted for
    /// coverage first) times the vertex count exceed <see cref="MaxScaledWeight"/>.
    /// </exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static GeneralMatchingResult SolveDense(
        int vertexCount,
        long[] weights,
        bool maximumCardinality = false,
        CancellationToken cancellationToken = default)
        => SolveDense(vertexCount, weights, maximumCardinality, CandidatesPerVertex, cancellationToken);

    /// <summary>As the public overload, with the number of candidate edges per vertex for pricing (tests force small values).</summary>
    internal static GeneralMatchingResult SolveDense(
        int vertexCount,
        long[] weights,
        bool maximumCardinality,
        int candidatesPerVertex,
        CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(vertexCount);
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Length != (long)vertexCount * vertexCount)
        {
            throw new ArgumentException($"The matrix has {weights.Length} entries, not {vertexCount}×{vertexCount}.", nameof(weights));
        }

        long minWeight = long.MaxValue;
        long maxWeight = long.MinValue;
        long edges = 0;
        for (int i = 0; i < vertexCount; i++)
        {
            for (int j = i + 1; j < vertexCount; j++)
            {
                long w = weights[((long)i * vertexCount) + j];
                if (w != weights[((long)j * vertexCount) + i])
                {
                    throw new ArgumentException($"The matrix is not symmetric at ({i}, {j}).", nameof(weights));
                }

                if (w == NoEdge)
                {
                    continue;
                }

                CheckMagnitude(w, nameof(weights), $"Pair ({i}, {j})");
                minWeight = Math.Min(minWeight, w);
                maxWeight = Math.Max(maxWeight, w);
                edges++;
            }
        }

        long offset = Offset(vertexCount, minWeight, maxWeight, maximumCardinality, nameof(weights));
        var graph = new DenseGraph(vertexCount, weights, offset);
        return Price(ref graph, vertexCount, edges, offset, maximumCardinality, candidatesPerVertex, cancellationToken);
    }

    private static void CheckMagnitude(long w, string parameter, string what)
    {
        if (w > MaxWeightMagnitude || w < -MaxWeightMagnitude)
        {
            throw new ArgumentOutOfRangeException(parameter, $"{what} has weight {w}, outside ±{MaxWeightMagnitude}.");
        }
    }

    private static long Offset(int n, long minWeight, long maxWeight, bool maximumCardinality, string parameter)
    {
        if (minWeight > maxWeight)
        {
            return 0; // no edges
        }

        Int128 offset = 0;
        Int128 largest = Math.Max(0, maxWeight);
        if (maximumCardinality)
        {
            Int128 range = (Int128)maxWeight - minWeight;
            Int128 k = ((n / 2) * range) + 1;
            offset = k - minWeight;
            largest = maxWeight + offset;
        }

        if ((Int128)n * largest > MaxScaledWeight)
        {
            throw new ArgumentOutOfRangeException(
                parameter,
                $"The weights are too large for {n} vertices{(maximumCardinality ? " with maximum cardinality first" : string.Empty)}: "
                + $"vertex count × largest weight ({(maximumCardinality ? "shifted by " + offset + ", " : string.Empty)}{largest}) exceeds {MaxScaledWeight}. "
                + "Scale the weights down.");
        }

        return (long)offset;
    }

    private static GeneralMatchingResult Price<TGraph>(
        ref TGraph graph,
        int n,
        long edgeCount,
        long offset,
        bool maximumCardinality,
        int candidatesPerVertex,
        CancellationToken cancellationToken)
        where TGraph : struct, IGraph
    {
        // Candidate edges, by the graph's own edge id.
        var ids = new List<long>();
        var present = new HashSet<long>();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(candidatesPerVertex);
        if (edgeCount <= 4L * candidatesPerVertex * Math.Max(n, 1))
        {
            graph.AddAll(ids, maximumCardinality);
            foreach (long id in ids)
            {
                present.Add(id);
            }
        }
        else
        {
            graph.AddHeaviest(candidatesPerVertex, ids, present, maximumCardinality);
        }

        int rounds = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            rounds++;
            int m = ids.Count;
            var su = new int[m];
            var sv = new int[m];
            var sw = new long[m];
            for (int e = 0; e < m; e++)
            {
                graph.Edge(ids[e], out su[e], out sv[e], out sw[e]);
            }

            Blossom kernel = Blossom.Run(n, su, sv, sw, cancellationToken);
            var duals = new DualView(kernel, n);
            int before = ids.Count;
            graph.AddViolated(ref duals, ids, present, maximumCardinality);
            if (ids.Count == before)
            {
                return BuildResult(kernel, n, su, sv, sw, offset, rounds, m);
            }
        }
    }

    private static GeneralMatchingResult BuildResult(Blossom kernel, int n, int[] su, int[] sv, long[] sw, long offset, int rounds, int m)
    {
        var mate = new int[n];
        long total = 0;
        for (int v = 0; v < n; v++)
        {
            int p = kernel.MateEndpoint[v];
            mate[v] = p < 0 ? -1 : ((p & 1) == 0 ? su[p >> 1] : sv[p >> 1]);
            if (p >= 0 && v < mate[v])
            {
                total += sw[p >> 1] - offset;
            }
        }

        var vertexDual = new long[n];
        Array.Copy(kernel.Dual, vertexDual, n);

        // Live blossom slots, renumbered 0..B−1.
        var slotIndex = new int[2 * n];
        Array.Fill(slotIndex, -1);
        int count = 0;
        for (int b = n; b < 2 * n; b++)
        {
            if (kernel.BlossomBase[b] >= 0)
            {
                slotIndex[b] = count++;
            }
        }

        var start = new int[count + 1];
        var members = new List<int>();
        var blossomDual = new long[count];
        var parent = new int[count];
        for (int b = n; b < 2 * n; b++)
        {
            int index = slotIndex[b];
            if (index < 0)
            {
                continue;
            }

            kernel.Leaves(b, members);
            start[index + 1] = members.Count;
            blossomDual[index] = 2 * kernel.Dual[b];
            int up = kernel.BlossomParent[b];
            parent[index] = up < 0 ? -1 : slotIndex[up];
        }

        return new GeneralMatchingResult(mate, total, offset, vertexDual, start, members.ToArray(), blossomDual, parent, rounds, m);
    }

    /// <summary>A weighted graph the pricing loop can draw candidates from and scan against duals.</summary>
    private interface IGraph
    {
        void Edge(long id, out int u, out int v, out long shiftedWeight);

        void AddAll(List<long> ids, bool keepNonPositive);

        void AddHeaviest(int perVertex, List<long> ids, HashSet<long> present, bool keepNonPositive);

        void AddViolated(ref DualView duals, List<long> ids, HashSet<long> present, bool keepNonPositive);
    }

    /// <summary>Reduced costs from the kernel's duals, including the blossoms that hold both ends of an edge.</summary>
    private readonly struct DualView
    {
        private readonly long[] _dual;
        private readonly int[] _parent;
        private readonly int[] _top;
        private readonly int[] _depth;
        private readonly long[] _cumulative;

        public DualView(Blossom kernel, int n)
        {
            _dual = kernel.Dual;
            _parent = kernel.BlossomParent;
            _top = new int[n];
            _depth = new int[2 * n];
            _cumulative = new long[2 * n];

            // Depth and the sum of doubled blossom duals from each live blossom up to its outermost one.
            var order = new List<int>();
            for (int b = n; b < 2 * n; b++)
            {
                if (kernel.BlossomBase[b] >= 0 && _parent[b] == -1)
                {
                    order.Add(b);
                }
            }

            var children = new List<int>[2 * n];
            for (int b = n; b < 2 * n; b++)
            {
                if (kernel.BlossomBase[b] >= 0 && _parent[b] >= 0)
                {
                    (children[_parent[b]] ??= []).Add(b);
                }
            }

            for (int i = 0; i < order.Count; i++)
            {
                int b = order[i];
                int up = _parent[b];
                _depth[b] = up < 0 ? 0 : _depth[up] + 1;
                _cumulative[b] = (2 * _dual[b]) + (up < 0 ? 0 : _cumulative[up]);
                if (children[b] is { } list)
                {
                    order.AddRange(list);
                }
            }

            for (int v = 0; v < n; v++)
            {
                int t = v;
                while (_parent[t] >= 0)
                {
                    t = _parent[t];
                }

                _top[v] = t;
            }
        }

        /// <summary>Doubled reduced cost of edge (u, v) with shifted weight w; negative means violated.</summary>
        public long Reduced(int u, int v, long w)
        {
            long reduced = _dual[u] + _dual[v] - (2 * w);
            if (reduced >= 0 || _top[u] != _top[v] || _top[u] == u)
            {
                return reduced;
            }

            int a = _parent[u];
            int c = _parent[v];
            while (_depth[a] > _depth[c])
            {
                a = _parent[a];
            }

            while (_depth[c] > _depth[a])
            {
                c = _parent[c];
            }

            while (a != c)
            {
                a = _parent[a];
                c = _parent[c];
            }

            return reduced + _cumulative[a];
        }
    }

    private readonly struct EdgeListGraph(int n, int[] source, int[] target, long[] weight, long offset) : IGraph
    {
        public void Edge(long id, out int u, out int v, out long shiftedWeight)
        {
            u = source[id];
            v = target[id];
            shiftedWeight = weight[id] + offset;
        }

        public void AddAll(List<long> ids, bool keepNonPositive)
        {
            for (int k = 0; k < weight.Length; k++)
            {
                if (keepNonPositive || weight[k] + offset > 0)
                {
                    ids.Add(k);
                }
            }
        }

        public void AddHeaviest(int perVertex, List<long> ids, HashSet<long> present, bool keepNonPositive)
        {
            var heap = new TopK(n, perVertex);
            for (int k = 0; k < weight.Length; k++)
            {
                long w = weight[k] + offset;
                if (keepNonPositive || w > 0)
                {
                    heap.Offer(source[k], w, k);
                    heap.Offer(target[k], w, k);
                }
            }

            heap.Collect(ids, present);
        }

        public void AddViolated(ref DualView duals, List<long> ids, HashSet<long> present, bool keepNonPositive)
        {
            for (int k = 0; k < weight.Length; k++)
            {
                long w = weight[k] + offset;
                if ((keepNonPositive || w > 0) && duals.Reduced(source[k], target[k], w) < 0 && present.Add(k))
                {
                    ids.Add(k);
                }
            }
        }
    }

    private readonly struct DenseGraph(int n, long[] weights, long offset) : IGraph
    {
        public void Edge(long id, out int u, out int v, out long shiftedWeight)
        {
            u = (int)(id / n);
            v = (int)(id % n);
            shiftedWeight = weights[id] + offset;
        }

        public void AddAll(List<long> ids, bool keepNonPositive)
        {
            for (int i = 0; i < n; i++)
            {
                long row = (long)i * n;
                for (int j = i + 1; j < n; j++)
                {
                    long w = weights[row + j];
                    if (w != NoEdge && (keepNonPositive || w + offset > 0))
                    {
                        ids.Add(row + j);
                    }
                }
            }
        }

        public void AddHeaviest(int perVertex, List<long> ids, HashSet<long> present, bool keepNonPositive)
        {
            var heap = new TopK(n, perVertex);
            for (int i = 0; i < n; i++)
            {
                long row = (long)i * n;
                for (int j = 0; j < n; j++)
                {
                    long w = weights[row + j];
                    if (j != i && w != NoEdge && (keepNonPositive || w + offset > 0))
                    {
                        heap.Offer(i, w + offset, i < j ? row + j : ((long)j * n) + i);
                    }
                }
            }

            heap.Collect(ids, present);
        }

        public void AddViolated(ref DualView duals, List<long> ids, HashSet<long> present, bool keepNonPositive)
        {
            for (int i = 0; i < n; i++)
            {
                long row = (long)i * n;
                for (int j = i + 1; j < n; j++)
                {
                    long w = weights[row + j];
                    if (w != NoEdge && (keepNonPositive || w + offset > 0) && duals.Reduced(i, j, w + offset) < 0 && present.Add(row + j))
                    {
                        ids.Add(row + j);
                    }
                }
            }
        }
    }

    /// <summary>The k heaviest edges at every vertex, as one min-heap per vertex in flat arrays.</summary>
    private sealed class TopK(int n, int k)
    {
        private readonly long[] _weight = new long[(long)n * k];
        private readonly long[] _id = new long[(long)n * k];
        private readonly int[] _count = new int[n];

        public void Offer(int v, long w, long id)
        {
            long baseIndex = (long)v * k;
            int count = _count[v];
            if (count < k)
            {
                // Sift up.
                int i = count++;
                _count[v] = count;
                while (i > 0)
                {
                    int parent = (i - 1) / 2;
                    if (_weight[baseIndex + parent] <= w)
                    {
                        break;
                    }

                    _weight[baseIndex + i] = _weight[baseIndex + parent];
                    _id[baseIndex + i] = _id[baseIndex + parent];
                    i = parent;
                }

                _weight[baseIndex + i] = w;
                _id[baseIndex + i] = id;
                return;
            }

            if (w <= _weight[baseIndex])
            {
                return;
            }

            // Replace the lightest and sift down.
            int at = 0;
            while (true)
            {
                int child = (2 * at) + 1;
                if (child >= k)
                {
                    break;
                }

                if (child + 1 < k && _weight[baseIndex + child + 1] < _weight[baseIndex + child])
                {
                    child++;
                }

                if (_weight[baseIndex + child] >= w)
                {
                    break;
                }

                _weight[baseIndex + at] = _weight[baseIndex + child];
                _id[baseIndex + at] = _id[baseIndex + child];
                at = child;
            }

            _weight[baseIndex + at] = w;
            _id[baseIndex + at] = id;
        }

        public void Collect(List<long> ids, HashSet<long> present)
        {
            for (int v = 0; v < n; v++)
            {
                long baseIndex = (long)v * k;
                for (int i = 0; i < _count[v]; i++)
                {
                    if (present.Add(_id[baseIndex + i]))
                    {
                        ids.Add(_id[baseIndex + i]);
                    }
                }
            }
        }
    }
}
