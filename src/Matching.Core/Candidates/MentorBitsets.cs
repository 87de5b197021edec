// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Numerics;
using System.Runtime.CompilerServices;
using Matching.Core.Scoring;

namespace Matching.Core.Candidates;

/// <summary>
/// Mentor sets as bitsets over mentor positions — per offered skill, per goal, per session language, per career level,
/// and those who take anyone — so that a mentee's mentors with a given key (wanted skills offered, goals shared, level)
/// come from a few word-wise operations instead of a pass over every mentor.
/// </summary>
/// <remarks>
/// A mentee's skill overlap with every mentor at once is a bit-sliced counter: each wanted skill's mentor set is added
/// into planes of bits (plane p holds bit p of every mentor's count), so the mentors offering exactly c wanted skills
/// are an AND over the planes. Per mentee this costs (wanted skills + goals + keys visited) × mentors / 64 word
/// operations. Instances are immutable after construction and thread-safe; <see cref="Groups"/> holds one mentee's
/// scratch.
/// </remarks>
internal sealed class MentorBitsets
{
    private readonly ulong[]?[] _bySkill;
    private readonly ulong[]?[] _byGoal;
    private readonly ulong[]?[] _byLanguage;
    private readonly ulong[][] _byLevel;
    private readonly ulong[] _speaksNone;
    private readonly ulong[] _takers;

    public MentorBitsets(MentorIndex index)
    {
        WeightedScorer scorer = index.Scorer;
        int m = index.Mentors.Length;
        Words = (m + 63) / 64;
        _bySkill = BySetBit(scorer.SkillsOfferedTags, index.Mentors, Words);
        _byGoal = BySetBit(scorer.GoalTags, index.Mentors, Words);
        _byLanguage = BySetBit(scorer.LanguageTags, index.Mentors, Words);
        _byLevel = [.. index.Levels.Select(_ => new ulong[Words])];
        _speaksNone = new ulong[Words];
        _takers = new ulong[Words];
        for (int j = 0; j < m; j++)
        {
            Set(_byLevel[index.LevelIndex[j]], j);
            if (scorer.LanguageTags.CountOf(index.Mentors[j]) == 0)
            {
                Set(_speaksNone, j);
            }

            if (index.Participants[index.Mentors[j]].Capacity > 0)
            {
                Set(_takers, j);
            }
        }
    }

    /// <summary>Gets the number of 64-bit words of one mentor set.</summary>
    public int Words { get; }

    /// <summary>
    /// Starts a mentee: the mentors it may meet (those who take anyone, and share a language when one is required),
    /// and its skill and goal overlaps with each of them as bit-sliced counters.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Start(Groups groups, ReadOnlySpan<ulong> wanted, ReadOnlySpan<ulong> goals, ReadOnlySpan<ulong> languages, bool blockByLanguage, int wantedCount, int goalCount, int levelCount)
    {
        groups.Reset(wantedCount, goalCount, levelCount);
        Span<ulong> pool = groups.Pool;
        _takers.CopyTo(pool);
        if (blockByLanguage)
        {
            Span<ulong> speakers = groups.Scratch;
            _speaksNone.CopyTo(speakers);
            foreach (ulong[] set in SetsOf(languages, _byLanguage))
            {
                Or(speakers, set);
            }

            And(pool, speakers);
        }

        foreach (ulong[] set in SetsOf(wanted, _bySkill))
        {
            groups.AddSkill(set);
        }

        foreach (ulong[] set in SetsOf(goals, _byGoal))
        {
            groups.AddGoal(set);
        }
    }

    /// <summary>Gets the mentors with exactly <paramref name="skills"/> wanted skills, <paramref name="goals"/> shared goals and level index <paramref name="level"/> (in the pool), or an empty span.</summary>
    public ReadOnlySpan<ulong> Group(Groups groups, int skills, int goals, int level) => groups.Group(skills, goals, _byLevel[level]);

    /// <summary>The mentor sets of the tags in <paramref name="row"/> that some mentor holds.</summary>
    private static List<ulong[]> SetsOf(ReadOnlySpan<ulong> row, ulong[]?[] sets)
    {
        var found = new List<ulong[]>();
        for (int w = 0; w < row.Length; w++)
        {
            ulong bits = row[w];
            while (bits != 0)
            {
                int tag = (w * 64) + BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
                if (tag < sets.Length && sets[tag] is { } set)
                {
                    found.Add(set);
                }
            }
        }

        return found;
    }

    private static void Set(ulong[] set, int j) => set[j >> 6] |= 1UL << (j & 63);

