// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Runtime.CompilerServices;
using Matching.Core.Problem;
using Matching.Core.Scoring;

namespace Matching.Core.Candidates;

/// <summary>The pair costs and network of one sparse model, as the pricer needs them.</summary>
/// <param name="Offset">A pair costs <c>Offset − points</c> (0 for every pair when <paramref name="CountOnly"/>).</param>
/// <param name="CountOnly">Every pair costs 0.</param>
/// <param name="Threshold">Only pairs with at least these points are in the model.</param>
/// <param name="Capacity">Each mentor position's capacity; mentors with 0 take nobody.</param>
/// <param name="IsExcluded">Whether a pair is excluded by a program rule (asked only of pairs that would violate).</param>
/// <param name="InNetwork">Marks, for a mentee position, the mentors whose pair is in the network whatever it scores (kept and adjusted pairs, added violators).</param>
internal sealed record PricingTerms(long Offset, bool CountOnly, int Threshold, int[] Capacity, Func<int, int, bool> IsExcluded, Action<int, MentorWorkspace> InNetwork);

/// <summary>
/// What a pricing round proved, for the next one: the potentials it priced against, and the mentees whose every
/// violating left-out pair it returned (it found fewer than the limit).
/// </summary>
/// <param name="Potentials">The potentials of that round: mentee positions, then mentor positions.</param>
/// <param name="Complete">Per mentee position, whether every violator was returned.</param>
internal sealed record PricingMemo(long[] Potentials, bool[] Complete);

