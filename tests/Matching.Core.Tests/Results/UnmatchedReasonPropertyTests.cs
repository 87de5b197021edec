// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using Matching.Core.Domain;
using Matching.Core.Problem;
using Matching.Core.Results;
using Matching.Core.Rules;
using Matching.Core.Scoring;
using Matching.Core.Text;
using Matching.TestUtils;

namespace Matching.Core.Tests.Results;

/// <summary>
/// The unmatched mentee's reason, which counts a whole row of hard rules at once, against a pair-by-pair oracle
/// (<see cref="MatchingProblem.BlockOf"/> per mentor and a count per rule, as the reason was first written), on dense
/// and sparse programs, with exclusions, penalties and both languages.
/// </summary>
public class UnmatchedReasonPropertyTests
{
    [Fact]
    public void ForMentee_EqualsAPairByPairCount_Property()
    {
        var programs =
            from size in Gen.Choose(1, 24)
            from seeds in Gen.Choose(0, 100_000).ArrayOf(size)
            from sparse in Gen.Elements(false, true)
            from penalty in Gen.Elements<double?>(null, null, 40.5)
            from strictLanguage in Gen.Elements(true, false)
            from sameDepartment in Gen.Elements(true, false)
            from forbid in Gen.Choose(0, 575).ArrayOf(4)
            from german in Gen.Elements(false, true)
            select (People: RandomPeople.Program(seeds), Sparse: sparse, Penalty: penalty, Options: new ScoringOptions { RequireSharedLanguage = strictLanguage, ForbidSameDepartment = sameDepartment }, Forbid: forbid, German: german);

        Prop.ForAll(Arb.From(programs), input =>
        {
            MatchingProblem problem = MatchingProblem.Create(input.People, input.Options, candidatesPerMentee: input.Sparse ? 2 : null);
            int n = problem.Mentees.Count, m = problem.Mentors.Count;
            var forbidden = n == 0 || m == 0 ? [] : input.Forbid.Select(x => (I: x / 24 % n, J: x % 24 % m)).Distinct()
                .Select(p => (input.People[problem.Mentees[p.I]].Id, input.People[problem.Mentors[p.J]].Id))
                .Where(p => p.Item1 != p.Item2).ToList();
            var options = new MatchingOptions
            {
                UnmatchedPenalty = input.Penalty,
                ForbiddenPairs = forbidden,
                Language = input.German ? ExplanationLanguage.German : ExplanationLanguage.English,
            };
            ProgramRules rules = ProgramRules.Create(problem, options);
            TextCatalog text = TextCatalog.For(options.Language);
            for (int i = 0; i < n; i++)
            {
                string expected = Oracle(rules, i, text);
                string actual = UnmatchedReasons.ForMentee(rules, i, text);
                if (expected != actual)
                {
                    throw new InvalidOperationException($"mentee {i}: expected '{expected}', got '{actual}'");
                }
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    [Fact]
    public void BlocksOfRow_EqualsBlockOfEveryPair_Property()
    {
        var programs =
            from size in Gen.Choose(1, 30)
            from seeds in Gen.Choose(0, 100_000).ArrayOf(size)
            from sparse in Gen.Elements(false, true)
            from sameDepartment in Gen.Elements(true, false)
            select (People: RandomPeople.Program(seeds), Sparse: sparse, Options: new ScoringOptions { ForbidSameDepartment = sameDepartment });

        Prop.ForAll(Arb.From(programs), input =>
        {
            MatchingProblem problem = MatchingProblem.Create(input.People, input.Options, candidatesPerMentee: input.Sparse ? 1 : null);
            var row = new BlockReason[problem.Mentors.Count];
            for (int i = 0; i < problem.Mentees.Count; i++)
            {
                problem.BlocksOfRow(i, row);
                for (int j = 0; j < row.Length; j++)
                {
                    Assert.Equal(problem.Scorer.Check(problem.Mentees[i], problem.Mentors[j]), row[j]);
                    Assert.Equal(problem.BlockOf(i, j), row[j]);
                }
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }

    /// <summary>The reason as first written: one hard-rule check per mentor, counted in dictionaries.</summary>
    private static string Oracle(ProgramRules rules, int i, TextCatalog text)
    {
        MatchingProblem problem = rules.Problem;
        if (rules.MenteeRuleOf(i) == PersonRule.IncompleteProfile)
        {
            return text.IncompleteProfile;
        }

        if (problem.Mentors.Count == 0)
        {
            return text.NoMentors;
        }

        int compatible = 0, excluded = 0, tired = 0;
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
            return blocks.Count == 1 && blocks.ContainsKey(BlockReason.NoSharedLanguage)
                ? text.NoSharedLanguage(string.Join(", ", mentee.Languages.Select(text.LanguageName).Order(StringComparer.OrdinalIgnoreCase)))
                : text.AllMentorsBlocked(blocks.OrderByDescending(b => b.Value).ThenBy(b => b.Key));
        }

        if (rules.Options.UnmatchedPenalty is double penalty)
        {
            return text.CheaperUnmatched(penalty.ToString("0.#", CultureInfo.InvariantCulture), compatible);
        }

        return tired > 0 ? text.CompatibleMentorsFullFatigue(compatible, tired) : text.CompatibleMentorsFull(compatible);
    }
}
