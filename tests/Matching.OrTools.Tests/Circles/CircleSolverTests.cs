// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.OrTools.Circles;

namespace Matching.OrTools.Tests.Circles;

public class CircleSolverTests
{
    [Fact]
    public void Solve_RandomSmallProgram_MatchesBruteForceAndKeepsEveryCapacity()
    {
        Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            var rng = new Random(seed);
            int n = rng.Next(1, 6), c = rng.Next(1, 4), f = rng.Next(1, 3);
            var p = new CircleProblem(
                n,
                c,
                [.. Enumerable.Range(0, n * c).Select(_ => rng.Next(4) == 0 ? -1 : rng.Next(6))],
                [.. Enumerable.Range(0, c).Select(_ => rng.Next(0, 4))],
                [.. Enumerable.Range(0, c).Select(_ => rng.Next(f))],
                [.. Enumerable.Range(0, f).Select(_ => rng.Next(0, 6))],
                rng.Next(1, 3))
            {
                MinCircleSize = rng.Next(1, 3),
            };

            var r = CircleSolver.Solve(p, TimeSpan.FromSeconds(20), workers: 1);

            Assert.Equal(CircleStatus.Optimal, r.Status);
            Assert.Null(Violation(p, r.CirclesOfMentee));
            Assert.Equal(BruteForce(p), (r.Covered, r.Quality));
            Assert.Equal(r.Objective, r.BestBound);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(100));
    }

    [Fact]
    public void Solve_FacilitatorCapacity_CapsTheirCircles()
    {
        // Three mentees all want both of facilitator 0's circles; the facilitator takes 2 people in total.
        var p = new CircleProblem(3, 2, [5, 4, 5, 4, 5, 4], [3, 3], [0, 0], [2], 1);

        var r = CircleSolver.Solve(p, TimeSpan.FromSeconds(5), workers: 1);

        Assert.Equal(2, r.Covered);
        Assert.Equal(2, r.CirclesOfMentee.Sum(l => l.Count));
    }

    private static string? Violation(CircleProblem p, IReadOnlyList<IReadOnlyList<int>> circles)
    {
        var size = new int[p.CircleCount];
        var load = new int[p.FacilitatorCapacity.Count];
        for (int i = 0; i < p.MenteeCount; i++)
        {
            if (circles[i].Count > p.MaxCirclesPerMentee || circles[i].Distinct().Count() != circles[i].Count)
            {
                return $"mentee {i} joins {circles[i].Count}";
            }

            foreach (int t in circles[i])
            {
                if (p.Interest[(i * p.CircleCount) + t] < 0)
                {
                    return $"mentee {i} not interested in {t}";
                }

                size[t]++;
                load[p.CircleFacilitator[t]]++;
            }
        }

        for (int t = 0; t < p.CircleCount; t++)
        {
            if (size[t] > p.CircleCapacity[t] || (size[t] > 0 && size[t] < p.MinCircleSize))
            {
                return $"circle {t} has {size[t]}";
            }
        }

        return Enumerable.Range(0, load.Length).Any(k => load[k] > p.FacilitatorCapacity[k]) ? "facilitator over capacity" : null;
    }

    private static (int Covered, long Quality) BruteForce(CircleProblem p)
    {
        int n = p.MenteeCount, c = p.CircleCount;
        var choice = new int[n]; // bitmask of circles per mentee
        (int, long) best = (0, 0);
        while (true)
        {
            var circles = choice.Select(mask => (IReadOnlyList<int>)Enumerable.Range(0, c).Where(t => ((mask >> t) & 1) != 0).ToArray()).ToArray();
            if (Violation(p, circles) is null)
            {
                int covered = circles.Count(l => l.Count > 0);
                long quality = Enumerable.Range(0, n).Sum(i => circles[i].Sum(t => (long)p.Interest[(i * c) + t] + 1));
                if ((covered, quality).CompareTo(best) > 0)
                {
                    best = (covered, quality);
                }
            }

            int pos = 0;
            while (pos < n && choice[pos] == (1 << c) - 1)
            {
                choice[pos] = 0;
                pos++;
            }

            if (pos == n)
            {
                return best;
            }

            choice[pos]++;
        }
    }
}
