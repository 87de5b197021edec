// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Solvers.Flow;

namespace Matching.TestUtils;

/// <summary>One rung of the benchmark ladder: its name and the parameters that generate it.</summary>
/// <param name="Name">File name stem, e.g. <c>s10kx2k</c>.</param>
/// <param name="Mentees">Number of mentees (supply 1 each).</param>
/// <param name="Mentors">Number of mentors (capacity 1–5 each).</param>
/// <param name="K">Candidate mentors per mentee: 0 for all pairs (dense), else the K cheapest.</param>
/// <param name="Seed">Seed of the generator.</param>
public sealed record LadderRung(string Name, int Mentees, int Mentors, int K, int Seed);

/// <summary>
/// The project's own generator of mentoring-shaped min-cost-flow instances (the benchmark ladder). Model, seeded
/// and deterministic: every person has a topic-interest vector (<see cref="TopicDimensions"/> non-negative weights,
/// normalised), a time zone (whole hours, −11…+12) and a level 1–5; mentors have a capacity 1–5. A pair costs
/// <c>round(1000 · (1 − cos(topics)))</c> + 35 per hour of circular time-zone distance (≤ 420) + 120 per level of
/// gap (≤ 480), so 0…1900. Network: nodes 0…N−1 mentees (supply 1), N…N+M−1 mentors, N+M the sink (supply −N);
/// arcs per mentee in order: its candidate mentors (capacity 1, the pair cost; ascending mentor index) then the
/// "unmatched" arc to the sink (capacity 1, cost <see cref="UnmatchedCost"/>), so every instance is feasible; then
/// one arc per mentor to the sink (its capacity, cost 0).
/// </summary>
public static class LadderInstances
{
    /// <summary>Cost of leaving a mentee unmatched (its arc straight to the sink).</summary>
    public const long UnmatchedCost = 2500;

    /// <summary>Number of topic dimensions in the similarity model.</summary>
    public const int TopicDimensions = 6;

    /// <summary>Candidate mentors per mentee on the sparse rungs.</summary>
    public const int SparseK = 50;

    /// <summary>The ladder, smallest first: two tiny dense rungs, two dense rungs, three sparse rungs.</summary>
    public static IReadOnlyList<LadderRung> Rungs { get; } =
    [
        new("d100x30", 100, 30, 0, 1),
        new("d300x100", 300, 100, 0, 1),
        new("d1kx300", 1_000, 300, 0, 1),
        new("d3kx1k", 3_000, 1_000, 0, 1),
        new("s10kx2k", 10_000, 2_000, SparseK, 1),
        new("s30kx6k", 30_000, 6_000, SparseK, 1),
        new("s100kx20k", 100_000, 20_000, SparseK, 1),
    ];

    /// <summary>Generates the network of <paramref name="rung"/>; the same rung always gives the same network.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rung"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is not positive or K is negative.</exception>
    public static FlowNetwork Generate(LadderRung rung)
    {
        ArgumentNullException.ThrowIfNull(rung);
        return Generate(rung.Mentees, rung.Mentors, rung.K, rung.Seed);
    }

    /// <summary>Generates a mentoring-shaped network (see the class summary); deterministic for the arguments.</summary>
    /// <param name="mentees">Number of mentees.</param>
    /// <param name="mentors">Number of mentors.</param>
    /// <param name="k">Candidate mentors per mentee: 0 (or ≥ <paramref name="mentors"/>) for all pairs.</param>
    /// <param name="seed">Seed.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is not positive or <paramref name="k"/> is negative.</exception>
    public static FlowNetwork Generate(int mentees, int mentors, int k, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(mentees);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(mentors);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        int per = k == 0 || k >= mentors ? mentors : k;
        var random = new Random(seed);
        var menteePeople = People.Draw(random, mentees, withCapacity: false);
        var mentorPeople = People.Draw(random, mentors, withCapacity: true);

        // Candidate lists per mentee, computed independently (and in parallel) so the result does not depend on scheduling.
        var candidates = new int[checked(mentees * per)];
        var costs = new long[candidates.Length];
        Parallel.For(0, mentees, i =>
        {
            Span<int> index = candidates.AsSpan(i * per, per);
            Span<long> cost = costs.AsSpan(i * per, per);
            if (per == mentors)
            {
                for (int j = 0; j < mentors; j++)
                {
                    index[j] = j;
                    cost[j] = menteePeople.Cost(i, mentorPeople, j);
                }
            }
            else
            {
                Cheapest(menteePeople, i, mentorPeople, index, cost);
            }
        });

        int sink = mentees + mentors;
        var builder = new FlowNetworkBuilder(sink + 1, (mentees * (per + 1)) + mentors);
        for (int i = 0; i < mentees; i++)
        {
            builder.AddNode(1);
        }

        builder.AddNodes(mentors);
        builder.AddNode(-mentees);
        for (int i = 0; i < mentees; i++)
        {
            for (int c = 0; c < per; c++)
            {
                builder.AddArc(i, mentees + candidates[(i * per) + c], 0, 1, costs[(i * per) + c]);
            }

            builder.AddArc(i, sink, 0, 1, UnmatchedCost);
        }

        for (int j = 0; j < mentors; j++)
        {
            builder.AddArc(mentees + j, sink, 0, mentorPeople.Capacity[j], 0);
        }

        return builder.Build();
    }

