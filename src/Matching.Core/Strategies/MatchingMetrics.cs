// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Problem;
using Matching.Core.Rules;

namespace Matching.Core.Strategies;

/// <summary>What an analyst compares between matchings: coverage, quality, fairness, stability and load balance.</summary>
/// <remarks>
/// <para>Definitions (scores on the 0–100 scale; shares in [0, 1]):</para>
/// <list type="bullet">
/// <item><see cref="MatchedShare"/>: matched mentees ÷ all mentees.</item>
/// <item><see cref="MedianScore"/>: of the matched pairs' scores; the mean of the two middle ones for an even count.</item>
/// <item><see cref="Top1Share"/>, <see cref="Top3Share"/>: mentees (of all mentees) whose mentor is within the first 1 or 3 of
/// their allowed mentors ranked by score, where a mentor's rank is 1 + the number of allowed mentors scoring strictly
/// higher (so equally scored mentors share a rank).</item>
/// <item><see cref="BlockingPairs"/>: allowed pairs (mentee i, mentor j), j not i's mentor, where i is unmatched or scores j
/// strictly higher than its mentor, and j has a free place or scores i strictly higher than its worst current mentee.
/// Mentor preferences are the same pair scores, so a stable matching from score-induced rankings has none.</item>
/// <item><see cref="MentorLoadGini"/>: Gini coefficient of the loads of mentors with capacity &gt; 0 (0 = equal loads;
/// 0 when nobody is matched).</item>
/// <item><see cref="Groups"/>: per mentee department, ordered by name.</item>
/// </list>
/// <para>O(n·m) time. Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class MatchingMetrics
{
    private const string NoGroup = "(none)";

    private MatchingMetrics()
    {
    }

    /// <summary>Gets the strategy the matching came from.</summary>
    public required string Strategy { get; init; }

    /// <summary>Gets the number of mentees.</summary>
    public required int Mentees { get; init; }

    /// <summary>Gets the number of matched mentees.</summary>
    public required int Matched { get; init; }

    /// <summary>Gets matched ÷ mentees (0 without mentees).</summary>
    public double MatchedShare => Mentees == 0 ? 0 : Matched / (double)Mentees;

    /// <summary>Gets the sum of the matched pairs' scores.</summary>
    public required double TotalScore { get; init; }

    /// <summary>Gets the mean matched score, or null when nobody is matched.</summary>
    public double? MeanScore => Matched == 0 ? null : TotalScore / Matched;

    /// <summary>Gets the median matched score, or null when nobody is matched.</summary>
    public required double? MedianScore { get; init; }

    /// <summary>Gets the lowest matched score, or null when nobody is matched.</summary>
    public required double? MinimumScore { get; init; }

    /// <summary>Gets the share of mentees matched to one of their top-1 mentors by score.</summary>
    public required double Top1Share { get; init; }

    /// <summary>Gets the share of mentees matched to one of their top-3 mentors by score.</summary>
    public required double Top3Share { get; init; }

    /// <summary>Gets the number of blocking pairs (see remarks).</summary>
    public required long BlockingPairs { get; init; }

    /// <summary>Gets the Gini coefficient of mentor loads.</summary>
    public required double MentorLoadGini { get; init; }

    /// <summary>Gets the match rate and mean score per mentee department.</summary>
    public required IReadOnlyList<GroupMetrics> Groups { get; init; }

    /// <summary>Gets the time the strategy took.</summary>
    public required TimeSpan Runtime { get; init; }

    /// <summary>Gets the matched pairs' scores, ascending (for distributions).</summary>
    public required IReadOnlyList<double> MatchedScores { get; init; }

    /// <summary>Gets each mentor position's number of mentees.</summary>
    public required IReadOnlyList<int> MentorLoads { get; init; }

    /// <summary>Computes the metrics of <paramref name="result"/> on <paramref name="problem"/>.</summary>
    /// <param name="problem">The scored program.</param>
    /// <param name="result">A matching of it.</param>
    /// <returns>The metrics.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The matching does not fit the problem (wrong size, unknown mentor, blocked pair, over capacity).</exception>
    public static MatchingMetrics Compute(MatchingProblem problem, StrategyResult result)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return Compute(ProgramRules.Create(problem), result);
    }

    /// <summary>Computes the metrics of <paramref name="result"/> under a program's rules (its allowed pairs and capacities).</summary>
    /// <param name="rules">The program's rules.</param>
    /// <param name="result">A matching of it.</param>
    /// <returns>The metrics.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The matching does not fit the rules (wrong size, unknown mentor, pair not allowed, over capacity).</exception>
    public static MatchingMetrics Compute(ProgramRules rules, StrategyResult result)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(result);
        MatchingProblem problem = rules.Problem;
        var input = rules;
        int n = input.MenteeCount;
        int m = input.MentorCount;
        var points = new int[n * m];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < m; j++)
            {
                points[(i * m) + j] = input.Points(i, j);
            }
        }

        var groups = new string[n];
        for (int i = 0; i < n; i++)
        {
            string? department = problem.Participants[problem.Mentees[i]].Department;
            groups[i] = string.IsNullOrWhiteSpace(department) ? NoGroup : department.Trim();
        }

        return Compute(result.Strategy, points, m, (int[])input.Capacities.Clone(), [.. result.MentorOf], groups, result.Runtime);
    }

    /// <summary>Computes the metrics from a flat points table (row-major, n×m, −1 = not allowed).</summary>
    internal static MatchingMetrics Compute(string strategy, int[] points, int m, int[] capacity, int[] mentorOf, string[] groups, TimeSpan runtime)
    {
        int n = mentorOf.Length;
        var load = new int[m];
        var worst = new int[m];
        Array.Fill(worst, int.MaxValue);
        var matchedPoints = new List<int>();
        long total = 0;
        int top1 = 0;
        int top3 = 0;
        for (int i = 0; i < n; i++)
        {
            int j = mentorOf[i];
            if (j < 0)
            {
                continue;
            }

            if (j >= m || points[(i * m) + j] < 0)
            {
                throw new ArgumentException($"Mentee {i} is matched to mentor {j}, which is not an allowed pair.", nameof(mentorOf));
            }

            int p = points[(i * m) + j];
            load[j]++;
            worst[j] = Math.Min(worst[j], p);
            matchedPoints.Add(p);
            total += p;
            int better = 0;
            for (int k = 0; k < m; k++)
            {
                if (points[(i * m) + k] > p)
                {
                    better++;
                }
            }

            top1 += better < 1 ? 1 : 0;
            top3 += better < 3 ? 1 : 0;
        }

        for (int j = 0; j < m; j++)
        {
            if (load[j] > capacity[j])
            {
                throw new ArgumentException($"Mentor {j} has {load[j]} mentees but a capacity of {capacity[j]}.", nameof(mentorOf));
            }
        }

        long blocking = 0;
        for (int i = 0; i < n; i++)
        {
            int current = mentorOf[i] < 0 ? -1 : points[(i * m) + mentorOf[i]];
            for (int j = 0; j < m; j++)
            {
                int p = points[(i * m) + j];
                if (p > current && (load[j] < capacity[j] || p > worst[j]))
                {
                    blocking++;
                }
            }
        }

        matchedPoints.Sort();
        int matched = matchedPoints.Count;
        return new MatchingMetrics
        {
            Strategy = strategy,
            Mentees = n,
            Matched = matched,
            TotalScore = total / (double)ScoreTable.PointsPerScore,
            MedianScore = matched == 0 ? null : (matchedPoints[(matched - 1) / 2] + matchedPoints[matched / 2]) / (2.0 * ScoreTable.PointsPerScore),
            MinimumScore = matched == 0 ? null : matchedPoints[0] / (double)ScoreTable.PointsPerScore,
            Top1Share = n == 0 ? 0 : top1 / (double)n,
            Top3Share = n == 0 ? 0 : top3 / (double)n,
            BlockingPairs = blocking,
            MentorLoadGini = Gini(load, capacity),
            Groups = GroupBreakdown(points, m, mentorOf, groups),
            Runtime = runtime,
            MatchedScores = [.. matchedPoints.Select(p => p / (double)ScoreTable.PointsPerScore)],
            MentorLoads = [.. load],
        };
    }

    /// <summary>Gini = Σᵢ Σⱼ |xᵢ − xⱼ| ÷ (2 k² mean), computed from the sorted loads as (2 Σ r·x₍ᵣ₎) ÷ (k Σ x) − (k + 1) ÷ k.</summary>
    private static double Gini(int[] load, int[] capacity)
    {
        var loads = new List<long>();
        for (int j = 0; j < load.Length; j++)
        {
            if (capacity[j] > 0)
            {
                loads.Add(load[j]);
            }
        }

        loads.Sort();
        long sum = loads.Sum();
        if (sum == 0)
        {
            return 0;
        }

        int k = loads.Count;
        double weighted = 0;
        for (int r = 0; r < k; r++)
        {
            weighted += (r + 1) * (double)loads[r];
        }

        return (2 * weighted / (k * (double)sum)) - ((k + 1) / (double)k);
    }

    private static List<GroupMetrics> GroupBreakdown(int[] points, int m, int[] mentorOf, string[] groups)
    {
        var byGroup = new SortedDictionary<string, (int Mentees, int Matched, long Points)>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < mentorOf.Length; i++)
        {
            var entry = byGroup.GetValueOrDefault(groups[i]);
            entry.Mentees++;
            if (mentorOf[i] >= 0)
            {
                entry.Matched++;
                entry.Points += points[(i * m) + mentorOf[i]];
            }

            byGroup[groups[i]] = entry;
        }

        return [.. byGroup.Select(g => new GroupMetrics(
            g.Key,
            g.Value.Mentees,
            g.Value.Matched,
            g.Value.Mentees == 0 ? 0 : g.Value.Matched / (double)g.Value.Mentees,
            g.Value.Matched == 0 ? null : g.Value.Points / (double)g.Value.Matched / ScoreTable.PointsPerScore))];
    }
}
