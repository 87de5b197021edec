// Copyright (c) Matching contributors. Licensed under the MIT License.

using Google.OrTools.Graph;
using Matching.Solvers.Flow;

namespace Matching.Benchmarks;

/// <summary>
/// OR-Tools' flow solvers as in-process peers: the same instance handed to <c>MinCostFlow</c> (SimpleMinCostFlow,
/// cost scaling) and <c>LinearSumAssignment</c>, timed like LEMON's figures (graph set-up plus solve).
/// </summary>
internal static class OrToolsPeers
{
    /// <summary>Solves <paramref name="network"/> with OR-Tools' min-cost flow; lower bounds are shifted into the supplies.</summary>
    /// <returns>The optimal cost, or <see cref="long.MinValue"/> when OR-Tools does not report an optimum.</returns>
    public static long MinCostFlowCost(FlowNetwork network)
    {
        using var flow = new MinCostFlow();
        var supply = network.Supply.ToArray();
        long offset = 0;
        for (int a = 0; a < network.ArcCount; a++)
        {
            long lower = network.Lower[a];
            int tail = network.Source[a];
            int head = network.Target[a];
            if (lower != 0)
            {
                supply[tail] -= lower;
                supply[head] += lower;
                offset += lower * network.Cost[a];
            }

            flow.AddArcWithCapacityAndUnitCost(tail, head, network.Capacity[a] - lower, network.Cost[a]);
        }

        for (int v = 0; v < supply.Length; v++)
        {
            if (supply[v] != 0)
            {
                flow.SetNodeSupply(v, supply[v]);
            }
        }

        return flow.Solve() == MinCostFlowBase.Status.OPTIMAL ? flow.OptimalCost() + offset : long.MinValue;
    }

    /// <summary>Solves the dense <paramref name="n"/> × <paramref name="n"/> assignment <paramref name="costs"/> (row-major) with OR-Tools' LinearSumAssignment.</summary>
    /// <returns>The optimal cost, or <see cref="long.MinValue"/> when OR-Tools does not report an optimum.</returns>
    public static long LinearSumAssignmentCost(long[] costs, int n)
    {
        using var assignment = new LinearSumAssignment();
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                assignment.AddArcWithCost(i, j, costs[(i * n) + j]);
            }
        }

        return assignment.Solve() == LinearSumAssignment.Status.OPTIMAL ? assignment.OptimalCost() : long.MinValue;
    }
}
