// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Problem;

namespace Matching.Core.Strategies;

/// <summary>
/// <c>random</c>: a feasible random matching, the baseline every other strategy should beat. Mentees are taken in a
/// random order; each takes a mentor chosen uniformly among the allowed mentors that still have a free place.
/// </summary>
/// <remarks>The same seed gives the same matching. O(n·m). Instances are immutable and thread-safe.</remarks>
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

    /// <inheritdoc/>
    public StrategyResult Solve(MatchingProblem problem, CancellationToken cancellationToken = default)
    {
        var input = StrategyInput.From(problem);
        return StrategyClock.Run(Name, _time, () => Run(input, _seed));
    }

    private static int[] Run(StrategyInput input, int seed)
    {
        var random = new Random(seed);
        int n = input.Mentees;
        int m = input.Mentors;
        var order = new int[n];
        for (int i = 0; i < n; i++)
        {
            order[i] = i;
        }

        random.Shuffle(order);
        var mentorOf = new int[n];
        Array.Fill(mentorOf, -1);
        var spare = (int[])input.Capacity.Clone();
        var candidates = new int[m];
        foreach (int i in order)
        {
            int count = 0;
            for (int j = 0; j < m; j++)
            {
                if (spare[j] > 0 && input.Points(i, j) >= 0)
                {
                    candidates[count++] = j;
                }
            }

            if (count > 0)
            {
                int j = candidates[random.Next(count)];
                mentorOf[i] = j;
                spare[j]--;
            }
        }

        return mentorOf;
    }
}
