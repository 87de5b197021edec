// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Problem;
using Matching.Core.Results;

namespace Matching.Core.Models;

/// <summary>
/// The peer pool of a program, read once from its options: who is in it (everyone on both sides), the symmetric
/// value of every allowed pair, and the kept pairs placed before solving. Local indices 0..Count−1.
/// </summary>
internal sealed class PeerPool
{
    private readonly MatchingProblem _problem;
    private readonly int[] _person;
    private readonly int[] _asMentee;
    private readonly int[] _asMentor;
    private readonly long[] _priority;
    private readonly HashSet<long> _excluded = [];
    private readonly Dictionary<long, long> _adjustment = [];

    public PeerPool(MatchingProblem problem, MatchingOptions options)
    {
        _problem = problem;
        var menteeAt = new Dictionary<int, int>();
        for (int i = 0; i < problem.Mentees.Count; i++)
        {
            menteeAt[problem.Mentees[i]] = i;
        }

        var mentorAt = new Dictionary<int, int>();
        for (int j = 0; j < problem.Mentors.Count; j++)
        {
            mentorAt[problem.Mentors[j]] = j;
        }

        var byName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var people = new List<int>();
        for (int k = 0; k < problem.Participants.Count; k++)
        {
            if (menteeAt.ContainsKey(k) && mentorAt.ContainsKey(k))
            {
                var p = problem.Participants[k];
                byName.TryAdd(p.Id, people.Count);
                if (p.Email is { } email)
                {
                    byName.TryAdd(email, people.Count);
                }

                byName.TryAdd(p.Name, people.Count);
                people.Add(k);
            }
        }

        var keptLocal = new Dictionary<int, int>();
        foreach (var (a, b) in options.LockedPairs)
        {
            if (!byName.TryGetValue(a, out int x) || !byName.TryGetValue(b, out int y) || x == y)
            {
                Conflict ??= $"the kept pair {a} – {b} does not name two people of the peer pool";
                continue;
            }

            if ((keptLocal.TryGetValue(x, out int other) && other != y) || (keptLocal.TryGetValue(y, out other) && other != x))
            {
                Conflict ??= $"{problem.Participants[people[keptLocal.ContainsKey(x) ? x : y]].Name} is kept in two pairs but can have only one partner";
                continue;
            }

            keptLocal[x] = y;
            keptLocal[y] = x;
        }

        // Kept people leave the pool; their pairs are placed as they are.
        var kept = new List<(int, int)>();
        foreach (var (x, y) in keptLocal)
        {
            if (x < y)
            {
                kept.Add((people[x], people[y]));
            }
        }

        Kept = kept;
        _person = [.. Enumerable.Range(0, people.Count).Where(x => !keptLocal.ContainsKey(x)).Select(x => people[x])];
        _asMentee = [.. _person.Select(k => menteeAt[k])];
        _asMentor = [.. _person.Select(k => mentorAt[k])];
        var local = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int a = 0; a < _person.Length; a++)
        {
            var p = problem.Participants[_person[a]];
            local.TryAdd(p.Id, a);
            if (p.Email is { } email)
            {
                local.TryAdd(email, a);
            }

            local.TryAdd(p.Name, a);
        }

        foreach (var (a, b) in options.ForbiddenPairs)
        {
            if (local.TryGetValue(a, out int x) && local.TryGetValue(b, out int y))
            {
                _excluded.Add(Key(x, y));
            }
        }

        foreach (PairAdjustment adjustment in options.PairAdjustments.IsDefault ? [] : options.PairAdjustments)
        {
            if (local.TryGetValue(adjustment.MenteeId, out int x) && local.TryGetValue(adjustment.MentorId, out int y) && x != y)
            {
                long key = Key(x, y);
                _adjustment[key] = _adjustment.GetValueOrDefault(key) + (long)Math.Round(adjustment.Points * ScoreTable.PointsPerScore);
            }
        }

        _priority = new long[_person.Length];
        foreach (var (id, points) in options.UnmatchedPriorities)
        {
            if (local.TryGetValue(id, out int x))
            {
                _priority[x] = (long)Math.Round(points * ScoreTable.PointsPerScore);
            }
        }

