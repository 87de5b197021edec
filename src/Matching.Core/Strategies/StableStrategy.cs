// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Problem;
using Matching.Solvers.Stable;

namespace Matching.Core.Strategies;

/// <summary>
/// <c>stable</c> (mentees propose) and <c>stable-mentors</c> (mentors propose): the many-to-one stable matching of
/// Gale–Shapley deferred acceptance, from rankings induced by the scores or from stated rankings.
/// </summary>
/// <remarks>
/// <para>
/// Score-induced rankings: a mentee ranks its allowed mentors by pair score, highest first, ties by mentor position;
/// a mentor ranks its allowed mentees the same way, ties by mentee position. Blocked pairs and mentors with capacity 0
/// are never ranked. Stated rankings (positions, most preferred first) replace one or both sides; blocked pairs in
/// them are dropped.
/// </para>
/// <para>
/// The result is stable: no allowed mentee–mentor pair would both rather be together. With score-induced rankings
/// this means zero blocking pairs as counted by <see cref="MatchingMetrics"/>. O(n·m log m) to build the rankings,
/// then O(n·m). Instances are immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class StableStrategy : IMatchingStrategy
{
    private readonly ProposingSide _side;
    private readonly IReadOnlyList<IReadOnlyList<int>>? _menteeRankings;
    private readonly IReadOnlyList<IReadOnlyList<int>>? _mentorRankings;
    private readonly TimeProvider _time;

    /// <summary>Initializes the strategy.</summary>
    /// <param name="side">Which side proposes.</param>
    /// <param name="menteeRankings">Per mentee position, mentor positions most preferred first; null to rank by score.</param>
    /// <param name="mentorRankings">Per mentor position, mentee positions most preferred first; null to rank by score.</param>
    /// <param name="timeProvider">Clock for <see cref="StrategyResult.Runtime"/>; null for the system clock.</param>
    public StableStrategy(
        ProposingSide side = ProposingSide.Mentees,
        IReadOnlyList<IReadOnlyList<int>>? menteeRankings = null,
        IReadOnlyList<IReadOnlyList<int>>? mentorRankings = null,
        TimeProvider? timeProvider = null)
    {
        _side = side;
        _menteeRankings = menteeRankings;
        _mentorRankings = mentorRankings;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc/>
    public string Name => _side == ProposingSide.Mentees ? "stable" : "stable-mentors";

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">Stated rankings do not have one list per mentee or mentor.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A stated ranking names a position out of range.</exception>
    public StrategyResult Solve(MatchingProblem problem, CancellationToken cancellationToken = default)
    {
        var input = StrategyInput.From(problem);
        if (_menteeRankings is not null && _menteeRankings.Count != input.Mentees)
        {
            throw new ArgumentException($"Expected {input.Mentees} mentee rankings, got {_menteeRankings.Count}.", nameof(problem));
        }

        if (_mentorRankings is not null && _mentorRankings.Count != input.Mentors)
        {
            throw new ArgumentException($"Expected {input.Mentors} mentor rankings, got {_mentorRankings.Count}.", nameof(problem));
        }

        return StrategyClock.Run(Name, _time, () =>
        {
            int[][] menteePrefs = _menteeRankings is null ? ScoreRankings(input, byMentee: true) : Stated(input, _menteeRankings, byMentee: true);
            int[][] mentorPrefs = _mentorRankings is null ? ScoreRankings(input, byMentee: false) : Stated(input, _mentorRankings, byMentee: false);
            return _side == ProposingSide.Mentees
                ? GaleShapley.ResidentsPropose(menteePrefs, mentorPrefs, input.Capacity, cancellationToken)
                : GaleShapley.HospitalsPropose(menteePrefs, mentorPrefs, input.Capacity, cancellationToken);
        });
    }

    /// <summary>Ranks the allowed partners of every mentee (or mentor) by points, highest first, ties by position.</summary>
    internal static int[][] ScoreRankings(StrategyInput input, bool byMentee)
    {
        int owners = byMentee ? input.Mentees : input.Mentors;
        int others = byMentee ? input.Mentors : input.Mentees;
        var lists = new int[owners][];
        var keys = new long[others];
        for (int a = 0; a < owners; a++)
        {
            int count = 0;
            for (int b = 0; b < others; b++)
            {
                int points = byMentee ? input.Points(a, b) : input.Points(b, a);
                if (points >= 0)
                {
                    keys[count++] = ((long)(ScoreTable.MaxPoints - points) << 32) | (uint)b;
                }
            }

            Array.Sort(keys, 0, count);
            var list = new int[count];
            for (int k = 0; k < count; k++)
            {
                list[k] = (int)(keys[k] & uint.MaxValue);
            }

            lists[a] = list;
        }

        return lists;
    }

    private static int[][] Stated(StrategyInput input, IReadOnlyList<IReadOnlyList<int>> rankings, bool byMentee)
    {
        int others = byMentee ? input.Mentors : input.Mentees;
        var lists = new int[rankings.Count][];
        for (int a = 0; a < rankings.Count; a++)
        {
            var list = new List<int>();
            foreach (int b in rankings[a] ?? throw new ArgumentException($"Ranking {a} is null.", nameof(rankings)))
            {
                if ((uint)b >= (uint)others)
                {
                    throw new ArgumentOutOfRangeException(nameof(rankings), b, $"Ranking {a} names position {b}, outside [0, {others}).");
                }

                if ((byMentee ? input.Points(a, b) : input.Points(b, a)) >= 0)
                {
                    list.Add(b);
                }
            }

            lists[a] = [.. list];
        }

        return lists;
    }
}
