// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Matching.Solvers.Assignment;
using Matching.Solvers.Flow;

namespace Matching.TestUtils;

/// <summary>A generated flow network, printed as DIMACS-like text when a property fails.</summary>
/// <param name="Network">The network.</param>
public sealed record FlowCase(FlowNetwork Network)
{
    /// <inheritdoc />
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"nodes {Network.NodeCount} supplies [{string.Join(", ", Network.Supply.ToArray())}]");
        for (int a = 0; a < Network.ArcCount; a++)
        {
            text.Append(CultureInfo.InvariantCulture, $"; {Network.Source[a]}->{Network.Target[a]} [{Network.Lower[a]},{Network.Capacity[a]}] c={Network.Cost[a]}");
        }

        return text.ToString();
    }
}

/// <summary>A generated assignment problem with the builder calls that made it, for readable counterexamples.</summary>
/// <param name="Problem">The problem.</param>
/// <param name="Description">The builder calls, in words.</param>
public sealed record AssignmentCase(AssignmentProblem Problem, string Description)
{
    /// <inheritdoc />
    public override string ToString() => Description;
}

/// <summary>Bounded FsCheck generators for the solvers, small enough for <see cref="BruteForce"/>.</summary>
public static class Arbitraries
{
    /// <summary>
    /// Networks with 1–5 nodes and 0–8 arcs (parallel arcs and loops allowed), lower bounds 0–1, capacities up to
    /// lower + 3, costs −5..10, and supplies in −2..2 that balance in most cases (some instances are infeasible).
    /// </summary>
    public static Arbitrary<FlowCase> SmallFlowNetwork() => Arb.From(FlowNetworkGen());

    /// <summary>
    /// Assignment problems with 0–<see cref="BruteForce.MaxMentees"/> mentees and 1–3 mentors: random candidate
    /// pairs (others forbidden), occasional locked pairs, per-mentee penalties or must-match, minimum loads,
    /// capacities, and sometimes convex load costs; some are infeasible.
    /// </summary>
    public static Arbitrary<AssignmentCase> SmallAssignmentProblem() => Arb.From(AssignmentGen());

