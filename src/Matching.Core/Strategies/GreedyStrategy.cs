// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Problem;

namespace Matching.Core.Strategies;

/// <summary>
/// <c>greedy</c>: repeatedly takes the best remaining allowed pair whose mentee is free and whose mentor has a free
/// place; ties go to the lower mentee position, then the lower mentor position.
/// </summary>
/// <remarks>
/// What a spreadsheet user does by hand. The result is maximal (no free mentee and free mentor can still be paired)
/// but can be far from optimal in total and coverage. O(n·m + 100,001) with a counting sort on the integer points.
/// Instances are immutable and thread-safe.
/// </remarks>
public sealed class GreedyStrategy : IMatchingStrategy
{
    private readonly TimeProvider _time;

    /// <summary>Initializes the strategy.</summary>
    /// <param name="timeProvider">Clock for <see cref="StrategyResult.Runtime"/>; null for the system clock.</param>
    public GreedyStrategy(TimeProvider? timeProvider = null)
    {
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc/>
    public string Name => "greedy";

    /// <inheritdoc/>
    public StrategyResult Solve(MatchingProblem problem, CancellationToken cancellationToken = default)
    {
        var input = StrategyInput.From(problem);
        return StrategyClock.Run(Name, _time, () => Run(input, cancellationToken));
    }

    private static int[] Run(StrategyInput input, CancellationToken cancellationToken)
    {
        int n = input.Mentees;
        int m = input.Mentors;

        // Counting sort of the allowed pairs by points, descending; within equal points row-major order is kept,
        // which is the (mentee, mentor) tie-break.
        var count = new int[ScoreTable.MaxPoints + 2];
        int pairs = 0;
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < m; j++)
            {
                int points = input.Points(i, j);
                if (points >= 0)
                {
                    count[ScoreTable.MaxPoints - points + 1]++;
                    pairs++;
                }
            }
        }

        for (int k = 1; k < count.Length; k++)
        {
            count[k] += count[k - 1];
        }

        var order = new long[pairs];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < m; j++)
            {
                int points = input.Points(i, j);
                if (points >= 0)
                {
                    order[count[ScoreTable.MaxPoints - points]++] = ((long)i * m) + j;
                }
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        var mentorOf = new int[n];
        Array.Fill(mentorOf, -1);
        var spare = (int[])input.Capacity.Clone();
        foreach (long code in order)
        {
            int i = (int)(code / m);
            int j = (int)(code % m);
            if (mentorOf[i] < 0 && spare[j] > 0)
            {
                mentorOf[i] = j;
                spare[j]--;
            }
        }

        return mentorOf;
    }
}
