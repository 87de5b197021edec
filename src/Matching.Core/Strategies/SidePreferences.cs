// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Problem;
using Matching.Core.Rules;
using Matching.Core.Scoring;

namespace Matching.Core.Strategies;

/// <summary>
/// Each side's own preferences over the other: mentees rank mentors by what they asked for, mentors rank mentees by
/// what they offer and stated (<see cref="SideWeights"/>). The stable strategies match on these rankings, and the
/// blocking-pair, top-k, rank and envy metrics of <see cref="MatchingMetrics"/> count against them.
/// </summary>
/// <remarks>
/// <para>
/// A side's key for a pair is its side score (the weighted mean of the scorer's criterion values under that side's
/// weights, in fixed-point points) plus the pair's adjustment (earlier rounds, kept/avoided pairs), plus, for
/// mentors, the mentee's unmatched priority; ties are broken by the pair value (points plus adjustment), so a side
/// with no distinguishing answers falls back on the pair score. Only allowed pairs are ranked (hard rules, excluded
/// pairs, capacity 0), and with a finite unmatched penalty only pairs that beat leaving the mentee unmatched.
/// </para>
/// <para>
/// When both sides' strict rankings equal the rankings induced by the pair value (<see cref="CoincidesWithPairScores"/>),
/// every mentee and mentor order each other by one common number, and the unique stable matching is the one that
/// repeatedly takes the best remaining pair: <c>stable</c> then returns what <c>greedy</c> does (without load penalties).
/// </para>
/// <para>O(n·m) scorer calls to build. Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class SidePreferences
{
    private readonly int[] _menteePrimary;
    private readonly int[] _mentorPrimary;
    private readonly bool[] _ranked;
    private readonly Lazy<bool> _coincides;

    private SidePreferences(ProgramRules rules, SideWeights menteeWeights, SideWeights mentorWeights, int[] menteePrimary, int[] mentorPrimary, bool[] ranked)
    {
        Rules = rules;
        MenteeWeights = menteeWeights;
        MentorWeights = mentorWeights;
        _menteePrimary = menteePrimary;
        _mentorPrimary = mentorPrimary;
        _ranked = ranked;
        _coincides = new Lazy<bool>(ComputeCoincides);
    }

    /// <summary>Gets the program's rules the preferences were built for.</summary>
    public ProgramRules Rules { get; }

    /// <summary>Gets how mentees weigh the criteria.</summary>
    public SideWeights MenteeWeights { get; }

    /// <summary>Gets how mentors weigh the criteria.</summary>
    public SideWeights MentorWeights { get; }

    /// <summary>
    /// Gets whether both sides' rankings are exactly the rankings induced by the pair value (mentees: value; mentors:
    /// value plus unmatched priority; ties by position); then <c>stable</c> and <c>greedy</c> give the same matching.
    /// </summary>
    public bool CoincidesWithPairScores => _coincides.Value;

    /// <summary>Builds both sides' preferences for a program.</summary>
    /// <param name="rules">The program's rules (a dense program: every pair is scored).</param>
    /// <param name="menteeWeights">How mentees weigh the criteria; null for <see cref="MatchingDefaults.MenteeSideWeights"/>.</param>
    /// <param name="mentorWeights">How mentors weigh the criteria; null for <see cref="MatchingDefaults.MentorSideWeights"/>.</param>
    /// <param name="cancellationToken">Cancels a long build.</param>
    /// <returns>The preferences.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    /// <exception cref="ArgumentException">A weight is negative or not finite.</exception>
    /// <exception cref="NotSupportedException">The program is too large to score every pair.</exception>
    public static SidePreferences Create(ProgramRules rules, SideWeights? menteeWeights = null, SideWeights? mentorWeights = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rules);
        menteeWeights ??= MatchingDefaults.MenteeSideWeights;
        mentorWeights ??= MatchingDefaults.MentorSideWeights;
        menteeWeights.Validate();
        mentorWeights.Validate();
        MatchingProblem problem = rules.Problem;
        _ = problem.DenseScores;
        WeightedScorer scorer = problem.Scorer;
        int n = rules.MenteeCount;
        int m = rules.MentorCount;
        var menteePrimary = new int[n * m];
        var mentorPrimary = new int[n * m];
        var ranked = new bool[n * m];
        int criteria = WeightedScorer.CriterionCount;
        double[] menteeW = [.. Enum.GetValues<Criterion>().Select(menteeWeights.WeightOf)];
        double[] mentorW = [.. Enum.GetValues<Criterion>().Select(mentorWeights.WeightOf)];

        // Rows are independent and each writes only its own slice, so the result is identical on any core count.
        Parallel.For(0, n, new ParallelOptions { CancellationToken = cancellationToken }, () => new double[criteria], (i, _, values) =>
        {
            int mentee = problem.Mentees[i];
            bool[] counts = new bool[criteria];
            for (int c = 0; c < criteria; c++)
            {
                counts[c] = scorer.Counts(mentee, (Criterion)c);
            }

            for (int j = 0; j < m; j++)
            {
                int points = rules.Points(i, j);
                if (points < 0)
                {
                    continue;
                }

                int mentor = problem.Mentors[j];
                scorer.Score(mentee, mentor, values);
                double offered = scorer.OfferedSkillsUsed(mentee, mentor);
                int k = (i * m) + j;
                ranked[k] = rules.IsWorthIt(rules.Gain(i, j, points, 0));
                long adjustment = rules.Adjustment(i, j);
                menteePrimary[k] = Clamp(SideScore(values, counts, menteeW, menteeWeights.OfferedSkillsUsed, offered) + adjustment);
                mentorPrimary[k] = Clamp(SideScore(values, counts, mentorW, mentorWeights.OfferedSkillsUsed, offered) + adjustment + rules.Priority(i));
            }

            return values;
        }, _ => { });

        return new SidePreferences(rules, menteeWeights, mentorWeights, menteePrimary, mentorPrimary, ranked);
    }

    /// <summary>Gets the mentee side's score (0–100) of an allowed pair, or null when the pair is not ranked.</summary>
    /// <param name="mentee">Mentee position.</param>
    /// <param name="mentor">Mentor position.</param>
    /// <returns>The score, adjustments included.</returns>
    public double? MenteeScore(int mentee, int mentor) =>
        Ranks(mentee, mentor) ? _menteePrimary[(mentee * Rules.MentorCount) + mentor] / (double)ScoreTable.PointsPerScore : null;

    /// <summary>Gets the mentor side's score (0–100) of an allowed pair, or null when the pair is not ranked.</summary>
    /// <param name="mentee">Mentee position.</param>
    /// <param name="mentor">Mentor position.</param>
    /// <returns>The score, adjustments and the mentee's unmatched priority included.</returns>
    public double? MentorScore(int mentee, int mentor) =>
        Ranks(mentee, mentor) ? _mentorPrimary[(mentee * Rules.MentorCount) + mentor] / (double)ScoreTable.PointsPerScore : null;

    /// <summary>Gets whether the pair is ranked by both sides (allowed, and worth more than leaving the mentee unmatched).</summary>
    internal bool Ranks(int mentee, int mentor) => _ranked[(mentee * Rules.MentorCount) + mentor];

    /// <summary>Gets the mentee's key for an allowed pair: higher is preferred; equal keys are indifferent.</summary>
    internal long MenteeKey(int mentee, int mentor)
    {
        int k = (mentee * Rules.MentorCount) + mentor;
        return Key(_menteePrimary[k], Rules.Value(mentee, mentor, Rules.Points(mentee, mentor)));
    }

    /// <summary>Gets the mentor's key for an allowed pair: higher is preferred; equal keys are indifferent.</summary>
    internal long MentorKey(int mentee, int mentor)
    {
        int k = (mentee * Rules.MentorCount) + mentor;
        return Key(_mentorPrimary[k], Rules.Value(mentee, mentor, Rules.Points(mentee, mentor)));
    }

    /// <summary>Per mentee position, its ranked mentors, most preferred first, ties by position.</summary>
    internal int[][] MenteeRankings() => Rankings(byMentee: true);

    /// <summary>Per mentor position, its ranked mentees, most preferred first, ties by position.</summary>
    internal int[][] MentorRankings() => Rankings(byMentee: false);

    private int[][] Rankings(bool byMentee)
    {
        int owners = byMentee ? Rules.MenteeCount : Rules.MentorCount;
        int others = byMentee ? Rules.MentorCount : Rules.MenteeCount;
        var lists = new int[owners][];
        var keys = new List<(long Key, int Other)>();
        for (int a = 0; a < owners; a++)
        {
            keys.Clear();
            for (int b = 0; b < others; b++)
            {
                int i = byMentee ? a : b;
                int j = byMentee ? b : a;
                if (Ranks(i, j))
                {
                    keys.Add((byMentee ? MenteeKey(i, j) : MentorKey(i, j), b));
                }
            }

            keys.Sort((x, y) => x.Key != y.Key ? y.Key.CompareTo(x.Key) : x.Other.CompareTo(y.Other));
            lists[a] = [.. keys.Select(x => x.Other)];
        }

        return lists;
    }

    private bool ComputeCoincides()
    {
        int[][] menteeSide = MenteeRankings();
        int[][] mentorSide = MentorRankings();
        int[][] menteeScore = StableStrategy.ScoreRankings(Rules, byMentee: true);
        int[][] mentorScore = StableStrategy.ScoreRankings(Rules, byMentee: false);
        return menteeSide.Zip(menteeScore).All(x => x.First.AsSpan().SequenceEqual(x.Second))
            && mentorSide.Zip(mentorScore).All(x => x.First.AsSpan().SequenceEqual(x.Second));
    }

    /// <summary>The weighted mean of the counted criteria (plus the offered-skills term), in fixed-point points.</summary>
    private static long SideScore(ReadOnlySpan<double> values, bool[] counts, double[] weights, double offeredWeight, double offered)
    {
        double total = offeredWeight * offered;
        double sum = offeredWeight;
        for (int c = 0; c < weights.Length; c++)
        {
            if (counts[c] && weights[c] > 0)
            {
                total += weights[c] * values[c];
                sum += weights[c];
            }
        }

        return ScoreTable.ToPoints(sum <= 0 ? 100.0 * WeightedScorer.Neutral : 100.0 * total / sum);
    }

    private static int Clamp(long value) => (int)Math.Clamp(value, int.MinValue / 2, int.MaxValue / 2);

    /// <summary>Orders by the side's points, then by the pair value (an order-preserving 64-bit packing).</summary>
    private static long Key(int primary, int value) => ((long)primary << 32) | ((uint)value ^ 0x8000_0000u);
}
