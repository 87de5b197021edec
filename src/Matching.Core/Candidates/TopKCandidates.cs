// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Domain;
using Matching.Core.Problem;
using Matching.Core.Scoring;

namespace Matching.Core.Candidates;

/// <summary>
/// Finds, for every mentee, exactly the k allowed mentors with the highest scores (ties by mentor position), without
/// scoring pairs that provably cannot make the list.
/// </summary>
/// <remarks>
/// <para>
/// Blocking: when a shared language is required, only mentors who speak one of the mentee's languages (or left the
/// question blank) are considered, found through an index language → mentors. Bounding: the wanted skills a mentor
/// offers are counted through an index skill → mentors, which gives the skills criterion exactly; every other counted
/// criterion, and the shared goals through an index goal → mentors; every other counted criterion is at most 1, so a
/// mentor offering c of the mentee's w wanted skills and supporting g of its h goals, at career level l, scores at most
/// 100 · (w_skills · c / w + w_goals · g / h + w_level · level(l) + Σ other weights) / Σ weights, the level criterion
/// being exact for a pair of levels. Groups of mentors with equal (c, g, l) are visited by falling bound, and a group
/// whose bound is below the current k-th best score is skipped with all after it, so the result equals the top k of a
/// full scoring: exact.
/// </para>
/// <para>
/// Time: the index walks plus one score per visited mentor, in parallel over mentees; memory O(mentees · k). The
/// result is the same on any core count. Instances are stateless.
/// </para>
/// </remarks>
public static class TopKCandidates
{
    /// <summary>Finds each mentee's top <paramref name="k"/> allowed mentors.</summary>
    /// <param name="scorer">The program's scorer.</param>
    /// <param name="participants">Everyone, as given to the scorer.</param>
    /// <param name="mentees">Participant indices of the mentees.</param>
    /// <param name="mentors">Participant indices of the mentors.</param>
    /// <param name="k">How many mentors to keep per mentee.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    /// <returns>Per mentee position, its kept mentors' positions and points (score × 1,000), best first, and how many pairs were scored.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is below 1.</exception>
    public static (int[][] Mentors, int[][] Points, long ScoredPairs) Find(
        WeightedScorer scorer,
        IReadOnlyList<Participant> participants,
        IReadOnlyList<int> mentees,
        IReadOnlyList<int> mentors,
        int k,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        ArgumentNullException.ThrowIfNull(participants);
        ArgumentNullException.ThrowIfNull(mentees);
        ArgumentNullException.ThrowIfNull(mentors);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        int m = mentors.Count;
        Dictionary<string, List<int>> bySkill = Index(m, j => participants[mentors[j]].SkillsOffered);
        Dictionary<string, List<int>> byGoal = Index(m, j => participants[mentors[j]].Goals);

        // Mentors by career level: the level criterion of a pair depends on the two levels alone, so it is exact per group.
        (int? Level, int[] Mentors)[] byLevel = [.. Enumerable.Range(0, m)
            .GroupBy(j => participants[mentors[j]].CareerLevel)
            .Select(g => (g.Key, g.Order().ToArray()))
            .OrderBy(g => g.Key ?? -1)];
        int?[] levels = [.. byLevel.Select(g => g.Level)];
        var levelIndex = new int[m];
        for (int l = 0; l < byLevel.Length; l++)
        {
            foreach (int j in byLevel[l].Mentors)
            {
                levelIndex[j] = l;
            }
        }
        Dictionary<string, List<int>> byLanguage = Index(m, j => participants[mentors[j]].Languages);
        int[] noLanguage = [.. Enumerable.Range(0, m).Where(j => participants[mentors[j]].Languages.Count == 0)];
        ScoringOptions options = scorer.Options;
        var pools = new System.Collections.Concurrent.ConcurrentDictionary<string, bool[]>(StringComparer.OrdinalIgnoreCase);
        bool[] Pool(IReadOnlySet<string> languages)
        {
            var pool = new bool[m];
            foreach (int j in noLanguage)
            {
                pool[j] = true;
            }

            foreach (string language in languages)
            {
                if (byLanguage.TryGetValue(language, out List<int>? speakers))
                {
                    foreach (int j in speakers)
                    {
                        pool[j] = true;
                    }
                }
            }

            return pool;
        }

        var resultMentors = new int[mentees.Count][];
        var resultPoints = new int[mentees.Count][];
        long scored = 0;

        Parallel.For(
            0,
            mentees.Count,
            new ParallelOptions { CancellationToken = cancellationToken },
            () => new Workspace(m, k, levelIndex, levels.Length),
            (i, _, work) =>
            {
                int mentee = mentees[i];
                Participant p = participants[mentee];
                work.Reset();

                // Blocking by language: the pool of mentors that can share one, built once per distinct set of languages.
                bool blockByLanguage = options.RequireSharedLanguage && p.Languages.Count > 0;
                bool[]? pool = blockByLanguage ? pools.GetOrAdd(LanguageKey(p.Languages), _ => Pool(p.Languages)) : null;
                work.Pool = pool;

                // Exact skill and goal overlaps of every mentor who shares at least one wanted skill or goal.
                int wanted = p.SkillsWanted.Count;
                int goals = p.Goals.Count;
                foreach (string skill in p.SkillsWanted)
                {
                    if (bySkill.TryGetValue(skill, out List<int>? offering))
                    {
                        foreach (int j in offering)
                        {
                            if (pool is null || pool[j])
                            {
                                work.AddOverlap(j, skill: true);
                            }
                        }
                    }
                }

                foreach (string goal in p.Goals)
                {
                    if (byGoal.TryGetValue(goal, out List<int>? supporting))
                    {
                        foreach (int j in supporting)
                        {
                            // Goals refine only mentors who share a wanted skill; the rest keep the bound of all goals shared.
                            if (wanted == 0 ? pool is null || pool[j] : work.Touched(j))
                            {
                                work.AddOverlap(j, skill: false);
                            }
                        }
                    }
                }

                double weightSum = 0;
                foreach (Criterion c in Enum.GetValues<Criterion>())
                {
                    if (scorer.Counts(mentee, c))
                    {
                        weightSum += options.WeightOf(c);
                    }
                }

                // A criterion the survey never asked is out of the mean (WeightedScorer.Counts), so out of the bound too.
                double skillsWeight = scorer.Counts(mentee, Criterion.Skills) ? options.SkillsWeight : 0;
                double goalsWeight = scorer.Counts(mentee, Criterion.Goals) ? options.GoalsWeight : 0;
                double careerWeight = scorer.Counts(mentee, Criterion.CareerLevel) ? options.CareerLevelWeight : 0;
                double others = weightSum - skillsWeight - goalsWeight - careerWeight;
                int Bound(int skillOverlap, int goalOverlap, int? mentorLevel)
                {
                    double skills = wanted == 0 ? WeightedScorer.Neutral : Math.Min(1.0, skillOverlap / (double)wanted);
                    double goal = goals == 0 ? WeightedScorer.Neutral : Math.Min(1.0, goalOverlap / (double)goals);
                    double career = scorer.CareerValue(p.CareerLevel, mentorLevel);
                    return weightSum <= 0 ? 50 : UpperPoints(100.0 * ((skillsWeight * skills) + (goalsWeight * goal) + (careerWeight * career) + others) / weightSum);
                }

                Span<double> values = stackalloc double[WeightedScorer.CriterionCount];
                long local = 0;

                // Groups of mentors with the same overlaps and level, highest bound first; then everyone else by level.
                foreach (var (skillOverlap, goalOverlap, levelAt, group) in work.Groups(wanted, goals, (c, g, l) => Bound(c, g, levels[l])))
                {
                    int bound = Bound(skillOverlap, goalOverlap, levels[levelAt]);
                    if (work.Full && bound < work.KthPoints)
                    {
                        break;
                    }

                    foreach (int j in group)
                    {
                        int mentor = mentors[j];
                        if (scorer.Check(mentee, mentor) != BlockReason.None)
                        {
                            continue;
                        }

                        local++;
                        work.Offer(j, ScoreTable.ToPoints(scorer.Score(mentee, mentor, values)));
                    }
                }

                int restGoals = wanted == 0 ? 0 : goals;
                foreach (var (level, levelMentors) in byLevel.OrderByDescending(g => Bound(0, restGoals, g.Level)).ThenBy(g => g.Level ?? -1))
                {
                    int rest = Bound(0, restGoals, level);
                    if (work.Full && rest < work.KthPoints)
                    {
                        break;
                    }

                    foreach (int j in levelMentors)
                    {
                        if (!work.Untouched(j))
                        {
                            continue;
                        }

                        int mentor = mentors[j];
                        if (scorer.Check(mentee, mentor) != BlockReason.None)
                        {
                            continue;
                        }

                        local++;
                        work.Offer(j, ScoreTable.ToPoints(scorer.Score(mentee, mentor, values)));
                    }
                }

                (resultMentors[i], resultPoints[i]) = work.Result();
                work.Scored += local;
                return work;
            },
            work => Interlocked.Add(ref scored, work.Scored));

        return (resultMentors, resultPoints, scored);
    }

