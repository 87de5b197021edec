// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using Matching.Core.Domain;
using Matching.Core.Problem;
using Matching.Core.Rules;
using Matching.Core.Scoring;
using Matching.Core.Text;

namespace Matching.Core.Results;

/// <summary>Says, in the program's language, why a mentee or a mentor of an optimal matching was left unmatched.</summary>
internal static class UnmatchedReasons
{
    public static string ForMentee(ProgramRules rules, int i, TextCatalog text)
    {
        MatchingProblem problem = rules.Problem;
        if (rules.MenteeRuleOf(i) == PersonRule.IncompleteProfile)
        {
            return text.IncompleteProfile;
        }

        if (!problem.IsDense && problem.CandidatesOf(i).Length > 0)
        {
            return text.KeptCandidatesFull(problem.CandidatesOf(i).Length);
        }

        if (problem.Mentors.Count == 0)
        {
            return text.NoMentors;
        }

        int compatible = 0;
        int excluded = 0;
        int tired = 0;
        var blocks = new Dictionary<BlockReason, int>();
        var ruledOut = new Dictionary<PairRule, int>();
        for (int j = 0; j < problem.Mentors.Count; j++)
        {
            BlockReason block = problem.BlockOf(i, j);
            if (block == BlockReason.None && rules.IsExcluded(i, j))
            {
                excluded++;
                PairRule rule = rules.PairRuleOf(i, j) ?? PairRule.Excluded;
                ruledOut[rule] = ruledOut.GetValueOrDefault(rule) + 1;
            }
            else if (block == BlockReason.None)
            {
                compatible++;
                tired += rules.MentorRuleOf(j) == PersonRule.Fatigue ? 1 : 0;
            }
            else if (block != BlockReason.SamePerson)
            {
                blocks[block] = blocks.GetValueOrDefault(block) + 1;
            }
        }

        if (compatible == 0 && excluded > 0)
        {
            return ruledOut.Count == 1 && ruledOut.ContainsKey(PairRule.Excluded)
                ? text.OnlyExcludedMentors(excluded)
                : text.OnlyRuledOutMentors(ruledOut.OrderByDescending(r => r.Value).ThenBy(r => r.Key));
        }

        if (compatible == 0)
        {
            Participant mentee = problem.Participants[problem.Mentees[i]];
            if (blocks.Count == 1 && blocks.ContainsKey(BlockReason.NoSharedLanguage))
            {
                return text.NoSharedLanguage(string.Join(", ", mentee.Languages.Select(text.LanguageName).Order(StringComparer.OrdinalIgnoreCase)));
            }

            return text.AllMentorsBlocked(blocks.OrderByDescending(b => b.Value).ThenBy(b => b.Key));
        }

        if (rules.Options.UnmatchedPenalty is double penalty)
        {
            return text.CheaperUnmatched(penalty.ToString("0.#", CultureInfo.InvariantCulture), compatible);
        }

        return tired > 0 ? text.CompatibleMentorsFullFatigue(compatible, tired) : text.CompatibleMentorsFull(compatible);
    }

    /// <summary>
    /// Counts, per mentor position, the compatible mentees and those of them left unmatched, in one pass (in a large
    /// program only mentees who have the mentor among their candidates count as compatible).
    /// </summary>
    public static (int[] Compatible, int[] StillUnmatched) MentorCompatibility(MatchingProblem problem, ReadOnlySpan<int> mentorOf)
    {
        int m = problem.Mentors.Count;
        var compatible = new int[m];
        var stillUnmatched = new int[m];
        for (int i = 0; i < problem.Mentees.Count; i++)
        {
            if (problem.IsDense)
            {
                for (int j = 0; j < m; j++)
                {
                    if (problem.BlockOf(i, j) == BlockReason.None)
                    {
                        compatible[j]++;
                        stillUnmatched[j] += mentorOf[i] < 0 ? 1 : 0;
                    }
                }
            }
            else
            {
                foreach (int j in problem.CandidatesOf(i))
                {
                    compatible[j]++;
                    stillUnmatched[j] += mentorOf[i] < 0 ? 1 : 0;
                }
            }
        }

        return (compatible, stillUnmatched);
    }

    public static string ForMentor(int capacity, int compatible, int stillUnmatched, TextCatalog text, PersonRule rule = PersonRule.None)
    {
        if (capacity <= 0)
        {
            return rule == PersonRule.Fatigue ? text.MentorResting : text.MentorNoCapacity;
        }

        if (compatible == 0)
        {
            return text.MentorNoCompatibleMentee;
        }

        return stillUnmatched == 0 ? text.MentorMenteesMatchedElsewhere(compatible) : text.MentorMenteesLeftUnmatched(stillUnmatched);
    }
}