    /// <summary>
    /// The optimal cost of <paramref name="network"/> found by the network simplex and proved by the independent
    /// <see cref="FlowCertificate"/>; null when the solver fails or the certificate rejects its answer.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> is null.</exception>
    public static long? CertifiedOptimum(FlowNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        FlowResult result = new NetworkSimplexSolver().Solve(network);
        return result.Success && FlowCertificate.Check(network, result).IsOptimal ? result.Cost : null;
    }

    /// <summary>Fills <paramref name="index"/>/<paramref name="cost"/> with the cheapest mentors of mentee <paramref name="i"/>, ties to the lower index, sorted by index.</summary>
    private static void Cheapest(People mentees, int i, People mentors, Span<int> index, Span<long> cost)
    {
        int k = index.Length;

        // Max-heap on (cost, index) of the best k seen so far.
        int size = 0;
        for (int j = 0; j < mentors.Count; j++)
        {
            long c = mentees.Cost(i, mentors, j);
            if (size < k)
            {
                int at = size++;
                while (at > 0)
                {
                    int parent = (at - 1) / 2;
                    if (Worse(cost[parent], index[parent], c, j))
                    {
                        break;
                    }

                    cost[at] = cost[parent];
                    index[at] = index[parent];
                    at = parent;
                }

                cost[at] = c;
                index[at] = j;
            }
            else if (c < cost[0])
            {
                // j is larger than every index kept, so only a strictly smaller cost displaces the worst.
                int at = 0;
                while (true)
                {
                    int child = (2 * at) + 1;
                    if (child >= k)
                    {
                        break;
                    }

                    if (child + 1 < k && Worse(cost[child + 1], index[child + 1], cost[child], index[child]))
                    {
                        child++;
                    }

                    if (!Worse(cost[child], index[child], c, j))
                    {
                        break;
                    }

                    cost[at] = cost[child];
                    index[at] = index[child];
                    at = child;
                }

                cost[at] = c;
                index[at] = j;
            }
        }

        // Sort by mentor index for a stable arc order.
        var pairs = new (int Index, long Cost)[k];
        for (int t = 0; t < k; t++)
        {
            pairs[t] = (index[t], cost[t]);
        }

        Array.Sort(pairs, (a, b) => a.Index.CompareTo(b.Index));
        for (int t = 0; t < k; t++)
        {
            index[t] = pairs[t].Index;
            cost[t] = pairs[t].Cost;
        }
    }

    /// <summary>Whether (ca, ia) ranks after (cb, ib): higher cost, ties broken by higher index.</summary>
    private static bool Worse(long ca, int ia, long cb, int ib) => ca > cb || (ca == cb && ia > ib);

    /// <summary>One side's attributes, stored column-wise.</summary>
    private sealed class People
    {
        private People(int count)
        {
            Count = count;
            Topics = new double[count * TopicDimensions];
            Zone = new int[count];
            Level = new int[count];
            Capacity = new int[count];
        }

        public int Count { get; }

        public double[] Topics { get; }

        public int[] Zone { get; }

        public int[] Level { get; }

        public int[] Capacity { get; }

        public static People Draw(Random random, int count, bool withCapacity)
        {
            var people = new People(count);
            for (int p = 0; p < count; p++)
            {
                // A few strong interests: cubed uniforms skew the weights, then normalise to unit length.
                double norm = 0;
                for (int d = 0; d < TopicDimensions; d++)
                {
                    double u = random.NextDouble();
                    double w = u * u * u;
                    people.Topics[(p * TopicDimensions) + d] = w;
                    norm += w * w;
                }

                norm = Math.Sqrt(norm);
                for (int d = 0; d < TopicDimensions; d++)
                {
                    people.Topics[(p * TopicDimensions) + d] = norm > 0 ? people.Topics[(p * TopicDimensions) + d] / norm : 1 / Math.Sqrt(TopicDimensions);
                }

                people.Zone[p] = random.Next(-11, 13);
                people.Level[p] = random.Next(1, 6);
                people.Capacity[p] = withCapacity ? random.Next(1, 6) : 1;
            }

            return people;
        }

        /// <summary>Cost of pairing person <paramref name="i"/> of this side with person <paramref name="j"/> of <paramref name="other"/>.</summary>
        public long Cost(int i, People other, int j)
        {
            double dot = 0;
            int a = i * TopicDimensions;
            int b = j * TopicDimensions;
            for (int d = 0; d < TopicDimensions; d++)
            {
                dot += Topics[a + d] * other.Topics[b + d];
            }

            long topic = (long)Math.Round(1000 * (1 - Math.Min(1, dot)));
            int hours = Math.Abs(Zone[i] - other.Zone[j]);
            hours = Math.Min(hours, 24 - hours);
            return topic + (35L * hours) + (120L * Math.Abs(Level[i] - other.Level[j]));
        }
    }
}
