// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Problem;
using Matching.Core.Rules;
using Matching.Solvers.Flow;

namespace Matching.Core.Strategies;

/// <summary>
/// <c>random</c>: a feasible random matching, the baseline every other strategy should beat. After the kept pairs are
/// placed, mentees are taken in a random order (those with a higher unmatched priority first); each takes a mentor
/// chosen uniformly among the allowed mentors that still have a free place.
/// </summary>
/// <remarks>
/// The result obeys every rule of <see cref="ProgramRules"/> (a matching that misses a minimum load is repaired by
/// changing as few of its pairs as possible). With a finite unmatched penalty only pairs that beat leaving the mentee
/// unmatched are drawn. The same seed gives the same matching. O(n·m). Instances are immutable and thread-safe.
/// </remarks>
public sealed class RandomStrategy : IMatchingStrategy
{
    private readonly int _seed;
    private readonly TimeProvider _time;

    /// <summary>Initializes the strategy.</summary>
    /// <param name="seed">Random seed.</param>
    /// <param name="timeProvider">Clock for <see cref="StrategyResult.Runtime"/>; null for the system clock.</param>
    public RandomStrategy(int seed, TimeProvider? timeProvider = null)
    {
        _seed = seed;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc/>
    public string Name => "random";

    /// <summary>Gets the program's rules and objective settings. Default <see cref="MatchingOptions.Default"/>.</summary>
    public MatchingOptions Options { get; init; } = MatchingOptions.Default;

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">No matching satisfies every rule.</exception>
    public StrategyResult Solve(MatchingProblem problem, CancellationToken cancellationToken = default)
    {
        ProgramRules rules = StrategyClock.DenseRules(problem, Options);
        return StrategyClock.Run(Name, _time, () => Run(rules, _seed, cancellationToken));
    }

    private int[] Run(ProgramRules rules, int seed, CancellationToken cancellationToken)
    {
        var random = new Random(seed);
        int n = rules.MenteeCount;
        int m = rules.MentorCount;
        var order = new int[n];
        for (int i = 0; i < n; i++)
        {
            order[i] = i;
        }

        random.Shuffle(order);
        var priorities = new long[n];
        for (int k = 0; k < n; k++)
        {
            priorities[k] = -rules.Priority(order[k]);
        }

        // Stable: equal priorities keep their random order.
        order = [.. order.Zip(priorities).OrderBy(x => x.Second).Select(x => x.First)];
        int[] mentorOf = rules.StartWithLockedPairs(out int[] spare);
        var load = new int[m];
        foreach (var (_, j) in rules.LockedPairs)
        {
            load[j]++;
        }

        var candidates = new int[m];
        foreach (int i in order)
        {
            if (mentorOf[i] >= 0)
            {
                continue;
            }

            int count = 0;
            for (int j = 0; j < m; j++)
            {
                int points;
                if (spare[j] > 0 && (points = rules.Points(i, j)) >= 0 && rules.IsWorthIt(rules.Gain(i, j, points, load[j])))
                {
                    candidates[count++] = j;
                }
            }

            if (count > 0)
            {
                int j = candidates[random.Next(count)];
                mentorOf[i] = j;
                spare[j]--;
                load[j]++;
            }
        }

        return rules.Repair(mentorOf, Options.FlowSolver ?? new NetworkSimplexSolver(), cancellationToken);
    }
}
