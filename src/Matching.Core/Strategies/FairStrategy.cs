// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Problem;
using Matching.Core.Rules;
using Matching.Solvers.Flow;

namespace Matching.Core.Strategies;

/// <summary>
/// <c>fair</c>: lexicographic max–min. Among the matchings that match as many mentees as possible (K), first make the
/// worst matched pair (by value: points plus adjustment; kept pairs aside) as good as possible, then maximize the total value, under every rule of the program (<see cref="ProgramRules"/>).
/// </summary>
/// <remarks>
/// <para>
/// Steps: (1) K and a first matching come from the coverage-then-score flow model; its minimum score is a lower bound
/// t₀ for the answer. (2) Binary search over the distinct pair scores ≥ t₀ for the largest threshold t* such that the
/// pairs scoring ≥ t* still match K mentees; each test is one flow solve (pair cost 0, unmatched cost 1). Feasibility
/// is monotone in the threshold, so the search is exact. (3) The coverage-then-score model on the pairs ≥ t* gives
/// the answer.
/// </para>
/// <para>
/// Guarantee: the result matches K mentees; every matching of K mentees has a minimum score ≤ t*, and every matching
/// of K mentees whose pairs all score ≥ t* has a total ≤ the result's. Matchings of fewer than K mentees are not
/// compared (their minimum can be higher).
/// </para>
/// <para>About log₂(distinct scores) + 2 flow solves. Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class FairStrategy : IMatchingStrategy
{
    private readonly IMinCostFlowSolver? _flowSolver;
    private readonly TimeProvider _time;

    /// <summary>Initializes the strategy.</summary>
    /// <param name="flowSolver">Min-cost-flow engine; null for the default exact solver.</param>
    /// <param name="timeProvider">Clock for <see cref="StrategyResult.Runtime"/>; null for the system clock.</param>
    public FairStrategy(IMinCostFlowSolver? flowSolver = null, TimeProvider? timeProvider = null)
    {
        _flowSolver = flowSolver;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc/>
    public string Name => "fair";

    /// <summary>Gets the program's rules (its unmatched penalty is ignored: coverage comes first). Default <see cref="MatchingOptions.Default"/>.</summary>
    public MatchingOptions Options { get; init; } = MatchingOptions.Default;

    /// <summary>Gets how many candidates per mentee large flow models start from (tests lower it to force pricing).</summary>
    internal int CandidatesPerMentee { get; init; } = MatchingDefaults.PricingCandidatesPerMentee;

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">No matching satisfies every rule.</exception>
    public StrategyResult Solve(MatchingProblem problem, CancellationToken cancellationToken = default)
    {
        ProgramRules rules = StrategyClock.DenseRules(problem, Options with { PricingCandidatesPerMentee = CandidatesPerMentee });
        IMinCostFlowSolver solver = _flowSolver ?? Options.FlowSolver ?? new NetworkSimplexSolver();
        return StrategyClock.Run(Name, _time, () => Run(rules, solver, cancellationToken));
    }

    private static int[] Run(ProgramRules rules, IMinCostFlowSolver solver, CancellationToken cancellationToken)
    {
        int[] first = FlowAssignments.CoverageThenScore(rules, int.MinValue, solver, cancellationToken);
        int target = 0;
        int lowerBound = int.MaxValue;
        for (int i = 0; i < first.Length; i++)
        {
            if (first[i] >= 0)
            {
                target++;
                if (rules.LockedMentorOf(i) < 0)
                {
                    lowerBound = Math.Min(lowerBound, rules.Value(i, first[i], rules.Points(i, first[i])));
                }
            }
        }

        if (lowerBound == int.MaxValue)
        {
            return first;
        }

        int[] thresholds = DistinctValuesAtLeast(rules, lowerBound);

        // thresholds[0] == lowerBound is feasible (the first matching uses only pairs ≥ it); find the last feasible one.
        int lo = 0;
        int hi = thresholds.Length - 1;
        while (lo < hi)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int mid = lo + ((hi - lo + 1) / 2);
            if (FlowAssignments.MaxMatchedCount(rules, thresholds[mid], solver, cancellationToken) == target)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo == 0 ? first : FlowAssignments.CoverageThenScore(rules, thresholds[lo], solver, cancellationToken);
    }

    private static int[] DistinctValuesAtLeast(ProgramRules rules, int lowerBound)
    {
        var seen = new HashSet<int>();
        for (int i = 0; i < rules.MenteeCount; i++)
        {
            if (rules.LockedMentorOf(i) >= 0)
            {
                continue;
            }

            for (int j = 0; j < rules.MentorCount; j++)
            {
                int points = rules.Points(i, j);
                if (points >= 0 && rules.Value(i, j, points) >= lowerBound)
                {
                    seen.Add(rules.Value(i, j, points));
                }
            }
        }

        int[] sorted = [.. seen];
        Array.Sort(sorted);
        return sorted;
    }
}
