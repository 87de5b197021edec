// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Solvers.Flow;
using Matching.TestUtils;

namespace Matching.PropertyTests.Flow;

/// <summary>
/// Fuzzes both flow solvers (the ones behind <c>match solve</c>) on random small networks whose costs, bounds,
/// capacities and supplies are drawn near the 64-bit limits and near the edges of <see cref="FlowLimits"/>: they must
/// agree with each other and with a 128-bit brute force, give <see cref="FlowStatus.OutOfRange"/> exactly when the
/// network is outside the documented range (or the optimal cost does not fit 64 bits), and never throw.
/// </summary>
public class FlowLimitsFuzzTests
{
    private const long Max = long.MaxValue;

    [Fact]
    public void Solve_NetworksNearTheLimits_AgreeWithBruteForceOrSayOutOfRange()
    {
        var seen = new Dictionary<string, int>();
        void Count(string what) => seen[what] = seen.GetValueOrDefault(what) + 1;
        for (int seed = 0; seed < 3000; seed++)
        {
            var random = new Random(seed);
            FlowNetwork network = NearLimits(random, wild: seed % 2 == 1);
            FlowResult simplex = new NetworkSimplexSolver().Solve(network, TestTime.Limit());
            FlowResult ssp = new SuccessiveShortestPathSolver().Solve(network, TestTime.Limit());
            string context = $"seed {seed}: {Describe(network)} → simplex {simplex.Status} {simplex.Cost} {simplex.Message}; ssp {ssp.Status} {ssp.Cost} {ssp.Message}";

            Assert.True(simplex.Status == ssp.Status, context);
            Count(simplex.Status.ToString());
            if (FlowLimits.Check(network) is not null)
            {
                Int128 supplySum = 0;
                foreach (long s in network.Supply)
                {
                    supplySum += s;
                }

                Assert.True(simplex.Status == (supplySum == 0 ? FlowStatus.OutOfRange : FlowStatus.Infeasible), context);
                continue;
            }

            if (simplex.Success)
            {
                Assert.True(simplex.Cost == ssp.Cost, context);
                Assert.True(FlowCertificate.Check(network, simplex).IsOptimal, context + FlowCertificate.Check(network, simplex));
                Assert.True(FlowCertificate.Check(network, ssp).IsOptimal, context + FlowCertificate.Check(network, ssp));
            }

            if (BruteForce128(network) is { } brute)
            {
                Count(brute.Cost is null ? "brute force: infeasible" : "brute force: optimal");
                if (brute.Cost is not { } cost)
                {
                    Assert.True(simplex.Status == FlowStatus.Infeasible, context);
                }
                else if (cost < long.MinValue || cost > long.MaxValue)
                {
                    Assert.True(simplex.Status == FlowStatus.OutOfRange, context);
                }
                else
                {
                    Assert.True(simplex.Status == FlowStatus.Optimal && simplex.Cost == (long)cost, context);
                }
            }
        }

        // The generator reaches every outcome, so no branch above is vacuous.
        string summary = string.Join(", ", seen.Select(s => $"{s.Key} {s.Value}"));
        Assert.All(
            ["Optimal", "Infeasible", "Unbounded", "OutOfRange", "brute force: infeasible", "brute force: optimal"],
            what => Assert.True(seen.GetValueOrDefault(what) >= 20, summary));
    }

