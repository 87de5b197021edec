// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Problem;
using Matching.Core.Rules;
using Matching.Core.Text;

namespace Matching.Core.Strategies;

/// <summary>
/// Several strategies run on one scored program, with everything an analyst needs to read the comparison: the metrics
/// of each, the random strategy over several seeds with confidence intervals, and notes on why rows coincide.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class StrategyComparison
{
    private StrategyComparison(IReadOnlyList<MatchingMetrics> rows, SeedSummary? random, bool sidesCoincide, IReadOnlyList<IReadOnlyList<string>> identical, bool loadsIdentical, int capacity)
    {
        Rows = rows;
        Random = random;
        SidesCoincide = sidesCoincide;
        IdenticalMatchings = identical;
        LoadsIdentical = loadsIdentical;
        TotalCapacity = capacity;
    }

    /// <summary>Gets the metrics of each strategy, in the order asked (for <c>random</c>, the run with the first seed).</summary>
    public IReadOnlyList<MatchingMetrics> Rows { get; }

    /// <summary>Gets the random strategy over several seeds, or null when it was not compared.</summary>
    public SeedSummary? Random { get; }

    /// <summary>
    /// Gets whether a stable strategy was compared and both sides' own preferences order every partner exactly as the
    /// pair score does (<see cref="SidePreferences.CoincidesWithPairScores"/>); then <c>stable</c> gives the <c>greedy</c> matching.
    /// </summary>
    public bool SidesCoincide { get; }

    /// <summary>Gets the groups of two or more strategies that produced exactly the same matching.</summary>
    public IReadOnlyList<IReadOnlyList<string>> IdenticalMatchings { get; }

    /// <summary>Gets whether every strategy gave every mentor the same load (so no load measure can separate them).</summary>
    public bool LoadsIdentical { get; }

    /// <summary>Gets the number of places: the sum of the capacities of mentors with capacity &gt; 0.</summary>
    public int TotalCapacity { get; }

    /// <summary>The notes an analyst reads first, in order: why stable does or does not equal greedy, identical matchings, identical loads.</summary>
    /// <param name="text">The language.</param>
    /// <returns>The notes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<string> Notes(TextCatalog text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var notes = new List<string>();
        if (SidesCoincide)
        {
            notes.Add(text.NoteSidesCoincide);
        }
        else if (Rows.Any(r => r.Strategy.StartsWith("stable", StringComparison.Ordinal)))
        {
            notes.Add(text.NoteSidesDiffer);
        }

        notes.AddRange(IdenticalMatchings.Select(same => text.NoteIdentical(string.Join(", ", same))));
        if (LoadsIdentical)
        {
            notes.Add(text.NoteLoadsIdentical(TotalCapacity));
        }

        return notes;
    }

    /// <summary>Runs <paramref name="strategies"/> on <paramref name="problem"/> and measures them against both sides' preferences.</summary>
    /// <param name="problem">A dense scored program.</param>
    /// <param name="strategies">Strategy names (<see cref="MatchingStrategies.Names"/>).</param>
    /// <param name="options">The program's rules and objective; null for the defaults.</param>
    /// <param name="seed">The first seed of <c>random</c>.</param>
    /// <param name="randomSeeds">How many seeds <c>random</c> runs with (seed, seed + 1, …); ≥ 1.</param>
    /// <param name="timeProvider">Clock for the runtimes; null for the system clock.</param>
    /// <param name="progress">Told the name of each strategy before it runs; may be null.</param>
    /// <param name="cancellationToken">Cancels a long comparison.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A strategy name is unknown.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="randomSeeds"/> is below 1.</exception>
    /// <exception cref="NotSupportedException">The program is too large to score every pair.</exception>
    /// <exception cref="InvalidOperationException">No matching satisfies every rule.</exception>
    public static StrategyComparison Run(
        MatchingProblem problem,
        IReadOnlyList<string> strategies,
        MatchingOptions? options = null,
        int seed = 1,
        int randomSeeds = MatchingDefaults.RandomSeeds,
        TimeProvider? timeProvider = null,
        Action<string>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(strategies);
        ArgumentOutOfRangeException.ThrowIfLessThan(randomSeeds, 1);
        options ??= MatchingOptions.Default;
        var rules = ProgramRules.Create(problem, options);
        SidePreferences preferences = SidePreferences.Create(rules, cancellationToken: cancellationToken);
        var rows = new List<MatchingMetrics>();
        var matchings = new List<(string Name, int[] MentorOf)>();
        SeedSummary? random = null;
        foreach (string name in strategies)
        {
            progress?.Invoke(name);
            StrategyResult result = MatchingStrategies.Create(name, seed, options, timeProvider).Solve(problem, cancellationToken);
            MatchingMetrics metrics = MatchingMetrics.Compute(preferences, result);
            rows.Add(metrics);
            matchings.Add((result.Strategy, [.. result.MentorOf]));
            if (result.Strategy == "random" && random is null)
            {
                var seeds = new List<int> { seed };
                var runs = new List<MatchingMetrics> { metrics };
                for (int k = 1; k < randomSeeds; k++)
                {
                    int next = unchecked(seed + k);
                    seeds.Add(next);
                    runs.Add(MatchingMetrics.Compute(preferences, MatchingStrategies.Create(name, next, options, timeProvider).Solve(problem, cancellationToken)));
                }

                random = SeedSummary.Create("random", seeds, runs);
            }
        }

        var identical = new List<IReadOnlyList<string>>();
        var seen = new bool[matchings.Count];
        for (int a = 0; a < matchings.Count; a++)
        {
            if (seen[a])
            {
                continue;
            }

            var same = new List<string> { matchings[a].Name };
            for (int b = a + 1; b < matchings.Count; b++)
            {
                if (!seen[b] && matchings[a].MentorOf.AsSpan().SequenceEqual(matchings[b].MentorOf))
                {
                    seen[b] = true;
                    same.Add(matchings[b].Name);
                }
            }

            if (same.Count > 1)
            {
                identical.Add(same);
            }
        }

        bool coincide = strategies.Any(s => s.Trim().StartsWith("stable", StringComparison.OrdinalIgnoreCase)) && preferences.CoincidesWithPairScores;
        bool loadsIdentical = rows.Count > 1 && rows.All(r => r.MentorLoads.SequenceEqual(rows[0].MentorLoads));
        int capacity = rules.Capacities.Where(c => c > 0).Sum();
        return new StrategyComparison(rows, random, coincide, identical, loadsIdentical, capacity);
    }
}