    private static string LanguageKey(IReadOnlySet<string> languages) =>
        string.Join('\u0001', languages.Select(l => l.ToUpperInvariant()).Order(StringComparer.Ordinal));

    /// <summary>The smallest whole number of points not below <paramref name="score"/> × 1,000, with room for rounding.</summary>
    private static int UpperPoints(double score) => (int)Math.Ceiling((score * ScoreTable.PointsPerScore) + 1e-6) + 1;

    private static Dictionary<string, List<int>> Index(int count, Func<int, IReadOnlySet<string>> tags)
    {
        var index = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (int j = 0; j < count; j++)
        {
            foreach (string tag in tags(j))
            {
                if (!index.TryGetValue(tag, out List<int>? list))
                {
                    index[tag] = list = [];
                }

                list.Add(j);
            }
        }

        return index;
    }

    /// <summary>Per-thread scratch: pool and overlap marks (stamped, so nothing is cleared per mentee) and the top-k list.</summary>
    private sealed class Workspace(int mentors, int k, int[] levelIndex, int levelCount)
    {
        private int[] _keyCount = [];
        private int[] _sorted = [];
        private readonly int[] _overlapStamp = new int[mentors];
        private readonly int[] _skillOverlap = new int[mentors];
        private readonly int[] _goalOverlap = new int[mentors];
        private readonly List<int> _touched = [];
        private readonly int[] _bestMentor = new int[k];
        private readonly int[] _bestPoints = new int[k];
        private int _stamp;
        private int _count;

