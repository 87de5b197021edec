// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Collections.Concurrent;
using Matching.Core.Domain;
using Matching.Core.Problem;
using Matching.Core.Scoring;

namespace Matching.Core.Candidates;

/// <summary>
/// The indexes behind score bounds over mentors: skill → mentors, goal → mentors, mentors by career level, and
/// language → mentors for blocking. Built once per program and shared by <see cref="TopKCandidates"/> and
/// <see cref="ReducedCostPricer"/>.
/// </summary>
/// <remarks>
/// For a mentee, <see cref="Prepare"/> counts every pool mentor's exact wanted-skill and goal overlaps through the
/// indexes, and <see cref="MenteeBounds.Bound"/> turns an overlap pair and a mentor level into an upper bound on the
/// pair's points: the skills and level criteria are exact, goals exact for counted mentors, every other counted
/// criterion at most 1. Instances are immutable after construction and thread-safe (language pools are built once
/// per distinct language set, concurrently).
/// </remarks>
internal sealed class MentorIndex
{
    private readonly Dictionary<string, List<int>> _bySkill;
    private readonly Dictionary<string, List<int>> _byGoal;
    private readonly Dictionary<string, List<int>> _byLanguage;
    private readonly int[] _noLanguage;
    private readonly ConcurrentDictionary<string, bool[]> _pools = new(StringComparer.OrdinalIgnoreCase);

    public MentorIndex(WeightedScorer scorer, IReadOnlyList<Participant> participants, IReadOnlyList<int> mentors)
    {
        Scorer = scorer;
        Participants = participants;
        Mentors = [.. mentors];
        int m = Mentors.Length;
        _bySkill = Index(m, j => participants[Mentors[j]].SkillsOffered);
        _byGoal = Index(m, j => participants[Mentors[j]].Goals);

        // Mentors by career level: the level criterion of a pair depends on the two levels alone, so it is exact per group.
        ByLevel = [.. Enumerable.Range(0, m)
            .GroupBy(j => participants[Mentors[j]].CareerLevel)
            .Select(g => (g.Key, g.Order().ToArray()))
            .OrderBy(g => g.Key ?? -1)];
        Levels = [.. ByLevel.Select(g => g.Level)];
        LevelIndex = new int[m];
        for (int l = 0; l < ByLevel.Length; l++)
        {
            foreach (int j in ByLevel[l].Mentors)
            {
                LevelIndex[j] = l;
            }
        }

        _byLanguage = Index(m, j => participants[Mentors[j]].Languages);
        _noLanguage = [.. Enumerable.Range(0, m).Where(j => participants[Mentors[j]].Languages.Count == 0)];
    }

    public WeightedScorer Scorer { get; }

    public IReadOnlyList<Participant> Participants { get; }

    /// <summary>Gets the participant index of every mentor position.</summary>
    public int[] Mentors { get; }

    /// <summary>Gets the mentor positions of each career level (ascending positions), levels ascending, unknown first.</summary>
    public (int? Level, int[] Mentors)[] ByLevel { get; }

    public int?[] Levels { get; }

    /// <summary>Gets each mentor position's index into <see cref="ByLevel"/>.</summary>
    public int[] LevelIndex { get; }

    public MentorWorkspace NewWorkspace(int k) => new(Mentors.Length, k, LevelIndex, Levels.Length);

    /// <summary>
    /// Starts a mentee in <paramref name="work"/>: sets its language pool (null when no blocking applies) and counts
    /// the exact wanted-skill and goal overlaps of every pool mentor who shares one.
    /// </summary>
    public MenteeBounds Prepare(int mentee, MentorWorkspace work)
    {
        Participant p = Participants[mentee];
        ScoringOptions options = Scorer.Options;
        work.Reset();
        bool blockByLanguage = options.RequireSharedLanguage && p.Languages.Count > 0;
        bool[]? pool = blockByLanguage ? _pools.GetOrAdd(LanguageKey(p.Languages), _ => Pool(p.Languages)) : null;
        work.Pool = pool;

        int wanted = p.SkillsWanted.Count;
        int goals = p.Goals.Count;
        foreach (string skill in p.SkillsWanted)
        {
            if (_bySkill.TryGetValue(skill, out List<int>? offering))
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
            if (_byGoal.TryGetValue(goal, out List<int>? supporting))
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
            if (Scorer.Counts(mentee, c))
            {
                weightSum += options.WeightOf(c);
            }
        }

        // A criterion the survey never asked is out of the mean (WeightedScorer.Counts), so out of the bound too.
        double skillsWeight = Scorer.Counts(mentee, Criterion.Skills) ? options.SkillsWeight : 0;
        double goalsWeight = Scorer.Counts(mentee, Criterion.Goals) ? options.GoalsWeight : 0;
        double careerWeight = Scorer.Counts(mentee, Criterion.CareerLevel) ? options.CareerLevelWeight : 0;
        return new MenteeBounds(Scorer, p.CareerLevel, wanted, goals, weightSum, skillsWeight, goalsWeight, careerWeight);
    }

    private bool[] Pool(IReadOnlySet<string> languages)
    {
        var pool = new bool[Mentors.Length];
        foreach (int j in _noLanguage)
        {
            pool[j] = true;
        }

        foreach (string language in languages)
        {
            if (_byLanguage.TryGetValue(language, out List<int>? speakers))
            {
                foreach (int j in speakers)
                {
                    pool[j] = true;
                }
            }
        }

        return pool;
    }

    private static string LanguageKey(IReadOnlySet<string> languages) =>
        string.Join('\u0001', languages.Select(l => l.ToUpperInvariant()).Order(StringComparer.Ordinal));

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
}

/// <summary>
/// Upper bounds on one mentee's pair points: a mentor offering <c>c</c> of the mentee's <c>w</c> wanted skills and
/// supporting <c>g</c> of its <c>h</c> goals, at career level <c>l</c>, scores at most
/// 100 · (w_skills · c / w + w_goals · g / h + w_level · level(l) + Σ other weights) / Σ weights.
/// </summary>
internal readonly struct MenteeBounds(WeightedScorer scorer, int? menteeLevel, int wanted, int goals, double weightSum, double skillsWeight, double goalsWeight, double careerWeight)
{
    public int Wanted => wanted;

    public int Goals => goals;

    /// <summary>Gets the goal overlap assumed for mentors sharing no wanted skill (all goals, unless goals were counted for everyone).</summary>
    public int RestGoals => wanted == 0 ? 0 : goals;

    /// <summary>Gets an upper bound on the points of a pair with these overlaps and mentor level, with room for rounding.</summary>
    public int Bound(int skillOverlap, int goalOverlap, int? mentorLevel)
    {
        double others = weightSum - skillsWeight - goalsWeight - careerWeight;
        double skills = wanted == 0 ? WeightedScorer.Neutral : Math.Min(1.0, skillOverlap / (double)wanted);
        double goal = goals == 0 ? WeightedScorer.Neutral : Math.Min(1.0, goalOverlap / (double)goals);
        double career = scorer.CareerValue(menteeLevel, mentorLevel);
        return weightSum <= 0 ? ScoreTable.MaxPoints : UpperPoints(100.0 * ((skillsWeight * skills) + (goalsWeight * goal) + (careerWeight * career) + others) / weightSum);
    }

    /// <summary>The smallest whole number of points not below <paramref name="score"/> × 1,000, with room for rounding.</summary>
    private static int UpperPoints(double score) => (int)Math.Ceiling((score * ScoreTable.PointsPerScore) + 1e-6) + 1;
}