    private static void Or(Span<ulong> into, ReadOnlySpan<ulong> set)
    {
        for (int w = 0; w < into.Length; w++)
        {
            into[w] |= set[w];
        }
    }

    private static void And(Span<ulong> into, ReadOnlySpan<ulong> set)
    {
        for (int w = 0; w < into.Length; w++)
        {
            into[w] &= set[w];
        }
    }

    /// <summary>For each tag of the vocabulary, the set of mentors whose row holds it (null when none does).</summary>
    private static ulong[]?[] BySetBit(TagMatrix tags, int[] mentors, int words)
    {
        var sets = new ulong[]?[tags.WordCount * 64];
        for (int j = 0; j < mentors.Length; j++)
        {
            ReadOnlySpan<ulong> row = tags.Row(mentors[j]);
            for (int w = 0; w < row.Length; w++)
            {
                ulong bits = row[w];
                while (bits != 0)
                {
                    int tag = (w * 64) + BitOperations.TrailingZeroCount(bits);
                    Set(sets[tag] ??= new ulong[words], j);
                    bits &= bits - 1;
                }
            }
        }

        return sets;
    }

    /// <summary>One mentee's scratch: the pool, the overlap counters and the (skills, goals) sets built so far.</summary>
    internal sealed class Groups(int words)
    {
        private ulong[] _skillPlanes = [];
        private ulong[] _goalPlanes = [];
        private ulong[] _pairs = [];
        private sbyte[] _pairState = [];
        private readonly ulong[] _pool = new ulong[words];
        private readonly ulong[] _scratch = new ulong[words];
        private readonly ulong[] _group = new ulong[words];
        private int _skillBits;
        private int _goalBits;
        private int _goals;

        public Span<ulong> Pool => _pool;

        public Span<ulong> Scratch => _scratch;

        public void Reset(int wanted, int goals, int levels)
        {
            _skillBits = BitLength(wanted);
            _goalBits = BitLength(goals);
            _goals = goals;
            _skillPlanes = Cleared(_skillPlanes, _skillBits * words);
            _goalPlanes = Cleared(_goalPlanes, _goalBits * words);
            int pairs = (wanted + 1) * (goals + 1);
            if (_pairState.Length < pairs)
            {
                _pairState = new sbyte[pairs];
                _pairs = new ulong[pairs * words];
            }
            else
            {
                Array.Clear(_pairState, 0, pairs);
            }
        }

        public void AddSkill(ulong[] set) => Add(_skillPlanes, _skillBits, set);

        public void AddGoal(ulong[] set) => Add(_goalPlanes, _goalBits, set);

        /// <summary>The pool's mentors with exactly these overlaps and this level's set; empty when there are none.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public ReadOnlySpan<ulong> Group(int skills, int goals, ulong[] level)
        {
            int pair = (skills * (_goals + 1)) + goals;
            Span<ulong> both = _pairs.AsSpan(pair * words, words);
            if (_pairState[pair] == 0)
            {
                // Built once per (skills, goals): the pool AND the exact skill count AND the exact goal count.
                bool any = false;
                for (int w = 0; w < words; w++)
                {
                    ulong bits = _pool[w] & Exactly(_skillPlanes, _skillBits, skills, w) & Exactly(_goalPlanes, _goalBits, goals, w);
                    both[w] = bits;
                    any |= bits != 0;
                }

                _pairState[pair] = (sbyte)(any ? 1 : -1);
            }

            if (_pairState[pair] < 0)
            {
                return [];
            }

            bool found = false;
            for (int w = 0; w < words; w++)
            {
                _group[w] = both[w] & level[w];
                found |= _group[w] != 0;
            }

            return found ? _group : [];
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private ulong Exactly(ulong[] planes, int bits, int count, int w)
        {
            ulong result = ~0UL;
            for (int p = 0; p < bits; p++)
            {
                ulong plane = planes[(p * words) + w];
                result &= ((count >> p) & 1) != 0 ? plane : ~plane;
            }

            return result;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void Add(ulong[] planes, int bits, ulong[] set)
        {
            for (int w = 0; w < words; w++)
            {
                ulong carry = set[w];
                for (int p = 0; p < bits && carry != 0; p++)
                {
                    ref ulong plane = ref planes[(p * words) + w];
                    ulong next = plane & carry;
                    plane ^= carry;
                    carry = next;
                }
            }
        }

        private static int BitLength(int value) => 32 - BitOperations.LeadingZeroCount((uint)value);

        private static ulong[] Cleared(ulong[] array, int length)
        {
            if (array.Length < length)
            {
                return new ulong[length];
            }

            Array.Clear(array, 0, length);
            return array;
        }
    }
}