        public long Scored { get; set; }

        public bool Full => _count == k;

        public int KthPoints => _bestPoints[k - 1];

        public void Reset()
        {
            _stamp++;
            _count = 0;
            _touched.Clear();
        }

        /// <summary>Gets or sets the language pool of the current mentee, or null when no language blocking applies.</summary>
        public bool[]? Pool { get; set; }

        public void AddOverlap(int j, bool skill)
        {
            if (_overlapStamp[j] != _stamp)
            {
                _overlapStamp[j] = _stamp;
                _skillOverlap[j] = 0;
                _goalOverlap[j] = 0;
                _touched.Add(j);
            }

            if (skill)
            {
                _skillOverlap[j]++;
            }
            else
            {
                _goalOverlap[j]++;
            }
        }

        /// <summary>
        /// The touched mentors grouped by (skill overlap, goal overlap, level), highest bound first, by a counting sort
        /// over the few possible keys (no per-mentor allocation). Order within a group does not matter: ties are
        /// resolved by <see cref="Offer"/>.
        /// </summary>
        public List<(int SkillOverlap, int GoalOverlap, int Level, ArraySegment<int> Mentors)> Groups(int wanted, int goals, Func<int, int, int, int> bound)
        {
            int keys = (wanted + 1) * (goals + 1) * levelCount;
            if (_keyCount.Length < keys + 1)
            {
                _keyCount = new int[keys + 1];
            }

            Array.Clear(_keyCount, 0, keys + 1);
            int Key(int j) => (((Math.Min(_skillOverlap[j], wanted) * (goals + 1)) + Math.Min(_goalOverlap[j], goals)) * levelCount) + levelIndex[j];
            foreach (int j in _touched)
            {
                _keyCount[Key(j) + 1]++;
            }

            for (int key = 0; key < keys; key++)
            {
                _keyCount[key + 1] += _keyCount[key];
            }

            if (_sorted.Length < _touched.Count)
            {
                _sorted = new int[Math.Max(_touched.Count, _sorted.Length * 2)];
            }

            var fill = _keyCount.AsSpan(0, keys).ToArray();
            foreach (int j in _touched)
            {
                _sorted[fill[Key(j)]++] = j;
            }

            var groups = new List<(int SkillOverlap, int GoalOverlap, int Level, ArraySegment<int> Mentors)>();
            for (int key = 0; key < keys; key++)
            {
                int start = _keyCount[key];
                int count = _keyCount[key + 1] - start;
                if (count > 0)
                {
                    int level = key % levelCount;
                    int goal = key / levelCount % (goals + 1);
                    int skill = key / levelCount / (goals + 1);
                    groups.Add((skill, goal, level, new ArraySegment<int>(_sorted, start, count)));
                }
            }

            groups.Sort((a, b) =>
            {
                int byBound = bound(b.SkillOverlap, b.GoalOverlap, b.Level).CompareTo(bound(a.SkillOverlap, a.GoalOverlap, a.Level));
                return byBound != 0 ? byBound
                    : b.SkillOverlap != a.SkillOverlap ? b.SkillOverlap.CompareTo(a.SkillOverlap)
                    : b.GoalOverlap != a.GoalOverlap ? b.GoalOverlap.CompareTo(a.GoalOverlap)
                    : a.Level.CompareTo(b.Level);
            });
            return groups;
        }

        /// <summary>Whether mentor <paramref name="j"/> was counted for the current mentee.</summary>
        public bool Touched(int j) => _overlapStamp[j] == _stamp;

        /// <summary>Whether mentor <paramref name="j"/> shares no wanted skill or goal (and, if blocking, is in the language pool).</summary>
        public bool Untouched(int j) => _overlapStamp[j] != _stamp && (Pool is null || Pool[j]);

        /// <summary>Keeps the k best by points, ties by lower mentor position.</summary>
        public void Offer(int j, int points)
        {
            int at = _count;
            while (at > 0 && (_bestPoints[at - 1] < points || (_bestPoints[at - 1] == points && _bestMentor[at - 1] > j)))
            {
                at--;
            }

            if (at >= k)
            {
                return;
            }

            int last = Math.Min(_count, k - 1);
            for (int t = last; t > at; t--)
            {
                _bestMentor[t] = _bestMentor[t - 1];
                _bestPoints[t] = _bestPoints[t - 1];
            }

            _bestMentor[at] = j;
            _bestPoints[at] = points;
            _count = Math.Min(_count + 1, k);
        }

        public (int[] Mentors, int[] Points) Result() => (_bestMentor[.._count], _bestPoints[.._count]);
    }
}
