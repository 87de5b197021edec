// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Candidates;
using Matching.Core.Domain;
using Matching.Core.Problem;
using Matching.Core.Scoring;
using Matching.TestUtils;

namespace Matching.Core.Tests.Candidates;

/// <summary>
/// The mentor index behind the top-k search and the bound-based pricing (<see cref="MentorIndex"/>,
/// <see cref="MentorBitsets"/>, <see cref="ReducedCostPricer"/>; issue 18, mutation testing), against a full scoring of
/// every pair on seeded programs: with vocabularies and mentor counts beyond one 64-bit word (so every bitset spans
/// several words), mentors who take nobody, language pools and mentors who speak none; and the pricer's violators
/// against a brute force over every left-out pair under random potentials, thresholds, exclusions and network marks.
/// </summary>
public class CandidateIndexTests
{
    /// <summary>Default weights, or only skills, goals and level (every pair then scores exactly its bound, so a loose or tight bound shows).</summary>
    private static ScoringOptions Options(bool boundOnly, bool strictLanguage) => boundOnly
        ? new ScoringOptions
        {
            SkillsWeight = 40, GoalsWeight = 20, AvailabilityWeight = 0, CareerLevelWeight = 15, MeetingFormatWeight = 0,
            MeetingFrequencyWeight = 0, AffinityWeight = 0, PreferenceWeight = 0, RequireSharedLanguage = strictLanguage,
        }
        : new ScoringOptions { RequireSharedLanguage = strictLanguage };

