// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Candidates;
using Matching.Core.Domain;
using Matching.Core.Problem;
using Matching.TestUtils;

namespace Matching.Core.Tests.Candidates;

/// <summary>
/// A pricing round that starts from the last round's memo (<see cref="PricingMemo"/>) prices only the pairs whose
/// reduced cost can have fallen, yet must return exactly what pricing every mentee in full returns: the same violators
/// in the same order, and the same memo for the round after. Checked over chains of rounds, each adding its violators
/// to the network as the large-program loop does, under potentials that move for some mentees and mentors (up and
/// down, by random amounts) and stay for the rest, with thresholds, exclusions, capacities and count-only models.
/// </summary>
public class IncrementalPricingTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Find_SinceTheLastRound_ReturnsWhatAFullPricingReturns(int seed)
    {
        var random = new Random(700 + seed);
        int compared = 0;
        int skippedByMemo = 0;
        for (int program = 0; program < 15; program++)
        {
            Participant[] people = RandomPeople.Program([.. Enumerable.Range(0, random.Next(8, 50)).Select(_ => random.Next())]);
            int k = random.Next(1, 4);
            MatchingProblem problem = MatchingProblem.Create(people, candidatesPerMentee: k);
            int n = problem.Mentees.Count;
            int m = problem.Mentors.Count;
            if (n == 0 || m == 0)
            {
                continue;
            }

            bool countOnly = random.Next(5) == 0;
            long offset = countOnly ? 0 : 100_000;
            int threshold = random.Next(3) == 0 ? random.Next(20_000, 60_000) : 0;
            int[] capacity = [.. Enumerable.Range(0, m).Select(_ => random.Next(6) == 0 ? 0 : random.Next(1, 3))];
            var excluded = new HashSet<(int, int)>();
            for (int x = 0; x < n; x++)
            {
                excluded.Add((random.Next(n), random.Next(m)));
            }

            // The network: each round's violators join it, as ProgramRules does.
            var inNetwork = new HashSet<(int, int)>();
            var terms = new PricingTerms(offset, countOnly, threshold, capacity, (i, j) => excluded.Contains((i, j)), (i, work) =>
            {
                foreach (var (_, j) in inNetwork.Where(p => p.Item1 == i))
                {
                    work.Mark(j);
                }
            });

            long[] potentials = CandidateIndexTests.RandomPotentials(random, n, m, countOnly);

            int limit = random.Next(1, 4);
            PricingMemo? memo = null;
            for (int round = 0; round < 4; round++)
            {
                string label = $"seed {seed} program {program} round {round}";
                var full = new (int Mentor, int Points)[]?[n];
                var (fullFound, _) = ReducedCostPricer.Find(problem, terms, potentials, limit, full, null, out PricingMemo fullMemo, CancellationToken.None);
                if (memo is not null)
                {
                    var since = new (int Mentor, int Points)[]?[n];
                    var (sinceFound, sinceScored) = ReducedCostPricer.Find(problem, terms, potentials, limit, since, memo, out PricingMemo sinceMemo, CancellationToken.None);
                    Assert.Equal(fullFound, sinceFound);
                    for (int i = 0; i < n; i++)
                    {
                        Assert.True((full[i] ?? []).SequenceEqual(since[i] ?? []), $"{label} mentee {i}");
                        Assert.True(fullMemo.Complete[i] == sinceMemo.Complete[i], $"{label} mentee {i}: complete");
                    }

                    Assert.Same(potentials, sinceMemo.Potentials);
                    compared++;
                    skippedByMemo += memo.Complete.Count(c => c);
                }

                // Every violator joins the network; then some potentials move (mentees and mentors, either way) and
                // the rest stay, as between warm-started rounds.
                for (int i = 0; i < n; i++)
                {
                    foreach (var (j, _) in full[i] ?? [])
                    {
                        Assert.True(inNetwork.Add((i, j)), $"{label}: a violator already in the network");
                    }
                }

                memo = fullMemo;
                potentials = (long[])potentials.Clone();
                for (int v = 0; v < n + m; v++)
                {
                    if (random.Next(4) == 0)
                    {
                        potentials[v] += countOnly ? random.Next(-1, 2) : random.Next(-3, 4) * 2_500;
                    }
                }
            }
        }

        Assert.True(compared >= 20, $"only {compared} rounds compared");
        Assert.True(skippedByMemo > 0, "no mentee was priced from the memo");
    }

    [Fact]
    public void Find_WithoutAMemo_MarksEveryMenteeWithFewerViolatorsThanTheLimitComplete()
    {
        var random = new Random(5);
        Participant[] people = RandomPeople.Program([.. Enumerable.Range(0, 40).Select(_ => random.Next())]);
        MatchingProblem problem = MatchingProblem.Create(people, candidatesPerMentee: 1);
        int n = problem.Mentees.Count;
        int m = problem.Mentors.Count;
        int[] capacity = [.. Enumerable.Repeat(1, m)];
        var terms = new PricingTerms(100_000, false, 0, capacity, (_, _) => false, (_, _) => { });

        // Mentor potentials high enough that every left-out allowed pair violates: a mentee with more allowed
        // mentors than the limit is cut off (not complete); one with fewer has them all (complete).
        long[] potentials = [.. Enumerable.Repeat(0L, n), .. Enumerable.Repeat(200_000L, m), 0L];
        var violators = new (int Mentor, int Points)[]?[n];
        const int limit = 2;
        ReducedCostPricer.Find(problem, terms, potentials, limit, violators, null, out PricingMemo memo, CancellationToken.None);

        Assert.Same(potentials, memo.Potentials);
        for (int i = 0; i < n; i++)
        {
            int allowedLeftOut = Enumerable.Range(0, m).Count(j => problem.PointsAt(i, j) >= 0 && !problem.CandidatesOf(i).Contains(j));
            int found = violators[i]?.Length ?? 0;
            Assert.Equal(Math.Min(limit, allowedLeftOut), found);
            Assert.Equal(found < limit, memo.Complete[i]);
        }
    }
}