        foreach (var (a, b) in kept)
        {
            int i = menteeAt[a];
            int j = mentorAt[b];
            int i2 = menteeAt[b];
            int j2 = mentorAt[a];
            if (problem.PointsAt(i, j) < 0 || problem.PointsAt(i2, j2) < 0)
            {
                Conflict ??= $"the kept pair {problem.Participants[a].Name} – {problem.Participants[b].Name} is forbidden by a hard rule";
            }
        }
    }

    /// <summary>Gets the number of people to pair (kept pairs aside).</summary>
    public int Count => _person.Length;

    /// <summary>Gets the kept pairs (participant indices).</summary>
    public IReadOnlyList<(int A, int B)> Kept { get; }

    /// <summary>Gets a rule that cannot be met, or null.</summary>
    public string? Conflict { get; }

    /// <summary>Gets the participant index of local person <paramref name="a"/>.</summary>
    public int Person(int a) => _person[a];

    /// <summary>Gets the symmetric points of a pair (the mean of both directions), or −1 when either is blocked or the pair is excluded.</summary>
    public int Points(int a, int b)
    {
        if (a == b || _excluded.Contains(Key(a, b)))
        {
            return -1;
        }

        int forward = _problem.PointsAt(_asMentee[a], _asMentor[b]);
        int backward = _problem.PointsAt(_asMentee[b], _asMentor[a]);
        return forward < 0 || backward < 0 ? -1 : (int)Math.Round((forward + backward) / 2.0, MidpointRounding.AwayFromZero);
    }

    /// <summary>Gets a pair's value (points + both adjustments + both priorities), or null when it is not allowed.</summary>
    public long? Value(int a, int b)
    {
        int points = Points(a, b);
        return points < 0 ? null : points + _adjustment.GetValueOrDefault(Key(a, b)) + _priority[a] + _priority[b];
    }

    /// <summary>Every person's allowed partners, highest value first, ties by index (for stable roommates).</summary>
    public int[][] Rankings()
    {
        var lists = new int[Count][];
        for (int a = 0; a < Count; a++)
        {
            lists[a] = [.. Enumerable.Range(0, Count).Where(b => Value(a, b) is not null).OrderByDescending(b => Value(a, b)!.Value).ThenBy(b => b)];
        }

        return lists;
    }

    /// <summary>Best pair first, both free; ties by indices.</summary>
    public int[] Greedy()
    {
        var edges = new List<(long Value, int A, int B)>();
        for (int a = 0; a < Count; a++)
        {
            for (int b = a + 1; b < Count; b++)
            {
                if (Value(a, b) is long value)
                {
                    edges.Add((-value, a, b));
                }
            }
        }

        edges.Sort();
        var mate = new int[Count];
        Array.Fill(mate, -1);
        foreach (var (_, a, b) in edges)
        {
            if (mate[a] < 0 && mate[b] < 0)
            {
                mate[a] = b;
                mate[b] = a;
            }
        }

        return mate;
    }

    /// <summary>People in a random order each take a uniformly random free compatible partner.</summary>
    public int[] Random(int seed)
    {
        var random = new Random(seed);
        int[] order = [.. Enumerable.Range(0, Count)];
        random.Shuffle(order);
        var mate = new int[Count];
        Array.Fill(mate, -1);
        foreach (int a in order)
        {
            if (mate[a] >= 0)
            {
                continue;
            }

            int[] free = [.. Enumerable.Range(0, Count).Where(b => b != a && mate[b] < 0 && Value(a, b) is not null)];
            if (free.Length > 0)
            {
                int b = free[random.Next(free.Length)];
                mate[a] = b;
                mate[b] = a;
            }
        }

        return mate;
    }

    /// <summary>A pair placement (participant indices), explained from the first person's side.</summary>
    public PeerPair Pair(int a, int b, Explainer explainer)
    {
        if (a > b)
        {
            (a, b) = (b, a);
        }

        int forward = _problem.PointsAt(IndexIn(_problem.Mentees, a), IndexIn(_problem.Mentors, b));
        int backward = _problem.PointsAt(IndexIn(_problem.Mentees, b), IndexIn(_problem.Mentors, a));
        double score = Math.Round((Math.Max(0, forward) + Math.Max(0, backward)) / 2.0, MidpointRounding.AwayFromZero) / ScoreTable.PointsPerScore;
        return new PeerPair(_problem.Participants[a], _problem.Participants[b], score, [.. explainer.Explain(a, b).Reasons]);
    }

    private static int IndexIn(IReadOnlyList<int> side, int person)
    {
        for (int k = 0; k < side.Count; k++)
        {
            if (side[k] == person)
            {
                return k;
            }
        }

        return -1;
    }

    private static long Key(int a, int b) => a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;
}
