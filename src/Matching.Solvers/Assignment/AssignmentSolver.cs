// Copyright (c) Matching contributors. Licensed under the MIT License.

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
    public static FlowNetwork BuildNetwork(AssignmentProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        int n = problem.MenteeCount;
        int m = problem.MentorCount;
        var builder = new FlowNetworkBuilder(n + m + 1, problem.PairCount + n + m);
        builder.AddNodes(n + m + 1);
        int sink = n + m;
        for (int i = 0; i < n; i++)
        {
            builder.SetSupply(i, 1);
        }

        builder.SetSupply(sink, -n);
        ReadOnlySpan<int> pairMentor = problem.PairMentor;
        ReadOnlySpan<long> pairCost = problem.PairCost;
        ReadOnlySpan<bool> pairLocked = problem.PairLocked;
        for (int i = 0; i < n; i++)
        {
            var (start, end) = (problem.PairsOf(i).Start.Value, problem.PairsOf(i).End.Value);
            for (int p = start; p < end; p++)
            {
                builder.AddArc(i, n + pairMentor[p], pairLocked[p] ? 1 : 0, 1, pairCost[p]);
            }
        }

        for (int i = 0; i < n; i++)
        {
            long penalty = problem.GetUnmatchedPenalty(i);
            if (penalty != AssignmentProblem.MustMatch)
            {
                builder.AddArc(i, sink, 0, 1, penalty);
            }
        }

        for (int j = 0; j < m; j++)
        {
            int min = problem.MinLoad[j];
            int max = problem.MaxLoad[j];
            if (problem.HasLoadCosts)
            {
                for (int k = 0; k < max; k++)
                {
                    builder.AddArc(n + j, sink, k < min ? 1 : 0, 1, problem.GetLoadCost(j, k));
                }
            }
            else if (max > 0)
            {
                builder.AddArc(n + j, sink, min, max, 0);
            }
        }

        return builder.Build();
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
    /// Re-solves <paramref name="problem"/> from an earlier optimum of a problem with the same mentees, mentors and
    /// rules but fewer pairs (<see cref="FlowRepair"/>): the earlier assignment and potentials are the start, and only
    /// the pairs that could improve it are repaired. Checks the certificate like <see cref="Solve"/>.
    /// </summary>
    /// <param name="problem">The assignment problem with the added pairs.</param>
    /// <param name="previous">An optimal result of the problem before the pairs were added.</param>
    /// <param name="workLimit">The most nodes the repair's searches may settle before it gives up.</param>
    /// <param name="cancellationToken">Cancels a long repair.</param>
    /// <returns>The optimal, certified assignment, or null when the repair gave up or found no feasible repair (solve from scratch then).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public AssignmentResult? Resolve(AssignmentProblem problem, AssignmentResult previous, long workLimit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(previous);
        int n = problem.MenteeCount;
        int m = problem.MentorCount;
        if (!previous.Success || previous.MentorOf.Length != n || previous.Potentials.Length != n + m + 1)
        {
            return null;
        }

        FlowNetwork network = BuildNetwork(problem);
        long[]? start = StartingFlow(problem, previous.MentorOf, network.ArcCount);
        if (start is null)
        {
            return null;
        }

        FlowResult? flow = FlowRepair.Resolve(network, start, previous.Potentials, workLimit, cancellationToken);
        if (flow is not { Success: true })
        {
            return null;
        }

        // A repair that fails its certificate is not reported; the caller solves from scratch.
        AssignmentResult result = Assemble(problem, network, flow);
        return result.Certificate is { IsOptimal: true } ? result : null;
    }

    /// <summary>The flow of an assignment in the network of <paramref name="problem"/> (arc order of <see cref="BuildNetwork"/>), or null when a pair of it is not in the network.</summary>
    private static long[]? StartingFlow(AssignmentProblem problem, ReadOnlySpan<int> mentorOf, int arcCount)
    {
        int n = problem.MenteeCount;
        int m = problem.MentorCount;
        var flow = new long[arcCount];
        var load = new int[m];
        ReadOnlySpan<int> pairMentor = problem.PairMentor;
        for (int i = 0; i < n; i++)
        {
            int j = mentorOf[i];
            if (j < 0)
            {
                continue;
            }

            var range = problem.PairsOf(i);
            int p = range.Start.Value;
            while (p < range.End.Value && pairMentor[p] != j)
            {
                p++;
            }

            if (p == range.End.Value)
            {
                return null;
            }

            flow[p] = 1;
            load[j]++;
        }

        int arc = problem.PairCount;
        for (int i = 0; i < n; i++)
        {
            if (problem.GetUnmatchedPenalty(i) != AssignmentProblem.MustMatch)
            {
                flow[arc++] = mentorOf[i] < 0 ? 1 : 0;
            }
            else if (mentorOf[i] < 0)
            {
                return null;
            }
        }

        for (int j = 0; j < m; j++)
        {
            int max = problem.MaxLoad[j];
            if (problem.HasLoadCosts)
            {
                // Slot costs never decrease, so an optimum fills a mentor's slots in order.
                for (int k = 0; k < max; k++)
                {
                    flow[arc++] = k < load[j] ? 1 : 0;
                }
            }
            else if (max > 0)
            {
                flow[arc++] = load[j];
            }
        }

        return flow;
    }

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

        return new AssignmentResult(FlowStatus.Optimal, mentorOf, flow.Cost, certificate, null, flow.Potentials.ToArray());
    }

    /// <summary>Names a rule that cannot be met, found by counting, before any flow is solved.</summary>
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