    public static TheoryData<int, bool, bool> Programs()
    {
        var data = new TheoryData<int, bool, bool>();
        for (int seed = 0; seed < 4; seed++)
        {
            data.Add(seed, seed % 2 == 0, seed < 2);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void TopK_WideProgram_EqualsTheTopKOfAFullScoring(int seed, bool strictLanguage, bool boundOnly)
    {
        var random = new Random(seed);
        Participant[] people = WideProgram(random, mentees: 12, mentors: 150);
        ScoringOptions options = Options(boundOnly, strictLanguage);
        MatchingProblem problem = MatchingProblem.Create(people, options);

        foreach (int k in new[] { 1, 4, 40 })
        {
            var (mentors, points, scored) = TopKCandidates.Find(problem.Scorer, problem.Participants, problem.Mentees, problem.Mentors, k);
            long allowed = 0;
            for (int i = 0; i < problem.Mentees.Count; i++)
            {
                int[] expected = [.. Enumerable.Range(0, problem.Mentors.Count)
                    .Where(j => problem.ScoreOf(i, j) is not null)
                    .OrderByDescending(j => problem.DenseScores.PointsAt(i, j)).ThenBy(j => j)
                    .Take(k)];
                allowed += Enumerable.Range(0, problem.Mentors.Count).Count(j => problem.ScoreOf(i, j) is not null);
                Assert.Equal(expected, mentors[i]);
                Assert.Equal(expected.Select(j => problem.DenseScores.PointsAt(i, j)), points[i]);
            }

            // Only allowed pairs are ever scored (mentors who take nobody and, when required, those outside the
            // language pool are never visited).
            Assert.InRange(scored, 0, allowed);
        }
    }

    /// <summary>
    /// The mentee wants only skills 65–70 of the vocabulary (the second 64-bit word). The mentor offering all six is
    /// the best; a mentor sharing only a goal is second. Were the second word's skills not counted, the best mentor
    /// would sit in the group of no skills, whose bound is below the second mentor's score, and be cut off.
    /// </summary>
    [Fact]
    public void TopK_SkillsInTheSecondWordOfTheVocabulary_AreCounted()
    {
        string[] first = [.. Enumerable.Range(0, 64).Select(t => $"S{t}")];
        string[] second = [.. Enumerable.Range(64, 6).Select(t => $"S{t}")];
        Participant[] people =
        [
            People.Mentor("filler", offers: first, level: 2),
            People.Mentee("a", wants: second, goals: ["G"], level: 1),
            People.Mentor("goal", goals: ["G"], level: 2),
            People.Mentor("skills", offers: second, level: 2),
        ];
        MatchingProblem problem = MatchingProblem.Create(people, Options(boundOnly: true, strictLanguage: false));
        Assert.Equal(2, problem.Scorer.SkillsOfferedTags.WordCount);

        var (mentors, points, _) = TopKCandidates.Find(problem.Scorer, problem.Participants, problem.Mentees, problem.Mentors, 1);

        int[] order = [.. problem.Mentors];
        int best = Array.IndexOf(order, 3);
        Assert.Equal([best], mentors[0]);
        Assert.Equal([problem.DenseScores.PointsAt(0, best)], points[0]);
        Assert.True(problem.DenseScores.PointsAt(0, best) > problem.DenseScores.PointsAt(0, Array.IndexOf(order, 2)));
    }

    /// <summary>
    /// Wide programs where nobody answered skills, goals or the career level: that criterion is out of every mean, so
    /// it must be out of the bound too (counted at its neutral 0.5 it would lower every bound below some scores). The
    /// top k still equals a full scoring.
    /// </summary>
    [Theory]
    [InlineData(Criterion.Skills)]
    [InlineData(Criterion.Goals)]
    [InlineData(Criterion.CareerLevel)]
    public void TopK_WideProgramWithACriterionNobodyAnswered_EqualsTheTopKOfAFullScoring(Criterion unanswered)
    {
        for (int seed = 0; seed < 3; seed++)
        {
            var random = new Random(40 + seed);
            Participant[] people = [.. WideProgram(random, mentees: 12, mentors: 150).Select(p => unanswered switch
            {
                Criterion.Skills => p with { SkillsOffered = People.Tags([]), SkillsWanted = People.Tags([]) },
                Criterion.Goals => p with { Goals = People.Tags([]) },
                _ => p with { CareerLevel = null },
            })];
            MatchingProblem problem = MatchingProblem.Create(people, Options(boundOnly: false, strictLanguage: seed == 1));
            Assert.False(problem.Scorer.Counts(0, unanswered));

            foreach (int k in new[] { 1, 3, 10 })
            {
                var (mentors, points, _) = TopKCandidates.Find(problem.Scorer, problem.Participants, problem.Mentees, problem.Mentors, k);
                for (int i = 0; i < problem.Mentees.Count; i++)
                {
                    int[] expected = [.. Enumerable.Range(0, problem.Mentors.Count)
                        .Where(j => problem.ScoreOf(i, j) is not null)
                        .OrderByDescending(j => problem.DenseScores.PointsAt(i, j)).ThenBy(j => j)
                        .Take(k)];
                    Assert.Equal(expected, mentors[i]);
                    Assert.Equal(expected.Select(j => problem.DenseScores.PointsAt(i, j)), points[i]);
                }
            }
        }
    }

    [Fact]
    public void TopK_MentorsWhoTakeNobody_AreNeverScored()
    {
        var people = new List<Participant> { People.Mentee("a", wants: ["Python"], level: 1) };
        for (int n = 0; n < 100; n++)
        {
            people.Add(People.Mentor($"z{n}", offers: ["Python"], capacity: 0, level: 2));
        }

        people.Add(People.Mentor("low", offers: ["Sales"], level: 2));
        MatchingProblem problem = MatchingProblem.Create(people);

        var (mentors, _, scored) = TopKCandidates.Find(problem.Scorer, problem.Participants, problem.Mentees, problem.Mentors, 5);

        Assert.Equal([100], mentors[0]);
        Assert.Equal(1, scored);
    }

    [Fact]
    public void TopK_LanguagePoolBeyondOneWord_KeepsSpeakersAndThoseWhoSpeakNone()
    {
        // 70 languages (two words); the mentee speaks the 70th. Mentors who speak it or speak none are in its pool,
        // the 120 who speak another are never scored; the pool spans two words of mentors too.
        string[] languages = [.. Enumerable.Range(0, 70).Select(l => $"L{l}")];
        var people = new List<Participant> { People.Mentee("a", languages: ["L69"]) };
        for (int n = 0; n < 120; n++)
        {
            people.Add(People.Mentor($"x{n}", languages: [languages[n % 69]]));
        }

        people.Add(People.Mentor("speaker", languages: ["L69", "L3"]));
        people.Add(People.Mentor("silent", languages: []));
        MatchingProblem problem = MatchingProblem.Create(people, new ScoringOptions { RequireSharedLanguage = true });

        var (mentors, _, scored) = TopKCandidates.Find(problem.Scorer, problem.Participants, problem.Mentees, problem.Mentors, 10);

        Assert.Equal([120, 121], mentors[0].Order());
        Assert.Equal(2, scored);
    }

    /// <summary>
    /// The pricer's violators per mentee are, by key (gain + mentor potential), the best <c>limit</c> of every
    /// left-out pair (not kept, not in the network, mentor with room, allowed, at or above the threshold, not excluded)
    /// whose key reaches the mentee's bar; mentees whose kept list is not full get none. Every fourth one-word program
    /// has hundreds of mentors and keeps every violator, so a mentee's pass crosses the slices in which the pricer picks
    /// mentors, and a mentor missed in any of them is seen.
    /// </summary>
    [Theory]
    [MemberData(nameof(Programs))]
    public void Pricer_Violators_AreTheBestLeftOutPairsOfAFullScoring(int seed, bool strictLanguage, bool wide)
    {
        var random = new Random(100 + seed);
        int checkedMentees = 0;
        int withViolators = 0;
        for (int program = 0; program < 12; program++)
        {
            // Wide programs: every vocabulary beyond one 64-bit word, or only one of them (mentor keys then mix the
            // one-word and the several-word ways of counting).
            Participant[] people = wide
                ? WideProgram(random, mentees: random.Next(1, 10), mentors: random.Next(60, 140), wideOnly: (program % 4) switch { 0 => null, 1 => "S", 2 => "G", _ => "L" })
                : RandomPeople.Program([.. Enumerable.Range(0, program % 4 == 3 ? random.Next(700, 900) : random.Next(6, 40)).Select(_ => random.Next())]);
            ScoringOptions options = Options(random.Next(2) == 0, strictLanguage);
            int k = random.Next(1, 4);
            MatchingProblem problem = MatchingProblem.Create(people, options, candidatesPerMentee: k);
            int n = problem.Mentees.Count;
            int m = problem.Mentors.Count;
            if (n == 0 || m == 0)
            {
                continue;
            }

            bool countOnly = random.Next(4) == 0;
            long offset = countOnly ? 0 : 100_000;
            int threshold = random.Next(3) == 0 ? random.Next(20_000, 70_000) : 0;
            if (program % 3 == 2 && problem.CandidatesOf(0).Length == k)
            {
                // The threshold exactly at the first mentee's k-th best points: left-out pairs at those points are in
                // the model and may violate.
                threshold = problem.CandidatePointsOf(0)[k - 1];
            }
            int[] capacity = [.. Enumerable.Range(0, m).Select(_ => random.Next(5) == 0 ? 0 : random.Next(1, 3))];
            var excluded = new HashSet<(int, int)>();
            var inNetwork = new HashSet<(int, int)>();
            for (int x = 0; x < n * 2; x++)
            {
                excluded.Add((random.Next(n), random.Next(m)));
                inNetwork.Add((random.Next(n), random.Next(m)));
            }

            long[] potentials = RandomPotentials(random, n, m, countOnly);

            // The large programs keep every violator, so a mentor skipped anywhere in the pass is missed.
            int limit = program % 4 == 3 && !wide ? m : random.Next(1, 4);
            var terms = new PricingTerms(offset, countOnly, threshold, capacity, (i, j) => excluded.Contains((i, j)), (i, work) =>
            {
                foreach (var (_, j) in inNetwork.Where(p => p.Item1 == i))
                {
                    work.Mark(j);
                }
            });
            var violators = new (int Mentor, int Points)[]?[n];

            var (found, scored) = ReducedCostPricer.Find(problem, terms, potentials, limit, violators, null, out _, CancellationToken.None);

            // Every violator was scored, and no pair more than once.
            Assert.InRange(scored, found, (long)n * m);

            long total = 0;
            for (int i = 0; i < n; i++)
            {
                string label = $"seed {seed} program {program} mentee {i}";
                var kept = problem.CandidatesOf(i).ToArray();
                if (kept.Length < k)
                {
                    Assert.Null(violators[i]);
                    continue;
                }

                checkedMentees++;
                long need = offset + potentials[i] + 1;
                var candidates = new Dictionary<int, (int Points, long Key)>();
                for (int j = 0; j < m; j++)
                {
                    int points = problem.PointsAt(i, j);
                    long key = (countOnly ? 0 : points) + potentials[n + j];
                    if (capacity[j] > 0 && !kept.Contains(j) && !inNetwork.Contains((i, j)) && points >= 0
                        && points >= threshold && !excluded.Contains((i, j)) && key >= need)
                    {
                        candidates[j] = (points, key);
                    }
                }

                long[] expected = [.. candidates.Values.Select(c => c.Key).OrderDescending().Take(limit)];
                if (expected.Length == 0)
                {
                    Assert.Null(violators[i]);
                    continue;
                }

                var actual = violators[i];
                Assert.NotNull(actual);
                withViolators++;
                Assert.Equal(actual.Length, actual.Select(v => v.Mentor).Distinct().Count());
                Assert.All(actual, v => Assert.True(candidates.TryGetValue(v.Mentor, out var c) && c.Points == v.Points, $"{label}: mentor {v.Mentor}"));
                Assert.Equal(expected, actual.Select(v => candidates[v.Mentor].Key));
                total += actual.Length;
            }

            Assert.Equal(total, found);
        }

        Assert.True(checkedMentees >= 30 && withViolators >= 10, $"{checkedMentees} mentees checked, {withViolators} with violators");
    }

    /// <summary>
    /// Only the languages span two 64-bit words (skills and goals fit one), the language rule is on, and every mentor
    /// potential is so high that every allowed left-out pair violates: the pricer returns exactly the allowed pairs
    /// outside each mentee's kept list. A mentor key read the one-word way from two-word language rows would put
    /// mentors who share a language outside the mentee's pool, and they would be missing.
    /// </summary>
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Pricer_OnlyLanguagesBeyondOneWord_FindsEveryMentorInThePool(int seed)
    {
        var random = new Random(600 + seed);
        Participant[] people = WideProgram(random, mentees: 8, mentors: 100, wideOnly: "L");
        MatchingProblem problem = MatchingProblem.Create(people, new ScoringOptions { RequireSharedLanguage = true }, candidatesPerMentee: 1);
        int n = problem.Mentees.Count;
        int m = problem.Mentors.Count;
        int[] capacity = [.. Enumerable.Range(0, m).Select(_ => 1)];
        var terms = new PricingTerms(100_000, false, 0, capacity, (_, _) => false, (_, _) => { });
        long[] potentials = [.. Enumerable.Range(0, n + m + 1).Select(v => v >= n && v < n + m ? 200_000L : 0)];
        var violators = new (int Mentor, int Points)[]?[n];

        var (found, _) = ReducedCostPricer.Find(problem, terms, potentials, m, violators, null, out _, CancellationToken.None);

        long expectedTotal = 0;
        int blocked = 0;
        for (int i = 0; i < n; i++)
        {
            int[] kept = problem.CandidatesOf(i).ToArray();
            int[] expected = [.. Enumerable.Range(0, m).Where(j => problem.ScoreOf(i, j) is not null && !kept.Contains(j))];
            blocked += Enumerable.Range(0, m).Count(j => problem.ScoreOf(i, j) is null);
            Assert.Equal(expected, (violators[i] ?? []).Select(v => v.Mentor).Order());
            expectedTotal += expected.Length;
        }

        Assert.Equal(expectedTotal, found);
        Assert.True(expectedTotal > 100 && blocked > 100, $"{expectedTotal} violators, {blocked} pairs blocked");
    }

    [Fact]
    public void Pricer_CancelledToken_Throws()
    {
        Participant[] people = RandomPeople.Program([.. Enumerable.Range(0, 30)]);
        MatchingProblem problem = MatchingProblem.Create(people, candidatesPerMentee: 1);
        int n = problem.Mentees.Count;
        int m = problem.Mentors.Count;
        var terms = new PricingTerms(0, CountOnly: true, 0, [.. Enumerable.Repeat(1, m)], (_, _) => false, (_, _) => { });
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => ReducedCostPricer.Find(problem, terms, new long[n + m + 1], 3, new (int, int)[]?[n], null, out _, cancelled.Token));
    }

    [Fact]
    public void Pricer_NoMentorWithRoom_FindsNothing()
    {
        Participant[] people = RandomPeople.Program([.. Enumerable.Range(0, 30)]);
        MatchingProblem problem = MatchingProblem.Create(people, candidatesPerMentee: 1);
        int n = problem.Mentees.Count;
        int m = problem.Mentors.Count;
        var terms = new PricingTerms(0, CountOnly: true, 0, new int[m], (_, _) => false, (_, _) => { });
        var violators = new (int Mentor, int Points)[]?[n];

        Assert.Equal((0L, 0L), ReducedCostPricer.Find(problem, terms, [.. Enumerable.Repeat(100L, n + m + 1)], 3, violators, null, out _, CancellationToken.None));
        Assert.All(violators, Assert.Null);
    }

    /// <summary>
    /// Identical mentees and mentors tie on every key: each mentee's violators follow its own rotation of the mentor
    /// positions, so mentee 0 takes the first positions and eight identical mentees do not all take the same mentor.
    /// </summary>
    [Fact]
    public void Pricer_IdenticalPeople_SpreadOverTiedMentors()
    {
        var people = new List<Participant>();
        for (int i = 0; i < 8; i++)
        {
            people.Add(People.Mentee($"e{i}", wants: ["Python"]));
        }

        for (int j = 0; j < 9; j++)
        {
            people.Add(People.Mentor($"r{j}", offers: ["Python"]));
        }

        MatchingProblem problem = MatchingProblem.Create(people, candidatesPerMentee: 1);
        int n = problem.Mentees.Count;
        int m = problem.Mentors.Count;
        var terms = new PricingTerms(0, CountOnly: true, 0, [.. Enumerable.Repeat(1, m)], (_, _) => false, (_, _) => { });
        var violators = new (int Mentor, int Points)[]?[n];
        long[] potentials = [.. Enumerable.Repeat(-1L, n), .. Enumerable.Repeat(1L, m + 1)];

        ReducedCostPricer.Find(problem, terms, potentials, 2, violators, null, out _, CancellationToken.None);

        var firsts = new HashSet<int>();
        for (int i = 0; i < n; i++)
        {
            var pairs = violators[i]!;
            Assert.Equal(2, pairs.Length);
            int kept = problem.CandidatesOf(i)[0];
            Assert.DoesNotContain(kept, pairs.Select(p => p.Mentor));
            firsts.Add(pairs[0].Mentor);
        }

        Assert.Equal([1, 2], violators[0]!.Select(p => p.Mentor));
        Assert.True(firsts.Count >= 3, $"only {firsts.Count} different first violators");
    }

    /// <summary>
    /// A program with vocabularies of 70 skills, goals and languages (two 64-bit words each), drawn so that people
    /// share tags often: half the tags come from a small common pool across the word boundary, half from all 70.
    /// </summary>
    /// <summary>Random potentials of a pricing model: mentees' at or below 0, mentors' on few distinct values (so they tie), the sink's 0.</summary>
    internal static long[] RandomPotentials(Random random, int n, int m, bool countOnly)
    {
        var potentials = new long[n + m + 1];
        for (int i = 0; i < n; i++)
        {
            potentials[i] = countOnly ? -random.Next(0, 3) : -random.Next(0, 90_000);
        }

        for (int j = 0; j < m; j++)
        {
            potentials[n + j] = countOnly ? random.Next(-2, 2) : random.Next(-4, 5) * 5_000;
        }

        return potentials;
    }

    private static Participant[] WideProgram(Random random, int mentees, int mentors, string? wideOnly = null)
    {
        // 70 tags per vocabulary, or 40 (one word) for those other than wideOnly when it is given.
        int Size(string prefix) => wideOnly is null || wideOnly == prefix ? 70 : 40;
        string[] Pick(string prefix, int most)
        {
            int count = random.Next(0, most + 1);
            int size = Size(prefix);
            return [.. Enumerable.Range(0, count).Select(_ => prefix + (random.Next(2) == 0 ? random.Next(size) : size - 10 + random.Next(8))).Distinct()];
        }

        var people = new List<Participant>();
        for (int p = 0; p < mentees + mentors; p++)
        {
            bool mentor = p >= mentees;
            people.Add(new Participant
            {
                Id = $"w{p}",
                Name = $"W{p}",
                Roles = mentor ? Roles.Mentor : Roles.Mentee,
                Capacity = mentor ? random.Next(0, 6) == 0 ? 0 : random.Next(1, 3) : 0,
                SkillsOffered = People.Tags(mentor ? Pick("S", 5) : []),
                SkillsWanted = People.Tags(mentor ? [] : Pick("S", 5)),
                Goals = People.Tags(Pick("G", 3)),
                Languages = People.Tags(random.Next(8) == 0 ? [] : Pick("L", 2)),
                CareerLevel = random.Next(5) == 0 ? null : random.Next(0, 6),
            });
        }

        // A mentee who wants every skill and shares every goal and language, and a mentor who takes nobody with all of
        // them: the vocabularies then hold all 70 tags, and the first one's overlap counts need seven bit planes.
        string[] All(string prefix) => [.. Enumerable.Range(0, Size(prefix)).Select(t => prefix + t)];
        people.Add(new Participant { Id = "every", Name = "Every", Roles = Roles.Mentee, SkillsWanted = People.Tags(All("S")), Goals = People.Tags(All("G")), Languages = People.Tags(All("L")), CareerLevel = 2 });
        people.Add(new Participant { Id = "vocabulary", Name = "Vocabulary", Roles = Roles.Mentor, Capacity = 0, SkillsOffered = People.Tags(All("S")), Goals = People.Tags(All("G")), Languages = People.Tags(All("L")) });
        return [.. people];
    }
}
