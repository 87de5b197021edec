// Copyright (c) Matching contributors. Licensed under the MIT License.

// Edmonds' blossom algorithm for maximum-weight matching on a general graph, in the primal–dual form with vertex
// and blossom duals and Galil's per-blossom "best edge" lists.
//
// References: J. Edmonds, "Paths, trees, and flowers", Canadian J. Math. 17 (1965) 449–467; Z. Galil, "Efficient
// algorithms for finding maximum matching in graphs", ACM Computing Surveys 18 (1986) 23–38, §3 (the O(n³) version);
// https://en.wikipedia.org/wiki/Blossom_algorithm#Weighted_matching. The data layout (endpoints 2k, 2k+1 of edge k,
// labels S = 1 and T = 2 on top-level blossoms) follows the textbook presentation of Galil's paper.
//
// Complexity: O(n) stages, each O(m + n·d) where d is the number of dual updates in the stage; O(n·m) in practice,
// O(n³) per Galil with the best-edge lists. Memory O(n + m).
//
// Invariants (duals are kept doubled so they stay integral for integer weights):
//  - dual[v] + dual[w] + 2·Σ_{B ∋ v,w} dual[B] − 2·w(v,w) ≥ 0 for every edge (feasibility), = 0 for matched edges.
//  - Every blossom dual is ≥ 0; a blossom with a positive dual is full ((|B| − 1)/2 matched edges inside).
//  - All free vertices carry the same, smallest vertex dual; the algorithm stops when it reaches 0 (then every vertex
//    with a positive dual is matched) or when no augmenting path exists.
namespace Matching.Solvers.General;

/// <summary>The primal–dual blossom kernel on an edge list with integer weights; see the file header.</summary>
internal sealed class Blossom
{
    private readonly int _n;
    private readonly int[] _edgeU;
    private readonly int[] _edgeV;
    private readonly long[] _weight;
    private readonly int[] _adjStart;
    private readonly int[] _adjEnd;
    private readonly int[] _mate;
    private readonly int[] _label;
    private readonly int[] _labelEnd;
    private readonly int[] _inBlossom;
    private readonly int[] _blossomParent;
    private readonly int[]?[] _childs;
    private readonly int[]?[] _endps;
    private readonly int[] _blossomBase;
    private readonly int[] _bestEdge;
    private readonly int[]?[] _blossomBestEdges;
    private readonly Stack<int> _unused;
    private readonly long[] _dual;
    private readonly bool[] _allowEdge;
    private readonly List<int> _queue;
    private readonly int[] _bestEdgeTo;

    private Blossom(int n, int[] edgeU, int[] edgeV, long[] weight)
    {
        _n = n;
        _edgeU = edgeU;
        _edgeV = edgeV;
        _weight = weight;
        int m = weight.Length;

        // Remote endpoints per vertex, CSR: edge k = (u, v) lists endpoint 2k+1 (v) at u and 2k (u) at v.
        _adjStart = new int[n + 1];
        for (int k = 0; k < m; k++)
        {
            _adjStart[edgeU[k] + 1]++;
            _adjStart[edgeV[k] + 1]++;
        }

        for (int v = 0; v < n; v++)
        {
            _adjStart[v + 1] += _adjStart[v];
        }

        _adjEnd = new int[2 * m];
        int[] fill = new int[n];
        for (int k = 0; k < m; k++)
        {
            int u = edgeU[k];
            int v = edgeV[k];
            _adjEnd[_adjStart[u] + fill[u]++] = (2 * k) + 1;
            _adjEnd[_adjStart[v] + fill[v]++] = 2 * k;
        }

        long maxWeight = 0;
        for (int k = 0; k < m; k++)
        {
            maxWeight = Math.Max(maxWeight, weight[k]);
        }

        _mate = new int[n];
        Array.Fill(_mate, -1);
        _label = new int[2 * n];
        _labelEnd = new int[2 * n];
        Array.Fill(_labelEnd, -1);
        _inBlossom = new int[n];
        _blossomParent = new int[2 * n];
        Array.Fill(_blossomParent, -1);
        _childs = new int[]?[2 * n];
        _endps = new int[]?[2 * n];
        _blossomBase = new int[2 * n];
        _bestEdge = new int[2 * n];
        Array.Fill(_bestEdge, -1);
        _blossomBestEdges = new int[]?[2 * n];
        _unused = new Stack<int>(n);
        _dual = new long[2 * n];
        for (int v = 0; v < n; v++)
        {
            _inBlossom[v] = v;
            _blossomBase[v] = v;
            _dual[v] = maxWeight;
        }

        for (int b = (2 * n) - 1; b >= n; b--)
        {
            _blossomBase[b] = -1;
            _unused.Push(b);
        }

        _allowEdge = new bool[m];
        _queue = new List<int>(n);
        _bestEdgeTo = new int[2 * n];
    }

