// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Candidates;
using Matching.Core.Domain;
using Matching.Core.Problem;
using Matching.Core.Scoring;
using Matching.TestUtils;

namespace Matching.Core.Tests.Candidates;

public class TopKCandidatesTests
{
    private static readonly string[] Skills = ["Python", "SQL", "Cloud", "Sales", "UX", "Finance"];

    [Fact]
    public void Find_EqualsTheTopKOfAFullScoring_Property()
    {
        var programs =
            from size in Gen.Choose(2, 30)
            from seeds in Gen.Choose(0, 1_000_000).ArrayOf(size)
            from k in Gen.Choose(1, 6)
            from strictLanguage in Gen.Elements(true, false)
            from skillsWeight in Gen.Elements(0.0, 10.0, 40.0, 200.0)
            select (People: seeds.Select((seed, i) => RandomPeople.Person(seed, i)).ToArray(), K: k, Options: new ScoringOptions { RequireSharedLanguage = strictLanguage, SkillsWeight = skillsWeight });

        Prop.ForAll(Arb.From(programs), input => SameAsFullScoring(input.People, input.K, input.Options))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(400));
    }

    [Fact]
    public void Find_WhenScoresReachTheirBounds_StillEqualsTheFullScoring_Property()
    {
        // Only skills, goals and level count, so every mentor scores exactly its bound, and a mentor
        // with fewer wanted skills but the right goals ties or beats one with more skills: any bound that is too
        // tight, or a tie broken the wrong way, changes the lists.
        var options = new ScoringOptions
        {
            SkillsWeight = 40, GoalsWeight = 20, AvailabilityWeight = 0, CareerLevelWeight = 15, MeetingFormatWeight = 0,
            MeetingFrequencyWeight = 0, AffinityWeight = 0, PreferenceWeight = 0,
        };
        var programs =
            from size in Gen.Choose(2, 40)
            from seeds in Gen.Choose(0, 1_000_000).ArrayOf(size)
            from k in Gen.Choose(1, 8)
            select (People: seeds.Select((seed, i) => RandomPeople.Person(seed, i)).ToArray(), K: k);

        Prop.ForAll(Arb.From(programs), input => SameAsFullScoring(input.People, input.K, options))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(400));
    }

    private static bool SameAsFullScoring(Participant[] people, int k, ScoringOptions options)
    {
        MatchingProblem problem = MatchingProblem.Create(people, options);
        var (mentors, points, _) = TopKCandidates.Find(problem.Scorer, problem.Participants, problem.Mentees, problem.Mentors, k);
        for (int i = 0; i < problem.Mentees.Count; i++)
        {
            // Oracle: score every pair, sort by points (desc) then mentor position, keep k.
            int[] expected = [.. Enumerable.Range(0, problem.Mentors.Count)
                .Where(j => problem.ScoreOf(i, j) is not null)
                .OrderByDescending(j => problem.DenseScores.PointsAt(i, j)).ThenBy(j => j)
                .Take(k)];
            if (!mentors[i].SequenceEqual(expected) || !points[i].SequenceEqual(expected.Select(j => problem.DenseScores.PointsAt(i, j))))
            {
                return false;
            }
        }

        return true;
    }

    [Fact]
    public void Find_SkipsMentorsThatCannotMakeTheList()
    {
        // One mentee wants Python; 1 mentor offers it and scores far above the 200 who offer nothing wanted.
        // With k = 1 the bound of the no-overlap group (< the Python mentor's score) rules them all out unscored.
        var people = new List<Participant> { People.Mentee("a", wants: ["Python"], level: 1) };
        people.Add(People.Mentor("py", offers: ["Python"], level: 2));
        for (int n = 0; n < 200; n++)
        {
            people.Add(People.Mentor($"m{n}", offers: ["Sales"], level: 2));
        }

        MatchingProblem problem = MatchingProblem.Create(people);
        var (mentors, _, scored) = TopKCandidates.Find(problem.Scorer, problem.Participants, problem.Mentees, problem.Mentors, 1);

        Assert.Equal([0], mentors[0]);
        Assert.Equal(1, scored);
    }

    [Fact]
    public void Find_LanguageBlocking_NeverScoresMentorsWithoutASharedLanguage()
    {
        Participant[] people =
        [
            People.Mentee("a", languages: ["German"]),
            People.Mentor("de", languages: ["German"]),
            People.Mentor("es1", languages: ["Spanish"]),
            People.Mentor("es2", languages: ["Spanish"]),
        ];
        MatchingProblem problem = MatchingProblem.Create(people);

        var (mentors, _, scored) = TopKCandidates.Find(problem.Scorer, problem.Participants, problem.Mentees, problem.Mentors, 3);

        Assert.Equal([0], mentors[0]);
        Assert.Equal(1, scored);
    }
}