/// <summary>
/// Prices every mentee–mentor pair left out of a sparse candidate network against the network's optimal
/// potentials, without scoring every pair, and returns the most violating ones per mentee.
/// </summary>
/// <remarks>
/// <para>
/// A left-out pair (i, j) improves the network when its reduced cost <c>cost(i, j) + π(i) − π(j)</c> is negative,
/// that is when <c>gain(points) + π(j) ≥ Offset + π(i) + 1</c> with gain = points (0 when counting only). Upper
/// bounds clear pairs in bulk: a mentee whose kept list is full (exact top k, <see cref="TopKCandidates"/>) scores at
/// most its k-th best points with every other mentor, so it is skipped when even the highest mentor potential cannot
/// reach its threshold; otherwise mentors are visited by falling potential down to the first one that even the k-th
/// best points cannot lift to the bar, each bounded by its (skills covered, goals, level) key (see
/// <see cref="MentorIndex"/>, two popcounts), and only pairs whose bound plus potential reaches the current bar are
/// scored. A mentee whose kept list is not full already has every compatible mentor in the network.
/// </para>
/// <para>
/// Per mentee the <c>limit</c> most negative reduced costs are kept (ties in a per-mentee rotation of the mentors), so a round adds a
/// bounded number of pairs; the caller re-solves until a round finds none, which proves the network's optimum optimal
/// over all pairs (linear-programming duality). Parallel over mentees; the result is the same on any core count.
/// </para>
/// <para>
/// A later round only prices what the re-solve can have changed. A pair's reduced cost moves by
/// <c>Δπ(i) − Δπ(j)</c>, so for a mentee whose last round returned every violator (all of them are now in the network,
/// and every other left-out pair had a reduced cost ≥ 0) and whose potential did not fall, only the mentors whose
/// potential rose by more than its own can have become violators; every other mentee is priced in full. Between
/// warm-started rounds few potentials change (100,000 × 20,000: a few thousand mentees and under a hundred mentors
/// rising), so the rounds after the second cost little; the last round's proof covers every pair all the same.
/// </para>
/// </remarks>
internal static class ReducedCostPricer
{
    /// <summary>Finds the violating left-out pairs, pricing only what can have changed since <paramref name="since"/> (every mentee when it is null).</summary>
    /// <param name="problem">A sparse program (kept candidates and their index).</param>
    /// <param name="terms">The model's costs and network.</param>
    /// <param name="potentials">Optimal potentials: mentee positions, then mentor positions (then the sink).</param>
    /// <param name="limit">The most violators kept per mentee.</param>
    /// <param name="violators">Receives, per mentee position, the violating mentor positions and their points (null: none).</param>
    /// <param name="since">The last round's memo when its violators were added to the network since; null prices every mentee in full.</param>
    /// <param name="memo">What this round proved, for the next.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    /// <returns>How many violators were found and how many pairs were scored.</returns>
    public static (long Violators, long Scored) Find(
        MatchingProblem problem,
        PricingTerms terms,
        long[] potentials,
        int limit,
        (int Mentor, int Points)[]?[] violators,
        PricingMemo? since,
        out PricingMemo memo,
        CancellationToken cancellationToken)
    {
        MentorIndex index = problem.Index!;
        int n = problem.Mentees.Count;
        int m = problem.Mentors.Count;
        int k = problem.KeptCandidatesPerMentee ?? 1;
        WeightedScorer.MentorProfiles profiles = index.Profiles;
        int[] mentors = index.Mentors;

        // Mentors who take someone, by falling potential (ties by position): a mentee only visits the front of this
        // order, down to the first mentor whose potential is too low for even its highest bound.
        int[] order = [.. Enumerable.Range(0, m).Where(j => terms.Capacity[j] > 0).OrderByDescending(j => potentials[n + j]).ThenBy(j => j)];
        var complete = new bool[n];
        memo = new PricingMemo(potentials, complete);
        if (order.Length == 0)
        {
            Array.Fill(complete, true);
            return (0, 0);
        }

        long[] potential = [.. order.Select(j => potentials[n + j])];

        // The positions in `order` of the mentors whose potential rose since the last round, and by how much.
        int[] raised = since is null ? [] : [.. Enumerable.Range(0, order.Length).Where(t => potential[t] > since.Potentials[n + order[t]])];
        long[] rise = [.. raised.Select(t => potential[t] - since!.Potentials[n + order[t]])];
        MentorIndex.OrderedKeys keys = index.InOrder(order);
        long found = 0;
        long scored = 0;
        Parallel.For(
            0,
            n,
            new ParallelOptions { CancellationToken = cancellationToken },
            () => new Search(index.NewWorkspace(1), limit),
            [MethodImpl(MethodImplOptions.AggressiveOptimization)]
            (i, _, search) =>
            {
                complete[i] = true;
                ReadOnlySpan<int> kept = problem.CandidatesOf(i);
                if (kept.Length < k)
                {
                    return search;
                }

                // Every mentor outside the kept list scores at most the k-th best points (the list is exact).
                int upper = problem.CandidatePointsOf(i)[kept.Length - 1];
                long need = terms.Offset + potentials[i] + 1;
                long reach = Gain(terms, upper);
                if (upper < terms.Threshold || reach + potential[0] < need)
                {
                    return search;
                }

                // A mentee the last round priced completely, whose potential did not fall: only mentors whose potential
                // rose by more than its own can now violate.
                long ownRise = since is not null && since.Complete[i] && potentials[i] >= since.Potentials[i] ? potentials[i] - since.Potentials[i] : -1;
                if (ownRise >= 0 && (raised.Length == 0 || reach + potential[raised[0]] < need))
                {
                    return search;
                }

                int mentee = problem.Mentees[i];
                MentorWorkspace work = search.Work;
                index.Prepare(mentee, work);
                foreach (int j in kept)
                {
                    work.Mark(j);
                }

                terms.InNetwork(i, work);
                search.Start(need, (int)((uint)(i * -1640531535) % (uint)m), m);
                Span<double> values = stackalloc double[WeightedScorer.CriterionCount];

                // Mentors by falling potential until even the k-th best points cannot reach the bar (the threshold, or the
                // worst kept violator once the list is full); each is bounded by its key, and scored only if the bound
                // plus its potential reaches the bar.
                var visit = new Visit(terms, profiles, keys, work, search, order, potential, upper, mentee, i);
                if (ownRise >= 0)
                {
                    for (int r = 0; r < raised.Length; r++)
                    {
                        int t = raised[r];
                        if (reach + potential[t] < search.Bar)
                        {
                            break;
                        }

                        if (rise[r] > ownRise)
                        {
                            visit.At(t, values);
                        }
                    }
                }
                else
                {
                    // A slice of the order at a time: the mentors that may reach the bar as it stands are picked without
                    // a branch per mentor, then visited in order as above (the bar only rises, so none is missed).
                    Span<int> picked = search.Picked;
                    for (int from = 0; from < order.Length && reach + potential[from] >= search.Bar; from += picked.Length)
                    {
                        int count = keys.Candidates(from, Math.Min(order.Length, from + picked.Length), work, upper, terms.Threshold, terms.CountOnly, search.Bar, potential, picked);
                        for (int c = 0; c < count; c++)
                        {
                            int t = picked[c];
                            if (reach + potential[t] < search.Bar)
                            {
                                break;
                            }

                            visit.At(t, values);
                        }
                    }
                }

                complete[i] = !search.IsFull;
                violators[i] = search.Result();
                return search;
            },
            search =>
            {
                Interlocked.Add(ref found, search.Found);
                Interlocked.Add(ref scored, search.Scored);
            });

        return (found, scored);
    }

