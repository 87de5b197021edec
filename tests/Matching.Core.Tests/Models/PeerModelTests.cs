// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Domain;
using Matching.Core.Models;
using Matching.Core.Problem;
using Matching.Core.Results;
using Matching.TestUtils;

namespace Matching.Core.Tests.Models;

/// <summary>
/// The peer model against an enumeration of every pairing of small pools: coverage first then the highest total,
/// nobody twice, no self pair, excluded pairs blocked in either direction, stable pairings without a blocking pair.
/// </summary>
public class PeerModelTests
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(120);

    private static Gen<(MatchingProblem Problem, MatchingOptions Options)> Pools() =>
        from size in Gen.Choose(0, 9)
        from seeds in Gen.Choose(0, 1000).ArrayOf(size)
        from excludeSeed in Gen.Choose(0, 1000)
        let people = seeds.Select((seed, index) => RandomPeople.Person(seed, index) with { Roles = Roles.Both, Capacity = 1 }).ToArray()
        select (MatchingProblem.Create(people), Excluding(people, excludeSeed));

    [Fact]
    public void Optimal_MatchesTheEnumeratedOptimum_AndNobodyTwice()
    {
        Prop.ForAll(Arb.From(Pools()), c =>
        {
            ProgramResult result = new PeerModel().Solve(c.Problem, c.Options, "optimal");
            Assert.Equal(MatchingStatus.Optimal, result.Status);
            PeerPair[] pairs = [.. result.PlacementsOf<PeerPair>()];
            AssertValid(c.Problem, c.Options, pairs);
            var (bestPairs, bestTotal) = Enumerate(c.Problem, c.Options);
            Assert.Equal(bestPairs, pairs.Length);
            Assert.Equal(bestTotal, pairs.Sum(p => Points(c.Problem, p.First, p.Second)));
            Assert.Equal(c.Problem.Participants.Count, pairs.Length * 2 + result.Unmatched.Length);
            return true;
        }).Check(Runs);
    }

    [Fact]
    public void Stable_HasNoBlockingPair_OrSaysPlainlyThatNoneExists()
    {
        Prop.ForAll(Arb.From(Pools()), c =>
        {
            ProgramResult result = new PeerModel().Solve(c.Problem, c.Options, "stable");
            if (result.Status != MatchingStatus.Optimal)
            {
                Assert.Contains("no stable pairing exists", result.Message, StringComparison.Ordinal);
                return true;
            }

            PeerPair[] pairs = [.. result.PlacementsOf<PeerPair>()];
            AssertValid(c.Problem, c.Options, pairs);
            var partner = new Dictionary<Participant, Participant>(ReferenceEqualityComparer.Instance);
            foreach (PeerPair p in pairs)
            {
                partner[p.First] = p.Second;
                partner[p.Second] = p.First;
            }

            int Value(Participant a, Participant? b) => b is null ? -1 : Points(c.Problem, a, b);
            var people = c.Problem.Participants;
            foreach (Participant a in people)
            {
                foreach (Participant b in people)
                {
                    if (!ReferenceEquals(a, b) && Allowed(c.Problem, c.Options, a, b) && !ReferenceEquals(partner.GetValueOrDefault(a), b))
                    {
                        bool blocking = Value(a, b) > Value(a, partner.GetValueOrDefault(a)) && Value(b, a) > Value(b, partner.GetValueOrDefault(b));
                        Assert.False(blocking, $"{a.Id} and {b.Id} would rather be together");
                    }
                }
            }

            return true;
        }).Check(Runs);
    }

    [Fact]
    public void Solve_OddPool_LeavesOnePersonWithAReason()
    {
        Participant[] people = [.. new[] { "a", "b", "c" }.Select(id => People.Mentee(id, ["Python"]) with { Roles = Roles.Both, Capacity = 1, SkillsOffered = People.Tags("Python") })];
        ProgramResult result = new PeerModel().Solve(MatchingProblem.Create(people), MatchingOptions.Default, "optimal");
        Assert.Single(result.Placements);
        Assert.Contains("odd number", Assert.Single(result.Unmatched).Reason, StringComparison.Ordinal);
    }

    private static MatchingOptions Excluding(Participant[] people, int seed)
    {
        var random = new Random(seed);
        var forbidden = new List<(string, string)>();
        foreach (Participant a in people)
        {
            foreach (Participant b in people)
            {
                if (a != b && random.Next(6) == 0)
                {
                    forbidden.Add((a.Id, b.Id));
                }
            }
        }

        return new MatchingOptions { ForbiddenPairs = forbidden };
    }

    private static int Position(MatchingProblem problem, Participant p) => problem.Participants.ToList().FindIndex(x => ReferenceEquals(x, p));

    private static bool Allowed(MatchingProblem problem, MatchingOptions options, Participant a, Participant b)
    {
        int x = Position(problem, a);
        int y = Position(problem, b);
        return problem.ScoreOf(x, y) is not null && problem.ScoreOf(y, x) is not null
            && !options.ForbiddenPairs.Contains((a.Id, b.Id)) && !options.ForbiddenPairs.Contains((b.Id, a.Id));
    }

    /// <summary>The symmetric points: mean of both directions (everyone is on both sides, in input order).</summary>
    private static int Points(MatchingProblem problem, Participant a, Participant b)
    {
        int x = Position(problem, a);
        int y = Position(problem, b);
        double mean = ((problem.ScoreOf(x, y)!.Value * 1000) + (problem.ScoreOf(y, x)!.Value * 1000)) / 2;
        return (int)Math.Round(Math.Round(mean, 6), MidpointRounding.AwayFromZero);
    }

    private static void AssertValid(MatchingProblem problem, MatchingOptions options, PeerPair[] pairs)
    {
        var seen = new HashSet<Participant>(ReferenceEqualityComparer.Instance);
        foreach (PeerPair p in pairs)
        {
            Assert.False(ReferenceEquals(p.First, p.Second));
            Assert.True(seen.Add(p.First) && seen.Add(p.Second), "someone is in two pairs");
            Assert.True(Allowed(problem, options, p.First, p.Second), $"{p.First.Id} – {p.Second.Id} is blocked or excluded");
        }
    }

    /// <summary>Most pairs, then the highest total, over every pairing.</summary>
    private static (int Pairs, long Total) Enumerate(MatchingProblem problem, MatchingOptions options)
    {
        var people = problem.Participants;
        int n = people.Count;
        var used = new bool[n];
        (int, long) best = (0, 0);
        void Recurse(int a, int pairs, long total)
        {
            while (a < n && used[a])
            {
                a++;
            }

            if (a >= n)
            {
                if ((pairs, total).CompareTo(best) > 0)
                {
                    best = (pairs, total);
                }

                return;
            }

            used[a] = true;
            Recurse(a + 1, pairs, total);
            for (int b = a + 1; b < n; b++)
            {
                if (!used[b] && Allowed(problem, options, people[a], people[b]))
                {
                    used[b] = true;
                    Recurse(a + 1, pairs + 1, total + Points(problem, people[a], people[b]));
                    used[b] = false;
                }
            }

            used[a] = false;
        }

        Recurse(0, 0, 0);
        return best;
    }
}
