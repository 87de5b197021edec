// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Problem;
using Matching.Core.Scoring;
using Matching.Core.Text;

namespace Matching.Core.Rules;

/// <summary>Finds, by counting before any solve, a rule of a program that cannot be met, and names it by person.</summary>
internal static class RuleConflicts
{
    public static string LockedTwice(MatchingProblem problem, int mentee, int first, int second) =>
        $"{MenteeName(problem, mentee)} is locked to two mentors ({MentorName(problem, first)} and {MentorName(problem, second)}) but can have only one";

    public static string? Find(ProgramRules rules)
    {
        MatchingProblem problem = rules.Problem;
        var lockedByMentor = new int[rules.MentorCount];
        foreach (var (i, j) in rules.LockedPairs)
        {
            BlockReason block = problem.BlockOf(i, j);
            if (block != BlockReason.None)
            {
                return $"the locked pair {MenteeName(problem, i)} → {MentorName(problem, j)} is forbidden by a hard rule ({TextCatalog.English.Block(block)})";
            }

            if (rules.IsExcluded(i, j))
            {
                return $"the pair {MenteeName(problem, i)} → {MentorName(problem, j)} is both locked and excluded";
            }

            lockedByMentor[j]++;
        }

        for (int j = 0; j < rules.MentorCount; j++)
        {
            if (lockedByMentor[j] > rules.CapacityOf(j))
            {
                return $"{MentorName(problem, j)} has {lockedByMentor[j]} locked mentees but a capacity of {rules.CapacityOf(j)}";
            }

            int minimum = rules.MinimumLoadOf(j);
            if (minimum > 0)
            {
                int compatible = 0;
                for (int i = 0; i < rules.MenteeCount; i++)
                {
                    if (rules.LockedMentorOf(i) is int l && (l == j || (l < 0 && rules.IsAllowed(i, j))))
                    {
                        compatible++;
                    }
                }

                if (compatible < minimum)
                {
                    return $"{MentorName(problem, j)} must take at least {minimum} mentee(s) but only {compatible} are compatible";
                }
            }
        }

        long required = 0;
        for (int j = 0; j < rules.MentorCount; j++)
        {
            required += rules.MinimumLoadOf(j);
        }

        if (required > rules.MenteeCount)
        {
            return $"the minimum load of {rules.Options.MinimumLoad} per mentor needs {required} mentees, but the program has {rules.MenteeCount}";
        }

        return null;
    }

    private static string MenteeName(MatchingProblem problem, int i) => problem.Participants[problem.Mentees[i]].Name;

    private static string MentorName(MatchingProblem problem, int j) => problem.Participants[problem.Mentors[j]].Name;
}
