// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Problem;
using Matching.Core.Rules;
using Matching.Solvers.Flow;

namespace Matching.Core.Strategies;

/// <summary>
/// <c>greedy</c>: after placing the kept pairs, repeatedly takes the allowed pair that gains the objective most at the
/// moment (value + the mentee's unmatched priority − the mentor's current load × load penalty) whose mentee is free
/// and whose mentor has a free place; ties go to the lower mentee position, then the lower mentor position.
/// </summary>
/// <remarks>
/// What a spreadsheet user does by hand. The result obeys every rule of <see cref="ProgramRules"/> (a matching that
/// misses a minimum load is repaired by changing as few of its pairs as possible) but can be far from optimal in total
/// and coverage. With a finite unmatched penalty a pair is taken only when it beats leaving the mentee unmatched.
/// O(n·m) with a bucket queue on the integer gains. Instances are immutable and thread-safe.
/// </remarks>
public sealed class GreedyStrategy : IMatchingStrategy
{
    private const int LowestGain = -2 * ScoreTable.MaxPoints;
    private const int Buckets = (5 * ScoreTable.MaxPoints) + 1;

    private readonly TimeProvider _time;

    /// <summary>Initializes the strategy.</summary>
    /// <param name="timeProvider">Clock for <see cref="StrategyResult.Runtime"/>; null for the system clock.</param>
    public GreedyStrategy(TimeProvider? timeProvider = null)
    {
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc/>
    public string Name => "greedy";

    /// <summary>Gets the program's rules and objective settings. Default <see cref="MatchingOptions.Default"/>.</summary>
    public MatchingOptions Options { get; init; } = MatchingOptions.Default;

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">No matching satisfies every rule.</exception>
    public StrategyResult Solve(MatchingProblem problem, CancellationToken cancellationToken = default)
    {
        ProgramRules rules = StrategyClock.DenseRules(problem, Options);
        return StrategyClock.Run(Name, _time, () => Run(rules, cancellationToken));
    }

    private int[] Run(ProgramRules rules, CancellationToken cancellationToken)
    {
        int n = rules.MenteeCount;
        int m = rules.MentorCount;
        int[] mentorOf = rules.StartWithLockedPairs(out int[] spare);

        // Bucket queue of the free mentees' allowed pairs by gain, highest first. Pairs are pushed in reverse
        // row-major order, so each bucket pops them row-major: the (mentee, mentor) tie-break.
        var head = new int[Buckets];
        Array.Fill(head, -1);
        var next = new List<int>();
        var code = new List<int>();
        for (int i = n - 1; i >= 0; i--)
        {
            if (mentorOf[i] >= 0)
            {
                continue;
            }

            for (int j = m - 1; j >= 0; j--)
            {
                int points = rules.Points(i, j);
                if (points >= 0)
                {
                    int b = Bucket(rules.Gain(i, j, points, 0));
                    code.Add((i * m) + j);
                    next.Add(head[b]);
                    head[b] = code.Count - 1;
                }
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        var load = new int[m];
        foreach (var (_, j) in rules.LockedPairs)
        {
            load[j]++;
        }

        for (int b = Buckets - 1; b >= 0; b--)
        {
            while (head[b] >= 0)
            {
                int p = head[b];
                head[b] = next[p];
                int i = code[p] / m;
                int j = code[p] % m;
                if (mentorOf[i] >= 0 || spare[j] == 0)
                {
                    continue;
                }

                long gain = rules.Gain(i, j, rules.Points(i, j), load[j]);
                int now = Bucket(gain);
                if (now < b)
                {
                    // The mentor took someone since this pair was queued: it gains less now (gains only fall).
                    next[p] = head[now];
                    head[now] = p;
                    continue;
                }

                if (rules.IsWorthIt(gain))
                {
                    mentorOf[i] = j;
                    spare[j]--;
                    load[j]++;
                }
            }
        }

        return rules.Repair(mentorOf, Options.FlowSolver ?? new NetworkSimplexSolver(), cancellationToken);
    }

    private static int Bucket(long gain) => (int)Math.Clamp(gain - LowestGain, 0, Buckets - 1);
}
