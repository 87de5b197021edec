// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Domain;
using Matching.Core.Problem;
using Matching.Core.Results;
using Matching.Core.Scoring;
using Matching.TestUtils;

namespace Matching.Core.Tests;

public class MatchingEngineTests
{
    [Fact]
    public void Solve_TogetherExample_PrefersOptimalOverGreedy()
    {
        MatchingProblem problem = MatchingProblem.Create(Fixtures.GreedyTrap());

        MatchingResult result = new MatchingEngine().Solve(problem);

        Assert.Equal(MatchingStatus.Optimal, result.Status);
        Assert.True(result.Certificate!.IsOptimal);
        Assert.Equal("B", result.Matches.Single(m => m.Mentee.Id == "m1").Mentor.Id);
        Assert.Equal("A", result.Matches.Single(m => m.Mentee.Id == "m2").Mentor.Id);
    }

    [Fact]
    public void Solve_NoSharedLanguage_ExplainsWhyUnmatched()
    {
        Participant[] people =
        [
            People.Mentee("lonely", languages: ["Spanish"]),
            People.Mentee("ok", languages: ["English"]),
            People.Mentor("A", capacity: 2, languages: ["English"]),
        ];

        MatchingResult result = new MatchingEngine().Solve(MatchingProblem.Create(people));

        UnmatchedParticipant unmatched = Assert.Single(result.Unmatched);
        Assert.Equal("lonely", unmatched.Participant.Id);
        Assert.Equal("no mentor shares a language with this mentee (Spanish)", unmatched.Reason);
        Assert.Equal(1, result.MentorLoads.Single().Load);
        MatchingResult german = new MatchingEngine(new MatchingOptions { Language = ExplanationLanguage.German }).Solve(MatchingProblem.Create(people));
        Assert.Equal("keine Mentor:in spricht eine Sprache dieser Mentee (Spanisch)", Assert.Single(german.Unmatched).Reason);
    }

    [Fact]
    public void Solve_Reasons_NameSharedLanguageAndSkills()
    {
        Participant[] people =
        [
            People.Mentee("a", wants: ["Python", "SQL", "Cloud", "Sales"], languages: ["German", "English"]),
            People.Mentor("b", offers: ["Python", "SQL", "Cloud"], languages: ["German"]),
            People.Mentor("c", languages: ["English"]), // German then tells the pair apart: not everyone speaks it
        ];

        Match match = Assert.Single(new MatchingEngine().Solve(MatchingProblem.Create(people)).Matches);

        Assert.Equal("both speak German", match.Explanation.Reasons[0]);
        Assert.Contains("mentor offers 3 of 4 wanted skills (Cloud, Python and SQL)", match.Explanation.Reasons);
    }

