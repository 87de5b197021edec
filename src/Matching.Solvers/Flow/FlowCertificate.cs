// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Runtime.CompilerServices;

namespace Matching.Solvers.Flow;

/// <summary>
/// Checks a claimed optimal flow with its node potentials, independently of the solver that produced them.
/// </summary>
/// <remarks>
/// <para>Primal feasibility: every arc within <c>[lower, capacity]</c>, flow conservation with the supplies.</para>
/// <para>
/// Optimality (linear-programming duality, complementary slackness): with reduced cost
/// <c>rc(a) = cost(a) + π(source) − π(target)</c>, an arc with <c>rc &gt; 0</c> carries its lower bound and an arc
/// with <c>rc &lt; 0</c> its capacity. Together with feasibility this proves the flow has minimum cost; the check also
/// recomputes the cost and compares it with the claimed one. All arithmetic is checked or 128-bit, so an overflow
/// cannot hide a violation. O(nodes + arcs) time.
/// </para>
/// </remarks>
public static class FlowCertificate
{
    /// <summary>Checks feasibility and optimality of <paramref name="flow"/> for <paramref name="network"/>.</summary>
    /// <param name="network">The network that was solved.</param>
    /// <param name="flow">The flow on every arc.</param>
    /// <param name="potentials">The potential of every node.</param>
    /// <param name="claimedCost">The cost the solver reported.</param>
    /// <returns>A report listing every violation found (at most 20 are described).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> is null.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static CertificateReport Check(FlowNetwork network, ReadOnlySpan<long> flow, ReadOnlySpan<long> potentials, long claimedCost)
    {
        ArgumentNullException.ThrowIfNull(network);
        var problems = new List<string>();
        int violations = 0;

        void Report(string problem)
        {
            violations++;
            if (problems.Count < 20)
            {
                problems.Add(problem);
            }
        }

        if (flow.Length != network.ArcCount)
        {
            Report($"flow has {flow.Length} entries for {network.ArcCount} arcs");
            return new CertificateReport(false, false, violations, problems);
        }

        if (potentials.Length != network.NodeCount)
        {
            Report($"potentials have {potentials.Length} entries for {network.NodeCount} nodes");
            return new CertificateReport(false, false, violations, problems);
        }

        var balance = new Int128[network.NodeCount];
        for (int v = 0; v < network.NodeCount; v++)
        {
            balance[v] = network.Supply[v];
        }

        bool feasible = true;
        bool optimal = true;
        Int128 cost = 0;
        ReadOnlySpan<int> source = network.Source;
        ReadOnlySpan<int> target = network.Target;
        ReadOnlySpan<long> lower = network.Lower;
        ReadOnlySpan<long> capacity = network.Capacity;
        ReadOnlySpan<long> arcCost = network.Cost;
        for (int a = 0; a < network.ArcCount; a++)
        {
            long f = flow[a];
            if (f < lower[a] || f > capacity[a])
            {
                feasible = false;
                Report($"arc {a} ({source[a]}->{target[a]}) carries {f} outside [{lower[a]}, {capacity[a]}]");
            }

            balance[source[a]] -= f;
            balance[target[a]] += f;
            cost += (Int128)f * arcCost[a];

            Int128 reduced = (Int128)arcCost[a] + potentials[source[a]] - potentials[target[a]];
            if (reduced > 0 && f != lower[a])
            {
                optimal = false;
                Report($"arc {a} ({source[a]}->{target[a]}) has reduced cost {reduced} > 0 but flow {f} above its lower bound {lower[a]}");
            }
            else if (reduced < 0 && f != capacity[a])
            {
                optimal = false;
                Report($"arc {a} ({source[a]}->{target[a]}) has reduced cost {reduced} < 0 but flow {f} below its capacity {capacity[a]}");
            }
        }

        for (int v = 0; v < network.NodeCount; v++)
        {
            if (balance[v] != 0)
            {
                feasible = false;
                Report($"node {v} violates flow conservation by {balance[v]}");
            }
        }

        if (cost != claimedCost)
        {
            optimal = false;
            Report($"the flow costs {cost}, not the claimed {claimedCost}");
        }

        return new CertificateReport(feasible, feasible && optimal, violations, problems);
    }

    /// <summary>Checks an optimal <see cref="FlowResult"/> against its network.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="result"/> is not optimal.</exception>
    public static CertificateReport Check(FlowNetwork network, FlowResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.Success)
        {
            throw new ArgumentException("Only an optimal result carries a certificate.", nameof(result));
        }

        return Check(network, result.Flow, result.Potentials, result.Cost);
    }
}
