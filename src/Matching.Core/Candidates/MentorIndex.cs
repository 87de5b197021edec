// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Numerics;
using System.Runtime.CompilerServices;
using Matching.Core.Domain;
using Matching.Core.Problem;
using Matching.Core.Scoring;

namespace Matching.Core.Candidates;

/// <summary>
/// What score bounds over mentors need, laid out for one tight pass per mentee: every mentor's offered skills, goals
/// and languages as bitsets side by side, and its career level. Built once per program and shared by
/// <see cref="TopKCandidates"/> and <see cref="ReducedCostPricer"/>.
/// </summary>
/// <remarks>
/// For a mentee, <see cref="Prepare"/> tabulates an upper bound on the pair's points (<see cref="MenteeBounds.Bound"/>)
/// per key — (wanted skills the mentor offers, goals it shares, its level) — and <see cref="KeyOf"/> gives a mentor
/// its key by two popcounts, or −1 when a required shared language rules it out: the skills, goals and level criteria are exact for a key,
/// every other counted criterion at most 1. One pass costs a few nanoseconds per mentor with no random access, so the
/// bound of every pair is known before any pair is scored. Instances are immutable after construction and
/// thread-safe.
/// </remarks>
internal sealed class MentorIndex
{
    private readonly ulong[] _offered;
    private readonly ulong[] _goals;
    private readonly ulong[] _languages;
    private readonly bool[] _speaksNone;
    private readonly int _skillWords;
    private readonly int _goalWords;
    private readonly int _languageWords;

    public MentorIndex(WeightedScorer scorer, IReadOnlyList<Participant> participants, IReadOnlyList<int> mentors)
    {
        Scorer = scorer;
        Participants = participants;
        Mentors = [.. mentors];
        int m = Mentors.Length;
        _skillWords = scorer.SkillsOfferedTags.WordCount;
        _goalWords = scorer.GoalTags.WordCount;
        _languageWords = scorer.LanguageTags.WordCount;
        _offered = Gather(scorer.SkillsOfferedTags, Mentors);
        _goals = Gather(scorer.GoalTags, Mentors);
        _languages = Gather(scorer.LanguageTags, Mentors);
        _speaksNone = [.. Mentors.Select(j => scorer.LanguageTags.CountOf(j) == 0)];

        // Career levels: the level criterion of a pair depends on the two levels alone, so it is exact per key.
        Levels = [.. Mentors.Select(j => participants[j].CareerLevel).Distinct().OrderBy(l => l ?? -1)];
        LevelIndex = [.. Mentors.Select(j => Array.IndexOf(Levels, participants[j].CareerLevel))];
        Bitsets = new MentorBitsets(this);
        Profiles = scorer.ForMentors(Mentors);
    }

    /// <summary>Gets the mentors' scoring profiles side by side, by position (see <see cref="WeightedScorer.ForMentors"/>).</summary>
    public WeightedScorer.MentorProfiles Profiles { get; }

    /// <summary>Gets the mentor sets behind a mentee's groups of mentors by key.</summary>
    public MentorBitsets Bitsets { get; }

    public WeightedScorer Scorer { get; }

    public IReadOnlyList<Participant> Participants { get; }

    /// <summary>Gets the participant index of every mentor position.</summary>
    public int[] Mentors { get; }

    /// <summary>Gets the distinct career levels of the mentors, ascending, unknown first.</summary>
    public int?[] Levels { get; }

    /// <summary>Gets each mentor position's index into <see cref="Levels"/>.</summary>
    public int[] LevelIndex { get; }

    public MentorWorkspace NewWorkspace(int k) => new(Mentors.Length, k, Bitsets.Words);

