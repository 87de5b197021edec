// Copyright (c) Matching contributors. Licensed under the MIT License.

// Independent check of a maximum-weight matching on a general graph by LP duality for Edmonds' matching polytope.
//
// Primal: max Σ w′(e)·x(e) subject to x(δ(v)) ≤ 1 for every vertex, x(E(B)) ≤ (|B| − 1)/2 for every odd set B, x ≥ 0.
// Dual (doubled, so integral): Y(v) ≥ 0, Z(B) ≥ 0, Y(u) + Y(v) + Σ_{B ∋ u,v} Z(B) ≥ 2·w′(u, v) for every edge.
// A matching M and duals prove each other optimal when M is a matching of edges, the duals are feasible, and
// complementary slackness holds: matched edges tight, Y(v) > 0 ⇒ v matched, Z(B) > 0 ⇒ B holds (|B| − 1)/2 matched
// edges; then 2·w′(M) = Σ Y + Σ Z·(|B| − 1)/2 follows (strong duality). The claimed weight is recomputed. Any family of odd sets gives a valid dual,
// so laminarity is not required. Written from the definitions only; shares no code with the solver.
// O(n + Σ|B| + m·d) time, d the deepest nesting of blossoms at a vertex; 128-bit arithmetic throughout.
namespace Matching.Solvers.General;

