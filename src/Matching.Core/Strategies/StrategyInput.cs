// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Problem;

namespace Matching.Core.Strategies;

/// <summary>The flat view of a problem every strategy works on: sizes, pair points (−1 = blocked) and capacities.</summary>
internal sealed class StrategyInput
{
    private StrategyInput(MatchingProblem problem, int[] capacity)
    {
        Problem = problem;
        Capacity = capacity;
    }

    public MatchingProblem Problem { get; }

    public int Mentees => Problem.Mentees.Count;

    public int Mentors => Problem.Mentors.Count;

    /// <summary>Gets how many of its cheapest allowed pairs each mentee starts with in large flow models (pricing adds the rest as needed).</summary>
    public int CandidatesPerMentee { get; init; } = 64;

    /// <summary>Gets each mentor position's capacity (negative capacities read as 0).</summary>
    public int[] Capacity { get; }

    public static StrategyInput From(MatchingProblem problem, int candidatesPerMentee = 64)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var capacity = new int[problem.Mentors.Count];
        for (int j = 0; j < capacity.Length; j++)
        {
            capacity[j] = Math.Max(0, problem.Participants[problem.Mentors[j]].Capacity);
        }

        return new StrategyInput(problem, capacity) { CandidatesPerMentee = candidatesPerMentee };
    }

    /// <summary>Gets the points of a pair, or −1 when a rule blocks it or the mentor takes nobody.</summary>
    public int Points(int mentee, int mentor) => Capacity[mentor] == 0 ? -1 : Problem.DenseScores.PointsAt(mentee, mentor);

    public ReadOnlySpan<int> Row(int mentee) => Problem.DenseScores.Row(mentee);
}
