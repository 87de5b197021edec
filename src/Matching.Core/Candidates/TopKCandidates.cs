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
/// mentor offering c of the mentee's w wanted skills and supporting g of its h goals scores at most
/// 100 · (w_skills · c / w + w_goals · g / h + Σ other weights) / Σ weights. Groups of mentors with equal (c, g) are
/// visited by falling bound, and the rest once its bound is below the current k-th best score is skipped, so the
/// result equals the top k of a full scoring: exact.
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
        Dictionary<string, List<int>> byLanguage = Index(m, j => participants[mentors[j]].Languages);
        int[] noLanguage = [.. Enumerable.Range(0, m).Where(j => participants[mentors[j]].Languages.Count == 0)];
        ScoringOptions options = scorer.Options;
        var resultMentors = new int[mentees.Count][];
        var resultPoints = new int[mentees.Count][];
        long scored = 0;

        Parallel.For(
            0,
            mentees.Count,
            new ParallelOptions { CancellationToken = cancellationToken },
            () => new Workspace(m, k),
            (i, _, work) =>
            {
                int mentee = mentees[i];
                Participant p = participants[mentee];
                work.Reset();

                // Blocking by language: the pool of mentors that can share one.
                bool blockByLanguage = options.RequireSharedLanguage && p.Languages.Count > 0;
                if (blockByLanguage)
                {
                    foreach (string language in p.Languages)
                    {
                        if (byLanguage.TryGetValue(language, out List<int>? speakers))
                        {
                            foreach (int j in speakers)
                            {
                                work.MarkPool(j);
                            }
                        }
                    }

                    foreach (int j in noLanguage)
                    {
                        work.MarkPool(j);
                    }
                }

                // Exact skill and goal overlaps of every mentor who shares at least one wanted skill or goal.
                int wanted = p.SkillsWanted.Count;
                int goals = p.Goals.Count;
                foreach (string skill in p.SkillsWanted)
                {
                    if (bySkill.TryGetValue(skill, out List<int>? offering))
                    {
                        foreach (int j in offering)
                        {
                            if (!blockByLanguage || work.InPool(j))
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
                            if (!blockByLanguage || work.InPool(j))
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

                double others = weightSum - options.SkillsWeight - options.GoalsWeight;
                int Bound(int skillOverlap, int goalOverlap)
                {
                    double skills = wanted == 0 ? WeightedScorer.Neutral : Math.Min(1.0, skillOverlap / (double)wanted);
                    double goal = goals == 0 ? WeightedScorer.Neutral : Math.Min(1.0, goalOverlap / (double)goals);
                    return UpperPoints(100.0 * ((options.SkillsWeight * skills) + (options.GoalsWeight * goal) + others) / weightSum);
                }

                Span<double> values = stackalloc double[WeightedScorer.CriterionCount];
                long local = 0;

                // Groups of mentors with the same overlaps, highest bound first; then everyone else (no overlap).
                foreach (var (skillOverlap, goalOverlap, group) in work.Groups(Bound))
                {
                    int bound = Bound(skillOverlap, goalOverlap);
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

                int rest = Bound(0, 0);
                if (!work.Full || rest >= work.KthPoints)
                {
                    foreach (int j in work.WithoutOverlap(blockByLanguage, m))
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

                (resultMentors[i], resultPoints[i]) = work.Result();
                work.Scored += local;
                return work;
            },
            work => Interlocked.Add(ref scored, work.Scored));

        return (resultMentors, resultPoints, scored);
    }

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
    private sealed class Workspace(int mentors, int k)
    {
        private readonly int[] _poolStamp = new int[mentors];
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

        public void MarkPool(int j) => _poolStamp[j] = _stamp;

        public bool InPool(int j) => _poolStamp[j] == _stamp;

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

        /// <summary>The touched mentors grouped by (skill overlap, goal overlap), highest bound first, each group in position order.</summary>
        public List<(int SkillOverlap, int GoalOverlap, List<int> Mentors)> Groups(Func<int, int, int> bound)
        {
            var groups = new Dictionary<(int, int), List<int>>();
            foreach (int j in _touched)
            {
                var key = (_skillOverlap[j], _goalOverlap[j]);
                if (!groups.TryGetValue(key, out List<int>? list))
                {
                    groups[key] = list = [];
                }

                list.Add(j);
            }

            var ordered = new List<(int SkillOverlap, int GoalOverlap, List<int> Mentors)>(groups.Count);
            foreach (var ((skills, goals), list) in groups)
            {
                list.Sort();
                ordered.Add((skills, goals, list));
            }

            ordered.Sort((a, b) =>
            {
                int byBound = bound(b.SkillOverlap, b.GoalOverlap).CompareTo(bound(a.SkillOverlap, a.GoalOverlap));
                return byBound != 0 ? byBound : b.SkillOverlap != a.SkillOverlap ? b.SkillOverlap.CompareTo(a.SkillOverlap) : b.GoalOverlap.CompareTo(a.GoalOverlap);
            });
            return ordered;
        }

        public IEnumerable<int> WithoutOverlap(bool poolOnly, int mentors)
        {
            for (int j = 0; j < mentors; j++)
            {
                if (_overlapStamp[j] != _stamp && (!poolOnly || _poolStamp[j] == _stamp))
                {
                    yield return j;
                }
            }
        }

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
