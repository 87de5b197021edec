// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Buffers;
using System.Diagnostics;
using System.Numerics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Matching.Solvers.Flow;

/// <summary>
/// Min-cost flow by the primal network simplex method with block-search pivoting, after LEMON's
/// <c>NetworkSimplex</c> (Király and Kovács, "Efficient implementations of minimum-cost flow algorithms",
/// Acta Univ. Sapientiae, Informatica 4(1), 2012; Ahuja, Magnanti, Orlin, <i>Network Flows</i>, ch. 11).
/// </summary>
/// <remarks>
/// <para>
/// <b>Algorithm.</b> Lower bounds are shifted out first (flow <c>x = lower + x'</c>, supplies adjusted), so every arc
/// has bounds <c>[0, capacity − lower]</c>. An artificial root joins every node by one artificial arc (node→root with
/// cost 0 for a node with non-negative supply, root→node with cost <c>M</c> for a demand node) carrying that node's
/// supply: a strongly feasible spanning tree to start from, as in LEMON's <c>init()</c>. Each iteration prices the
/// arcs in blocks of about √arcs (arcs are stored in LEMON's "mixed" order so each block samples the whole graph),
/// takes the most violating arc of the first block that has one, pushes flow around the cycle it closes in the tree,
/// removes the last blocking arc of that cycle (the strongly-feasible-tree rule, which rules out cycling), and
/// repairs the tree and the potentials of the moved subtree only.
/// </para>
/// <para>
/// <b>Tree representation</b> (all flat arrays indexed by node, root = <c>NodeCount</c>): <c>parent</c>;
/// <c>pred</c>, the tree arc to the parent, and <c>predDir</c>, whether it points up (node→parent) or down;
/// <c>thread</c>/<c>revThread</c>, a doubly linked preorder of the tree; <c>succNum</c>, the subtree size; and
/// <c>lastSucc</c>, the last node of the subtree in thread order.
/// </para>
/// <para>
/// <b>Invariants.</b> Every tree arc has reduced cost <c>cost + π(source) − π(target) = 0</c>; every non-tree arc
/// is at 0 (state lower) or at its capacity (state upper, and then stored reversed with its cost negated, so that
/// pricing reads no state); all flows stay within their bounds; the tree is strongly
/// feasible (every tree arc with zero flow points towards the root along the direction flow could be pushed).
/// On termination no non-tree arc has a violating reduced cost, so the flow is optimal and <c>π</c> proves it, in
/// the convention of <see cref="FlowCertificate"/>.
/// </para>
/// <para>
/// <b>No arbitrary big M.</b> The artificial cost is derived from the data, <c>M = n·C + 1</c> with
/// <c>C = max |cost|</c>: any cycle that removes artificial flow costs at most <c>(n − 1)·C − M &lt; 0</c>, so an
/// optimal basis carries artificial flow only when no feasible flow exists; the problem is <i>infeasible</i> exactly
/// when flow remains on an artificial arc, and the nodes of those arcs are the ones whose supply or demand cannot be
/// met. Potentials stay within <c>M + n·C</c>, far from 64-bit overflow because <see cref="FlowLimits"/> is checked
/// first (a network outside its range gets <see cref="FlowStatus.OutOfRange"/>), so the hot loops need no checked
/// arithmetic; the cost of the result is summed in 128 bits. A pivot whose cycle has no finite bottleneck (all arcs
/// of capacity <see cref="FlowLimits.Infinite"/>) means the cost is <i>unbounded</i>.
/// </para>
/// <para>
/// <b>Complexity.</b> Not polynomial in the worst case (no simplex pivot rule is known to be), but on
/// assignment-shaped networks it takes a few pivots per node, each costing O(√m) for pricing plus O(depth) for
/// the cycle and O(subtree) for the potentials.
/// </para>
/// <para>
/// <b>Memory.</b> The arc arrays use the narrowest element types that hold the data: node indices in 16 bits when
/// there are at most 65,535 nodes (else 32), costs in 16, 32 or 64 bits by the largest |cost|, flows and capacities
/// in 32 bits when <c>Σ |supply| + Σ lower + Σ finite capacity</c> is below 2³¹ (else 64). Besides the input that is
/// 15 bytes per arc for a mentoring network (up to 33), plus the 8-byte flow of the result, and about 80 bytes per
/// node. Narrow arrays also make pricing faster: it is bound by the memory traffic of streaming the arcs.
/// </para>
/// <para>
/// <b>Why network simplex.</b> Matching networks have few nodes relative to arcs (mentees + mentors + 1 nodes,
/// up to mentees × mentors arcs). LEMON's measurements (Király and Kovács 2012; and the reference timings beside
/// ours in <c>benchmarks/results/ladder.md</c>) show network simplex with block search is the fastest of the classic methods
/// (cost scaling, capacity scaling, cycle cancelling) on such graphs; its work per pivot depends on √m and the
/// tree depth, not on m.
/// </para>
/// <para>Instances are stateless and thread-safe.</para>
/// </remarks>
public sealed class NetworkSimplexSolver : IMinCostFlowSolver
{
    /// <inheritdoc />
    /// <remarks>Checks <paramref name="cancellationToken"/> once every 4096 pivots.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public FlowResult Solve(FlowNetwork network, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(network);
        return SolveFrom(network, null, default, cancellationToken);
    }

    /// <summary>
    /// Re-optimizes <paramref name="network"/> from the optimal spanning tree of an earlier solve of a network with
    /// the same nodes and supplies and fewer arcs (column generation: arcs priced in since then): the earlier flow
    /// stays, the new arcs start at their lower bound of 0, and the simplex pivots only where they improve it.
    /// </summary>
    /// <param name="network">The network: the earlier network's nodes, supplies and arcs, and more arcs.</param>
    /// <param name="start">An optimal result of this solver for the earlier network.</param>
    /// <param name="startArcs">
    /// For each arc <c>a</c> of the earlier network, the arc of <paramref name="network"/> that it is (same ends,
    /// bounds and cost).
    /// </param>
    /// <param name="cancellationToken">Checked once every 4096 pivots.</param>
    /// <returns>
    /// The same as <see cref="Solve(FlowNetwork, CancellationToken)"/>. A start that cannot serve (not from this
    /// solver, not optimal, or not a basis of <paramref name="network"/> through <paramref name="startArcs"/>: flow
    /// outside its bounds or unbalanced, a tree arc with another cost) is ignored, and the network solved from
    /// scratch.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> or <paramref name="start"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public FlowResult Solve(FlowNetwork network, FlowResult start, ReadOnlySpan<int> startArcs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(start);
        return SolveFrom(network, start, startArcs, cancellationToken);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static FlowResult SolveFrom(FlowNetwork network, FlowResult? start, ReadOnlySpan<int> startArcs, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        int n = network.NodeCount;
        Int128 supplySum = 0;
        ReadOnlySpan<long> supply = network.Supply;
        for (int v = 0; v < n; v++)
        {
            supplySum += supply[v];
        }

        if (supplySum != 0)
        {
            return FlowResult.Failed(
                FlowStatus.Infeasible,
                $"supplies sum to {supplySum}, not 0: supply and demand do not balance");
        }

        if (FlowLimits.Check(network, out long maxAbsCost, out long totalQuantity) is { } outOfRange)
        {
            return FlowResult.Failed(FlowStatus.OutOfRange, outOfRange);
        }

        if (n == 0)
        {
            return FlowResult.Optimal([], [], 0);
        }

        // FlowLimits guarantees (n + 1)·C ≤ 2⁵⁹, so M = n·C + 1, the potentials (below M + n·C) and reduced costs
        // stay below 2⁶² and the pricing loop needs no checked arithmetic.
        long artificialCost = (n * maxAbsCost) + 1;
        Debug.Assert(4 * ((Int128)artificialCost + ((n + 1) * (Int128)maxAbsCost)) < long.MaxValue, "FlowLimits keeps the potentials far from overflow");
        var warm = new WarmStart(start is { Success: true, Basis: { } basis } && basis.Parent.Length == n + 1 && start.Flow.Length == startArcs.Length ? start : null, startArcs);
        return Solve(network, artificialCost, maxAbsCost, totalQuantity, warm, cancellationToken);
    }

    /// <summary>
    /// Picks the narrowest element types that hold every node index (the root included), every arc cost and every
    /// flow, then solves: narrower arc arrays mean less memory and faster pricing.
    /// </summary>
    private static FlowResult Solve(FlowNetwork network, long artificialCost, long maxAbsCost, long totalQuantity, WarmStart warm, CancellationToken cancellationToken)
    {
        // Node indices run up to the root, NodeCount. A 32-bit flow needs every finite capacity below int.MaxValue,
        // which stands for an unlimited capacity; the total bounds every capacity and every flow.
        bool smallNodes = network.NodeCount <= ushort.MaxValue;
        bool smallFlows = totalQuantity < int.MaxValue;
        if (maxAbsCost <= short.MaxValue)
        {
            return smallNodes
                ? Solve<ushort, short>(network, artificialCost, smallFlows, warm, cancellationToken)
                : Solve<int, short>(network, artificialCost, smallFlows, warm, cancellationToken);
        }

        if (maxAbsCost <= int.MaxValue)
        {
            return smallNodes
                ? Solve<ushort, int>(network, artificialCost, smallFlows, warm, cancellationToken)
                : Solve<int, int>(network, artificialCost, smallFlows, warm, cancellationToken);
        }

        return smallNodes
            ? Solve<ushort, long>(network, artificialCost, smallFlows, warm, cancellationToken)
            : Solve<int, long>(network, artificialCost, smallFlows, warm, cancellationToken);
    }

    private static FlowResult Solve<TNode, TCost>(FlowNetwork network, long artificialCost, bool smallFlows, WarmStart warm, CancellationToken cancellationToken)
        where TNode : unmanaged, IBinaryInteger<TNode>
        where TCost : unmanaged, IBinaryInteger<TCost>
        => smallFlows
            ? Run<TNode, TCost, int>(network, artificialCost, warm, cancellationToken)
            : Run<TNode, TCost, long>(network, artificialCost, warm, cancellationToken);

    private static FlowResult Run<TNode, TCost, TFlow>(FlowNetwork network, long artificialCost, WarmStart warm, CancellationToken cancellationToken)
        where TNode : unmanaged, IBinaryInteger<TNode>
        where TCost : unmanaged, IBinaryInteger<TCost>
        where TFlow : unmanaged, IBinaryInteger<TFlow>, IMinMaxValue<TFlow>
    {
        var simplex = new Simplex<TNode, TCost, TFlow>(network, artificialCost);
        try
        {
            if (warm.Start is { } start && !simplex.TryWarmStart(network, start, warm.StartArcs))
            {
                // The start did not fit this network (its state is now mixed): solve from scratch.
                simplex.Release();
                simplex = new Simplex<TNode, TCost, TFlow>(network, artificialCost);
            }

            return simplex.Run(network, cancellationToken);
        }
        finally
        {
            simplex.Release();
        }
    }

    /// <summary>An earlier optimum to start from, and where its arcs are in the network (see the public overload).</summary>
    private readonly ref struct WarmStart(FlowResult? start, ReadOnlySpan<int> startArcs)
    {
        public FlowResult? Start { get; } = start;

        public ReadOnlySpan<int> StartArcs { get; } = startArcs;
    }

    /// <summary>The state of one solve: the spanning tree, flows and potentials, all in flat arrays.</summary>
    /// <typeparam name="TNode">The node index type of the arc arrays: <see cref="ushort"/> or <see cref="int"/>.</typeparam>
    /// <typeparam name="TCost">The arc cost type: <see cref="short"/>, <see cref="int"/> or <see cref="long"/>.</typeparam>
    /// <typeparam name="TFlow">
    /// The flow and capacity type: <see cref="int"/> or <see cref="long"/>; its maximum value stands for an unlimited
    /// capacity.
    /// </typeparam>
    private sealed class Simplex<TNode, TCost, TFlow>
        where TNode : unmanaged, IBinaryInteger<TNode>
        where TCost : unmanaged, IBinaryInteger<TCost>
        where TFlow : unmanaged, IBinaryInteger<TFlow>, IMinMaxValue<TFlow>
    {
        private const sbyte StateUpper = -1;
        private const sbyte StateTree = 0;
        private const sbyte StateLower = 1;
        private const sbyte DirUp = 1;
        private const sbyte DirDown = -1;
        private const long Infinite = long.MaxValue;
        private const int CancellationInterval = 4096;
        private const int MixBand = 16;

        private readonly int _nodeCount;
        private readonly int _arcCount;
        private readonly int _root;
        private readonly int _blockSize;

        // Arc arrays: internal arcs 0.._arcCount-1 are the network's arcs in mixed order (see InputArc),
        // arc _arcCount + u is node u's artificial arc.
        private readonly int _skip;
        private readonly int _rows;
        private readonly int _longColumns;
        private readonly int[] _columnStart;
        private readonly TNode[] _source;
        private readonly TNode[] _target;
        private readonly TFlow[] _cap;
        private readonly TCost[] _cost;
        private readonly TFlow[] _flow;
        private readonly sbyte[] _state;

        // Node arrays, root included.
        private readonly long[] _supply;
        private readonly long[] _pi;
        private readonly int[] _parent;
        private readonly int[] _pred;
        private readonly sbyte[] _predDir;
        private readonly int[] _thread;
        private readonly int[] _revThread;
        private readonly int[] _succNum;
        private readonly int[] _lastSucc;
        private readonly int[] _dirtyRevs;

        private int _nextArc;
        private int _inArc;
        private int _join;
        private int _uIn;
        private int _vIn;
        private int _uOut;
        private long _delta;
        private bool _warm;
        private bool _released;
        private long _pivots;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public Simplex(FlowNetwork network, long artificialCost)
        {
            int n = network.NodeCount;
            int m = network.ArcCount;
            _nodeCount = n;
            _arcCount = m;
            _root = n;
            _blockSize = Math.Max((int)Math.Sqrt(m), 10);

            int allArcs = m + n;
            // Every entry of these arrays below allArcs (m for the costs) is written below, and nothing reads past
            // it, so they come from the shared pools as they are: pricing rounds solve networks of millions of arcs
            // one after another, and memory the process already touched costs no page faults (see Release).
            _source = ArrayPool<TNode>.Shared.Rent(allArcs);
            _target = ArrayPool<TNode>.Shared.Rent(allArcs);
            _cap = ArrayPool<TFlow>.Shared.Rent(allArcs);
            _cost = ArrayPool<TCost>.Shared.Rent(m);
            _flow = ArrayPool<TFlow>.Shared.Rent(allArcs);
            _state = ArrayPool<sbyte>.Shared.Rent(allArcs);

            _supply = new long[n + 1];
            _pi = new long[n + 1];
            _parent = new int[n + 1];
            _pred = new int[n + 1];
            _predDir = new sbyte[n + 1];
            _thread = new int[n + 1];
            _revThread = new int[n + 1];
            _succNum = new int[n + 1];
            _lastSucc = new int[n + 1];
            _dirtyRevs = new int[n + 2];

            network.Supply.CopyTo(_supply);
            ReadOnlySpan<int> source = network.Source;
            ReadOnlySpan<int> target = network.Target;
            ReadOnlySpan<long> lower = network.Lower;
            ReadOnlySpan<long> capacity = network.Capacity;
            ReadOnlySpan<long> cost = network.Cost;

            // LEMON's arc mixing: input arc a goes to internal position i, with i advancing by `skip` and wrapping
            // to the next column, so consecutive internal arcs lie about m / skip ≈ n apart in the input and a
            // pricing block samples the whole graph rather than the arcs of a few neighbouring nodes. The loop
            // runs over internal positions (column `j` starts at input arc columnStart[j]) so writes are sequential.
            int skip = Math.Max(m / n, 3);
            int rows = m / skip;
            int longColumns = m % skip;
            var columnStart = new int[skip];
            for (int j = 1; j < skip; j++)
            {
                columnStart[j] = columnStart[j - 1] + rows + (j - 1 < longColumns ? 1 : 0);
            }

            _skip = skip;
            _rows = rows;
            _longColumns = longColumns;
            _columnStart = columnStart;

            // The caller chose TNode, TCost and TFlow wide enough for every node index, cost and quantity. The copy
            // is a transpose (input column j, row k → internal k·skip + j), done in bands of MixBand rows: a band
            // reads MixBand consecutive input arcs per column and writes one contiguous stretch of the internal
            // arrays, so both sides stay in cache (a row-by-row copy misses on every read when the columns are long).
            for (int k0 = 0; k0 <= rows; k0 += MixBand)
            {
                int k1 = Math.Min(k0 + MixBand, rows + 1);
                for (int j = 0; j < skip; j++)
                {
                    int end = Math.Min(k1, j < longColumns ? rows + 1 : rows);
                    for (int k = k0, a = columnStart[j] + k0, i = (k0 * skip) + j; k < end; k++, a++, i += skip)
                    {
                        _source[i] = TNode.CreateTruncating(source[a]);
                        _target[i] = TNode.CreateTruncating(target[a]);
                        _cost[i] = TCost.CreateTruncating(cost[a]);
                        long low = lower[a];
                        _cap[i] = capacity[a] == FlowLimits.Infinite ? TFlow.MaxValue : TFlow.CreateTruncating(capacity[a] - low);
                        if (low != 0)
                        {
                            _supply[source[a]] = checked(_supply[source[a]] - low);
                            _supply[target[a]] = checked(_supply[target[a]] + low);
                        }
                    }
                }
            }

            Array.Clear(_flow, 0, m);
            _state.AsSpan(0, m).Fill(StateLower);

            // The starting tree: every node hangs from the root by its artificial arc.
            _parent[_root] = -1;
            _pred[_root] = -1;
            _thread[_root] = 0;
            _revThread[0] = _root;
            _succNum[_root] = n + 1;
            _lastSucc[_root] = _root - 1;
            _supply[_root] = 0;
            _pi[_root] = 0;
            for (int u = 0, e = m; u < n; u++, e++)
            {
                _parent[u] = _root;
                _pred[u] = e;
                _thread[u] = u + 1;
                _revThread[u + 1] = u;
                _succNum[u] = 1;
                _lastSucc[u] = u;
                _cap[e] = TFlow.MaxValue;
                _state[e] = StateTree;
                if (_supply[u] >= 0)
                {
                    _predDir[u] = DirUp;
                    _pi[u] = 0;
                    _source[e] = TNode.CreateTruncating(u);
                    _target[e] = TNode.CreateTruncating(_root);
                    _flow[e] = TFlow.CreateTruncating(_supply[u]);
                }
                else
                {
                    _predDir[u] = DirDown;
                    _pi[u] = artificialCost;
                    _source[e] = TNode.CreateTruncating(_root);
                    _target[e] = TNode.CreateTruncating(u);
                    _flow[e] = TFlow.CreateTruncating(-_supply[u]);
                }
            }
        }

        /// <summary>
        /// Returns the arc arrays to their pools; the solve is over (its result holds copies). Safe to call twice, and
        /// nothing may use this instance afterwards.
        /// </summary>
        public void Release()
        {
            if (_released)
            {
                return;
            }

            _released = true;
            ArrayPool<TNode>.Shared.Return(_source);
            ArrayPool<TNode>.Shared.Return(_target);
            ArrayPool<TFlow>.Shared.Return(_cap);
            ArrayPool<TCost>.Shared.Return(_cost);
            ArrayPool<TFlow>.Shared.Return(_flow);
            ArrayPool<sbyte>.Shared.Return(_state);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private int Source(int e) => int.CreateTruncating(_source[e]);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private int Target(int e) => int.CreateTruncating(_target[e]);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private long Flow(int e) => long.CreateTruncating(_flow[e]);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private long Cap(int e)
        {
            TFlow c = _cap[e];
            return c == TFlow.MaxValue ? Infinite : long.CreateTruncating(c);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public FlowResult Run(FlowNetwork network, CancellationToken cancellationToken)
        {
            if (!_warm && !InitialPivots())
            {
                return Unbounded(network);
            }

            int untilCheck = CancellationInterval;
            while (FindEnteringArc())
            {
                if (--untilCheck == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    untilCheck = CancellationInterval;
                }

                if (!Pivot())
                {
                    return Unbounded(network);
                }
            }

            for (int e = _arcCount; e < _arcCount + _nodeCount; e++)
            {
                if (_flow[e] != TFlow.Zero)
                {
                    return FlowResult.Failed(FlowStatus.Infeasible, DescribeInfeasibility());
                }
            }

            // Undo the mixing column by column, so the result is written sequentially, and the lower-bound shift.
            ReadOnlySpan<long> lower = network.Lower;
            ReadOnlySpan<long> arcCost = network.Cost;
            var flow = GC.AllocateUninitializedArray<long>(_arcCount);
            Int128 total = 0;
            for (int j = 0, a = 0; j < _skip; j++)
            {
                for (int i = j; i < _arcCount; i += _skip, a++)
                {
                    long f = Flow(i) + lower[a];
                    flow[a] = f;
                    total += (Int128)f * arcCost[a];
                }
            }

            if (total < long.MinValue || total > long.MaxValue)
            {
                return FlowResult.Failed(FlowStatus.OutOfRange, FlowLimits.CostOverflow(total));
            }

            var potentials = _pi.AsSpan(0, _nodeCount).ToArray();
            return FlowResult.Optimal(flow, potentials, (long)total, ExportBasis(), _pivots);
        }

        /// <summary>The input position of internal arc <paramref name="i"/> (the inverse of the mixing).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private int InputArc(int i) => _columnStart[i % _skip] + (i / _skip);

        /// <summary>The internal position of input arc <paramref name="a"/> (see the mixing in the constructor).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private int InternalArc(int a)
        {
            int inLong = _longColumns * (_rows + 1);
            return a < inLong
                ? ((a % (_rows + 1)) * _skip) + (a / (_rows + 1))
                : (((a - inLong) % _rows) * _skip) + _longColumns + ((a - inLong) / _rows);
        }

        /// <summary>The spanning tree in input arc numbers, for a later warm start.</summary>
        private FlowBasis ExportBasis()
        {
            var pred = new int[_nodeCount + 1];
            for (int u = 0; u <= _nodeCount; u++)
            {
                int e = _pred[u];
                pred[u] = e < 0 || e >= _arcCount ? -1 : InputArc(e);
            }

            return new FlowBasis(
                (int[])_parent.Clone(),
                pred,
                (sbyte[])_predDir.Clone(),
                (int[])_thread.Clone(),
                (int[])_succNum.Clone(),
                (int[])_lastSucc.Clone());
        }

        /// <summary>
        /// Replaces the all-artificial starting tree by the optimal tree of <paramref name="start"/>, an earlier
        /// network's result whose arc <c>a</c> is arc <c>startArcs[a]</c> here; the other arcs start at 0. Checks that
        /// it is a strongly feasible basis of this network first: every flow within its bounds, every node balanced,
        /// every tree arc joining its node to its parent with reduced cost 0 and room to push flow towards the root,
        /// every other arc at a bound. False when it is not (the state is then mixed, and the caller starts afresh).
        /// </summary>
        public bool TryWarmStart(FlowNetwork network, FlowResult start, ReadOnlySpan<int> startArcs)
        {
            FlowBasis basis = start.Basis!;
            int n = _nodeCount;
            int m = _arcCount;
            ReadOnlySpan<int> source = network.Source;
            ReadOnlySpan<int> target = network.Target;
            ReadOnlySpan<long> lower = network.Lower;
            ReadOnlySpan<long> capacity = network.Capacity;
            ReadOnlySpan<long> cost = network.Cost;
            ReadOnlySpan<long> startFlow = start.Flow;
            ReadOnlySpan<long> startPi = start.Potentials;
            Debug.Assert(startPi.Length == n && basis.Parent.Length == n + 1, "the caller checked the start is of a network with these nodes");

            // The earlier flow, shifted by this network's lower bounds; every node must balance with it.
            var mapped = new bool[m];
            var excess = new long[n];
            for (int a = 0; a < startArcs.Length; a++)
            {
                int b = startArcs[a];
                if ((uint)b >= (uint)m || mapped[b])
                {
                    return false;
                }

                mapped[b] = true;
                long f = startFlow[a] - lower[b];
                long room = capacity[b] == FlowLimits.Infinite ? long.MaxValue : capacity[b] - lower[b];
                if (f < 0 || f > room || f >= long.CreateTruncating(TFlow.MaxValue))
                {
                    return false;
                }

                _flow[InternalArc(b)] = TFlow.CreateTruncating(f);
                excess[source[b]] += f;
                excess[target[b]] -= f;
            }

            for (int u = 0; u < n; u++)
            {
                if (excess[u] != _supply[u])
                {
                    return false;
                }

                _pi[u] = startPi[u];
            }

            // Artificial arcs leave the tree unless the basis keeps them (then with no flow, pointing to the root).
            for (int u = 0, e = m; u < n; u++, e++)
            {
                _source[e] = TNode.CreateTruncating(u);
                _target[e] = TNode.CreateTruncating(_root);
                _flow[e] = TFlow.Zero;
                _state[e] = StateLower;
            }

            for (int u = 0; u < n; u++)
            {
                // The basis is this solver's own: its parents and directions are well formed, an artificial tree arc
                // of a feasible optimum carries no flow and points to the root (strongly feasible), at potential 0.
                int parent = basis.Parent[u];
                int a = basis.Pred[u];
                sbyte dir = basis.PredDir[u];
                Debug.Assert(parent >= 0 && parent <= n && a < startArcs.Length && (a >= 0 || (parent == _root && dir == DirUp && _pi[u] == 0)), "a basis of this solver");
                int e;
                if (a < 0)
                {
                    e = m + u;
                }
                else
                {
                    int b = startArcs[a];
                    e = InternalArc(b);
                    long f = Flow(e);
                    bool joins = dir == DirUp ? source[b] == u && target[b] == parent : source[b] == parent && target[b] == u;
                    if (!joins
                        || cost[b] + _pi[source[b]] - _pi[target[b]] != 0
                        || (dir == DirUp ? f >= Cap(e) : f <= 0))
                    {
                        return false;
                    }
                }

                _state[e] = StateTree;
                _parent[u] = parent;
                _pred[u] = e;
                _predDir[u] = dir;
            }

            // Every other earlier arc is at a bound; one at its capacity is stored reversed (see Reverse). An arc whose
            // bounds are equal is at both: it counts as at its capacity when its reduced cost is negative, as it was.
            for (int a = 0; a < startArcs.Length; a++)
            {
                int b = startArcs[a];
                int e = InternalArc(b);
                long f = Flow(e);
                if (_state[e] == StateTree || (f == 0 && (Cap(e) != 0 || cost[b] + _pi[source[b]] - _pi[target[b]] >= 0)))
                {
                    continue;
                }

                if (f != Cap(e))
                {
                    return false;
                }

                _state[e] = StateUpper;
                Reverse(e);
            }

            basis.Thread.CopyTo(_thread, 0);
            basis.SuccNum.CopyTo(_succNum, 0);
            basis.LastSucc.CopyTo(_lastSucc, 0);
            for (int u = 0; u <= n; u++)
            {
                _revThread[_thread[u]] = u;
            }

            _warm = true;
            return true;
        }

        /// <summary>One pivot on <see cref="_inArc"/>; false if the cycle it closes has no bottleneck.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private bool Pivot()
        {
            if (_state[_inArc] == StateUpper)
            {
                // Stored reversed for pricing (see ScanBlocks); the pivot works on the arc as given.
                Reverse(_inArc);
            }

            _pivots++;
            FindJoinNode();
            bool change = FindLeavingArc();
            if (_delta >= Infinite)
            {
                return false;
            }

            ChangeFlow(change);
            if (change)
            {
                UpdateTreeStructure();
                UpdatePotential();
            }

            return true;
        }

        /// <summary>
        /// Block search: scans the arcs cyclically from where the last search stopped, in blocks of
        /// <see cref="_blockSize"/>, and takes the most violating arc of the first block containing one.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private bool FindEnteringArc()
        {
            int m = _arcCount;
            int e = _nextArc;
            int best = -1;
            long min = 0;
            int count = _blockSize;
            int stop = ScanBlocks(e, m, ref count, ref min, ref best);
            if (stop < 0)
            {
                stop = ScanBlocks(0, e, ref count, ref min, ref best);
            }

            if (min >= 0)
            {
                return false;
            }

            _inArc = best;
            _nextArc = stop < 0 ? e : stop;
            return true;
        }

        /// <summary>
        /// Prices arcs <c>[from, to)</c>; returns the arc after the block where a violating arc was found, or −1.
        /// </summary>
        /// <remarks>
        /// This is the innermost loop of the solver (about 60 % of the time), and it is bound by memory traffic: it
        /// streams cost, source and target of every arc it prices, so the narrow element types (16-bit nodes and
        /// costs when they fit) make it faster. It reads no state: an arc at its upper bound is stored reversed with
        /// its cost negated (see <see cref="Reverse"/>), so <c>cost + π(source) − π(target)</c> is its violation
        /// too, and a tree arc's reduced cost is 0. The arrays are read through
        /// <see cref="Unsafe.Add{T}(ref T, int)"/> to drop four bounds checks per arc: every index is below
        /// <c>to &lt;= _arcCount</c>, within all three arc arrays, and every node index below <c>_pi.Length</c>.
        /// </remarks>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private int ScanBlocks(int from, int to, ref int count, ref long min, ref int best)
        {
            Debug.Assert(to <= _arcCount, "pricing stays within the real arcs");
            ref TCost cost = ref MemoryMarshal.GetArrayDataReference(_cost);
            ref TNode source = ref MemoryMarshal.GetArrayDataReference(_source);
            ref TNode target = ref MemoryMarshal.GetArrayDataReference(_target);
            ref long pi = ref MemoryMarshal.GetArrayDataReference(_pi);
            int blockSize = _blockSize;
            long localMin = min;
            int localBest = best;
            int localCount = count;
            int e = from;
            while (e < to)
            {
                // One block (or the part of it before `to`), without a counter test per arc.
                int blockEnd = (int)Math.Min((long)e + localCount, to);
                localCount -= blockEnd - e;
                for (; e < blockEnd; e++)
                {
                    long c = long.CreateTruncating(Unsafe.Add(ref cost, e))
                        + Unsafe.Add(ref pi, int.CreateTruncating(Unsafe.Add(ref source, e)))
                        - Unsafe.Add(ref pi, int.CreateTruncating(Unsafe.Add(ref target, e)));
                    if (c < localMin)
                    {
                        localMin = c;
                        localBest = e;
                    }
                }

                if (localCount == 0)
                {
                    if (localMin < 0)
                    {
                        min = localMin;
                        best = localBest;
                        return e == _arcCount ? 0 : e;
                    }

                    localCount = blockSize;
                }
            }

            min = localMin;
            best = localBest;
            count = localCount;
            return -1;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void FindJoinNode()
        {
            int u = Source(_inArc);
            int v = Target(_inArc);
            int[] succNum = _succNum;
            int[] parent = _parent;
            while (u != v)
            {
                if (succNum[u] < succNum[v])
                {
                    u = parent[u];
                }
                else
                {
                    v = parent[v];
                }
            }

            _join = u;
        }

        /// <summary>
        /// Finds the bottleneck of the cycle; ties go to the last blocking arc in the cycle's orientation, which
        /// keeps the tree strongly feasible. Returns false if the entering arc itself is the bottleneck.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private bool FindLeavingArc()
        {
            int first;
            int second;
            if (_state[_inArc] == StateLower)
            {
                first = Source(_inArc);
                second = Target(_inArc);
            }
            else
            {
                first = Target(_inArc);
                second = Source(_inArc);
            }

            TFlow[] flow = _flow;
            TFlow[] cap = _cap;
            int[] pred = _pred;
            int[] parent = _parent;
            sbyte[] predDir = _predDir;
            int join = _join;
            long delta = Cap(_inArc);
            int result = 0;
            for (int u = first; u != join; u = parent[u])
            {
                int e = pred[u];
                long d = long.CreateTruncating(flow[e]);
                if (predDir[u] == DirDown)
                {
                    TFlow c = cap[e];
                    d = c == TFlow.MaxValue ? Infinite : long.CreateTruncating(c) - d;
                }

                if (d < delta)
                {
                    delta = d;
                    _uOut = u;
                    result = 1;
                }
            }

            for (int u = second; u != join; u = parent[u])
            {
                int e = pred[u];
                long d = long.CreateTruncating(flow[e]);
                if (predDir[u] == DirUp)
                {
                    TFlow c = cap[e];
                    d = c == TFlow.MaxValue ? Infinite : long.CreateTruncating(c) - d;
                }

                if (d <= delta)
                {
                    delta = d;
                    _uOut = u;
                    result = 2;
                }
            }

            if (result == 1)
            {
                _uIn = first;
                _vIn = second;
            }
            else
            {
                _uIn = second;
                _vIn = first;
            }

            _delta = delta;
            return result != 0;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void ChangeFlow(bool change)
        {
            TFlow[] flow = _flow;
            int[] pred = _pred;
            int[] parent = _parent;
            sbyte[] predDir = _predDir;
            int join = _join;
            if (_delta > 0)
            {
                // |val| is at most the total quantity, which TFlow holds (see Solve).
                TFlow val = TFlow.CreateTruncating(_state[_inArc] * _delta);
                TFlow negVal = -val;
                flow[_inArc] += val;
                for (int u = Source(_inArc); u != join; u = parent[u])
                {
                    flow[pred[u]] += predDir[u] == DirUp ? negVal : val;
                }

                for (int u = Target(_inArc); u != join; u = parent[u])
                {
                    flow[pred[u]] += predDir[u] == DirUp ? val : negVal;
                }
            }

            // An arc at its upper bound is stored reversed with its cost negated, so pricing needs no state.
            // Artificial arcs have unlimited capacity and never reach an upper bound.
            if (change)
            {
                _state[_inArc] = StateTree;
                int leaving = pred[_uOut];
                if (flow[leaving] == TFlow.Zero)
                {
                    _state[leaving] = StateLower;
                }
                else
                {
                    Debug.Assert(leaving < _arcCount, "only real arcs are ever saturated");
                    _state[leaving] = StateUpper;
                    Reverse(leaving);
                }
            }
            else
            {
                _state[_inArc] = (sbyte)-_state[_inArc];
                if (_state[_inArc] == StateUpper)
                {
                    Reverse(_inArc);
                }
            }
        }

        /// <summary>Swaps the ends of real arc <paramref name="e"/> and negates its cost.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void Reverse(int e)
        {
            (_source[e], _target[e]) = (_target[e], _source[e]);
            _cost[e] = -_cost[e];
        }

        /// <summary>
        /// Replaces the leaving arc (above <see cref="_uOut"/>) by the entering arc: re-hangs the stem from
        /// <see cref="_uIn"/> up to <see cref="_uOut"/> below <see cref="_vIn"/>, reversing it, and repairs the
        /// thread order, subtree sizes and last successors along the two paths to the join node.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void UpdateTreeStructure()
        {
            int[] parent = _parent;
            int[] thread = _thread;
            int[] revThread = _revThread;
            int[] lastSucc = _lastSucc;
            int[] succNum = _succNum;
            int[] pred = _pred;
            sbyte[] predDir = _predDir;
            int uIn = _uIn;
            int vIn = _vIn;
            int uOut = _uOut;
            int join = _join;
            int inArc = _inArc;

            int oldRevThread = revThread[uOut];
            int oldSuccNum = succNum[uOut];
            int oldLastSucc = lastSucc[uOut];
            int vOut = parent[uOut];

            if (uIn == uOut)
            {
                parent[uIn] = vIn;
                pred[uIn] = inArc;
                predDir[uIn] = uIn == Source(inArc) ? DirUp : DirDown;

                if (thread[vIn] != uOut)
                {
                    int after = thread[oldLastSucc];
                    thread[oldRevThread] = after;
                    revThread[after] = oldRevThread;
                    after = thread[vIn];
                    thread[vIn] = uOut;
                    revThread[uOut] = vIn;
                    thread[oldLastSucc] = after;
                    revThread[after] = oldLastSucc;
                }
            }
            else
            {
                // When oldRevThread == vIn, the join node is vOut.
                int threadContinue = oldRevThread == vIn ? thread[oldLastSucc] : thread[vIn];

                // Move the stem nodes between uIn and uOut, whose parents change.
                int stem = uIn;
                int parStem = vIn;
                int last = lastSucc[uIn];
                int after = thread[last];
                thread[vIn] = uIn;
                int dirty = 0;
                _dirtyRevs[dirty++] = vIn;
                while (stem != uOut)
                {
                    int nextStem = parent[stem];
                    thread[last] = nextStem;
                    _dirtyRevs[dirty++] = last;

                    // Cut the subtree of stem out of the thread list.
                    int before = revThread[stem];
                    thread[before] = after;
                    revThread[after] = before;

                    parent[stem] = parStem;
                    parStem = stem;
                    stem = nextStem;

                    last = lastSucc[stem] == lastSucc[parStem] ? revThread[parStem] : lastSucc[stem];
                    after = thread[last];
                }

                parent[uOut] = parStem;
                thread[last] = threadContinue;
                revThread[threadContinue] = last;
                lastSucc[uOut] = last;

                if (oldRevThread != vIn)
                {
                    thread[oldRevThread] = after;
                    revThread[after] = oldRevThread;
                }

                for (int i = 0; i < dirty; i++)
                {
                    int u = _dirtyRevs[i];
                    revThread[thread[u]] = u;
                }

                // Reverse pred, predDir, lastSucc and succNum along the stem, from uOut down to uIn.
                int tmpSc = 0;
                int tmpLs = lastSucc[uOut];
                for (int u = uOut, p = parent[u]; u != uIn; u = p, p = parent[u])
                {
                    pred[u] = pred[p];
                    predDir[u] = (sbyte)-predDir[p];
                    tmpSc += succNum[u] - succNum[p];
                    succNum[u] = tmpSc;
                    lastSucc[p] = tmpLs;
                }

                pred[uIn] = inArc;
                predDir[uIn] = uIn == Source(inArc) ? DirUp : DirDown;
                succNum[uIn] = oldSuccNum;
            }

            // Update lastSucc from vIn towards the root.
            int upLimitOut = lastSucc[join] == vIn ? join : -1;
            int lastSuccOut = lastSucc[uOut];
            for (int u = vIn; u != -1 && lastSucc[u] == vIn; u = parent[u])
            {
                lastSucc[u] = lastSuccOut;
            }

            // Update lastSucc from vOut towards the root.
            if (join != oldRevThread && vIn != oldRevThread)
            {
                for (int u = vOut; u != upLimitOut && lastSucc[u] == oldLastSucc; u = parent[u])
                {
                    lastSucc[u] = oldRevThread;
                }
            }
            else if (lastSuccOut != oldLastSucc)
            {
                for (int u = vOut; u != upLimitOut && lastSucc[u] == oldLastSucc; u = parent[u])
                {
                    lastSucc[u] = lastSuccOut;
                }
            }

            for (int u = vIn; u != join; u = parent[u])
            {
                succNum[u] += oldSuccNum;
            }

            for (int u = vOut; u != join; u = parent[u])
            {
                succNum[u] -= oldSuccNum;
            }
        }

        /// <summary>Shifts the potentials of the moved subtree so the entering arc gets reduced cost 0.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void UpdatePotential()
        {
            long[] pi = _pi;
            int[] thread = _thread;
            int uIn = _uIn;
            long sigma = pi[_vIn] - pi[uIn] - (_predDir[uIn] * long.CreateTruncating(_cost[_inArc]));
            int end = thread[_lastSucc[uIn]];
            for (int u = uIn; u != end; u = thread[u])
            {
                pi[u] += sigma;
            }
        }

        /// <summary>
        /// LEMON's heuristic start: pivots in the cheapest arc into each demand node (or out of each supply node
        /// when there are fewer supply nodes), which removes much artificial flow at the price of a few pivots.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private bool InitialPivots()
        {
            int n = _nodeCount;
            int m = _arcCount;
            int supplyNodes = 0;
            int demandNodes = 0;
            for (int u = 0; u < n; u++)
            {
                if (_supply[u] > 0)
                {
                    supplyNodes++;
                }
                else if (_supply[u] < 0)
                {
                    demandNodes++;
                }
            }

            if (supplyNodes == 0 || m == 0)
            {
                return true;
            }

            // For each demand node its cheapest incoming arc, or for each supply node its cheapest outgoing arc.
            bool intoDemand = demandNodes <= supplyNodes;
            var best = new int[n];
            Array.Fill(best, -1);
            for (int e = 0; e < m; e++)
            {
                int u = intoDemand ? Target(e) : Source(e);
                if (intoDemand ? _supply[u] < 0 : _supply[u] > 0)
                {
                    if (best[u] < 0 || _cost[e] < _cost[best[u]])
                    {
                        best[u] = e;
                    }
                }
            }

            for (int u = 0; u < n; u++)
            {
                int e = best[u];
                // Stored as priced: an arc at its upper bound is reversed, a tree arc has reduced cost 0.
                if (e < 0 || long.CreateTruncating(_cost[e]) + _pi[Source(e)] - _pi[Target(e)] >= 0)
                {
                    continue;
                }

                _inArc = e;
                if (!Pivot())
                {
                    return false;
                }
            }

            return true;
        }

        private FlowResult Unbounded(FlowNetwork network)
        {
            int a = _columnStart[_inArc % _skip] + (_inArc / _skip);
            int from = network.Source[a];
            int to = network.Target[a];
            return FlowResult.Failed(
                FlowStatus.Unbounded,
                first => string.Create(
                    CultureInfo.InvariantCulture,
                    $"the cost is unbounded below: arc {a + first} ({from + first}->{to + first}) closes a negative-cost cycle of unlimited capacity"));
        }

        private Func<int, string> DescribeInfeasibility()
        {
            // Collected now, formatted later with the caller's first node number (1 for DIMACS files).
            var unmet = new List<(int Node, long Units, bool Send)>();
            int total = 0;
            for (int u = 0; u < _nodeCount; u++)
            {
                long f = Flow(_arcCount + u);
                if (f == 0)
                {
                    continue;
                }

                total++;
                if (unmet.Count < 10)
                {
                    unmet.Add((u, f, Source(_arcCount + u) == u));
                }
            }

            return first =>
            {
                var text = new StringBuilder("supply and demand cannot be balanced: ");
                for (int i = 0; i < unmet.Count; i++)
                {
                    if (i > 0)
                    {
                        text.Append("; ");
                    }

                    var (node, units, send) = unmet[i];
                    if (send)
                    {
                        text.Append(CultureInfo.InvariantCulture, $"node {node + first} cannot send {units} unit(s) of its supply");
                    }
                    else
                    {
                        text.Append(CultureInfo.InvariantCulture, $"node {node + first} cannot receive {units} unit(s) of its demand");
                    }
                }

                if (total > unmet.Count)
                {
                    text.Append(CultureInfo.InvariantCulture, $"; and {total - unmet.Count} more node(s)");
                }

                return text.ToString();
            };
        }
    }
}
