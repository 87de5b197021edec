// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using Matching.Core.Domain;
using Matching.Core.Problem;
using Matching.Core.Rules;

namespace Matching.Core.Strategies;

/// <summary>What an analyst compares between matchings: coverage, quality, each side's ranks, stability, envy and load spread.</summary>
/// <remarks>
/// <para>
/// Definitions (scores on the 0–100 scale; shares in [0, 1]). "Prefers" is each side's own preference
/// (<see cref="SidePreferences"/>): mentees by what they asked for, mentors by what they offer and stated.
/// </para>
/// <list type="bullet">
/// <item><see cref="MatchedShare"/>: matched mentees ÷ all mentees.</item>
/// <item><see cref="MedianScore"/>, <see cref="LowerQuartileScore"/>, <see cref="UpperQuartileScore"/>: quantiles of the matched pairs' scores (MathNet, R-8).</item>
/// <item>A mentee's rank of its mentor: 1 + the number of its allowed mentors it strictly prefers (equally liked mentors
/// share a rank). <see cref="Top1Share"/>, <see cref="Top3Share"/>: mentees (of all mentees) whose mentor has rank ≤ 1 or ≤ 3.
/// A mentor's rank of a mentee likewise; <see cref="MeanMentorRank"/> averages, over mentors with mentees, the mean rank of their mentees.</item>
/// <item><see cref="BlockingPairs"/>: allowed pairs (mentee i, mentor j), j not i's mentor, where i is unmatched or prefers j
/// to its mentor, and j has a free place or prefers i to its least preferred mentee. A stable matching from the side
/// preferences has none.</item>
/// <item><see cref="EnviousMentees"/>: mentees who prefer another mentee's mentor to their own (an unmatched mentee:
/// any other mentee's mentor it could be paired with); <see cref="EnvyPairs"/> counts (mentee, other mentee) such pairs.</item>
/// <item><see cref="MentorLoadGini"/>: Gini coefficient of load ÷ capacity over mentors with capacity &gt; 0 (0 = every
/// mentor uses the same share of its places); <see cref="UtilisationCv"/> its coefficient of variation;
/// <see cref="CapacityUsedShare"/>: all loads ÷ all capacity; <see cref="IdleMentors"/>: mentors with places but no mentee.</item>
/// <item><see cref="Groups"/>: per mentee department, career level, time-zone region and affinity opt-in, groups smaller
/// than <see cref="MatchingDefaults.MinimumReportedGroupSize"/> pooled (and the pool left out when still smaller).</item>
/// </list>
/// <para>O(n·m) time plus O(n) per matched mentee for the mentor ranks. Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class MatchingMetrics
{
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

    /// <summary>Gets the first quartile of the matched scores, or null when nobody is matched.</summary>
    public required double? LowerQuartileScore { get; init; }

    /// <summary>Gets the third quartile of the matched scores, or null when nobody is matched.</summary>
    public required double? UpperQuartileScore { get; init; }

    /// <summary>Gets the lowest matched score, or null when nobody is matched.</summary>
    public required double? MinimumScore { get; init; }

    /// <summary>Gets the share of mentees matched to a mentor they rank first.</summary>
    public required double Top1Share { get; init; }

    /// <summary>Gets the share of mentees matched to a mentor they rank among their first three.</summary>
    public required double Top3Share { get; init; }

    /// <summary>Gets each matched mentee's rank of its mentor in its own list (1 = first choice), ascending.</summary>
    public required IReadOnlyList<double> MenteeRanks { get; init; }

    /// <summary>Gets the mean of <see cref="MenteeRanks"/>, or null when nobody is matched.</summary>
    public double? MeanMenteeRank => ComparisonStatistics.Mean([.. MenteeRanks]);

    /// <summary>Gets the median of <see cref="MenteeRanks"/>, or null when nobody is matched.</summary>
    public double? MedianMenteeRank => ComparisonStatistics.Quantile(MenteeRanks, 0.5);

    /// <summary>Gets the 90th percentile of <see cref="MenteeRanks"/>, or null when nobody is matched.</summary>
    public double? MenteeRankP90 => ComparisonStatistics.Quantile(MenteeRanks, 0.9);

    /// <summary>Gets, for each mentor with mentees, the mean rank of its mentees in its own list, ascending.</summary>
    public required IReadOnlyList<double> MentorMeanRanks { get; init; }

    /// <summary>Gets the mean of <see cref="MentorMeanRanks"/>, or null when no mentor has a mentee.</summary>
    public double? MeanMentorRank => ComparisonStatistics.Mean([.. MentorMeanRanks]);

    /// <summary>Gets the number of blocking pairs (see remarks).</summary>
    public required long BlockingPairs { get; init; }

    /// <summary>Gets the number of mentees who prefer another mentee's mentor to their own.</summary>
    public required int EnviousMentees { get; init; }

    /// <summary>Gets envious mentees ÷ mentees (0 without mentees).</summary>
    public double EnvyShare => Mentees == 0 ? 0 : EnviousMentees / (double)Mentees;

    /// <summary>Gets the number of (mentee, other mentee) pairs where the first prefers the other's mentor.</summary>
    public required long EnvyPairs { get; init; }

    /// <summary>Gets the Gini coefficient of load ÷ capacity over mentors with capacity &gt; 0.</summary>
    public required double MentorLoadGini { get; init; }

    /// <summary>Gets the coefficient of variation of load ÷ capacity over mentors with capacity &gt; 0.</summary>
    public required double UtilisationCv { get; init; }

    /// <summary>Gets all loads ÷ all capacity (0 without capacity).</summary>
    public required double CapacityUsedShare { get; init; }

    /// <summary>Gets the number of mentors with capacity &gt; 0 and no mentee.</summary>
    public required int IdleMentors { get; init; }

    /// <summary>Gets the per-group rows (see remarks), by dimension, then group name.</summary>
    public required IReadOnlyList<GroupMetrics> Groups { get; init; }

    /// <summary>Gets the time the strategy took.</summary>
    public required TimeSpan Runtime { get; init; }

    /// <summary>Gets the matched pairs' scores, ascending (for distributions).</summary>
    public required IReadOnlyList<double> MatchedScores { get; init; }

    /// <summary>Gets each mentor position's number of mentees.</summary>
    public required IReadOnlyList<int> MentorLoads { get; init; }

    /// <summary>Computes the metrics of <paramref name="result"/> on <paramref name="problem"/> with the default rules and side preferences.</summary>
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

    /// <summary>Computes the metrics of <paramref name="result"/> under a program's rules, with the default side preferences.</summary>
    /// <param name="rules">The program's rules.</param>
    /// <param name="result">A matching of it.</param>
    /// <returns>The metrics.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The matching does not fit the rules (wrong size, unknown mentor, pair not allowed, over capacity).</exception>
    public static MatchingMetrics Compute(ProgramRules rules, StrategyResult result)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return Compute(SidePreferences.Create(rules), result);
    }

    /// <summary>Computes the metrics of <paramref name="result"/> against both sides' preferences (build them once for many matchings).</summary>
    /// <param name="preferences">The sides' preferences, over the program's rules.</param>
    /// <param name="result">A matching of it.</param>
    /// <returns>The metrics.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The matching does not fit the rules (wrong size, unknown mentor, pair not allowed, over capacity).</exception>
    public static MatchingMetrics Compute(SidePreferences preferences, StrategyResult result)
    {
        ArgumentNullException.ThrowIfNull(preferences);
        ArgumentNullException.ThrowIfNull(result);
        ProgramRules rules = preferences.Rules;
        MatchingProblem problem = rules.Problem;
        int n = rules.MenteeCount;
        int m = rules.MentorCount;
        if (result.MentorOf.Length != n)
        {
            throw new ArgumentException($"The matching has {result.MentorOf.Length} mentees, the program {n}.", nameof(result));
        }

        var points = new int[n * m];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < m; j++)
            {
                points[(i * m) + j] = rules.Points(i, j);
            }
        }

        Participant[] mentees = [.. problem.Mentees.Select(p => problem.Participants[p])];
        var input = new Input(points, m, (int[])rules.Capacities.Clone(), preferences.Ranks, preferences.MenteeKey, preferences.MentorKey);
        return Compute(result.Strategy, input, [.. result.MentorOf], Dimensions(mentees), MatchingDefaults.MinimumReportedGroupSize, result.Runtime);
    }

    /// <summary>
    /// Computes the metrics from a flat points table (row-major, n×m, −1 = not allowed) where both sides prefer higher
    /// points, with one group dimension (department) and no group size limit.
    /// </summary>
    internal static MatchingMetrics Compute(string strategy, int[] points, int m, int[] capacity, int[] mentorOf, string[] groups, TimeSpan runtime)
    {
        var input = new Input(points, m, capacity, (i, j) => points[(i * m) + j] >= 0, (i, j) => points[(i * m) + j], (i, j) => points[(i * m) + j]);
        return Compute(strategy, input, mentorOf, [(GroupDimension.Department, groups)], 1, runtime);
    }

    /// <summary>The group dimensions the data has: department always, the others when at least one mentee answered.</summary>
    internal static List<(GroupDimension Dimension, string[] Values)> Dimensions(IReadOnlyList<Participant> mentees)
    {
        static string Or(string? value) => string.IsNullOrWhiteSpace(value) ? GroupMetrics.NoneGroup : value.Trim();
        var dimensions = new List<(GroupDimension, string[])>
        {
            (GroupDimension.Department, [.. mentees.Select(p => Or(p.Department))]),
        };
        if (mentees.Any(p => p.CareerLevel is not null))
        {
            dimensions.Add((GroupDimension.CareerLevel, [.. mentees.Select(p => Or(p.CareerLevel?.ToString(CultureInfo.InvariantCulture)))]));
        }

        if (mentees.Any(p => p.TimeZone is not null))
        {
            dimensions.Add((GroupDimension.TimeZoneRegion, [.. mentees.Select(p => Or(p.TimeZone is { } zone && zone.Contains('/', StringComparison.Ordinal) ? zone[..zone.IndexOf('/', StringComparison.Ordinal)] : p.TimeZone))]));
        }

        if (mentees.Any(p => p.WantsAffinity))
        {
            dimensions.Add((GroupDimension.AffinityOptIn, [.. mentees.Select(p => p.WantsAffinity ? "yes" : "no")]));
        }

        return dimensions;
    }

    private static MatchingMetrics Compute(string strategy, Input input, int[] mentorOf, List<(GroupDimension Dimension, string[] Values)> dimensions, int minimumGroupSize, TimeSpan runtime)
    {
        int n = mentorOf.Length;
        int m = input.M;
        int[] points = input.Points;
        int[] capacity = input.Capacity;
        var load = new int[m];
        var matchedPoints = new List<double>();
        long total = 0;
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

            load[j]++;
            matchedPoints.Add(points[(i * m) + j] / (double)ScoreTable.PointsPerScore);
            total += points[(i * m) + j];
        }

        for (int j = 0; j < m; j++)
        {
            if (load[j] > capacity[j])
            {
                throw new ArgumentException($"Mentor {j} has {load[j]} mentees but a capacity of {capacity[j]}.", nameof(mentorOf));
            }
        }

        // Each mentor's least preferred current mentee, by its own key.
        var worst = new long[m];
        Array.Fill(worst, long.MaxValue);
        for (int i = 0; i < n; i++)
        {
            if (mentorOf[i] >= 0)
            {
                worst[mentorOf[i]] = Math.Min(worst[mentorOf[i]], input.MentorKey(i, mentorOf[i]));
            }
        }

        var menteeRank = new double[n];
        var envious = new bool[n];
        long blocking = 0;
        long envyPairs = 0;
        for (int i = 0; i < n; i++)
        {
            int mine = mentorOf[i];
            long current = mine < 0 ? long.MinValue : input.MenteeKey(i, mine);
            int better = 0;
            for (int j = 0; j < m; j++)
            {
                if (j == mine || !input.Ranks(i, j))
                {
                    continue;
                }

                long key = input.MenteeKey(i, j);
                if (key <= current)
                {
                    continue;
                }

                better++;
                if (load[j] < capacity[j] || input.MentorKey(i, j) > worst[j])
                {
                    blocking++;
                }

                if (load[j] > 0)
                {
                    envious[i] = true;
                    envyPairs += load[j];
                }
            }

            menteeRank[i] = mine < 0 ? 0 : better + 1;
        }

        double[] menteeRanks = [.. Enumerable.Range(0, n).Where(i => mentorOf[i] >= 0).Select(i => menteeRank[i]).Order()];
        var mentorRankSum = new double[m];
        for (int i = 0; i < n; i++)
        {
            int j = mentorOf[i];
            if (j < 0)
            {
                continue;
            }

            long key = input.MentorKey(i, j);
            int ahead = 0;
            for (int other = 0; other < n; other++)
            {
                if (other != i && input.Ranks(other, j) && input.MentorKey(other, j) > key)
                {
                    ahead++;
                }
            }

            mentorRankSum[j] += ahead + 1;
        }

        double[] mentorMeanRanks = [.. Enumerable.Range(0, m).Where(j => load[j] > 0).Select(j => mentorRankSum[j] / load[j]).Order()];
        double[] utilisation = [.. Enumerable.Range(0, m).Where(j => capacity[j] > 0).Select(j => load[j] / (double)capacity[j])];
        long capacityTotal = capacity.Where(c => c > 0).Sum(c => (long)c);
        matchedPoints.Sort();
        double[] scores = [.. matchedPoints];
        int top1 = menteeRanks.Count(r => r <= 1);
        int top3 = menteeRanks.Count(r => r <= 3);
        return new MatchingMetrics
        {
            Strategy = strategy,
            Mentees = n,
            Matched = scores.Length,
            TotalScore = total / (double)ScoreTable.PointsPerScore,
            MedianScore = ComparisonStatistics.Quantile(scores, 0.5),
            LowerQuartileScore = ComparisonStatistics.Quantile(scores, 0.25),
            UpperQuartileScore = ComparisonStatistics.Quantile(scores, 0.75),
            MinimumScore = scores.Length == 0 ? null : scores[0],
            Top1Share = n == 0 ? 0 : top1 / (double)n,
            Top3Share = n == 0 ? 0 : top3 / (double)n,
            MenteeRanks = menteeRanks,
            MentorMeanRanks = mentorMeanRanks,
            BlockingPairs = blocking,
            EnviousMentees = envious.Count(e => e),
            EnvyPairs = envyPairs,
            MentorLoadGini = ComparisonStatistics.Gini(utilisation),
            UtilisationCv = ComparisonStatistics.CoefficientOfVariation(utilisation),
            CapacityUsedShare = capacityTotal == 0 ? 0 : load.Sum() / (double)capacityTotal,
            IdleMentors = Enumerable.Range(0, m).Count(j => capacity[j] > 0 && load[j] == 0),
            Groups = GroupBreakdown(points, m, mentorOf, menteeRank, envious, dimensions, minimumGroupSize),
            Runtime = runtime,
            MatchedScores = scores,
            MentorLoads = [.. load],
        };
    }

    private static List<GroupMetrics> GroupBreakdown(int[] points, int m, int[] mentorOf, double[] menteeRank, bool[] envious, List<(GroupDimension Dimension, string[] Values)> dimensions, int minimumGroupSize)
    {
        var rows = new List<GroupMetrics>();
        foreach (var (dimension, values) in dimensions)
        {
            var members = new SortedDictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
            for (int i = 0; i < mentorOf.Length; i++)
            {
                if (!members.TryGetValue(values[i], out List<int>? list))
                {
                    members[values[i]] = list = [];
                }

                list.Add(i);
            }

            var pooled = new List<int>();
            var kept = new List<(string Group, List<int> Members)>();
            foreach (var (group, list) in members)
            {
                if (list.Count >= minimumGroupSize)
                {
                    kept.Add((group, list));
                }
                else
                {
                    pooled.AddRange(list);
                }
            }

            if (pooled.Count > 0 && pooled.Count >= minimumGroupSize)
            {
                kept.Add((GroupMetrics.PooledGroup, pooled));
            }

            // A dimension with a single reportable group tells nothing beyond the whole program (department always shows).
            if (kept.Count < 2 && dimension != GroupDimension.Department)
            {
                continue;
            }

            rows.AddRange(kept.Select(g => Row(dimension, g.Group, g.Members, points, m, mentorOf, menteeRank, envious)));
        }

        return rows;
    }

    private static GroupMetrics Row(GroupDimension dimension, string group, List<int> members, int[] points, int m, int[] mentorOf, double[] menteeRank, bool[] envious)
    {
        int[] matched = [.. members.Where(i => mentorOf[i] >= 0)];
        double[] ranks = [.. matched.Select(i => menteeRank[i])];
        return new GroupMetrics(
            group,
            members.Count,
            matched.Length,
            members.Count == 0 ? 0 : matched.Length / (double)members.Count,
            matched.Length == 0 ? null : matched.Sum(i => (long)points[(i * m) + mentorOf[i]]) / (double)matched.Length / ScoreTable.PointsPerScore)
        {
            Dimension = dimension,
            MeanMenteeRank = ComparisonStatistics.Mean(ranks),
            EnvyShare = members.Count == 0 ? 0 : members.Count(i => envious[i]) / (double)members.Count,
        };
    }

    /// <summary>What the metrics read of a program: allowed pairs' points, capacities, and each side's preference keys.</summary>
    private sealed record Input(int[] Points, int M, int[] Capacity, Func<int, int, bool> Ranks, Func<int, int, long> MenteeKey, Func<int, int, long> MentorKey);
}
