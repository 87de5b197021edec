// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Solvers.Flow;

namespace Matching.TestUtils;

/// <summary>Small flow networks written out in a test: one node per supply value, arcs as tuples.</summary>
public static class TestNetworks
{
    /// <summary>Builds a network with node <c>v</c>'s supply <c>supply[v]</c> and the given arcs, in order.</summary>
    /// <param name="supply">One supply per node (negative: demand).</param>
    /// <param name="arcs">The arcs: ends, lower bound, capacity and cost.</param>
    /// <returns>The network.</returns>
    public static FlowNetwork Build(long[] supply, IEnumerable<(int From, int To, long Lower, long Capacity, long Cost)> arcs)
    {
        ArgumentNullException.ThrowIfNull(supply);
        ArgumentNullException.ThrowIfNull(arcs);
        var builder = new FlowNetworkBuilder(supply.Length, 0);
        builder.AddNodes(supply.Length);
        for (int v = 0; v < supply.Length; v++)
        {
            builder.SetSupply(v, supply[v]);
        }

        foreach (var (from, to, lower, capacity, cost) in arcs)
        {
            builder.AddArc(from, to, lower, capacity, cost);
        }

        return builder.Build();
    }
}