    /// <summary>
    /// Starts a mentee in <paramref name="work"/>: its answers as bitsets and the point bound of each key
    /// (<see cref="MentorWorkspace.KeyBound"/>); a mentor's key then comes from <see cref="KeyOf"/>, a group of mentors
    /// by key from <see cref="Bitsets"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public MenteeBounds Prepare(int mentee, MentorWorkspace work)
    {
        Participant p = Participants[mentee];
        ScoringOptions options = Scorer.Options;
        work.Reset();
        bool blockByLanguage = options.RequireSharedLanguage && p.Languages.Count > 0;

        int wanted = Scorer.SkillsWantedTags.CountOf(mentee);
        int goals = Scorer.GoalTags.CountOf(mentee);
        int levels = Levels.Length;
        int keyCount = (wanted + 1) * (goals + 1) * levels;

        double weightSum = 0;
        foreach (Criterion c in WeightedScorer.Criteria)
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
        var bounds = new MenteeBounds(Scorer, p.CareerLevel, wanted, goals, weightSum, skillsWeight, goalsWeight, careerWeight);

        Span<int> keyBound = work.StartKeys(keyCount);
        for (int key = 0; key < keyCount; key++)
        {
            int level = key % levels;
            int goal = key / levels % (goals + 1);
            int skill = key / levels / (goals + 1);
            keyBound[key] = bounds.Bound(skill, goal, Levels[level]);
        }

        work.SetMentee(Scorer.SkillsWantedTags.Row(mentee), Scorer.GoalTags.Row(mentee), Scorer.LanguageTags.Row(mentee), blockByLanguage, (goals + 1) * levels, levels);
        return bounds;
    }

    /// <summary>Gets one mentor position's key for the mentee of <see cref="Prepare"/> (−1: outside its language pool).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int KeyOf(int j, MentorWorkspace work)
    {
        if (_skillWords == 1 && _goalWords == 1 && _languageWords == 1)
        {
            return work.BlockByLanguage && (_languages[j] & work.Languages[0]) == 0 && !_speaksNone[j]
                ? -1
                : (BitOperations.PopCount(_offered[j] & work.Wanted[0]) * work.Stride) + (BitOperations.PopCount(_goals[j] & work.Goals[0]) * work.LevelCount) + LevelIndex[j];
        }

        return work.BlockByLanguage && Overlap(_languages, _languageWords, j, work.Languages) == 0 && !_speaksNone[j]
            ? -1
            : (Overlap(_offered, _skillWords, j, work.Wanted) * work.Stride) + (Overlap(_goals, _goalWords, j, work.Goals) * work.LevelCount) + LevelIndex[j];
    }

    /// <summary>
    /// Lays the mentors' answers out in <paramref name="order"/> (mentor positions), so that a pass over mentors in
    /// that order reads memory front to back: <see cref="OrderedKeys.KeyAt"/>(t) equals <see cref="KeyOf"/>(order[t]).
    /// </summary>
    public OrderedKeys InOrder(int[] order) => new(this, order);

    /// <summary>Every mentor's key inputs in a given order (single-word bitsets; otherwise it defers to <see cref="KeyOf"/>).</summary>
    internal sealed class OrderedKeys
    {
        private readonly MentorIndex _index;
        private readonly int[] _order;
        private readonly ulong[] _offered;
        private readonly ulong[] _goals;
        private readonly ulong[] _languages;
        private readonly bool[] _speaksNone;
        private readonly int[] _level;
        private readonly bool _narrow;

        public OrderedKeys(MentorIndex index, int[] order)
        {
            _index = index;
            _order = order;
            _narrow = index._skillWords == 1 && index._goalWords == 1 && index._languageWords == 1;
            int n = _narrow ? order.Length : 0;
            _offered = new ulong[n];
            _goals = new ulong[n];
            _languages = new ulong[n];
            _speaksNone = new bool[n];
            _level = new int[n];
            for (int t = 0; t < n; t++)
            {
                int j = order[t];
                _offered[t] = index._offered[j];
                _goals[t] = index._goals[j];
                _languages[t] = index._languages[j];
                _speaksNone[t] = index._speaksNone[j];
                _level[t] = index.LevelIndex[j];
            }
        }

        /// <summary>Gets the key of the mentor at <paramref name="t"/> in the order, as <see cref="KeyOf"/> gives it.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public int KeyAt(int t, MentorWorkspace work)
        {
            if (!_narrow)
            {
                return _index.KeyOf(_order[t], work);
            }

            return work.BlockByLanguage && (_languages[t] & work.Languages[0]) == 0 && !_speaksNone[t]
                ? -1
                : (BitOperations.PopCount(_offered[t] & work.Wanted[0]) * work.Stride) + (BitOperations.PopCount(_goals[t] & work.Goals[0]) * work.LevelCount) + _level[t];
        }

