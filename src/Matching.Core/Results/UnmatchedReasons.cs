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
    /// <summary>One more than the largest <see cref="BlockReason"/> value: the length of a count per rule.</summary>
    private static readonly int BlockReasonCount = Enum.GetValues<BlockReason>().Max(b => (int)b) + 1;

    public static string ForMentee(ProgramRules rules, int i, TextCatalog text)
    {
        MatchingProblem problem = rules.Problem;
        if (rules.MenteeRuleOf(i) == PersonRule.IncompleteProfile)
        {
            return text.IncompleteProfile;
        }

        if (!problem.IsDense && problem.CandidatesOf(i).Length > 0 && (long)problem.Mentees.Count * problem.Mentors.Count > MatchingDefaults.DensePairLimit)
        {
            // A large program's optimum is proven over all pairs, so what holds for every compatible mentor holds
            // here too; counting them all would check the whole row of every unmatched mentee, so the words carry no
            // count. Up to the dense limit the row is checked (hard rules only, no scoring) and counted.
            return rules.Options.UnmatchedPenalty is double cheaper
                ? text.CheaperUnmatchedThanAnyMentor(cheaper.ToString("0.#", CultureInfo.InvariantCulture))
                : text.AllAllowedMentorsFull;
        }

        if (problem.Mentors.Count == 0)
        {
            return text.NoMentors;
        }

        int m = problem.Mentors.Count;
        BlockReason[] row = new BlockReason[m];
        problem.BlocksOfRow(i, row);
        int compatible = 0;
        int excluded = 0;
        int tired = 0;
        Span<int> blocks = stackalloc int[BlockReasonCount];
        Dictionary<PairRule, int>? ruledOut = null;
        for (int j = 0; j < m; j++)
        {
            BlockReason block = row[j];
            if (block == BlockReason.None && rules.IsExcluded(i, j))
            {
                excluded++;
                PairRule rule = rules.PairRuleOf(i, j) ?? PairRule.Excluded;
                ruledOut ??= [];
                ruledOut[rule] = ruledOut.GetValueOrDefault(rule) + 1;
            }
            else if (block == BlockReason.None)
            {
                compatible++;
                tired += rules.MentorRuleOf(j) == PersonRule.Fatigue ? 1 : 0;
            }
            else
            {
                blocks[(int)block]++;
            }
        }

        if (compatible == 0 && excluded > 0)
        {
            ruledOut ??= [];
            return ruledOut.Count == 1 && ruledOut.ContainsKey(PairRule.Excluded)
                ? text.OnlyExcludedMentors(excluded)
                : text.OnlyRuledOutMentors(ruledOut.OrderByDescending(r => r.Value).ThenBy(r => r.Key));
        }

        if (compatible == 0)
        {
            Participant mentee = problem.Participants[problem.Mentees[i]];

            // Every rule but the same person, with its count: the rules that block at least one mentor.
            var counts = new List<KeyValuePair<BlockReason, int>>();
            for (int b = 0; b < BlockReasonCount; b++)
            {
                if (blocks[b] > 0 && (BlockReason)b is not (BlockReason.None or BlockReason.SamePerson))
                {
                    counts.Add(new((BlockReason)b, blocks[b]));
                }
            }

            if (counts.Count == 1 && counts[0].Key == BlockReason.NoSharedLanguage)
            {
                return text.NoSharedLanguage(string.Join(", ", mentee.Languages.Select(text.LanguageName).Order(StringComparer.OrdinalIgnoreCase)));
            }

            return text.AllMentorsBlocked(counts.OrderByDescending(b => b.Value).ThenBy(b => b.Key));
        }

        if (rules.Options.UnmatchedPenalty is double penalty)
        {
            return text.CheaperUnmatched(penalty.ToString("0.#", CultureInfo.InvariantCulture), compatible);
        }

        return tired > 0 ? text.CompatibleMentorsFullFatigue(compatible, tired) : text.CompatibleMentorsFull(compatible);
    }

    /// <summary>
    /// Counts, for every mentor position with room and no mentee (the only mentors whose reason needs it), the
    /// compatible mentees (no hard rule blocks the pair), those of them left unmatched whose pair is allowed, and
    /// those left unmatched whose pair is excluded. Exact in every program: a large one checks its idle mentors against
    /// every mentee, in parallel (the result does not depend on the core count).
    /// </summary>
    public static MentorCounts[] IdleMentorCounts(ProgramRules rules, ReadOnlySpan<int> mentorOf, int[] load)
    {
        MatchingProblem problem = rules.Problem;
        int n = problem.Mentees.Count;
        int m = problem.Mentors.Count;
        var counts = new MentorCounts[m];
        int[] idle = [.. Enumerable.Range(0, m).Where(j => load[j] == 0 && rules.CapacityOf(j) > 0)];
        if (idle.Length == 0)
        {
            return counts;
        }

        bool[] isUnmatched = new bool[n];
        for (int i = 0; i < n; i++)
        {
            isUnmatched[i] = mentorOf[i] < 0;
        }

        Parallel.For(0, idle.Length, t =>
        {
            int j = idle[t];
            int compatible = 0, allowed = 0, excluded = 0;
            for (int i = 0; i < n; i++)
            {
                if (problem.BlockOf(i, j) != BlockReason.None)
                {
                    continue;
                }

                compatible++;
                if (isUnmatched[i])
                {
                    if (rules.IsExcluded(i, j))
                    {
                        excluded++;
                    }
                    else
                    {
                        allowed++;
                    }
                }
            }

            counts[j] = new MentorCounts(compatible, allowed, excluded);
        });

        return counts;
    }

    /// <summary>
    /// Says why a mentor has no mentee. At an optimum, a mentor with room beside an unmatched mentee it may take can
    /// only stay idle when a finite unmatched penalty makes that pair not worth it; coverage first, never.
    /// </summary>
    public static string ForMentor(int capacity, MentorCounts counts, TextCatalog text, PersonRule rule = PersonRule.None)
    {
        if (capacity <= 0)
        {
            return rule == PersonRule.Fatigue ? text.MentorResting : text.MentorNoCapacity;
        }

        if (counts.Compatible == 0)
        {
            return text.MentorNoCompatibleMentee;
        }

        if (counts.AllowedUnmatched > 0)
        {
            return text.MentorMenteesLeftUnmatched(counts.AllowedUnmatched);
        }

        return counts.ExcludedUnmatched > 0
            ? text.MentorMenteesExcludedOrElsewhere(counts.Compatible, counts.ExcludedUnmatched)
            : text.MentorMenteesMatchedElsewhere(counts.Compatible);
    }

    /// <summary>An idle mentor's compatible mentees, and those of them left unmatched with an allowed or an excluded pair.</summary>
    internal readonly record struct MentorCounts(int Compatible, int AllowedUnmatched, int ExcludedUnmatched);
}