    /// <summary>Gets the remote endpoint index of each vertex's matched edge (−1 when free).</summary>
    internal int[] MateEndpoint => _mate;

    /// <summary>Gets the doubled duals: vertices 0..n−1, then blossom slots n..2n−1.</summary>
    internal long[] Dual => _dual;

    /// <summary>Gets the enclosing blossom of every vertex and blossom slot (−1 at top level).</summary>
    internal int[] BlossomParent => _blossomParent;

    /// <summary>Gets the base of every blossom slot (−1 when the slot is unused).</summary>
    internal int[] BlossomBase => _blossomBase;

    /// <summary>Solves to optimality.</summary>
    /// <param name="n">The vertex count.</param>
    /// <param name="edgeU">First endpoints.</param>
    /// <param name="edgeV">Second endpoints (no loops).</param>
    /// <param name="weight">Weights; edges with weight ≤ 0 are never needed.</param>
    /// <param name="cancellationToken">Checked once per stage.</param>
    /// <returns>The solved kernel, for reading mates and duals.</returns>
    internal static Blossom Run(int n, int[] edgeU, int[] edgeV, long[] weight, CancellationToken cancellationToken)
    {
        var blossom = new Blossom(n, edgeU, edgeV, weight);
        blossom.Solve(cancellationToken);
        return blossom;
    }

    /// <summary>The partner of <paramref name="v"/>, or −1.</summary>
    internal int PartnerOf(int v) => _mate[v] < 0 ? -1 : Endpoint(_mate[v]);

    /// <summary>Appends the vertices inside blossom <paramref name="b"/> (a vertex is its own single leaf).</summary>
    internal void Leaves(int b, List<int> output)
    {
        if (b < _n)
        {
            output.Add(b);
            return;
        }

        foreach (int child in _childs[b]!)
        {
            Leaves(child, output);
        }
    }

    private int Endpoint(int p) => (p & 1) == 0 ? _edgeU[p >> 1] : _edgeV[p >> 1];

    private long Slack(int k) => _dual[_edgeU[k]] + _dual[_edgeV[k]] - (2 * _weight[k]);

    private List<int> LeavesOf(int b)
    {
        var list = new List<int>();
        Leaves(b, list);
        return list;
    }

    private void AssignLabel(int w, int t, int p)
    {
        while (true)
        {
            int b = _inBlossom[w];
            _label[w] = _label[b] = t;
            _labelEnd[w] = _labelEnd[b] = p;
            _bestEdge[w] = _bestEdge[b] = -1;
            if (t == 1)
            {
                Leaves(b, _queue);
                return;
            }

            // A T-blossom's base is matched; its mate becomes S.
            int baseVertex = _blossomBase[b];
            int mateEnd = _mate[baseVertex];
            w = Endpoint(mateEnd);
            t = 1;
            p = mateEnd ^ 1;
        }
    }

