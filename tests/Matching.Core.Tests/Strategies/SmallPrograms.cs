// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Problem;
using Matching.Core.Rules;
using Matching.TestUtils;

namespace Matching.Core.Tests.Strategies;

/// <summary>Random small programs (≤ 6 people, so ≤ 6 mentees) and brute-force enumeration of their matchings.</summary>
internal static class SmallPrograms
{
    public static Gen<MatchingProblem> Problems() =>
        from size in Gen.Choose(0, 6)
        from seeds in Gen.Choose(0, 1000).ArrayOf(size)
        select MatchingProblem.Create([.. seeds.Select((seed, index) => RandomPeople.Person(seed, index))]);

    /// <summary>Every feasible matching (mentor position per mentee position, −1 = unmatched).</summary>
    public static List<int[]> AllMatchings(MatchingProblem problem)
    {
        var input = ProgramRules.Create(problem);
        var all = new List<int[]>();
        var mentorOf = new int[input.MenteeCount];
        var load = new int[input.MentorCount];
        void Recurse(int i)
        {
            if (i == input.MenteeCount)
            {
                all.Add((int[])mentorOf.Clone());
                return;
            }

            mentorOf[i] = -1;
            Recurse(i + 1);
            for (int j = 0; j < input.MentorCount; j++)
            {
                if (input.Points(i, j) >= 0 && load[j] < input.CapacityOf(j))
                {
                    load[j]++;
                    mentorOf[i] = j;
                    Recurse(i + 1);
                    load[j]--;
                }
            }

            mentorOf[i] = -1;
        }

        Recurse(0);
        return all;
    }

    public static int Count(int[] mentorOf) => mentorOf.Count(j => j >= 0);

    public static long Points(MatchingProblem problem, IReadOnlyList<int> mentorOf)
    {
        long total = 0;
        for (int i = 0; i < mentorOf.Count; i++)
        {
            if (mentorOf[i] >= 0)
            {
                total += problem.DenseScores.PointsAt(i, mentorOf[i]);
            }
        }

        return total;
    }

    /// <summary>The lowest matched pair's points, or <see cref="int.MaxValue"/> for an empty matching.</summary>
    public static int MinPoints(MatchingProblem problem, IReadOnlyList<int> mentorOf)
    {
        int min = int.MaxValue;
        for (int i = 0; i < mentorOf.Count; i++)
        {
            if (mentorOf[i] >= 0)
            {
                min = Math.Min(min, problem.DenseScores.PointsAt(i, mentorOf[i]));
            }
        }

        return min;
    }
}
