// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Collections.Immutable;
using Matching.Core.Domain;
using Matching.Core.Problem;
using Matching.Core.Results;
using Matching.Core.Scoring;
using Matching.Core.Strategies;
using Matching.TestUtils;

namespace Matching.Core.Tests.Strategies;

/// <summary>
/// Every strategy obeys every rule of the program (excluded, kept and blocked pairs, effective capacities, minimum
/// loads), and <c>optimal</c> reaches the optimum of the objective with load penalties, unmatched priorities and pair
/// adjustments. The oracle is written here from the options alone: an independent rule check and an enumeration of
/// every matching of small programs.
/// </summary>
public class RuleProperties
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(150);

    public static Gen<(MatchingProblem Problem, MatchingOptions Options)> Cases() =>
        from problem in SmallPrograms.Problems()
        from seed in Gen.Choose(0, int.MaxValue - 1)
        select (problem, RandomOptions(problem, seed));

    [Fact]
    public void EveryStrategy_ObeysEveryRule_OrReportsThatNoneCan()
    {
        Prop.ForAll(Arb.From(Cases()), c =>
        {
            bool feasible = BestByEnumeration(c.Problem, c.Options) is not null;
            foreach (string name in MatchingStrategies.Names)
            {
                IMatchingStrategy strategy = MatchingStrategies.Create(name, seed: 3, c.Options);
                StrategyResult result;
                try
                {
                    result = strategy.Solve(c.Problem);
                }
                catch (InvalidOperationException) when (!feasible)
                {
                    continue;
                }

                Assert.True(feasible, $"{name} found a matching of rules that have none");
                Assert.True(Violation(c.Problem, c.Options, [.. result.MentorOf]) is null, $"{name}: {Violation(c.Problem, c.Options, [.. result.MentorOf])}");
            }

            MatchingResult engine = new MatchingEngine(c.Options).Solve(c.Problem);
            Assert.Equal(feasible, engine.Status == MatchingStatus.Optimal);
            return true;
        }).Check(Runs);
    }

    [Fact]
    public void Optimal_ReachesTheEnumeratedOptimum_WithPrioritiesAdjustmentsAndLoadPenalties()
    {
        Prop.ForAll(Arb.From(Cases()), c =>
        {
            (long Matched, long Value)? best = BestByEnumeration(c.Problem, c.Options);
            if (best is null)
            {
                return true;
            }

            int[] mentorOf = [.. new OptimalStrategy(c.Options).Solve(c.Problem).MentorOf];
            Assert.Null(Violation(c.Problem, c.Options, mentorOf));
            Assert.Equal(best.Value, Key(c.Problem, c.Options, mentorOf));
            return true;
        }).Check(Runs);
    }

    [Fact]
    public void EveryStrategy_NeverProposesAnExcludedPair()
    {
        // The report: `compare --exclude-pairs` changed only the optimal row.
        Participant[] people = [People.Mentee("ann", ["Python"]), People.Mentee("bo", ["SQL"]), People.Mentor("max", ["Python", "SQL"], capacity: 2), People.Mentor("eve", ["Sales"], capacity: 2)];
        var problem = MatchingProblem.Create(people);
        var options = new MatchingOptions { ForbiddenPairs = [("ann", "max"), ("bo", "max")] };
        foreach (string name in MatchingStrategies.Names)
        {
            StrategyResult result = MatchingStrategies.Create(name, 1, options).Solve(problem);
            Assert.All(result.MentorOf, j => Assert.Equal(1, j));
        }
    }

    [Fact]
    public void Greedy_MatchesThePrioritizedMenteeFirst()
    {
        Participant[] people = [People.Mentee("ann", ["Python"]), People.Mentee("bo", ["Python"]), People.Mentor("max", ["Python"])];
        var problem = MatchingProblem.Create(people);
        var options = new MatchingOptions { UnmatchedPriorities = ImmutableDictionary<string, double>.Empty.Add("bo", 10) };
        Assert.Equal([0, -1], new GreedyStrategy().Solve(problem).MentorOf.ToArray());
        foreach (string name in new[] { "optimal", "greedy", "random", "stable", "fair" })
        {
            Assert.Equal([-1, 0], MatchingStrategies.Create(name, 1, options).Solve(problem).MentorOf.ToArray());
        }
    }

    [Fact]
    public void Validate_OutOfRangeInputs_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MatchingOptions { UnmatchedPriorities = ImmutableDictionary<string, double>.Empty.Add("a", -1) }.Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => new MatchingOptions { PairAdjustments = [new PairAdjustment("a", "b", 101)] }.Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => new MatchingOptions { EffectiveCapacities = ImmutableDictionary<string, int>.Empty.Add("a", -1) }.Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => new MatchingOptions { MentorLoadPenalties = ImmutableDictionary<string, double>.Empty.Add("a", double.NaN) }.Validate());
        Assert.Throws<ArgumentException>(() => new MatchingOptions { PairAdjustments = [new PairAdjustment("", "b", 1)] }.Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => new MatchingEngine(new MatchingOptions { LoadPenalty = 101 }));
    }

    [Fact]
    public void Options_With_KeepsEveryOtherField()
    {
        var options = new MatchingOptions { MinimumLoad = 1, LoadPenalty = 5, ForbiddenPairs = [("a", "b")], PairAdjustments = [new PairAdjustment("a", "c", 3)] };
        MatchingOptions changed = options with { UnmatchedPenalty = 10 };
        Assert.Equal(options with { UnmatchedPenalty = 10 }, changed);
        Assert.Equal(1, changed.MinimumLoad);
        Assert.Same(options.ForbiddenPairs, changed.ForbiddenPairs);
        Assert.Equal(options.PairAdjustments, changed.PairAdjustments);
    }

    [Fact]
    public void Participant_IsARecord_WhoseTextNamesNoAnswer()
    {
        Participant person = People.Mentee("ann", ["Python"]) with { Identity = People.Tags("secret-identity"), WantsAffinity = true };
        Participant both = person with { Roles = Roles.Both };
        Assert.Equal(person.Identity, both.Identity);
        Assert.Equal(Roles.Both, both.Roles);
        Assert.DoesNotContain("secret", both.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("ann", both.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Random rules over the program's people; integer points so the optimum is exact.</summary>
    private static MatchingOptions RandomOptions(MatchingProblem problem, int seed)
    {
        var random = new Random(seed);
        string[] mentees = [.. problem.Mentees.Select(i => problem.Participants[i].Id)];
        string[] mentors = [.. problem.Mentors.Select(j => problem.Participants[j].Id)];
        var forbidden = new List<(string, string)>();
        var locked = new List<(string, string)>();
        var adjustments = ImmutableArray.CreateBuilder<PairAdjustment>();
        foreach (string a in mentees)
        {
            foreach (string b in mentors)
            {
                int roll = random.Next(10);
                if (roll == 0)
                {
                    forbidden.Add((a, b));
                }
                else if (roll == 1 && random.Next(3) == 0)
                {
                    locked.Add((a, b));
                }
                else if (roll <= 3)
                {
                    adjustments.Add(new PairAdjustment(a, b, random.Next(-40, 41)));
                }
            }
        }

        var priorities = ImmutableDictionary.CreateBuilder<string, double>();
        foreach (string a in mentees.Where(_ => random.Next(3) == 0))
        {
            priorities[a] = random.Next(0, 60);
        }

        var capacities = ImmutableDictionary.CreateBuilder<string, int>();
        var penalties = ImmutableDictionary.CreateBuilder<string, double>();
        foreach (string b in mentors)
        {
            if (random.Next(4) == 0)
            {
                capacities[b] = random.Next(0, 4);
            }

            if (random.Next(4) == 0)
            {
                penalties[b] = random.Next(0, 40);
            }
        }

        return new MatchingOptions
        {
            ForbiddenPairs = forbidden,
            LockedPairs = locked,
            MinimumLoad = random.Next(4) == 0 ? 1 : 0,
            LoadPenalty = random.Next(3) == 0 ? random.Next(0, 30) : 0,
            UnmatchedPenalty = random.Next(3) == 0 ? random.Next(0, 100) : null,
            UnmatchedPriorities = priorities.ToImmutable(),
            PairAdjustments = adjustments.ToImmutable(),
            EffectiveCapacities = capacities.ToImmutable(),
            MentorLoadPenalties = penalties.ToImmutable(),
        };
    }

    private static int Capacity(MatchingProblem problem, MatchingOptions options, int j)
    {
        Participant mentor = problem.Participants[problem.Mentors[j]];
        return options.EffectiveCapacities.TryGetValue(mentor.Id, out int c) ? c : Math.Max(0, mentor.Capacity);
    }

    /// <summary>The first rule a matching breaks, checked from the options directly, or null.</summary>
    private static string? Violation(MatchingProblem problem, MatchingOptions options, int[] mentorOf)
    {
        var load = new int[problem.Mentors.Count];
        for (int i = 0; i < mentorOf.Length; i++)
        {
            string mentee = problem.Participants[problem.Mentees[i]].Id;
            foreach (var (_, kept) in options.LockedPairs.Where(p => p.MenteeId == mentee))
            {
                if (mentorOf[i] < 0 || problem.Participants[problem.Mentors[mentorOf[i]]].Id != kept)
                {
                    return $"{mentee} is not with kept mentor {kept}";
                }
            }

            if (mentorOf[i] < 0)
            {
                continue;
            }

            int j = mentorOf[i];
            string mentor = problem.Participants[problem.Mentors[j]].Id;
            if (problem.BlockOf(i, j) != BlockReason.None || options.ForbiddenPairs.Contains((mentee, mentor)))
            {
                return $"{mentee} → {mentor} is blocked or excluded";
            }

            load[j]++;
        }

        for (int j = 0; j < load.Length; j++)
        {
            int capacity = Capacity(problem, options, j);
            if (load[j] > capacity || load[j] < Math.Min(options.MinimumLoad, capacity))
            {
                return $"mentor {j} has load {load[j]} (capacity {capacity}, minimum {options.MinimumLoad})";
            }
        }

        return null;
    }

    /// <summary>
    /// The objective as a key to maximize, in points: (matched count when coverage comes first, else 0; minus the sum
    /// of (100 − score − adjustment) over pairs, the load penalties and, per unmatched mentee, priority and penalty).
    /// </summary>
    private static (long Matched, long Value) Key(MatchingProblem problem, MatchingOptions options, int[] mentorOf)
    {
        long matched = 0;
        long cost = 0;
        var load = new int[problem.Mentors.Count];
        for (int i = 0; i < mentorOf.Length; i++)
        {
            string mentee = problem.Participants[problem.Mentees[i]].Id;
            if (mentorOf[i] < 0)
            {
                cost += 1000 * (long)(options.UnmatchedPriorities.GetValueOrDefault(mentee) + (options.UnmatchedPenalty ?? 0));
                continue;
            }

            int j = mentorOf[i];
            string mentor = problem.Participants[problem.Mentors[j]].Id;
            matched++;
            long points = (long)Math.Round(problem.ScoreOf(i, j)!.Value * 1000);
            long adjustment = 1000 * (long)options.PairAdjustments.Where(a => a.MenteeId == mentee && a.MentorId == mentor).Sum(a => a.Points);
            cost += 100_000 - points - adjustment;
            double slot = options.MentorLoadPenalties.TryGetValue(mentor, out double own) ? own : options.LoadPenalty;
            cost += 1000 * (long)slot * load[j];
            load[j]++;
        }

        return (options.UnmatchedPenalty is null ? matched : 0, -cost);
    }

    /// <summary>The best key over every matching that obeys every rule, or null when none does.</summary>
    private static (long Matched, long Value)? BestByEnumeration(MatchingProblem problem, MatchingOptions options)
    {
        int n = problem.Mentees.Count;
        int m = problem.Mentors.Count;
        var mentorOf = new int[n];
        (long, long)? best = null;
        void Recurse(int i)
        {
            if (i == n)
            {
                if (Violation(problem, options, mentorOf) is null)
                {
                    var key = Key(problem, options, mentorOf);
                    if (best is null || key.CompareTo(best.Value) > 0)
                    {
                        best = key;
                    }
                }

                return;
            }

            for (int j = -1; j < m; j++)
            {
                if (j >= 0 && problem.BlockOf(i, j) != BlockReason.None)
                {
                    continue;
                }

                mentorOf[i] = j;
                Recurse(i + 1);
            }
        }

        Recurse(0);
        return best;
    }
}