    /// <summary>Traces back from v and w to the first common S-blossom base, or −1 when the roots differ.</summary>
    private int ScanBlossom(int v, int w)
    {
        var path = new List<int>();
        int baseVertex = -1;
        while (v != -1 || w != -1)
        {
            int b = _inBlossom[v];
            if ((_label[b] & 4) != 0)
            {
                baseVertex = _blossomBase[b];
                break;
            }

            path.Add(b);
            _label[b] = 5;
            if (_labelEnd[b] == -1)
            {
                v = -1;
            }
            else
            {
                v = Endpoint(_labelEnd[b]);
                b = _inBlossom[v];
                v = Endpoint(_labelEnd[b]);
            }

            if (w != -1)
            {
                (v, w) = (w, v);
            }
        }

        foreach (int b in path)
        {
            _label[b] = 1;
        }

        return baseVertex;
    }

    private void AddBlossom(int baseVertex, int k)
    {
        int v = _edgeU[k];
        int w = _edgeV[k];
        int bb = _inBlossom[baseVertex];
        int bv = _inBlossom[v];
        int bw = _inBlossom[w];
        int b = _unused.Pop();
        _blossomBase[b] = baseVertex;
        _blossomParent[b] = -1;
        _blossomParent[bb] = b;
        var path = new List<int>();
        var endps = new List<int>();
        while (bv != bb)
        {
            _blossomParent[bv] = b;
            path.Add(bv);
            endps.Add(_labelEnd[bv]);
            v = Endpoint(_labelEnd[bv]);
            bv = _inBlossom[v];
        }

        path.Add(bb);
        path.Reverse();
        endps.Reverse();
        endps.Add(2 * k);
        while (bw != bb)
        {
            _blossomParent[bw] = b;
            path.Add(bw);
            endps.Add(_labelEnd[bw] ^ 1);
            w = Endpoint(_labelEnd[bw]);
            bw = _inBlossom[w];
        }

        _childs[b] = path.ToArray();
        _endps[b] = endps.ToArray();
        _label[b] = 1;
        _labelEnd[b] = _labelEnd[bb];
        _dual[b] = 0;
        foreach (int leaf in LeavesOf(b))
        {
            if (_label[_inBlossom[leaf]] == 2)
            {
                // A former T-vertex becomes S and must be scanned.
                _queue.Add(leaf);
            }

            _inBlossom[leaf] = b;
        }

        // Galil's best edges: for each neighbouring S-blossom, the least-slack edge from the new blossom.
        int[] bestTo = _bestEdgeTo;
        var touched = new List<int>();
        foreach (int child in path)
        {
            int[]? list = _blossomBestEdges[child];
            if (list is null)
            {
                foreach (int leaf in LeavesOf(child))
                {
                    for (int a = _adjStart[leaf]; a < _adjStart[leaf + 1]; a++)
                    {
                        ConsiderBestEdge(b, _adjEnd[a] >> 1, bestTo, touched);
                    }
                }
            }
            else
            {
                foreach (int e in list)
                {
                    ConsiderBestEdge(b, e, bestTo, touched);
                }
            }

            _blossomBestEdges[child] = null;
            _bestEdge[child] = -1;
        }

        var best = new int[touched.Count];
        int bestEdge = -1;
        long bestSlack = 0;
        for (int t = 0; t < touched.Count; t++)
        {
            int e = bestTo[touched[t]] - 1;
            bestTo[touched[t]] = 0;
            best[t] = e;
            long s = Slack(e);
            if (bestEdge == -1 || s < bestSlack)
            {
                bestEdge = e;
                bestSlack = s;
            }
        }

        _blossomBestEdges[b] = best;
        _bestEdge[b] = bestEdge;
    }

