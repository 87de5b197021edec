// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using System.Text.RegularExpressions;
using Matching.Solvers.Flow;

namespace Matching.Solvers.Tests.Flow;

/// <summary>
/// The network simplex's failure messages by their full text (issue 18): which nodes cannot be balanced, capped at
/// ten with a count of the rest, numbered from 0 or from the caller's first number; and the arc that closes an
/// unbounded cycle, mapped back from the solver's internal arc order to the input's.
/// </summary>
public partial class FlowFailureMessageTests
{
    [Fact]
    public void Infeasible_ThirteenUnbalancedNodes_NamesTheFirstTenAndCountsTheRest()
    {
        // No arcs: node 0 needs 12 units, nodes 1–11 and 13 each have one, node 12 has none (and is not named).
        long[] supplies = [-12, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1];
        FlowNetwork network = Network(supplies, []);

        FlowResult result = new NetworkSimplexSolver().Solve(network);

        Assert.Equal(FlowStatus.Infeasible, result.Status);
        Assert.Equal(Expected(0, 10, "; and 3 more node(s)"), result.Message);
        Assert.Equal(Expected(1, 10, "; and 3 more node(s)"), result.Describe(1));

        static string Expected(int first, int named, string tail) =>
            "supply and demand cannot be balanced: "
            + $"node {first} cannot receive 12 unit(s) of its demand; "
            + string.Join("; ", Enumerable.Range(first + 1, named - 1).Select(v => $"node {v} cannot send 1 unit(s) of its supply"))
            + tail;
    }

    [Fact]
    public void Infeasible_ExactlyTenUnbalancedNodes_AreAllNamedWithoutACount()
    {
        // Node 3 has no supply; the ten others are all named and nothing is "more".
        long[] supplies = [2, 1, 1, 0, 1, 1, 1, 1, 1, -3, -6];
        FlowNetwork network = Network(supplies, []);

        FlowResult result = new NetworkSimplexSolver().Solve(network);

        Assert.Equal(
            "supply and demand cannot be balanced: node 0 cannot send 2 unit(s) of its supply; "
            + "node 1 cannot send 1 unit(s) of its supply; node 2 cannot send 1 unit(s) of its supply; "
            + "node 4 cannot send 1 unit(s) of its supply; node 5 cannot send 1 unit(s) of its supply; "
            + "node 6 cannot send 1 unit(s) of its supply; node 7 cannot send 1 unit(s) of its supply; "
            + "node 8 cannot send 1 unit(s) of its supply; node 9 cannot receive 3 unit(s) of its demand; "
            + "node 10 cannot receive 6 unit(s) of its demand",
            result.Message);
    }

    [Fact]
    public void Infeasible_PartlyMet_NamesOnlyWhatIsLeft()
    {
        // Node 0 sends 5 over an arc of capacity 3 to node 1: 2 units are left on each side.
        FlowNetwork network = Network([5, -5], [(0, 1, 3, 1)]);

        FlowResult result = new NetworkSimplexSolver().Solve(network);

        Assert.Equal(
            "supply and demand cannot be balanced: node 1 cannot send 2 unit(s) of its supply; node 2 cannot receive 2 unit(s) of its demand",
            result.Describe(1));
    }

    [Fact]
    public void Unbounded_NamesAnArcOfTheNegativeCycleInInputNumbering()
    {
        // 4 nodes, 12 arcs (the solver mixes them into another internal order). Only input arcs 5 (2→3, cost −2) and
        // 10 (3→2, cost 1) are uncapacitated and together cost −1 around: the arc named must be one of them.
        var arcs = new (int From, int To, long Capacity, long Cost)[12];
        for (int a = 0; a < arcs.Length; a++)
        {
            arcs[a] = (a % 4, (a + 1) % 4, 1, 3 + a);
        }

        arcs[5] = (2, 3, long.MaxValue, -2);
        arcs[10] = (3, 2, long.MaxValue, 1);
        FlowNetwork network = Network([0, 0, 0, 0], arcs);

        FlowResult result = new NetworkSimplexSolver().Solve(network);

        Assert.Equal(FlowStatus.Unbounded, result.Status);
        foreach (int first in new[] { 0, 1, 7 })
        {
            string text = result.Describe(first)!;
            Match match = ArcPattern().Match(text);
            Assert.True(match.Success, text);
            int arc = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) - first;
            Assert.Contains(arc, new[] { 5, 10 });
            Assert.Equal(network.Source[arc] + first, int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
            Assert.Equal(network.Target[arc] + first, int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture));
            Assert.EndsWith(") closes a negative-cost cycle of unlimited capacity", text, StringComparison.Ordinal);
        }

        Assert.Equal(result.Describe(0), result.Message);
    }

    [GeneratedRegex(@"^the cost is unbounded below: arc (\d+) \((\d+)->(\d+)\)")]
    private static partial Regex ArcPattern();

    private static FlowNetwork Network(long[] supplies, (int From, int To, long Capacity, long Cost)[] arcs)
    {
        var builder = new FlowNetworkBuilder(supplies.Length, Math.Max(1, arcs.Length));
        builder.AddNodes(supplies.Length);
        for (int v = 0; v < supplies.Length; v++)
        {
            builder.SetSupply(v, supplies[v]);
        }

        foreach (var (from, to, capacity, cost) in arcs)
        {
            builder.AddArc(from, to, 0, capacity, cost);
        }

        return builder.Build();
    }
}