    [Fact]
    public void Solve_RandomPrograms_EqualsBruteForceAndCertificateHolds()
    {
        Prop.ForAll(Arb.From(Programs()), people =>
        {
            MatchingProblem problem = MatchingProblem.Create(people);
            MatchingResult result = new MatchingEngine().Solve(problem);
            var (bestCount, bestPoints) = BruteForceCoverageThenScore(problem);
            long points = result.Matches.Sum(m => (long)Math.Round(m.Score * ScoreTable.PointsPerScore));
            return result.Status == MatchingStatus.Optimal
                && result.Certificate!.IsOptimal
                && result.Matches.Count == bestCount
                && points == bestPoints
                && RespectsRules(problem, result);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    [Fact]
    public void Solve_WithUnmatchedPenalty_MinimizesPenalizedCost()
    {
        var penalties = Gen.Choose(0, 100);
        Prop.ForAll(Arb.From(Programs()), Arb.From(penalties), (people, penalty) =>
        {
            MatchingProblem problem = MatchingProblem.Create(people);
            MatchingResult result = new MatchingEngine(new MatchingOptions { UnmatchedPenalty = penalty }).Solve(problem);
            long best = BruteForceMinCost(problem, penalty * (long)ScoreTable.PointsPerScore);
            return result.Certificate!.IsOptimal && result.Objective == best && RespectsRules(problem, result);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }

    [Fact]
    public void Solve_CandidatePricing_IsExactlyOptimal()
    {
        // One candidate per mentee forces many pricing rounds; the objective must equal brute force regardless.
        var larger =
            from size in Gen.Choose(3, 9)
            from seeds in Gen.Choose(0, 1000).ArrayOf(size)
            select seeds.Select((seed, index) => RandomPeople.Person(seed, index)).ToArray();
        Prop.ForAll(Arb.From(larger), Arb.From(Gen.Elements<double?>(null, 20.0, 60.0)), (people, penalty) =>
        {
            MatchingProblem problem = MatchingProblem.Create(people);
            var pruned = new MatchingEngine(new MatchingOptions { CandidatesPerMentee = 1, UnmatchedPenalty = penalty }).Solve(problem);
            var full = new MatchingEngine(new MatchingOptions { CandidatesPerMentee = 1000, UnmatchedPenalty = penalty }).Solve(problem);
            long penaltyCost = penalty is double p ? (long)(p * ScoreTable.PointsPerScore) : (problem.Mentees.Count + 1L) * ScoreTable.MaxPoints;
            return pruned.Certificate!.IsOptimal
                && pruned.Objective == full.Objective
                && pruned.Objective == BruteForceMinCost(problem, penaltyCost)
                && RespectsRules(problem, pruned);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    [Fact]
    public void Solve_LargeProgramMode_IsOptimalOverAllPairs()
    {
        // Programs too large to score densely start from each mentee's top k mentors and price every other pair by
        // score bounds; the matching must be the exact optimum over all pairs (brute force), with coverage first.
        var programs =
            from size in Gen.Choose(2, 9)
            from seeds in Gen.Choose(0, 1000).ArrayOf(size)
            from k in Gen.Choose(1, 3)
            select (People: seeds.Select((seed, index) => RandomPeople.Person(seed, index)).ToArray(), K: k);
        Prop.ForAll(Arb.From(programs), input =>
        {
            MatchingProblem sparse = MatchingProblem.Create(input.People, candidatesPerMentee: input.K);
            MatchingResult result = new MatchingEngine().Solve(sparse);
            (int Count, long Points) best = (0, 0);
            Enumerate(sparse, (count, points, _) =>
            {
                if (count > best.Count || (count == best.Count && points > best.Points))
                {
                    best = (count, points);
                }
            });
            long total = result.Matches.Sum(m => (long)Math.Round(m.Score * ScoreTable.PointsPerScore));
            return !sparse.IsDense && result.CandidatesPerMentee is null && result.PricingRounds >= 1 && result.Certificate!.IsOptimal
                && result.Matches.Count == best.Count && total == best.Points && RespectsRules(sparse, result);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    [Fact]
    public void Solve_ForbiddenPairs_AreNeverFormedAndTheRestIsOptimal()
    {
        // Earlier rounds' pairs are excluded: brute force over the remaining pairs is the oracle, priced or not.
        var programs =
            from size in Gen.Choose(2, 8)
            from seeds in Gen.Choose(0, 1000).ArrayOf(size)
            from forbid in Gen.Choose(0, 63).ArrayOf(4)
            from k in Gen.Elements(1, 1000)
            select (People: RandomPeople.Program(seeds), Forbid: forbid, K: k);
        Prop.ForAll(Arb.From(programs), input =>
        {
            MatchingProblem problem = MatchingProblem.Create(input.People);
            int n = problem.Mentees.Count, m = problem.Mentors.Count;
            if (n == 0 || m == 0)
            {
                return true;
            }

            var forbidden = input.Forbid.Select(x => (I: x / 8 % n, J: x % 8 % m)).Distinct().ToList();
            var options = new MatchingOptions
            {
                CandidatesPerMentee = input.K,
                ForbiddenPairs = [.. forbidden.Select(f => (problem.Participants[problem.Mentees[f.I]].Id, problem.Participants[problem.Mentors[f.J]].Id))],
            };
            MatchingResult result = new MatchingEngine(options).Solve(problem);
            (int Count, long Points) best = (0, 0);
            Enumerate(problem, (count, points, _) =>
            {
                if (count > best.Count || (count == best.Count && points > best.Points))
                {
                    best = (count, points);
                }
            }, (i, j) => !forbidden.Contains((i, j)));
            long total = result.Matches.Sum(x => (long)Math.Round(x.Score * ScoreTable.PointsPerScore));
            bool noneFormed = result.Matches.All(x => !forbidden.Any(f =>
                ReferenceEquals(problem.Participants[problem.Mentees[f.I]], x.Mentee) && ReferenceEquals(problem.Participants[problem.Mentors[f.J]], x.Mentor)));
            return result.Certificate!.IsOptimal && noneFormed && result.Matches.Count == best.Count && total == best.Points;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    private static Gen<Participant[]> Programs() =>
        from size in Gen.Choose(0, 7)
        from people in Gen.Choose(0, 1000).ArrayOf(size).SelectMany(seeds => Gen.Constant(seeds))
        select people.Select((seed, index) => RandomPeople.Person(seed, index)).ToArray();


    private static bool RespectsRules(MatchingProblem problem, MatchingResult result)
    {
        var load = result.Matches.GroupBy(m => m.Mentor.Id).ToDictionary(g => g.Key, g => g.Count());
        return result.Matches.All(m => !ReferenceEquals(m.Mentee, m.Mentor))
            && result.Matches.Select(m => m.Mentee.Id).Distinct().Count() == result.Matches.Count
            && result.MentorLoads.All(l => l.Load <= l.Capacity && l.Load == load.GetValueOrDefault(l.Mentor.Id))
            && result.Matches.All(m => problem.Scorer.Check(IndexOf(problem, m.Mentee), IndexOf(problem, m.Mentor)) == BlockReason.None);
    }

    private static int IndexOf(MatchingProblem problem, Participant p) => problem.Participants.ToList().IndexOf(p);

    /// <summary>Enumerates every feasible matching: most mentees matched first, then the highest total points.</summary>
    private static (int Count, long Points) BruteForceCoverageThenScore(MatchingProblem problem)
    {
        (int Count, long Points) best = (0, 0);
        Enumerate(problem, (count, points, _) =>
        {
            if (count > best.Count || (count == best.Count && points > best.Points))
            {
                best = (count, points);
            }
        });
        return best;
    }

    private static long BruteForceMinCost(MatchingProblem problem, long penalty)
    {
        long best = long.MaxValue;
        Enumerate(problem, (count, points, unmatched) =>
            best = Math.Min(best, ((long)count * ScoreTable.MaxPoints) - points + (unmatched * penalty)));
        return best;
    }

    private static void Enumerate(MatchingProblem problem, Action<int, long, int> visit, Func<int, int, bool>? pairAllowed = null)
    {
        int n = problem.Mentees.Count;
        int m = problem.Mentors.Count;
        var load = new int[m];
        void Recurse(int i, int count, long points)
        {
            if (i == n)
            {
                visit(count, points, n - count);
                return;
            }

            Recurse(i + 1, count, points);
            for (int j = 0; j < m; j++)
            {
                double? score = problem.ScoreOf(i, j);
                if (score is double s && load[j] < problem.Participants[problem.Mentors[j]].Capacity && (pairAllowed is null || pairAllowed(i, j)))
                {
                    load[j]++;
                    Recurse(i + 1, count + 1, points + (long)Math.Round(s * ScoreTable.PointsPerScore));
                    load[j]--;
                }
            }
        }

        Recurse(0, 0, 0);
    }
}
