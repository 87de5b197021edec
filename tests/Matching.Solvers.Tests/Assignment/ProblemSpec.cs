// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Solvers.Assignment;

namespace Matching.Solvers.Tests.Assignment;

/// <summary>A candidate pair of a <see cref="ProblemSpec"/>.</summary>
internal readonly record struct SpecPair(int Mentee, int Mentor, long Cost, bool Locked);

/// <summary>
/// An assignment problem as plain data, to be changed one respect at a time (its pairs grown, reordered or dropped)
/// and built again; shared by the warm-start tests.
/// </summary>
internal sealed record ProblemSpec(long[] Penalty, SpecPair[] Pairs, int[] MinLoad, int[] MaxLoad, long[][]? SlotCosts = null)
{
    public ProblemSpec WithPairs(SpecPair[] pairs) => this with { Pairs = pairs };

    /// <summary>About half of the pairs this spec (and <paramref name="other"/>, if given) lacks, none of them locked.</summary>
    public List<SpecPair> SomeMissingPairs(Random random, ProblemSpec? other = null)
    {
        var added = new List<SpecPair>();
        for (int i = 0; i < Penalty.Length; i++)
        {
            for (int j = 0; j < MaxLoad.Length; j++)
            {
                if (!Pairs.Any(x => x.Mentee == i && x.Mentor == j) && other?.Pairs.Any(x => x.Mentee == i && x.Mentor == j) != true && random.Next(2) == 0)
                {
                    added.Add(new SpecPair(i, j, random.Next(-20, 150), false));
                }
            }
        }

        return added;
    }

    public AssignmentProblem Build()
    {
        var builder = new AssignmentProblemBuilder(Penalty.Length, MaxLoad.Length, 0);
        for (int i = 0; i < Penalty.Length; i++)
        {
            builder.SetUnmatchedPenalty(i, Penalty[i]);
        }

        foreach (SpecPair pair in Pairs)
        {
            builder.AddPair(pair.Mentee, pair.Mentor, pair.Cost, pair.Locked);
        }

        for (int j = 0; j < MaxLoad.Length; j++)
        {
            builder.SetMentor(j, MinLoad[j], MaxLoad[j], SlotCosts?[j] is { Length: > 0 } costs ? costs : null);
        }

        return builder.Build();
    }
}
