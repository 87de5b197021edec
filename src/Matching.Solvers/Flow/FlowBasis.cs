// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Solvers.Flow;

/// <summary>
/// The spanning tree of an optimal network-simplex basis, kept with its <see cref="FlowResult"/> so that a network
/// with the same nodes and more arcs can be re-optimized from it (<see cref="NetworkSimplexSolver"/>'s warm start).
/// </summary>
/// <remarks>
/// Node arrays as in the solver, root = node count: <see cref="Parent"/>; <see cref="Pred"/>, the network arc that
/// joins a node to its parent, or −1 for the node's artificial arc to the root; <see cref="PredDir"/>, +1 when that
/// arc points up (node → parent), −1 when down; <see cref="Thread"/>, the preorder; <see cref="SuccNum"/>, subtree
/// sizes; <see cref="LastSucc"/>, each subtree's last node in preorder. Immutable once built.
/// </remarks>
internal sealed class FlowBasis(int[] parent, int[] pred, sbyte[] predDir, int[] thread, int[] succNum, int[] lastSucc)
{
    public int[] Parent { get; } = parent;

    public int[] Pred { get; } = pred;

    public sbyte[] PredDir { get; } = predDir;

    public int[] Thread { get; } = thread;

    public int[] SuccNum { get; } = succNum;

    public int[] LastSucc { get; } = lastSucc;
}
