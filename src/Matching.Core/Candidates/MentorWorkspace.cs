// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Core.Candidates;

/// <summary>
/// Per-thread scratch of a search over mentors for one mentee at a time: pool and overlap marks (stamped, so nothing
/// is cleared per mentee), a second stamp for marked mentors (e.g. pairs already in a network) and the top-k list.
/// </summary>
internal sealed class MentorWorkspace(int mentors, int k, int[] levelIndex, int levelCount)
{
    private int[] _keyCount = [];
    private int[] _sorted = [];
    private readonly int[] _overlapStamp = new int[mentors];
    private readonly int[] _skillOverlap = new int[mentors];
    private readonly int[] _goalOverlap = new int[mentors];
    private readonly List<int> _touched = [];
    private readonly int[] _bestMentor = new int[k];
    private readonly int[] _bestPoints = new int[k];
    private readonly int[] _markStamp = new int[mentors];
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

    /// <summary>Marks mentor <paramref name="j"/> for the current mentee (cleared by <see cref="Reset"/>).</summary>
    public void Mark(int j) => _markStamp[j] = _stamp;

    /// <summary>Whether mentor <paramref name="j"/> was marked for the current mentee.</summary>
    public bool Marked(int j) => _markStamp[j] == _stamp;

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