        /// <summary>
        /// Writes into <paramref name="into"/> the positions in [<paramref name="from"/>, <paramref name="to"/>) of the
        /// order whose mentor may reach <paramref name="bar"/>: in the mentee's language pool, with a key bound (at most
        /// <paramref name="upper"/>) of at least <paramref name="threshold"/> points, whose gain plus the mentor's
        /// potential is at least the bar; returns how many. A superset of what a visit one by one would score, found
        /// without a branch per mentor.
        /// </summary>
        /// <param name="from">The first position.</param>
        /// <param name="to">The position after the last; at most <paramref name="into"/>'s length after <paramref name="from"/>.</param>
        /// <param name="work">The mentee's workspace (see <see cref="Prepare"/>).</param>
        /// <param name="upper">The mentee's bound for every mentor.</param>
        /// <param name="threshold">The least points a pair needs.</param>
        /// <param name="countOnly">Every pair gains 0 (only its potential counts).</param>
        /// <param name="bar">The least gain plus potential.</param>
        /// <param name="potential">The potential of each position of the order.</param>
        /// <param name="into">Receives the positions, in order.</param>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public int Candidates(int from, int to, MentorWorkspace work, int upper, int threshold, bool countOnly, long bar, ReadOnlySpan<long> potential, Span<int> into)
        {
            ReadOnlySpan<int> keyBound = work.KeyBound;
            int count = 0;
            if (!_narrow)
            {
                for (int t = from; t < to; t++)
                {
                    int key = _index.KeyOf(_order[t], work);
                    int bound = key < 0 ? int.MinValue : Math.Min(upper, keyBound[key]);
                    if (bound >= threshold && (countOnly ? 0 : bound) + potential[t] >= bar)
                    {
                        into[count++] = t;
                    }
                }

                return count;
            }

            ulong wanted = work.Wanted[0];
            ulong goals = work.Goals[0];
            ulong languages = work.Languages[0];
            bool block = work.BlockByLanguage;
            int stride = work.Stride;
            int levelCount = work.LevelCount;
            ReadOnlySpan<ulong> offered = _offered.AsSpan(from, to - from);
            ReadOnlySpan<ulong> mentorGoals = _goals.AsSpan(from, to - from);
            ReadOnlySpan<ulong> mentorLanguages = _languages.AsSpan(from, to - from);
            ReadOnlySpan<bool> speaksNone = _speaksNone.AsSpan(from, to - from);
            ReadOnlySpan<int> level = _level.AsSpan(from, to - from);
            ReadOnlySpan<long> reach = potential.Slice(from, to - from);
            for (int u = 0; u < offered.Length; u++)
            {
                // The key is always a valid index (the overlaps are at most the mentee's counts); a mentor outside the
                // language pool is dropped by the mask instead of a branch.
                int key = (BitOperations.PopCount(offered[u] & wanted) * stride) + (BitOperations.PopCount(mentorGoals[u] & goals) * levelCount) + level[u];
                int bound = Math.Min(upper, keyBound[key]);
                bool outside = block & ((mentorLanguages[u] & languages) == 0) & !speaksNone[u];
                bool reaches = (bound >= threshold) & ((countOnly ? 0 : bound) + reach[u] >= bar) & !outside;
                into[count] = from + u;
                count += reaches ? 1 : 0;
            }

            return count;
        }
    }

    private static int Overlap(ulong[] rows, int words, int j, ReadOnlySpan<ulong> row)
    {
        ReadOnlySpan<ulong> other = rows.AsSpan(j * words, words);
        int count = 0;
        for (int w = 0; w < words; w++)
        {
            count += BitOperations.PopCount(other[w] & row[w]);
        }

        return count;
    }

    private static ulong[] Gather(TagMatrix tags, int[] rows)
    {
        int words = tags.WordCount;
        var gathered = new ulong[rows.Length * words];
        for (int j = 0; j < rows.Length; j++)
        {
            tags.Row(rows[j]).CopyTo(gathered.AsSpan(j * words, words));
        }

        return gathered;
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
