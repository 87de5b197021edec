// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Runtime.CompilerServices;

namespace Matching.Core.Candidates;

/// <summary>
/// Per-thread scratch of a search over mentors for one mentee at a time: the mentee's answers and each key's point
/// bound (<see cref="MentorIndex.Prepare"/>), its groups of mentors by key (<see cref="MentorBitsets.Groups"/>), marks
/// (stamped, so nothing is cleared per mentee) for mentors whose pair is already in a network, and the top-k list.
/// </summary>
internal sealed class MentorWorkspace(int mentors, int k, int words)
{
    private MentorBitsets.Groups? _groups;
    private readonly int[] _markStamp = new int[mentors];
    private readonly int[] _bestMentor = new int[k];
    private readonly int[] _bestPoints = new int[k];
    private int[] _keyBound = new int[64];
    private int[] _keyOrder = new int[64];
    private int _keyCount;
    private int _stamp;
    private int _count;

    public long Scored { get; set; }

    public bool Full => _count == k;

    public int KthPoints => _bestPoints[k - 1];

    /// <summary>Gets the point bound of each key for the current mentee.</summary>
    public ReadOnlySpan<int> KeyBound => _keyBound.AsSpan(0, _keyCount);

    /// <summary>Gets the scratch of the current mentee's groups of mentors by key.</summary>
    public MentorBitsets.Groups Groups => _groups ??= new MentorBitsets.Groups(words);

    /// <summary>Gets the current mentee's wanted skills as a bitset.</summary>
    public ulong[] Wanted { get; private set; } = [];

    /// <summary>Gets the current mentee's goals as a bitset.</summary>
    public ulong[] Goals { get; private set; } = [];

    /// <summary>Gets the current mentee's languages as a bitset.</summary>
    public ulong[] Languages { get; private set; } = [];

    /// <summary>Gets a value indicating whether mentors sharing none of the mentee's languages are ruled out.</summary>
    public bool BlockByLanguage { get; private set; }

    /// <summary>Gets the key step of one more wanted skill offered.</summary>
    public int Stride { get; private set; }

    /// <summary>Gets the number of mentor levels (the key step of one more shared goal).</summary>
    public int LevelCount { get; private set; }

    /// <summary>Stores the current mentee's answers for <see cref="MentorIndex.KeyOf"/>.</summary>
    public void SetMentee(ReadOnlySpan<ulong> wanted, ReadOnlySpan<ulong> goals, ReadOnlySpan<ulong> languages, bool blockByLanguage, int stride, int levelCount)
    {
        Wanted = Copy(Wanted, wanted);
        Goals = Copy(Goals, goals);
        Languages = Copy(Languages, languages);
        BlockByLanguage = blockByLanguage;
        Stride = stride;
        LevelCount = levelCount;

        static ulong[] Copy(ulong[] into, ReadOnlySpan<ulong> row)
        {
            if (into.Length != row.Length)
            {
                into = new ulong[row.Length];
            }

            row.CopyTo(into);
            return into;
        }
    }

    public void Reset()
    {
        _stamp++;
        _count = 0;
    }

    /// <summary>Makes room for <paramref name="keyCount"/> keys and returns their bound table to fill.</summary>
    public Span<int> StartKeys(int keyCount)
    {
        if (_keyBound.Length < keyCount)
        {
            _keyBound = new int[keyCount];
            _keyOrder = new int[keyCount];
        }

        _keyCount = keyCount;
        return _keyBound.AsSpan(0, keyCount);
    }

    /// <summary>Returns every key (occurring or not), highest bound first, ties by key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReadOnlySpan<int> AllKeysByFallingBound()
    {
        Span<int> order = _keyOrder.AsSpan(0, _keyCount);
        for (int key = 0; key < order.Length; key++)
        {
            order[key] = key;
        }

        int[] bound = _keyBound;
        order.Sort((a, b) => bound[a] != bound[b] ? bound[b].CompareTo(bound[a]) : a.CompareTo(b));
        return order;
    }

    /// <summary>Marks mentor <paramref name="j"/> for the current mentee (cleared by <see cref="Reset"/>).</summary>
    public void Mark(int j) => _markStamp[j] = _stamp;

    /// <summary>Whether mentor <paramref name="j"/> was marked for the current mentee.</summary>
    public bool Marked(int j) => _markStamp[j] == _stamp;

    /// <summary>Keeps the k best by points, ties by lower mentor position.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
