// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Problem;
using Matching.Core.Rules;
using Matching.Solvers.Flow;
using Matching.Solvers.Stable;

namespace Matching.Core.Strategies;

/// <summary>
/// <c>stable</c> (mentees propose) and <c>stable-mentors</c> (mentors propose): the many-to-one stable matching of
/// Gale–Shapley deferred acceptance, from each side's own preferences (<see cref="SidePreferences"/>) or from stated rankings.
/// </summary>
/// <remarks>
/// <para>
/// Kept pairs are placed first and take their mentor's places; the other mentees are matched stably on the places
/// left. Side preferences: a mentee ranks its allowed mentors by what it asked for (its wanted skills and goals
/// covered, its own ranking of mentors, format, frequency, hours; <see cref="MatchingDefaults.MenteeSideWeights"/>),
/// a mentor ranks its allowed mentees by what it offers and stated (its offered skills the mentee wants, the level
/// gap, hours, format, frequency; <see cref="MatchingDefaults.MentorSideWeights"/>) plus the mentee's unmatched
/// priority; ties by pair value, then position. Pairs that are not allowed (hard rules, excluded pairs, mentors with
/// capacity 0) are never ranked, and with a finite unmatched penalty neither is a pair worse than leaving the mentee
/// unmatched. Stated rankings (positions, most preferred first) replace one or both sides; pairs that are not allowed
/// are dropped. A matching that misses a minimum load is repaired by changing as few of its pairs as possible (and may
/// then no longer be stable). A convex load penalty has no place in ordinal rankings and is not used.
/// </para>
/// <para>
/// When the two sides' rankings both coincide with the pair-score order (<see cref="SidePreferences.CoincidesWithPairScores"/>),
/// the stable matching is the greedy one. Without kept pairs and minimum loads the result is stable: no allowed
/// mentee–mentor pair would both rather be together. With side preferences this means zero blocking pairs as counted by
/// <see cref="MatchingMetrics"/>. O(n·m) scorer calls and O(n·m log m) to build the rankings, then O(n·m). Instances
/// are immutable and thread-safe.
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
    /// <param name="menteeRankings">Per mentee position, mentor positions most preferred first; null for the mentees' side preferences.</param>
    /// <param name="mentorRankings">Per mentor position, mentee positions most preferred first; null for the mentors' side preferences.</param>
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

    /// <summary>Gets the program's rules and objective settings. Default <see cref="MatchingOptions.Default"/>.</summary>
    public MatchingOptions Options { get; init; } = MatchingOptions.Default;

    /// <summary>Gets how mentees weigh the criteria when they rank mentors; null for <see cref="MatchingDefaults.MenteeSideWeights"/>.</summary>
    public SideWeights? MenteeWeights { get; init; }

    /// <summary>Gets how mentors weigh the criteria when they rank mentees; null for <see cref="MatchingDefaults.MentorSideWeights"/>.</summary>
    public SideWeights? MentorWeights { get; init; }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">Stated rankings do not have one list per mentee or mentor.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A stated ranking names a position out of range.</exception>
    /// <exception cref="InvalidOperationException">No matching satisfies every rule.</exception>
    public StrategyResult Solve(MatchingProblem problem, CancellationToken cancellationToken = default)
    {
        ProgramRules rules = StrategyClock.DenseRules(problem, Options);
        if (_menteeRankings is not null && _menteeRankings.Count != rules.MenteeCount)
        {
            throw new ArgumentException($"Expected {rules.MenteeCount} mentee rankings, got {_menteeRankings.Count}.", nameof(problem));
        }

        if (_mentorRankings is not null && _mentorRankings.Count != rules.MentorCount)
        {
            throw new ArgumentException($"Expected {rules.MentorCount} mentor rankings, got {_mentorRankings.Count}.", nameof(problem));
        }

        return StrategyClock.Run(Name, _time, () =>
        {
            SidePreferences? sides = _menteeRankings is null || _mentorRankings is null
                ? SidePreferences.Create(rules, MenteeWeights, MentorWeights, cancellationToken)
                : null;
            int[][] menteePrefs = _menteeRankings is null ? sides!.MenteeRankings() : Stated(rules, _menteeRankings, byMentee: true);
            int[][] mentorPrefs = _mentorRankings is null ? sides!.MentorRankings() : Stated(rules, _mentorRankings, byMentee: false);
            int[] mentorOf = rules.StartWithLockedPairs(out int[] spare);

            // The free mentees, renumbered 0..f−1 for the stable-matching instance.
            int[] free = [.. Enumerable.Range(0, rules.MenteeCount).Where(i => mentorOf[i] < 0)];
            var local = new int[rules.MenteeCount];
            Array.Fill(local, -1);
            for (int k = 0; k < free.Length; k++)
            {
                local[free[k]] = k;
            }

            int[][] residents = [.. free.Select(i => menteePrefs[i])];
            int[][] hospitals = [.. mentorPrefs.Select(list => list.Where(i => local[i] >= 0).Select(i => local[i]).ToArray())];
            int[] matched = _side == ProposingSide.Mentees
                ? GaleShapley.ResidentsPropose(residents, hospitals, spare, cancellationToken)
                : GaleShapley.HospitalsPropose(residents, hospitals, spare, cancellationToken);
            for (int k = 0; k < free.Length; k++)
            {
                mentorOf[free[k]] = matched[k];
            }

            return rules.Repair(mentorOf, Options.FlowSolver ?? new NetworkSimplexSolver(), cancellationToken);
        });
    }

    /// <summary>
    /// Ranks the allowed partners of every mentee (by pair value) or mentor (by pair value plus unmatched priority),
    /// highest first, ties by position.
    /// </summary>
    internal static int[][] ScoreRankings(ProgramRules rules, bool byMentee)
    {
        int owners = byMentee ? rules.MenteeCount : rules.MentorCount;
        int others = byMentee ? rules.MentorCount : rules.MenteeCount;
        var lists = new int[owners][];
        var keys = new long[others];
        for (int a = 0; a < owners; a++)
        {
            int count = 0;
            for (int b = 0; b < others; b++)
            {
                int i = byMentee ? a : b;
                int j = byMentee ? b : a;
                int points = rules.Points(i, j);
                if (points >= 0 && rules.IsWorthIt(rules.Gain(i, j, points, 0)))
                {
                    long value = byMentee ? rules.Value(i, j, points) : rules.Gain(i, j, points, 0);
                    keys[count++] = ((long)(int.MaxValue / 2 - value) << 32) | (uint)b;
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

    private static int[][] Stated(ProgramRules rules, IReadOnlyList<IReadOnlyList<int>> rankings, bool byMentee)
    {
        int others = byMentee ? rules.MentorCount : rules.MenteeCount;
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

                if ((byMentee ? rules.Points(a, b) : rules.Points(b, a)) >= 0)
                {
                    list.Add(b);
                }
            }

            lists[a] = [.. list];
        }

        return lists;
    }
}
