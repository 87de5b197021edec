// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Problem;
using Matching.Core.Rules;
using Matching.Core.Strategies;
using Matching.Core.Text;
using Matching.TestUtils;

namespace Matching.Core.Tests.Strategies;

/// <summary>The stable strategies on each side's own preferences, and the metrics that count against them.</summary>
public class SidePreferenceTests
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(200);

    /// <summary>
    /// Only skills are asked, so a pair's score is the share of the mentee's wanted skills the mentor offers, and the
    /// mentor's side score is the share of the mentor's offered skills the mentee wants.
    /// <code>
    ///              pair score      mentee side     mentor side (offered skills used)
    ///              X      Y        X      Y        X            Y
    ///   a {Py}     100    0        100    0        1/2 = 50     0/1 = 0
    ///   b {Py,SQL,Design,Writing}
    ///              50     25       50     25       2/2 = 100    1/1 = 100
    /// </code>
    /// Greedy takes a–X (100) first, then b–Y. But b prefers X (50 &gt; 25) and X prefers b (100 &gt; 50): (b, X) blocks it.
    /// Mentees propose: a→X, b→X; X keeps b; a→Y. Stable: a–Y, b–X.
    /// </summary>
    private static MatchingProblem Disagreeing() => MatchingProblem.Create(
    [
        People.Mentee("a", wants: ["Python"]),
        People.Mentee("b", wants: ["Python", "SQL", "Design", "Writing"]),
        People.Mentor("X", offers: ["Python", "SQL"]),
        People.Mentor("Y", offers: ["Design"]),
    ]);

    [Fact]
    public void Stable_SidesDisagree_DiffersFromGreedyAndHasNoBlockingPair()
    {
        MatchingProblem problem = Disagreeing();
        var preferences = SidePreferences.Create(ProgramRules.Create(problem));

        Assert.Equal(100, preferences.MenteeScore(0, 0));
        Assert.Equal(50, preferences.MentorScore(0, 0));
        Assert.Equal(100, preferences.MentorScore(1, 0));
        Assert.Equal(25, preferences.MenteeScore(1, 1));
        Assert.False(preferences.CoincidesWithPairScores);

        StrategyResult greedy = new GreedyStrategy().Solve(problem);
        StrategyResult stable = new StableStrategy().Solve(problem);
        Assert.Equal([0, 1], greedy.MentorOf.ToArray());
        Assert.Equal([1, 0], stable.MentorOf.ToArray());
        Assert.Equal(1, MatchingMetrics.Compute(preferences, greedy).BlockingPairs);
        Assert.Equal(0, MatchingMetrics.Compute(preferences, stable).BlockingPairs);

        // The explicit-ranking constructor still overrides both sides: rank exactly by pair score → the greedy matching.
        var stated = new StableStrategy(ProposingSide.Mentees, menteeRankings: [[0, 1], [0, 1]], mentorRankings: [[0, 1], [0, 1]]);
        Assert.Equal([0, 1], stated.Solve(problem).MentorOf.ToArray());
    }

    [Fact]
    public void Comparison_CoincideNote_AppearsExactlyWhenBothSidesRankLikeThePairScore()
    {
        // Every mentee wants one skill and every mentor offers one: coverage and offered-skills-used are both 0 or 1,
        // so both sides order partners exactly as the pair score does.
        MatchingProblem coinciding = MatchingProblem.Create(
        [
            People.Mentee("a", wants: ["Python"]),
            People.Mentee("b", wants: ["SQL"]),
            People.Mentor("X", offers: ["Python"]),
            People.Mentor("Y", offers: ["SQL"]),
        ]);
        string[] strategies = ["greedy", "stable"];

        StrategyComparison same = StrategyComparison.Run(coinciding, strategies, randomSeeds: 1);
        StrategyComparison differ = StrategyComparison.Run(Disagreeing(), strategies, randomSeeds: 1);

        Assert.True(same.SidesCoincide);
        Assert.Contains(same.IdenticalMatchings, g => g.SequenceEqual(strategies));
        Assert.Contains(TextCatalog.English.NoteSidesCoincide, same.Notes(TextCatalog.English));
        Assert.Contains(TextCatalog.German.NoteSidesCoincide, same.Notes(TextCatalog.German));
        Assert.False(differ.SidesCoincide);
        Assert.Empty(differ.IdenticalMatchings);
        Assert.DoesNotContain(TextCatalog.English.NoteSidesCoincide, differ.Notes(TextCatalog.English));
        Assert.Contains(TextCatalog.English.NoteSidesDiffer, differ.Notes(TextCatalog.English));
    }

    [Fact]
    public void Coincides_EqualsAnIndependentComparisonOfOrders_AndThenStableIsGreedy()
    {
        // Oracle: sort each side by (its side score, pair score) against sorting by pair score alone (ties by position).
        Prop.ForAll(Arb.From(SmallPrograms.Problems()), problem =>
        {
            var rules = ProgramRules.Create(problem);
            var preferences = SidePreferences.Create(rules);
            bool expected = true;
            for (int i = 0; i < rules.MenteeCount; i++)
            {
                int[] allowed = [.. Enumerable.Range(0, rules.MentorCount).Where(j => rules.IsAllowed(i, j))];
                int[] bySide = [.. allowed.OrderByDescending(j => preferences.MenteeScore(i, j)).ThenByDescending(j => problem.ScoreOf(i, j)).ThenBy(j => j)];
                int[] byScore = [.. allowed.OrderByDescending(j => problem.ScoreOf(i, j)).ThenBy(j => j)];
                expected &= bySide.SequenceEqual(byScore);
            }

            for (int j = 0; j < rules.MentorCount; j++)
            {
                int[] allowed = [.. Enumerable.Range(0, rules.MenteeCount).Where(i => rules.IsAllowed(i, j))];
                int[] bySide = [.. allowed.OrderByDescending(i => preferences.MentorScore(i, j)).ThenByDescending(i => problem.ScoreOf(i, j)).ThenBy(i => i)];
                int[] byScore = [.. allowed.OrderByDescending(i => problem.ScoreOf(i, j)).ThenBy(i => i)];
                expected &= bySide.SequenceEqual(byScore);
            }

            return preferences.CoincidesWithPairScores == expected;
        }).Check(Runs);
    }

    [Fact]
    public void Stable_BothSides_HaveNoBlockingPairUnderSidePreferences_BruteForceOracle()
    {
        Prop.ForAll(Arb.From(SmallPrograms.Problems()), problem =>
        {
            var rules = ProgramRules.Create(problem);
            var preferences = SidePreferences.Create(rules);
            return new IMatchingStrategy[] { new StableStrategy(ProposingSide.Mentees), new StableStrategy(ProposingSide.Mentors), new GreedyStrategy(), new RandomStrategy(3) }
                .All(strategy =>
                {
                    int[] mentorOf = [.. strategy.Solve(problem).MentorOf];
                    long oracle = BlockingPairs(problem, rules, preferences, mentorOf);
                    long metric = MatchingMetrics.Compute(preferences, new StrategyResult("x", mentorOf, TimeSpan.Zero)).BlockingPairs;
                    return metric == oracle && (strategy is not StableStrategy || oracle == 0);
                });
        }).Check(Runs);
    }

    [Fact]
    public void Envy_CountsMenteesPreferringAnotherMenteesMentor()
    {
        // Greedy on the disagreeing program: a–X, b–Y. b prefers X (a's mentor) → b envies; a has its first choice.
        // Stable: a–Y, b–X. a prefers X (b's mentor) → a envies; b has its first choice. One envious mentee each.
        MatchingProblem problem = Disagreeing();
        var preferences = SidePreferences.Create(ProgramRules.Create(problem));

        MatchingMetrics greedy = MatchingMetrics.Compute(preferences, new GreedyStrategy().Solve(problem));
        MatchingMetrics stable = MatchingMetrics.Compute(preferences, new StableStrategy().Solve(problem));

        Assert.Equal(1, greedy.EnviousMentees);
        Assert.Equal(1, greedy.EnvyPairs);
        Assert.Equal([1.0, 2.0], greedy.MenteeRanks);
        Assert.Equal(1, stable.EnviousMentees);
        Assert.Equal([1.0, 2.0], stable.MenteeRanks);

        // Mentor ranks: greedy gives X its 2nd (a) and Y its 1st (b, tied with nobody above) → mean ranks 1 and 2;
        // stable gives X its 1st (b) and Y a (Y scores a 0 < b's 100) → 1 and 2.
        Assert.Equal([1.0, 2.0], greedy.MentorMeanRanks);
        Assert.Equal([1.0, 2.0], stable.MentorMeanRanks);
        Assert.Equal(0.5, greedy.Top1Share);
    }

    /// <summary>Blocking pairs by brute force on each side's (side score, pair score) order, independent of the metric's key packing.</summary>
    private static long BlockingPairs(MatchingProblem problem, ProgramRules rules, SidePreferences preferences, int[] mentorOf)
    {
        (double, double) Mentee(int i, int j) => (preferences.MenteeScore(i, j)!.Value, problem.ScoreOf(i, j)!.Value);
        (double, double) Mentor(int i, int j) => (preferences.MentorScore(i, j)!.Value, problem.ScoreOf(i, j)!.Value);
        static bool Better((double, double) x, (double, double) y) => x.Item1 > y.Item1 || (x.Item1 == y.Item1 && x.Item2 > y.Item2);
        long count = 0;
        for (int i = 0; i < rules.MenteeCount; i++)
        {
            for (int j = 0; j < rules.MentorCount; j++)
            {
                if (!rules.IsAllowed(i, j) || mentorOf[i] == j)
                {
                    continue;
                }

                bool menteeWants = mentorOf[i] < 0 || Better(Mentee(i, j), Mentee(i, mentorOf[i]));
                int[] held = [.. Enumerable.Range(0, rules.MenteeCount).Where(x => mentorOf[x] == j)];
                bool mentorWants = held.Length < rules.CapacityOf(j) || held.Any(x => Better(Mentor(i, j), Mentor(x, j)));
                count += menteeWants && mentorWants ? 1 : 0;
            }
        }

        return count;
    }
}
