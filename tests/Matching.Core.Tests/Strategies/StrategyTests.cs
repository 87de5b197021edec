// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Domain;
using Matching.Core.Problem;
using Matching.Core.Rules;
using Matching.Core.Strategies;
using Matching.TestUtils;

namespace Matching.Core.Tests.Strategies;

/// <summary>
/// Properties of the strategies on random programs of ≤ 6 people, against brute force over every feasible matching.
/// K below is the largest number of mentees any feasible matching matches.
/// </summary>
public class StrategyTests
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(200);

    private static IMatchingStrategy[] All(int seed = 1) => [.. MatchingStrategies.Names.Select(name => MatchingStrategies.Create(name, seed))];

    [Fact]
    public void Create_UnknownName_Throws()
    {
        Assert.Throws<ArgumentException>(() => MatchingStrategies.Create("best"));
        Assert.Equal("stable-mentors", MatchingStrategies.Create(" Stable-Mentors ").Name);
    }

    [Fact]
    public void Solve_AnyStrategy_RespectsRulesAndCapacities()
    {
        Prop.ForAll(Arb.From(SmallPrograms.Problems()), problem =>
        {
            var input = ProgramRules.Create(problem);
            return All().All(strategy =>
            {
                StrategyResult result = strategy.Solve(problem);
                var load = new int[input.MentorCount];
                for (int i = 0; i < input.MenteeCount; i++)
                {
                    int j = result.MentorOf[i];
                    if (j >= 0)
                    {
                        if (input.Points(i, j) < 0)
                        {
                            return false;
                        }

                        load[j]++;
                    }
                }

                return result.Strategy == strategy.Name
                    && result.MentorOf.Length == input.MenteeCount
                    && load.Select((l, j) => l <= input.CapacityOf(j)).All(ok => ok);
            });
        }).Check(Runs);
    }

    [Fact]
    public void Optimal_MatchesK_AndHasTheHighestTotalAmongStrategiesMatchingK()
    {
        // Proven here: optimal matches K; its total ≥ the total of every strategy that also matches K. A strategy
        // matching fewer may have a higher total (greedy can), which is what the penalty-100 variant covers below.
        Prop.ForAll(Arb.From(SmallPrograms.Problems()), problem =>
        {
            int k = SmallPrograms.AllMatchings(problem).Max(SmallPrograms.Count);
            StrategyResult optimal = new OptimalStrategy().Solve(problem);
            long total = SmallPrograms.Points(problem, optimal.MentorOf);
            return optimal.MatchedCount == k
                && All().Select(s => s.Solve(problem))
                    .All(r => r.MatchedCount <= k && (r.MatchedCount < k || SmallPrograms.Points(problem, r.MentorOf) <= total));
        }).Check(Runs);
    }

    [Fact]
    public void Optimal_WithPenaltyOfAFullScore_HasTheHighestTotalOfAnyMatching()
    {
        // An unmatched penalty of 100 makes the cost 100·n − total, so the optimum maximizes the total outright.
        Prop.ForAll(Arb.From(SmallPrograms.Problems()), problem =>
        {
            StrategyResult best = new OptimalStrategy(new MatchingOptions { UnmatchedPenalty = 100 }).Solve(problem);
            long total = SmallPrograms.Points(problem, best.MentorOf);
            return SmallPrograms.AllMatchings(problem).Max(m => SmallPrograms.Points(problem, m)) == total
                && All().All(s => SmallPrograms.Points(problem, s.Solve(problem).MentorOf) <= total);
        }).Check(Runs);
    }

    [Fact]
    public void MaxMatched_EqualsOptimalWithDefaultOptions()
    {
        Prop.ForAll(Arb.From(SmallPrograms.Problems()), problem =>
        {
            StrategyResult optimal = new OptimalStrategy().Solve(problem);
            StrategyResult maxMatched = new MaxMatchedStrategy().Solve(problem);
            return optimal.MatchedCount == maxMatched.MatchedCount
                && SmallPrograms.Points(problem, optimal.MentorOf) == SmallPrograms.Points(problem, maxMatched.MentorOf);
        }).Check(Runs);
    }

    [Fact]
    public void Fair_IsTheLexicographicMaxMinAmongMatchingsOfK()
    {
        // Proven here: fair matches K mentees and, among ALL feasible matchings of K mentees (brute force), it has the
        // highest minimum pair score and, among those with that minimum, the highest total. Hence its minimum is ≥ the
        // minimum of every other strategy's matching that also matches K (optimal always does).
        Prop.ForAll(Arb.From(SmallPrograms.Problems()), problem =>
        {
            List<int[]> all = SmallPrograms.AllMatchings(problem);
            int k = all.Max(SmallPrograms.Count);
            int[][] full = [.. all.Where(m => SmallPrograms.Count(m) == k)];
            int bestMin = full.Max(m => SmallPrograms.MinPoints(problem, m));
            long bestTotal = full.Where(m => SmallPrograms.MinPoints(problem, m) == bestMin).Max(m => SmallPrograms.Points(problem, m));

            StrategyResult fair = new FairStrategy().Solve(problem);
            StrategyResult priced = new FairStrategy { CandidatesPerMentee = 1 }.Solve(problem); // forces pricing rounds
            int fairMin = SmallPrograms.MinPoints(problem, fair.MentorOf);
            return fair.MatchedCount == k
                && fairMin == bestMin
                && SmallPrograms.Points(problem, fair.MentorOf) == bestTotal
                && priced.MatchedCount == k
                && SmallPrograms.MinPoints(problem, priced.MentorOf) == bestMin
                && SmallPrograms.Points(problem, priced.MentorOf) == bestTotal
                && All().Select(s => s.Solve(problem)).Where(r => r.MatchedCount == k).All(r => SmallPrograms.MinPoints(problem, r.MentorOf) <= fairMin);
        }).Check(Runs);
    }

    [Fact]
    public void Stable_BothSides_HaveNoBlockingPairs()
    {
        Prop.ForAll(Arb.From(SmallPrograms.Problems()), problem =>
            new[] { ProposingSide.Mentees, ProposingSide.Mentors }.All(side =>
                MatchingMetrics.Compute(problem, new StableStrategy(side).Solve(problem)).BlockingPairs == 0))
            .Check(Runs);
    }

    [Fact]
    public void Stable_MenteesPropose_IsMenteeOptimalAmongAllStableMatchings()
    {
        // Stability is with respect to the strategy's strict rankings (each side's own preferences, ties by position). Brute force lists
        // every feasible matching with no blocking pair under them; each mentee weakly prefers its mentee-proposing
        // partner to its partner in every one of them, and mentor-proposing gives every mentee its worst.
        Prop.ForAll(Arb.From(SmallPrograms.Problems()), problem =>
        {
            var input = ProgramRules.Create(problem);
            var sides = SidePreferences.Create(input);
            int[][] menteePrefs = sides.MenteeRankings();
            int[][] mentorPrefs = sides.MentorRankings();
            int[][] stable = [.. SmallPrograms.AllMatchings(problem).Where(m => IsStable(input, menteePrefs, mentorPrefs, m))];
            int[] best = [.. new StableStrategy(ProposingSide.Mentees).Solve(problem).MentorOf];
            int[] worst = [.. new StableStrategy(ProposingSide.Mentors).Solve(problem).MentorOf];
            return stable.Any(s => s.SequenceEqual(best))
                && stable.Any(s => s.SequenceEqual(worst))
                && stable.All(s => Enumerable.Range(0, input.MenteeCount).All(i =>
                    Rank(menteePrefs[i], best[i]) <= Rank(menteePrefs[i], s[i]) && Rank(menteePrefs[i], worst[i]) >= Rank(menteePrefs[i], s[i])));
        }).Check(Runs);
    }

    [Fact]
    public void Stable_StatedRankings_AreUsedInsteadOfScores()
    {
        // Two mentees, two mentors of capacity 1, equal scores (nothing specified). Stated: both mentees want B first;
        // B wants m2 first. Mentee-proposing: m2–B, m1–A.
        Participant[] people = [People.Mentee("m1"), People.Mentee("m2"), People.Mentor("A"), People.Mentor("B")];
        MatchingProblem problem = MatchingProblem.Create(people);
        var strategy = new StableStrategy(ProposingSide.Mentees, menteeRankings: [[1, 0], [1, 0]], mentorRankings: [[0, 1], [1, 0]]);

        Assert.Equal([0, 1], strategy.Solve(problem).MentorOf.ToArray());
        Assert.Throws<ArgumentException>(() => new StableStrategy(menteeRankings: [[0]]).Solve(problem));
    }

    [Fact]
    public void Greedy_IsMaximalAndTakesTheBestPairFirst()
    {
        Prop.ForAll(Arb.From(SmallPrograms.Problems()), problem =>
        {
            var input = ProgramRules.Create(problem);
            int[] mentorOf = [.. new GreedyStrategy().Solve(problem).MentorOf];
            var load = new int[input.MentorCount];
            foreach (int j in mentorOf.Where(j => j >= 0))
            {
                load[j]++;
            }

            bool maximal = Enumerable.Range(0, input.MenteeCount).All(i => mentorOf[i] >= 0
                || Enumerable.Range(0, input.MentorCount).All(j => input.Points(i, j) < 0 || load[j] >= input.CapacityOf(j)));
            int bestPair = Enumerable.Range(0, input.MenteeCount).SelectMany(i => Enumerable.Range(0, input.MentorCount).Select(j => input.Points(i, j))).DefaultIfEmpty(-1).Max();
            int bestTaken = Enumerable.Range(0, input.MenteeCount).Where(i => mentorOf[i] >= 0).Select(i => input.Points(i, mentorOf[i])).DefaultIfEmpty(-1).Max();
            return maximal && bestPair == bestTaken;
        }).Check(Runs);
    }

    [Fact]
    public void Greedy_TogetherExample_FallsIntoTheTrapOptimalAvoids()
    {
        MatchingProblem problem = MatchingProblem.Create(Fixtures.GreedyTrap());

        Assert.Equal([0, 1], new GreedyStrategy().Solve(problem).MentorOf.ToArray());
        Assert.Equal([1, 0], new OptimalStrategy().Solve(problem).MentorOf.ToArray());
    }

    [Fact]
    public void Random_SameSeed_SameMatching()
    {
        Prop.ForAll(Arb.From(SmallPrograms.Problems()), Arb.From(Gen.Choose(0, 1000)), (problem, seed) =>
            new RandomStrategy(seed).Solve(problem).MentorOf.SequenceEqual(new RandomStrategy(seed).Solve(problem).MentorOf))
            .Check(Runs);
    }

    [Fact]
    public void Solve_RuntimeComesFromTheInjectedClock()
    {
        var clock = new SteppingClock(TimeSpan.FromMilliseconds(5));
        MatchingProblem problem = MatchingProblem.Create([People.Mentee("mentee"), People.Mentor("mentor")]);

        Assert.Equal(TimeSpan.FromMilliseconds(5), new GreedyStrategy(clock).Solve(problem).Runtime);
    }

    private static bool IsStable(ProgramRules input, int[][] menteePrefs, int[][] mentorPrefs, int[] mentorOf)
    {
        for (int i = 0; i < input.MenteeCount; i++)
        {
            foreach (int j in menteePrefs[i])
            {
                if (Rank(menteePrefs[i], j) >= Rank(menteePrefs[i], mentorOf[i]))
                {
                    continue;
                }

                int[] held = [.. Enumerable.Range(0, input.MenteeCount).Where(x => mentorOf[x] == j)];
                if (held.Length < input.CapacityOf(j) || held.Any(x => Rank(mentorPrefs[j], i) < Rank(mentorPrefs[j], x)))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static int Rank(int[] list, int item)
    {
        int index = item < 0 ? -1 : Array.IndexOf(list, item);
        return index < 0 ? int.MaxValue : index;
    }
}