    private static long Gain(PricingTerms terms, int points) => terms.CountOnly ? 0 : points;

    /// <summary>One mentee's visit of a mentor: scored when neither in the network nor cleared by its key's bound.</summary>
    private readonly struct Visit(PricingTerms terms, WeightedScorer.MentorProfiles profiles, MentorIndex.OrderedKeys keys, MentorWorkspace work, Search search, int[] order, long[] potential, int upper, int mentee, int i)
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void At(int t, Span<double> values)
        {
            int j = order[t];
            if (work.Marked(j))
            {
                return;
            }

            int key = keys.KeyAt(t, work);
            if (key < 0)
            {
                return;
            }

            int bound = Math.Min(upper, work.KeyBound[key]);
            if (bound >= terms.Threshold && Gain(terms, bound) + potential[t] >= search.Bar)
            {
                search.Try(terms, profiles, mentee, i, j, potential[t], values);
            }
        }
    }

    /// <summary>Per-thread state: the workspace and the best violators of the current mentee.</summary>
    private sealed class Search(MentorWorkspace work, int limit)
    {
        /// <summary>The mentors per slice of the order that a visit picks at once.</summary>
        private const int PickedPerSlice = 256;

        private readonly int[] _mentor = new int[limit];
        private readonly int[] _points = new int[limit];
        private readonly long[] _key = new long[limit];
        private readonly int[] _picked = new int[PickedPerSlice];
        private int _count;
        private long _need;
        private int _shift;
        private int _mentors;

        public MentorWorkspace Work => work;

        /// <summary>Gets room for one slice's picked positions (see <see cref="MentorIndex.OrderedKeys.Candidates"/>).</summary>
        public Span<int> Picked => _picked;

        public long Found { get; private set; }

        public long Scored { get; private set; }

        /// <summary>Gets a value indicating whether the list holds <c>limit</c> violators (there may be more).</summary>
        public bool IsFull => _count == limit;

        /// <summary>Gets the least gain + potential a pair needs to enter the list: the threshold, or the worst kept once full.</summary>
        public long Bar => _count == limit ? Math.Max(_need, _key[limit - 1]) : _need;

        public void Start(long need, int shift, int mentors)
        {
            _need = need;
            _count = 0;
            _shift = shift;
            _mentors = mentors;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Try(PricingTerms terms, WeightedScorer.MentorProfiles profiles, int mentee, int i, int j, long potential, Span<double> values)
        {
            if (profiles.Check(mentee, j) != BlockReason.None)
            {
                return;
            }

            Scored++;
            int points = ScoreTable.ToPoints(profiles.Score(mentee, j, values));
            long key = Gain(terms, points) + potential;
            if (points < terms.Threshold || key < Bar || terms.IsExcluded(i, j))
            {
                return;
            }

            // Keep the best by key, ties by a per-mentee rotation of the mentor positions (mentors are visited in no
            // fixed order, and people with identical answers should not all add the same mentors).
            int at = _count;
            while (at > 0 && (_key[at - 1] < key || (_key[at - 1] == key && Rotated(_mentor[at - 1]) > Rotated(j))))
            {
                at--;
            }

            if (at >= limit)
            {
                return;
            }

            for (int t = Math.Min(_count, limit - 1); t > at; t--)
            {
                _mentor[t] = _mentor[t - 1];
                _points[t] = _points[t - 1];
                _key[t] = _key[t - 1];
            }

            _mentor[at] = j;
            _points[at] = points;
            _key[at] = key;
            _count = Math.Min(_count + 1, limit);
        }

        private int Rotated(int j) => j >= _shift ? j - _shift : j - _shift + _mentors;

        public (int Mentor, int Points)[]? Result()
        {
            if (_count == 0)
            {
                return null;
            }

            Found += _count;
            var result = new (int, int)[_count];
            for (int t = 0; t < _count; t++)
            {
                result[t] = (_mentor[t], _points[t]);
            }

            return result;
        }
    }
}