    // bestTo holds edge + 1 (0 = none) so the shared buffer needs no reset beyond the touched entries.
    private void ConsiderBestEdge(int b, int e, int[] bestTo, List<int> touched)
    {
        int i = _edgeU[e];
        int j = _edgeV[e];
        if (_inBlossom[j] == b)
        {
            (i, j) = (j, i);
        }

        _ = i;
        int bj = _inBlossom[j];
        if (bj != b && _label[bj] == 1)
        {
            int current = bestTo[bj] - 1;
            if (current == -1)
            {
                touched.Add(bj);
                bestTo[bj] = e + 1;
            }
            else if (Slack(e) < Slack(current))
            {
                bestTo[bj] = e + 1;
            }
        }
    }

    private void ExpandBlossom(int b, bool endStage)
    {
        int[] childs = _childs[b]!;
        foreach (int s in childs)
        {
            _blossomParent[s] = -1;
            if (s < _n)
            {
                _inBlossom[s] = s;
            }
            else if (endStage && _dual[s] == 0)
            {
                ExpandBlossom(s, endStage);
            }
            else
            {
                foreach (int leaf in LeavesOf(s))
                {
                    _inBlossom[leaf] = s;
                }
            }
        }

        if (!endStage && _label[b] == 2)
        {
            // Relabel the children on the even-length path from the entry child to the base as T/S/T/…
            int[] endps = _endps[b]!;
            int len = childs.Length;
            int entryChild = _inBlossom[Endpoint(_labelEnd[b] ^ 1)];
            int j = Array.IndexOf(childs, entryChild);
            int jStep;
            int endpTrick;
            if ((j & 1) != 0)
            {
                j -= len;
                jStep = 1;
                endpTrick = 0;
            }
            else
            {
                jStep = -1;
                endpTrick = 1;
            }

            int p = _labelEnd[b];
            while (j != 0)
            {
                _label[Endpoint(p ^ 1)] = 0;
                _label[Endpoint(endps[Mod(j - endpTrick, len)] ^ endpTrick ^ 1)] = 0;
                AssignLabel(Endpoint(p ^ 1), 2, p);
                _allowEdge[endps[Mod(j - endpTrick, len)] >> 1] = true;
                j += jStep;
                p = endps[Mod(j - endpTrick, len)] ^ endpTrick;
                _allowEdge[p >> 1] = true;
                j += jStep;
            }

            int bv = childs[Mod(j, len)];
            _label[Endpoint(p ^ 1)] = _label[bv] = 2;
            _labelEnd[Endpoint(p ^ 1)] = _labelEnd[bv] = p;
            _bestEdge[bv] = -1;
            j += jStep;
            while (childs[Mod(j, len)] != entryChild)
            {
                bv = childs[Mod(j, len)];
                if (_label[bv] == 1)
                {
                    j += jStep;
                    continue;
                }

                int labelled = -1;
                foreach (int leaf in LeavesOf(bv))
                {
                    if (_label[leaf] != 0)
                    {
                        labelled = leaf;
                        break;
                    }
                }

                if (labelled >= 0)
                {
                    // The child was reached from outside as a T-vertex while it was hidden; make it T now.
                    _label[labelled] = 0;
                    _label[Endpoint(_mate[_blossomBase[bv]])] = 0;
                    AssignLabel(labelled, 2, _labelEnd[labelled]);
                }

                j += jStep;
            }
        }

        _label[b] = _labelEnd[b] = -1;
        _childs[b] = null;
        _endps[b] = null;
        _blossomBase[b] = -1;
        _blossomBestEdges[b] = null;
        _bestEdge[b] = -1;
        _unused.Push(b);
    }

    private static int Mod(int j, int len) => ((j % len) + len) % len;