    /// <summary>
    /// A network of 1–4 nodes and 0–5 arcs. Tame cases stay brute-forceable (each arc's flow range at most 3 values,
    /// supplies made from a random feasible flow most of the time) with costs at the edge of the cost limit; wild cases
    /// draw every number from the extremes of 64 bits, unlimited capacities included.
    /// </summary>
    private static FlowNetwork NearLimits(Random random, bool wild)
    {
        int n = random.Next(1, 5);
        int m = random.Next(0, 6);
        long costLimit = FlowLimits.MaxCostTimesNodes / (n + 1);
        long[] costs = [costLimit, -costLimit, costLimit + 1, -costLimit - 1, costLimit - 1, 0, 1, -1, 7, -7];
        long[] extremes = [Max, Max - 1, long.MinValue, long.MinValue + 1, 1L << 62, -(1L << 62), 1L << 60, (1L << 60) + 1, 1L << 59, 0, 1, -1];
        var builder = new FlowNetworkBuilder(n, m);
        builder.AddNodes(n);
        var flow = new long[m];
        var arcs = new (int From, int To, long Lower, long Capacity, long Cost)[m];
        for (int a = 0; a < m; a++)
        {
            int from = random.Next(n);
            int to = random.Next(n);
            long cost = random.Next(3) == 0 ? random.NextInt64(-costLimit, costLimit + 1) : costs[random.Next(costs.Length)];
            long lower;
            long capacity;
            if (wild)
            {
                cost = random.Next(3) == 0 ? extremes[random.Next(extremes.Length)] : cost;
                lower = Math.Max(0, extremes[random.Next(extremes.Length)]) / (random.Next(2) == 0 ? 1 : 8);
                capacity = random.Next(2) == 0 ? FlowLimits.Infinite : lower + Math.Min(Max - lower, Math.Max(0, extremes[random.Next(extremes.Length)]) / random.Next(1, 16));
            }
            else
            {
                lower = random.Next(3) == 0 ? random.NextInt64(0, FlowLimits.MaxTotalQuantity / 16) : random.Next(3);
                capacity = lower + random.Next(3);
            }

            arcs[a] = (from, to, lower, capacity, cost);
            flow[a] = capacity == FlowLimits.Infinite ? lower : lower + random.NextInt64(0, capacity - lower + 1);
            builder.AddArc(from, to, lower, capacity, cost);
        }

        if (wild && random.Next(2) == 0)
        {
            // Extreme supplies that still sum to zero (or just miss).
            long s = extremes[random.Next(extremes.Length)];
            builder.SetSupply(0, s);
            if (n > 1)
            {
                builder.SetSupply(n - 1, s == long.MinValue ? Max : -s + random.Next(2));
            }
        }
        else if (random.Next(5) != 0)
        {
            // Supplies of a random flow within the bounds: feasible.
            var supply = new long[n];
            foreach (var (arc, f) in arcs.Zip(flow))
            {
                supply[arc.From] += f;
                supply[arc.To] -= f;
            }

            for (int v = 0; v < n; v++)
            {
                builder.SetSupply(v, supply[v]);
            }
        }
        else if (n > 1)
        {
            builder.SetSupply(0, 1);
            builder.SetSupply(n - 1, -1);
        }

        return builder.Build();
    }

    /// <summary>
    /// Minimum cost over every integer flow within the bounds, in 128 bits; null when the network is too large to
    /// enumerate (an unlimited arc, or more than 4096 flow vectors); Cost null when no flow is feasible.
    /// </summary>
    private static (Int128? Cost, bool Done)? BruteForce128(FlowNetwork network)
    {
        int m = network.ArcCount;
        long combinations = 1;
        for (int a = 0; a < m; a++)
        {
            if (network.Capacity[a] == FlowLimits.Infinite || network.Capacity[a] - network.Lower[a] > 3)
            {
                return null;
            }

            combinations *= network.Capacity[a] - network.Lower[a] + 1;
        }

        var flow = new long[m];
        for (int a = 0; a < m; a++)
        {
            flow[a] = network.Lower[a];
        }

        Int128? best = null;
        var balance = new Int128[network.NodeCount];
        for (long k = 0; k < combinations; k++)
        {
            for (int v = 0; v < network.NodeCount; v++)
            {
                balance[v] = network.Supply[v];
            }

            Int128 cost = 0;
            for (int a = 0; a < m; a++)
            {
                balance[network.Source[a]] -= flow[a];
                balance[network.Target[a]] += flow[a];
                cost += (Int128)flow[a] * network.Cost[a];
            }

            if (Array.TrueForAll(balance, b => b == 0) && (best is null || cost < best))
            {
                best = cost;
            }

            for (int i = 0; i < m; i++)
            {
                if (flow[i] < network.Capacity[i])
                {
                    flow[i]++;
                    break;
                }

                flow[i] = network.Lower[i];
            }
        }

        return (best, true);
    }

    private static string Describe(FlowNetwork network) =>
        $"supply [{string.Join(", ", network.Supply.ToArray())}] arcs [{string.Join("; ", Enumerable.Range(0, network.ArcCount).Select(a => $"{network.Source[a]}->{network.Target[a]} [{network.Lower[a]},{network.Capacity[a]}] c={network.Cost[a]}"))}]";
}