    /// <summary>
    /// Larger networks (beyond brute force) for comparing the exact solvers: 2–40 nodes, up to 6 arcs per node,
    /// lower bounds 0–2, capacities up to 12, costs −20..100, balanced supplies in −6..6. Three in four also get an
    /// expensive hub (arcs to and from node 0, capacity 60, cost 150) that makes them feasible but is used only
    /// where needed.
    /// </summary>
    public static Arbitrary<FlowCase> MediumFlowNetwork() => Arb.From(
        from n in Gen.Choose(2, 40)
        from m in Gen.Choose(0, 6 * n)
        from arcs in MediumArcGen(n).ArrayOf(m)
        from supplies in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(-6, 6))).ArrayOf(n)
        from hub in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
        select BuildNetwork(n, hub ? [.. arcs, .. HubArcs(n)] : arcs, supplies, balance: true));

    /// <summary>Dense rectangular cost matrices, rows ≤ cols ≤ 6, costs −20..50 (row-major).</summary>
    public static Arbitrary<(int Rows, int Cols, long[] Costs)> SmallRectangularMatrix() =>
        Arb.From(
            from rows in Gen.Choose(0, 6)
            from extra in Gen.Choose(0, 3)
            let cols = Math.Min(rows + extra, 6)
            from costs in Gen.Choose(-20, 50).Select(c => (long)c).ArrayOf(rows * cols)
            select (rows, cols, costs));

    private static Gen<FlowCase> FlowNetworkGen() =>
        from n in Gen.Choose(1, 5)
        from m in Gen.Choose(0, 8)
        from arcs in ArcGen(n).ArrayOf(m)
        from supplies in Gen.Frequency((3, Gen.Constant(0)), (2, Gen.Choose(-2, 2))).ArrayOf(n)
        from balance in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        select BuildNetwork(n, arcs, supplies, balance);

    private static Gen<(int From, int To, int Lower, int Capacity, int Cost)> ArcGen(int n) =>
        from tail in Gen.Choose(0, n - 1)
        from head in Gen.Choose(0, n - 1)
        from lower in Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Constant(1)))
        from span in Gen.Frequency((1, Gen.Choose(0, 1)), (3, Gen.Choose(2, 3)))
        from cost in Gen.Choose(-5, 10)
        select (tail, head, lower, lower + span, cost);

    private static Gen<(int From, int To, int Lower, int Capacity, int Cost)> MediumArcGen(int n) =>
        from tail in Gen.Choose(0, n - 1)
        from head in Gen.Choose(0, n - 1)
        from lower in Gen.Frequency((6, Gen.Constant(0)), (1, Gen.Choose(1, 2)))
        from span in Gen.Choose(0, 10)
        from cost in Gen.Choose(-20, 100)
        select (tail, head, lower, lower + span, cost);

    private static IEnumerable<(int From, int To, int Lower, int Capacity, int Cost)> HubArcs(int n)
    {
        for (int v = 1; v < n; v++)
        {
            yield return (v, 0, 0, 60, 150);
            yield return (0, v, 0, 60, 150);
        }
    }

    private static FlowCase BuildNetwork(int n, (int From, int To, int Lower, int Capacity, int Cost)[] arcs, int[] supplies, bool balance)
    {
        var builder = new FlowNetworkBuilder(n, arcs.Length);
        builder.AddNodes(n);
        long sum = 0;
        for (int v = 0; v < n; v++)
        {
            long s = v == n - 1 && balance ? -sum : supplies[v];
            builder.SetSupply(v, s);
            sum += s;
        }

        foreach (var arc in arcs)
        {
            builder.AddArc(arc.From, arc.To, arc.Lower, arc.Capacity, arc.Cost);
        }

        return new FlowCase(builder.Build());
    }

    private static Gen<AssignmentCase> AssignmentGen() =>
        from mentees in Gen.Choose(0, BruteForce.MaxMentees)
        from mentors in Gen.Choose(1, 3)
        from pairs in PairGen(mentees, mentors).ArrayOf(mentees * 2)
        from penalties in Gen.Frequency((3, Gen.Choose(0, 40)), (1, Gen.Constant(-1))).ArrayOf(mentees)
        from loads in MentorGen().ArrayOf(mentors)
        from defaultPenalty in Gen.Choose(0, 40)
        select BuildAssignment(mentees, mentors, pairs, penalties, loads, defaultPenalty);

    private static Gen<(int Mentee, int Mentor, int Cost, bool Locked, bool Keep)> PairGen(int mentees, int mentors) =>
        from mentee in Gen.Choose(0, Math.Max(mentees - 1, 0))
        from mentor in Gen.Choose(0, mentors - 1)
        from cost in Gen.Choose(-5, 30)
        from locked in Gen.Frequency((12, Gen.Constant(false)), (1, Gen.Constant(true)))
        from keep in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        select (mentee, mentor, cost, locked, keep);

    private static Gen<(int Min, int Max, long[]? LoadCosts)> MentorGen() =>
        from min in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Constant(1)), (1, Gen.Constant(2)))
        from extra in Gen.Choose(0, 3)
        from convex in Gen.Frequency((2, Gen.Constant(false)), (1, Gen.Constant(true)))
        from steps in Gen.Choose(0, 6).ArrayOf(3)
        select (min, min + extra, convex ? Cumulative(steps) : null);

    private static long[] Cumulative(int[] steps)
    {
        var costs = new long[steps.Length];
        long total = 0;
        for (int k = 0; k < steps.Length; k++)
        {
            total += steps[k];
            costs[k] = total;
        }

        return costs;
    }

    private static AssignmentCase BuildAssignment(
        int mentees,
        int mentors,
        (int Mentee, int Mentor, int Cost, bool Locked, bool Keep)[] pairs,
        int[] penalties,
        (int Min, int Max, long[]? LoadCosts)[] loads,
        int defaultPenalty)
    {
        var builder = new AssignmentProblemBuilder(mentees, mentors, defaultPenalty);
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"new({mentees}, {mentors}, {defaultPenalty})"));
        if (mentees > 0)
        {
            foreach (var p in pairs)
            {
                if (p.Keep)
                {
                    builder.AddPair(p.Mentee, p.Mentor, p.Cost, p.Locked);
                    text.Append(CultureInfo.InvariantCulture, $".AddPair({p.Mentee}, {p.Mentor}, {p.Cost}{(p.Locked ? ", locked" : string.Empty)})");
                }
            }
        }

        for (int i = 0; i < mentees; i++)
        {
            long penalty = penalties[i] < 0 ? AssignmentProblem.MustMatch : penalties[i];
            builder.SetUnmatchedPenalty(i, penalty);
            text.Append(CultureInfo.InvariantCulture, $".SetUnmatchedPenalty({i}, {(penalty == AssignmentProblem.MustMatch ? "MustMatch" : penalty)})");
        }

        for (int j = 0; j < mentors; j++)
        {
            var (min, max, loadCosts) = loads[j];
            builder.SetMentor(j, min, max, loadCosts);
            text.Append(CultureInfo.InvariantCulture, $".SetMentor({j}, {min}, {max}{(loadCosts is null ? string.Empty : ", [" + string.Join(", ", loadCosts) + "]")})");
        }

        return new AssignmentCase(builder.Build(), text.ToString());
    }
}
