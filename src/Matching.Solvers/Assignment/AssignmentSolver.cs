// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Buffers;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Matching.Solvers.Flow;

namespace Matching.Solvers.Assignment;

/// <summary>
/// Solves an <see cref="AssignmentProblem"/> exactly as a min-cost flow and verifies the answer with
/// <see cref="FlowCertificate"/>.
/// </summary>
/// <remarks>
/// <para>
/// The network: mentee nodes with supply 1, mentor nodes, and a sink with demand equal to the mentee count.
/// Each candidate pair is an arc mentee→mentor (capacity 1, lower bound 1 when locked); each mentee that may stay
/// unmatched has an arc mentee→sink costing its penalty; each mentor reaches the sink through one arc per slot
/// (capacity 1, cost = that slot's load cost) or, without load costs, one arc with bounds [min load, capacity].
/// Because slot costs never decrease, an optimal flow uses a mentor's slots in order, so convex load is exact.
/// </para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class AssignmentSolver
{
    private readonly IMinCostFlowSolver _flowSolver;

    /// <summary>Initializes a solver that uses <paramref name="flowSolver"/> for the flow problem.</summary>
    /// <param name="flowSolver">The min-cost-flow engine.</param>
    /// <exception cref="ArgumentNullException"><paramref name="flowSolver"/> is null.</exception>
    public AssignmentSolver(IMinCostFlowSolver flowSolver)
    {
        ArgumentNullException.ThrowIfNull(flowSolver);
        _flowSolver = flowSolver;
    }

    /// <summary>Builds the flow network of <paramref name="problem"/>.</summary>
    /// <param name="problem">The assignment problem.</param>
    /// <returns>The network; arc <c>p</c> is candidate pair <c>p</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="problem"/> is null.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static FlowNetwork BuildNetwork(AssignmentProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        int n = problem.MenteeCount;
        int m = problem.MentorCount;
        int sink = n + m;
        int arcs = problem.PairCount;
        for (int i = 0; i < n; i++)
        {
            arcs += problem.GetUnmatchedPenalty(i) != AssignmentProblem.MustMatch ? 1 : 0;
        }

        for (int j = 0; j < m; j++)
        {
            arcs += problem.HasLoadCosts ? problem.MaxLoad[j] : Math.Min(problem.MaxLoad[j], 1);
        }

        // The arrays are filled directly (a network of millions of pairs is rebuilt in every pricing round): the
        // problem's builder already checked every mentor position, bound and load, so no arc needs the builder's checks.
        var supply = new long[sink + 1];
        supply.AsSpan(0, n).Fill(1);
        supply[sink] = -n;
        var source = GC.AllocateUninitializedArray<int>(arcs);
        var target = GC.AllocateUninitializedArray<int>(arcs);
        var lower = GC.AllocateUninitializedArray<long>(arcs);
        var capacity = GC.AllocateUninitializedArray<long>(arcs);
        var cost = GC.AllocateUninitializedArray<long>(arcs);
        ReadOnlySpan<int> pairMentor = problem.PairMentor;
        ReadOnlySpan<long> pairCost = problem.PairCost;
        ReadOnlySpan<bool> pairLocked = problem.PairLocked;
        int a = 0;
        for (int i = 0; i < n; i++)
        {
            var (start, end) = (problem.PairsOf(i).Start.Value, problem.PairsOf(i).End.Value);
            for (int p = start; p < end; p++, a++)
            {
                source[a] = i;
                target[a] = n + pairMentor[p];
                lower[a] = pairLocked[p] ? 1 : 0;
                capacity[a] = 1;
                cost[a] = pairCost[p];
            }
        }

        for (int i = 0; i < n; i++)
        {
            long penalty = problem.GetUnmatchedPenalty(i);
            if (penalty != AssignmentProblem.MustMatch)
            {
                (source[a], target[a], lower[a], capacity[a], cost[a]) = (i, sink, 0, 1, penalty);
                a++;
            }
        }

        for (int j = 0; j < m; j++)
        {
            int min = problem.MinLoad[j];
            int max = problem.MaxLoad[j];
            if (problem.HasLoadCosts)
            {
                for (int k = 0; k < max; k++, a++)
                {
                    (source[a], target[a], lower[a], capacity[a], cost[a]) = (n + j, sink, k < min ? 1 : 0, 1, problem.GetLoadCost(j, k));
                }
            }
            else if (max > 0)
            {
                (source[a], target[a], lower[a], capacity[a], cost[a]) = (n + j, sink, min, max, 0);
                a++;
            }
        }

        Debug.Assert(a == arcs, "every arc counted above was written");
        return new FlowNetwork(supply, source, target, lower, capacity, cost);
    }

    /// <summary>Solves <paramref name="problem"/> to optimality and checks the certificate.</summary>
    /// <param name="problem">The assignment problem.</param>
    /// <param name="cancellationToken">Cancels a long solve.</param>
    /// <returns>The optimal assignment, or the constraint that cannot be met.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="problem"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public AssignmentResult Solve(AssignmentProblem problem, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        string? conflict = FindObviousConflict(problem);
        if (conflict is not null)
        {
            return new AssignmentResult(FlowStatus.Infeasible, [], 0, null, conflict);
        }

        FlowNetwork network = BuildNetwork(problem);
        FlowResult flow = _flowSolver.Solve(network, cancellationToken);
        if (!flow.Success)
        {
            return new AssignmentResult(flow.Status, [], 0, null, "the rules cannot all be met together: " + flow.Message);
        }

        return Assemble(problem, network, flow);
    }

    /// <summary>
    /// Solves <paramref name="problem"/>, which has the mentees, mentors, rules and pairs of
    /// <paramref name="previous"/>'s problem and more pairs (candidate pricing adds pairs), starting from that optimum.
    /// With the network simplex its optimal spanning tree is kept and only the new pairs are pivoted in; with another
    /// flow solver the earlier assignment is repaired by successive shortest paths from it (<see cref="FlowRepair"/>).
    /// Checks the certificate like <see cref="Solve(AssignmentProblem, CancellationToken)"/>.
    /// </summary>
    /// <param name="problem">The assignment problem with the added pairs.</param>
    /// <param name="previous">An optimal result of the earlier problem; when it is not one (other sides, a pair missing or changed), the problem is solved from scratch.</param>
    /// <param name="cancellationToken">Cancels a long solve.</param>
    /// <returns>The optimal assignment, or the constraint that cannot be met.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public AssignmentResult Solve(AssignmentProblem problem, AssignmentResult previous, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(previous);
        if (previous is not { Problem: { } earlier, Flow: { } start }
            || FindObviousConflict(problem) is not null
            || ArcsOfEarlier(earlier, problem, start.Flow.Length) is not { } startArcs)
        {
            return Solve(problem, cancellationToken);
        }

        // The earlier network is copied into arrays from the shared pools, then its own arrays go back to them, so
        // pricing rounds reuse memory the process already touched rather than fault in fresh pages.
        FlowNetwork? earlierNetwork = previous.TakeNetwork();
        FlowNetwork network = (earlierNetwork is not null ? Extend(earlierNetwork, earlier.PairCount, startArcs, problem) : null) ?? BuildNetwork(problem);
        earlierNetwork?.ReturnToPool();
        if (_flowSolver is NetworkSimplexSolver simplex)
        {
            FlowResult flow = simplex.Solve(network, start, startArcs, cancellationToken);
            return flow.Success
                ? Assemble(problem, network, flow)
                : new AssignmentResult(flow.Status, [], 0, null, "the rules cannot all be met together: " + flow.Message);
        }

        // The earlier flow on its arcs' new places, the new pairs at their lower bound (a locked one carries its unit:
        // the repair balances the nodes); a repair that fails its certificate is not reported (the network is solved
        // from scratch then).
        var startFlow = network.Lower.ToArray();
        for (int a = 0; a < startArcs.Length; a++)
        {
            startFlow[startArcs[a]] = start.Flow[a];
        }

        FlowResult? repaired = FlowRepair.Resolve(network, startFlow, start.Potentials, long.MaxValue, cancellationToken);
        AssignmentResult? result = repaired is { Success: true } ? Assemble(problem, network, repaired) : null;
        return result is { Certificate.IsOptimal: true } ? result : Solve(problem, cancellationToken);
    }

    /// <summary>
    /// Where each arc of <paramref name="earlier"/>'s network is in <paramref name="problem"/>'s, or null when the
    /// problems differ in more than added pairs (other sides, a pair missing, changed or repeated).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[]? ArcsOfEarlier(AssignmentProblem earlier, AssignmentProblem problem, int earlierArcs)
    {
        int n = problem.MenteeCount;
        int m = problem.MentorCount;
        if (earlier.MenteeCount != n || earlier.MentorCount != m || earlier.HasLoadCosts != problem.HasLoadCosts)
        {
            return null;
        }

        for (int i = 0; i < n; i++)
        {
            if (earlier.GetUnmatchedPenalty(i) != problem.GetUnmatchedPenalty(i))
            {
                return null;
            }
        }

        for (int j = 0; j < m; j++)
        {
            if (earlier.MinLoad[j] != problem.MinLoad[j] || earlier.MaxLoad[j] != problem.MaxLoad[j])
            {
                return null;
            }

            for (int k = 0; problem.HasLoadCosts && k < problem.MaxLoad[j]; k++)
            {
                if (earlier.GetLoadCost(j, k) != problem.GetLoadCost(j, k))
                {
                    return null;
                }
            }
        }

        var map = new int[earlierArcs];
        int[]? pairOfMentor = null;
        ReadOnlySpan<int> oldMentor = earlier.PairMentor;
        ReadOnlySpan<int> newMentor = problem.PairMentor;
        for (int i = 0; i < n; i++)
        {
            var (oldStart, oldEnd) = (earlier.PairsOf(i).Start.Value, earlier.PairsOf(i).End.Value);
            var (newStart, newEnd) = (problem.PairsOf(i).Start.Value, problem.PairsOf(i).End.Value);
            if (oldEnd - oldStart > newEnd - newStart)
            {
                return null;
            }

            // Pricing appends a mentee's new pairs after its old ones; otherwise find each old pair by its mentor.
            bool prefix = true;
            for (int p = oldStart, q = newStart; prefix && p < oldEnd; p++, q++)
            {
                prefix = oldMentor[p] == newMentor[q];
            }

            if (prefix)
            {
                for (int p = oldStart; p < oldEnd; p++)
                {
                    map[p] = newStart + (p - oldStart);
                }
            }
            else
            {
                if (pairOfMentor is null)
                {
                    pairOfMentor = new int[m];
                    Array.Fill(pairOfMentor, -1);
                }

                bool repeated = false;
                for (int q = newStart; q < newEnd; q++)
                {
                    repeated |= pairOfMentor[newMentor[q]] >= 0;
                    pairOfMentor[newMentor[q]] = q;
                }

                for (int p = oldStart; p < oldEnd; p++)
                {
                    map[p] = pairOfMentor[oldMentor[p]];
                }

                for (int q = newStart; q < newEnd; q++)
                {
                    pairOfMentor[newMentor[q]] = -1;
                }

                if (repeated)
                {
                    return null;
                }
            }

            for (int p = oldStart; p < oldEnd; p++)
            {
                int q = map[p];
                if (q < 0 || earlier.PairCost[p] != problem.PairCost[q] || earlier.PairLocked[p] != problem.PairLocked[q])
                {
                    return null;
                }
            }
        }

        // The unmatched and mentor arcs follow the pairs in the same order (the sides are equal).
        int shift = problem.PairCount - earlier.PairCount;
        for (int a = earlier.PairCount; a < earlierArcs; a++)
        {
            map[a] = a + shift;
        }

        return map;
    }

    /// <summary>
    /// Builds <paramref name="problem"/>'s network from the earlier one (of a problem with <paramref name="earlierPairs"/> pairs), whose arc <c>a</c> is arc
    /// <c>startArcs[a]</c> here (<see cref="ArcsOfEarlier"/> checked they are the same arcs): runs of earlier arcs that
    /// stay together are copied whole, and only the arcs between them, the new pairs, are written one by one. Null when
    /// the earlier arcs are not in rising order (then <see cref="BuildNetwork"/> builds it).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static FlowNetwork? Extend(FlowNetwork earlier, int earlierPairs, ReadOnlySpan<int> startArcs, AssignmentProblem problem)
    {
        int n = problem.MenteeCount;
        int arcs = problem.PairCount + (earlier.ArcCount - earlierPairs);
        if (startArcs.Length != earlier.ArcCount)
        {
            return null;
        }

        // Every entry below `arcs` is written, and the network reads no further.
        var source = ArrayPool<int>.Shared.Rent(arcs);
        var target = ArrayPool<int>.Shared.Rent(arcs);
        var lower = ArrayPool<long>.Shared.Rent(arcs);
        var capacity = ArrayPool<long>.Shared.Rent(arcs);
        var cost = ArrayPool<long>.Shared.Rent(arcs);
        var network = new FlowNetwork(earlier.Supply.ToArray(), source, target, lower, capacity, cost, arcs, pooled: true);
        ReadOnlySpan<int> pairMentor = problem.PairMentor;
        ReadOnlySpan<long> pairCost = problem.PairCost;
        ReadOnlySpan<bool> pairLocked = problem.PairLocked;
        int mentee = 0;
        int next = 0;
        for (int a = 0; a <= startArcs.Length; a++)
        {
            int b = a < startArcs.Length ? startArcs[a] : arcs;
            if (b < next || b > arcs)
            {
                network.ReturnToPool();
                return null;
            }

            // The new pairs before this earlier arc.
            for (; next < b; next++)
            {
                if (next >= problem.PairCount)
                {
                    network.ReturnToPool();
                    return null;
                }

                while (problem.PairsOf(mentee).End.Value <= next)
                {
                    mentee++;
                }

                source[next] = mentee;
                target[next] = n + pairMentor[next];
                lower[next] = pairLocked[next] ? 1 : 0;
                capacity[next] = 1;
                cost[next] = pairCost[next];
            }

            if (a == startArcs.Length)
            {
                break;
            }

            int run = 1;
            while (a + run < startArcs.Length && startArcs[a + run] == b + run)
            {
                run++;
            }

            earlier.Source.Slice(a, run).CopyTo(source.AsSpan(b));
            earlier.Target.Slice(a, run).CopyTo(target.AsSpan(b));
            earlier.Lower.Slice(a, run).CopyTo(lower.AsSpan(b));
            earlier.Capacity.Slice(a, run).CopyTo(capacity.AsSpan(b));
            earlier.Cost.Slice(a, run).CopyTo(cost.AsSpan(b));
            next = b + run;
            a += run - 1;
        }

        return network;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static AssignmentResult Assemble(AssignmentProblem problem, FlowNetwork network, FlowResult flow)
    {
        CertificateReport certificate = FlowCertificate.Check(network, flow);
        var mentorOf = new int[problem.MenteeCount];
        Array.Fill(mentorOf, -1);
        ReadOnlySpan<long> arcFlow = flow.Flow;
        ReadOnlySpan<int> pairMentor = problem.PairMentor;
        for (int i = 0; i < problem.MenteeCount; i++)
        {
            var range = problem.PairsOf(i);
            for (int p = range.Start.Value; p < range.End.Value; p++)
            {
                if (arcFlow[p] > 0)
                {
                    mentorOf[i] = pairMentor[p];
                }
            }
        }

        return new AssignmentResult(FlowStatus.Optimal, mentorOf, flow.Cost, certificate, null, flow.Potentials.ToArray(), problem, flow, network);
    }

    /// <summary>Names a rule that cannot be met, found by counting, before any flow is solved.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string? FindObviousConflict(AssignmentProblem problem)
    {
        var lockedPerMentor = new int[problem.MentorCount];
        ReadOnlySpan<bool> locked = problem.PairLocked;
        ReadOnlySpan<int> pairMentor = problem.PairMentor;
        long totalMin = 0;
        for (int i = 0; i < problem.MenteeCount; i++)
        {
            var range = problem.PairsOf(i);
            int lockedCount = 0;
            for (int p = range.Start.Value; p < range.End.Value; p++)
            {
                if (locked[p])
                {
                    lockedCount++;
                    lockedPerMentor[pairMentor[p]]++;
                }
            }

            if (lockedCount > 1)
            {
                return $"mentee #{i} is locked to {lockedCount} mentors but can take only one";
            }

            if (range.End.Value == range.Start.Value && problem.GetUnmatchedPenalty(i) == AssignmentProblem.MustMatch)
            {
                return $"mentee #{i} must be matched but has no allowed mentor";
            }
        }

        for (int j = 0; j < problem.MentorCount; j++)
        {
            if (lockedPerMentor[j] > problem.MaxLoad[j])
            {
                return $"mentor #{j} has {lockedPerMentor[j]} locked mentees but a capacity of {problem.MaxLoad[j]}";
            }

            totalMin += problem.MinLoad[j];
        }

        if (totalMin > problem.MenteeCount)
        {
            return $"the mentors' minimum loads add up to {totalMin}, more than the {problem.MenteeCount} mentees";
        }

        return null;
    }
}