    private void AugmentBlossom(int b, int v)
    {
        int t = v;
        while (_blossomParent[t] != b)
        {
            t = _blossomParent[t];
        }

        if (t >= _n)
        {
            AugmentBlossom(t, v);
        }

        int[] childs = _childs[b]!;
        int[] endps = _endps[b]!;
        int len = childs.Length;
        int i = Array.IndexOf(childs, t);
        int j = i;
        int jStep;
        int endpTrick;
        if ((i & 1) != 0)
        {
            j -= len;
            jStep = 1;
            endpTrick = 0;
        }
        else
        {
            jStep = -1;
            endpTrick = 1;
        }

        while (j != 0)
        {
            j += jStep;
            t = childs[Mod(j, len)];
            int p = endps[Mod(j - endpTrick, len)] ^ endpTrick;
            if (t >= _n)
            {
                AugmentBlossom(t, Endpoint(p));
            }

            j += jStep;
            t = childs[Mod(j, len)];
            if (t >= _n)
            {
                AugmentBlossom(t, Endpoint(p ^ 1));
            }

            _mate[Endpoint(p)] = p ^ 1;
            _mate[Endpoint(p ^ 1)] = p;
        }

        // Rotate so the new base child comes first.
        var newChilds = new int[len];
        var newEndps = new int[len];
        for (int x = 0; x < len; x++)
        {
            newChilds[x] = childs[(i + x) % len];
            newEndps[x] = endps[(i + x) % len];
        }

        _childs[b] = newChilds;
        _endps[b] = newEndps;
        _blossomBase[b] = _blossomBase[newChilds[0]];
    }

    private void AugmentMatching(int k)
    {
        for (int side = 0; side < 2; side++)
        {
            int s = side == 0 ? _edgeU[k] : _edgeV[k];
            int p = side == 0 ? (2 * k) + 1 : 2 * k;
            while (true)
            {
                int bs = _inBlossom[s];
                if (bs >= _n)
                {
                    AugmentBlossom(bs, s);
                }

                _mate[s] = p;
                if (_labelEnd[bs] == -1)
                {
                    break;
                }

                int t = Endpoint(_labelEnd[bs]);
                int bt = _inBlossom[t];
                s = Endpoint(_labelEnd[bt]);
                int j = Endpoint(_labelEnd[bt] ^ 1);
                if (bt >= _n)
                {
                    AugmentBlossom(bt, j);
                }

                _mate[j] = _labelEnd[bt];
                p = _labelEnd[bt] ^ 1;
            }
        }
    }