/// <summary>
/// Verifies a claimed maximum-weight matching with its dual solution, independently of the solver that produced it.
/// </summary>
/// <remarks>
/// Checks, in order: shapes, matching validity, dual signs, blossom sets, dual feasibility of every edge, tightness of
/// matched edges, matched positive-dual vertices, full positive-dual blossoms, and the claimed weight. Reports the first condition that fails. The class is stateless and thread-safe.
/// </remarks>
public static class GeneralMatchingCertificate
{
    /// <summary>Checks a solver result against the edge-list graph it was computed for.</summary>
    /// <param name="vertexCount">The number of vertices.</param>
    /// <param name="edgeSource">The first endpoint of every edge.</param>
    /// <param name="edgeTarget">The second endpoint of every edge.</param>
    /// <param name="edgeWeight">The weight of every edge.</param>
    /// <param name="result">The result to check.</param>
    /// <returns>The verdict.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static CertificateVerdict Check(int vertexCount, int[] edgeSource, int[] edgeTarget, long[] edgeWeight, GeneralMatchingResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Check(vertexCount, edgeSource, edgeTarget, edgeWeight, result.WeightOffset, result.Mate, result.VertexDual, result.BlossomStart, result.BlossomMembers, result.BlossomDual, result.TotalWeight);
    }

    /// <summary>Checks a solver result against the dense weight matrix it was computed for.</summary>
    /// <param name="vertexCount">The number of vertices <c>n</c>.</param>
    /// <param name="weights">Row-major symmetric <c>n × n</c> weights, <see cref="MaximumWeightMatching.NoEdge"/> for no edge.</param>
    /// <param name="result">The result to check.</param>
    /// <returns>The verdict.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static CertificateVerdict CheckDense(int vertexCount, long[] weights, GeneralMatchingResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return CheckDense(vertexCount, weights, result.WeightOffset, result.Mate, result.VertexDual, result.BlossomStart, result.BlossomMembers, result.BlossomDual, result.TotalWeight);
    }

    /// <summary>Checks a matching and doubled duals against an edge-list graph.</summary>
    /// <param name="vertexCount">The number of vertices.</param>
    /// <param name="edgeSource">The first endpoint of every edge.</param>
    /// <param name="edgeTarget">The second endpoint of every edge.</param>
    /// <param name="edgeWeight">The weight of every edge.</param>
    /// <param name="weightOffset">The constant added to every weight for the dual conditions.</param>
    /// <param name="mate">The partner of every vertex, −1 when unmatched.</param>
    /// <param name="vertexDual">The doubled dual of every vertex.</param>
    /// <param name="blossomStart">Blossom <c>b</c> holds <c>blossomMembers[blossomStart[b]..blossomStart[b+1]]</c>.</param>
    /// <param name="blossomMembers">The vertices of all blossoms.</param>
    /// <param name="blossomDual">The doubled dual of every blossom.</param>
    /// <param name="claimedWeight">The claimed total of the original weights of the matched edges.</param>
    /// <returns>The verdict.</returns>
    /// <exception cref="ArgumentNullException">An edge array is null.</exception>
    public static CertificateVerdict Check(
        int vertexCount,
        int[] edgeSource,
        int[] edgeTarget,
        long[] edgeWeight,
        long weightOffset,
        ReadOnlySpan<int> mate,
        ReadOnlySpan<long> vertexDual,
        ReadOnlySpan<int> blossomStart,
        ReadOnlySpan<int> blossomMembers,
        ReadOnlySpan<long> blossomDual,
        long claimedWeight)
    {
        ArgumentNullException.ThrowIfNull(edgeSource);
        ArgumentNullException.ThrowIfNull(edgeTarget);
        ArgumentNullException.ThrowIfNull(edgeWeight);
        if (edgeSource.Length != edgeTarget.Length || edgeSource.Length != edgeWeight.Length)
        {
            return new CertificateVerdict(CertificateCondition.Malformed, "the edge arrays differ in length");
        }

        for (int k = 0; k < edgeSource.Length; k++)
        {
            if ((uint)edgeSource[k] >= (uint)vertexCount || (uint)edgeTarget[k] >= (uint)vertexCount)
            {
                return new CertificateVerdict(CertificateCondition.Malformed, $"edge {k} has an endpoint out of range");
            }
        }

        var state = new State(vertexCount, weightOffset);
        CertificateVerdict? early = state.Prepare(mate, vertexDual, blossomStart, blossomMembers, blossomDual);
        if (early is not null)
        {
            return early;
        }

        for (int k = 0; k < edgeSource.Length && state.Failure is null; k++)
        {
            state.Edge(edgeSource[k], edgeTarget[k], edgeWeight[k]);
        }

        return state.Finish(claimedWeight);
    }

    /// <summary>Checks a matching and doubled duals against a dense symmetric weight matrix.</summary>
    /// <param name="vertexCount">The number of vertices <c>n</c>.</param>
    /// <param name="weights">Row-major <c>n × n</c> weights, <see cref="MaximumWeightMatching.NoEdge"/> for no edge; the upper triangle is read.</param>
    /// <param name="weightOffset">The constant added to every weight for the dual conditions.</param>
    /// <param name="mate">The partner of every vertex, −1 when unmatched.</param>
    /// <param name="vertexDual">The doubled dual of every vertex.</param>
    /// <param name="blossomStart">Blossom <c>b</c> holds <c>blossomMembers[blossomStart[b]..blossomStart[b+1]]</c>.</param>
    /// <param name="blossomMembers">The vertices of all blossoms.</param>
    /// <param name="blossomDual">The doubled dual of every blossom.</param>
    /// <param name="claimedWeight">The claimed total of the original weights of the matched edges.</param>
    /// <returns>The verdict.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="weights"/> is null.</exception>
    public static CertificateVerdict CheckDense(
        int vertexCount,
        long[] weights,
        long weightOffset,
        ReadOnlySpan<int> mate,
        ReadOnlySpan<long> vertexDual,
        ReadOnlySpan<int> blossomStart,
        ReadOnlySpan<int> blossomMembers,
        ReadOnlySpan<long> blossomDual,
        long claimedWeight)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (vertexCount < 0 || weights.Length != (long)vertexCount * vertexCount)
        {
            return new CertificateVerdict(CertificateCondition.Malformed, "the matrix is not vertexCount × vertexCount");
        }

        var state = new State(vertexCount, weightOffset);
        CertificateVerdict? early = state.Prepare(mate, vertexDual, blossomStart, blossomMembers, blossomDual);
        if (early is not null)
        {
            return early;
        }

        for (int i = 0; i < vertexCount && state.Failure is null; i++)
        {
            for (int j = i + 1; j < vertexCount; j++)
            {
                long w = weights[((long)i * vertexCount) + j];
                if (w != MaximumWeightMatching.NoEdge)
                {
                    state.Edge(i, j, w);
                }
            }
        }

        return state.Finish(claimedWeight);
    }

    private sealed class State(int n, long offset)
    {
        private int[] _mate = [];
        private long[] _vertexDual = [];
        private long[] _blossomDual = [];
        private int[] _blossomSize = [];
        private List<int>[] _blossomsOf = [];
        private Int128[] _bestMatchedWeight = [];
        private bool[] _matchedIsEdge = [];

        public CertificateVerdict? Failure { get; private set; }

        public CertificateVerdict? Prepare(ReadOnlySpan<int> mate, ReadOnlySpan<long> vertexDual, ReadOnlySpan<int> blossomStart, ReadOnlySpan<int> blossomMembers, ReadOnlySpan<long> blossomDual)
        {
            if (n < 0 || mate.Length != n || vertexDual.Length != n)
            {
                return new CertificateVerdict(CertificateCondition.Malformed, $"expected {n} mates and vertex duals, got {mate.Length} and {vertexDual.Length}");
            }

            int blossoms = blossomDual.Length;
            if (blossomStart.Length != blossoms + 1 || blossomStart[0] != 0 || blossomStart[blossoms] != blossomMembers.Length)
            {
                return new CertificateVerdict(CertificateCondition.Malformed, "blossom starts do not delimit the members");
            }

            for (int b = 0; b < blossoms; b++)
            {
                if (blossomStart[b + 1] < blossomStart[b])
                {
                    return new CertificateVerdict(CertificateCondition.Malformed, $"blossom {b} has a negative length");
                }
            }

            foreach (int v in blossomMembers)
            {
                if ((uint)v >= (uint)n)
                {
                    return new CertificateVerdict(CertificateCondition.Malformed, $"a blossom lists vertex {v}, out of range");
                }
            }

            for (int v = 0; v < n; v++)
            {
                int u = mate[v];
                if (u < -1 || u >= n)
                {
                    return new CertificateVerdict(CertificateCondition.Malformed, $"vertex {v} has mate {u}, out of range");
                }

                if (u == v || (u >= 0 && mate[u] != v))
                {
                    return new CertificateVerdict(CertificateCondition.InvalidMatching, $"vertex {v} is matched to {u}, whose mate is {(u == v ? v : mate[u])}");
                }
            }

            for (int v = 0; v < n; v++)
            {
                if (vertexDual[v] < 0)
                {
                    return new CertificateVerdict(CertificateCondition.NegativeDual, $"vertex {v} has dual {vertexDual[v]} < 0");
                }
            }

            for (int b = 0; b < blossoms; b++)
            {
                if (blossomDual[b] < 0)
                {
                    return new CertificateVerdict(CertificateCondition.NegativeDual, $"blossom {b} has dual {blossomDual[b]} < 0");
                }
            }

            _blossomsOf = new List<int>[n];
            _blossomSize = new int[blossoms];
            var seen = new int[n];
            Array.Fill(seen, -1);
            for (int b = 0; b < blossoms; b++)
            {
                int size = blossomStart[b + 1] - blossomStart[b];
                if (size < 3 || size % 2 == 0)
                {
                    return new CertificateVerdict(CertificateCondition.InvalidBlossom, $"blossom {b} has {size} vertices; a blossom is an odd set of at least 3");
                }

                for (int i = blossomStart[b]; i < blossomStart[b + 1]; i++)
                {
                    int v = blossomMembers[i];
                    if (seen[v] == b)
                    {
                        return new CertificateVerdict(CertificateCondition.InvalidBlossom, $"blossom {b} lists vertex {v} twice");
                    }

                    seen[v] = b;

                    // A zero dual adds nothing to any edge and imposes no condition: only positive ones are kept.
                    if (blossomDual[b] > 0)
                    {
                        (_blossomsOf[v] ??= []).Add(b);
                    }
                }

                _blossomSize[b] = size;
            }

            _mate = mate.ToArray();
            _vertexDual = vertexDual.ToArray();
            _blossomDual = blossomDual.ToArray();
            _bestMatchedWeight = new Int128[n];
            _matchedIsEdge = new bool[n];
            return null;
        }

        public void Edge(int u, int v, long weight)
        {
            if (u == v)
            {
                return;
            }

            Int128 shifted = (Int128)weight + offset;
            Int128 reduced = (Int128)_vertexDual[u] + _vertexDual[v] + CommonBlossomDual(u, v) - (2 * shifted);
            if (reduced < 0)
            {
                Failure = new CertificateVerdict(CertificateCondition.EdgeNotCovered, $"edge ({u}, {v}) of weight {weight} has reduced cost {reduced} < 0 (doubled)");
                return;
            }

            if (_mate[u] == v)
            {
                // With parallel edges the heaviest one is the matched one.
                if (!_matchedIsEdge[u] || shifted > _bestMatchedWeight[u])
                {
                    _bestMatchedWeight[u] = _bestMatchedWeight[v] = shifted;
                }

                _matchedIsEdge[u] = _matchedIsEdge[v] = true;
            }
        }

        public CertificateVerdict Finish(long claimedWeight)
        {
            if (Failure is not null)
            {
                return Failure;
            }

            Int128 originalWeight = 0;
            for (int v = 0; v < n; v++)
            {
                int u = _mate[v];
                if (u < 0)
                {
                    continue;
                }

                if (!_matchedIsEdge[v])
                {
                    return new CertificateVerdict(CertificateCondition.InvalidMatching, $"vertices {v} and {u} are matched but not joined by an edge");
                }

                if (v < u)
                {
                    Int128 reduced = (Int128)_vertexDual[v] + _vertexDual[u] + CommonBlossomDual(v, u) - (2 * _bestMatchedWeight[v]);
                    if (reduced != 0)
                    {
                        return new CertificateVerdict(CertificateCondition.MatchedEdgeNotTight, $"matched edge ({v}, {u}) has reduced cost {reduced} ≠ 0 (doubled)");
                    }

                    originalWeight += _bestMatchedWeight[v] - offset;
                }
            }

            for (int v = 0; v < n; v++)
            {
                if (_vertexDual[v] > 0 && _mate[v] < 0)
                {
                    return new CertificateVerdict(CertificateCondition.PositiveDualVertexUnmatched, $"vertex {v} has dual {_vertexDual[v]} > 0 but is unmatched");
                }
            }

            // Matched edges inside each blossom: count members whose mate is also a member.
            var inside = new int[_blossomSize.Length];
            for (int v = 0; v < n; v++)
            {
                int u = _mate[v];
                if (u < 0 || _blossomsOf[v] is null || _blossomsOf[u] is null)
                {
                    continue;
                }

                foreach (int b in _blossomsOf[v])
                {
                    if (_blossomsOf[u].BinarySearch(b) >= 0)
                    {
                        inside[b]++;
                    }
                }
            }

            for (int b = 0; b < _blossomSize.Length; b++)
            {
                int full = (_blossomSize[b] - 1) / 2;
                if (_blossomDual[b] > 0 && inside[b] / 2 != full)
                {
                    return new CertificateVerdict(CertificateCondition.PositiveDualBlossomNotFull, $"blossom {b} has dual {_blossomDual[b]} > 0 but holds {inside[b] / 2} matched edges, not {full}");
                }
            }

            if (originalWeight != claimedWeight)
            {
                return new CertificateVerdict(CertificateCondition.WeightMismatch, $"the matching weighs {originalWeight}, not the claimed {claimedWeight}");
            }

            return new CertificateVerdict(CertificateCondition.None, string.Empty);
        }

        private Int128 CommonBlossomDual(int u, int v)
        {
            List<int>? a = _blossomsOf[u];
            List<int>? c = _blossomsOf[v];
            if (a is null || c is null)
            {
                return 0;
            }

            // Both lists are in increasing blossom order: merge them.
            Int128 sum = 0;
            int i = 0;
            int j = 0;
            while (i < a.Count && j < c.Count)
            {
                if (a[i] == c[j])
                {
                    sum += _blossomDual[a[i]];
                    i++;
                    j++;
                }
                else if (a[i] < c[j])
                {
                    i++;
                }
                else
                {
                    j++;
                }
            }

            return sum;
        }
    }
}
