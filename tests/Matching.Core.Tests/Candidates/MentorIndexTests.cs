// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Candidates;
using Matching.Core.Domain;
using Matching.Core.Problem;
using Matching.Core.Scoring;
using Matching.TestUtils;

namespace Matching.Core.Tests.Candidates;

/// <summary>
/// The pricer's mentors laid out by falling potential (<see cref="MentorIndex.OrderedKeys"/>) against the index itself,
/// and the scorer's tag overlaps against plain set intersections, with vocabularies of one word and of several.
/// </summary>
public class MentorIndexTests
{
    [Fact]
    public void InOrder_KeyAtIsTheKeyOfTheMentorAtThatPlace_Property()
    {
        var programs =
            from size in Gen.Choose(2, 40)
            from seeds in Gen.Choose(0, 1_000_000).ArrayOf(size)
            from wide in Gen.Elements(false, true)
            from strictLanguage in Gen.Elements(true, false)
            from shuffle in Gen.Choose(0, 1_000_000)
            select (People: wide ? WidePeople(seeds) : RandomPeople.Program(seeds), Options: new ScoringOptions { RequireSharedLanguage = strictLanguage }, Shuffle: shuffle);

        Prop.ForAll(Arb.From(programs), input =>
        {
            MatchingProblem problem = MatchingProblem.Create(input.People, input.Options, candidatesPerMentee: 1);
            MentorIndex index = problem.Index!;
            int[] order = [.. Enumerable.Range(0, problem.Mentors.Count).OrderBy(j => (j * 7919) ^ input.Shuffle)];
            MentorIndex.OrderedKeys keys = index.InOrder(order);
            MentorWorkspace work = index.NewWorkspace(1);
            foreach (int mentee in problem.Mentees)
            {
                index.Prepare(mentee, work);
                for (int t = 0; t < order.Length; t++)
                {
                    Assert.Equal(index.KeyOf(order[t], work), keys.KeyAt(t, work));
                }
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }

    [Fact]
    public void IntersectCount_EqualsTheSetIntersection_Property()
    {
        // Up to 150 tags: one, two or three 64-bit words per row.
        var rows =
            from tags in Gen.Choose(1, 150)
            from a in Gen.Choose(0, 149).ArrayOf()
            from b in Gen.Choose(0, 149).ArrayOf()
            select (Tags: tags, A: a.Select(x => x % tags).Distinct().ToArray(), B: b.Select(x => x % tags).Distinct().ToArray());

        Prop.ForAll(Arb.From(rows), input =>
        {
            var vocabulary = new TagVocabulary();
            vocabulary.AddRange(Enumerable.Range(0, input.Tags).Select(t => $"t{t}"));
            IReadOnlySet<string> a = People.Tags([.. input.A.Select(t => $"t{t}")]);
            IReadOnlySet<string> b = People.Tags([.. input.B.Select(t => $"t{t}")]);
            var matrix = new TagMatrix(vocabulary, [a, b]);
            Assert.Equal(a.Intersect(b).Count(), matrix.IntersectCount(0, matrix, 1));
            Assert.Equal(a.Count, matrix.IntersectCount(0, matrix, 0));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    /// <summary>A program over 80 skills and 70 goals, so every bitset of the index takes two words.</summary>
    private static Participant[] WidePeople(int[] seeds) =>
    [
        .. seeds.Select((seed, index) =>
        {
            var random = new Random(seed);
            Participant p = RandomPeople.Person(seed, index);
            string[] Pick(string prefix, int count) => [.. Enumerable.Range(0, count).Where(_ => random.Next(8) == 0).Select(t => prefix + t)];
            return p with { SkillsOffered = People.Tags(Pick("s", 80)), SkillsWanted = People.Tags(Pick("s", 80)), Goals = People.Tags(Pick("g", 70)) };
        }),
    ];
}