    private void Solve(CancellationToken cancellationToken)
    {
        int n = _n;
        for (int stage = 0; stage < n; stage++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Array.Clear(_label);
            Array.Fill(_bestEdge, -1);
            for (int b = n; b < 2 * n; b++)
            {
                _blossomBestEdges[b] = null;
            }

            Array.Clear(_allowEdge);
            _queue.Clear();
            for (int v = 0; v < n; v++)
            {
                if (_mate[v] == -1 && _label[_inBlossom[v]] == 0)
                {
                    AssignLabel(v, 1, -1);
                }
            }

            bool augmented = false;
            while (true)
            {
                while (_queue.Count > 0 && !augmented)
                {
                    int v = _queue[^1];
                    _queue.RemoveAt(_queue.Count - 1);
                    int bvTop = _inBlossom[v];
                    for (int a = _adjStart[v]; a < _adjStart[v + 1]; a++)
                    {
                        int p = _adjEnd[a];
                        int k = p >> 1;
                        int w = Endpoint(p);
                        int bw = _inBlossom[w];
                        if (bvTop == bw)
                        {
                            continue;
                        }

                        long kSlack = 0;
                        if (!_allowEdge[k])
                        {
                            kSlack = Slack(k);
                            if (kSlack <= 0)
                            {
                                _allowEdge[k] = true;
                            }
                        }

                        if (_allowEdge[k])
                        {
                            if (_label[bw] == 0)
                            {
                                AssignLabel(w, 2, p ^ 1);
                            }
                            else if (_label[bw] == 1)
                            {
                                int baseVertex = ScanBlossom(v, w);
                                if (baseVertex >= 0)
                                {
                                    AddBlossom(baseVertex, k);
                                    bvTop = _inBlossom[v];
                                }
                                else
                                {
                                    AugmentMatching(k);
                                    augmented = true;
                                    break;
                                }
                            }
                            else if (_label[w] == 0)
                            {
                                // w is inside a T-blossom but not yet reached itself: remember how.
                                _label[w] = 2;
                                _labelEnd[w] = p ^ 1;
                            }
                        }
                        else if (_label[bw] == 1)
                        {
                            int b = bvTop;
                            if (_bestEdge[b] == -1 || kSlack < Slack(_bestEdge[b]))
                            {
                                _bestEdge[b] = k;
                            }
                        }
                        else if (_label[w] == 0)
                        {
                            if (_bestEdge[w] == -1 || kSlack < Slack(_bestEdge[w]))
                            {
                                _bestEdge[w] = k;
                            }
                        }
                    }
                }

                if (augmented)
                {
                    break;
                }

                // Dual update: the largest step that keeps every constraint.
                int deltaType = 1;
                long delta = long.MaxValue;
                for (int v = 0; v < n; v++)
                {
                    delta = Math.Min(delta, _dual[v]);
                }

                int deltaEdge = -1;
                int deltaBlossom = -1;
                for (int v = 0; v < n; v++)
                {
                    if (_label[_inBlossom[v]] == 0 && _bestEdge[v] != -1)
                    {
                        long d = Slack(_bestEdge[v]);
                        if (d < delta)
                        {
                            delta = d;
                            deltaType = 2;
                            deltaEdge = _bestEdge[v];
                        }
                    }
                }

                for (int b = 0; b < 2 * n; b++)
                {
                    if (_blossomParent[b] == -1 && _label[b] == 1 && _bestEdge[b] != -1)
                    {
                        long d = Slack(_bestEdge[b]) / 2;
                        if (d < delta)
                        {
                            delta = d;
                            deltaType = 3;
                            deltaEdge = _bestEdge[b];
                        }
                    }
                }

                for (int b = n; b < 2 * n; b++)
                {
                    if (_blossomBase[b] >= 0 && _blossomParent[b] == -1 && _label[b] == 2 && _dual[b] < delta)
                    {
                        delta = _dual[b];
                        deltaType = 4;
                        deltaBlossom = b;
                    }
                }

                for (int v = 0; v < n; v++)
                {
                    int label = _label[_inBlossom[v]];
                    if (label == 1)
                    {
                        _dual[v] -= delta;
                    }
                    else if (label == 2)
                    {
                        _dual[v] += delta;
                    }
                }

                for (int b = n; b < 2 * n; b++)
                {
                    if (_blossomBase[b] >= 0 && _blossomParent[b] == -1)
                    {
                        if (_label[b] == 1)
                        {
                            _dual[b] += delta;
                        }
                        else if (_label[b] == 2)
                        {
                            _dual[b] -= delta;
                        }
                    }
                }

                if (deltaType == 1)
                {
                    break;
                }
                else if (deltaType == 2)
                {
                    _allowEdge[deltaEdge] = true;
                    int i = _edgeU[deltaEdge];
                    if (_label[_inBlossom[i]] == 0)
                    {
                        i = _edgeV[deltaEdge];
                    }

                    _queue.Add(i);
                }
                else if (deltaType == 3)
                {
                    _allowEdge[deltaEdge] = true;
                    _queue.Add(_edgeU[deltaEdge]);
                }
                else
                {
                    ExpandBlossom(deltaBlossom, false);
                }
            }

            if (!augmented)
            {
                break;
            }

            // Blossoms whose dual fell to zero are no longer needed.
            for (int b = n; b < 2 * n; b++)
            {
                if (_blossomParent[b] == -1 && _blossomBase[b] >= 0 && _label[b] == 1 && _dual[b] == 0)
                {
                    ExpandBlossom(b, true);
                }
            }
        }
    }
}
