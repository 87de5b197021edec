// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core;
using Matching.Core.Domain;
using Matching.Core.Problem;
using Matching.Core.Results;
using Matching.IO.Generation;
using Matching.IO.Survey;

namespace Matching.IO.Tests.Scale;

/// <summary>
/// A mid-size generated survey solved in large-program mode with a tiny candidate list: pricing by score bounds must
/// reach exactly the dense solve's optimum over all pairs.
/// </summary>
public class SparsePricingSurveyTests
{
    [Theory]
    [InlineData(5000, 1500, 2, 3)]
    [InlineData(1200, 400, 4, 17)]
    public void Solve_GeneratedSurvey_SparseWithForcedLowK_HasTheDenseObjective(int mentees, int mentors, int k, int seed)
    {
        using var text = new StringWriter();
        new SurveyGenerator { Mentees = mentees, Mentors = mentors, Seed = seed }.Write(text, SurveyStyle.GoogleFormsEnglish);
        SurveyReadResult read = SurveyReader.Read(new StringReader(text.ToString()), new SurveyReadOptions { FileName = "generated.csv" });
        Assert.False(read.HasErrors);
        IReadOnlyList<Participant> people = read.Participants;

        MatchingProblem dense = MatchingProblem.Create(people);
        MatchingProblem sparse = MatchingProblem.Create(people, candidatesPerMentee: k);
        MatchingResult expected = new MatchingEngine().Solve(dense);
        MatchingResult actual = new MatchingEngine().Solve(sparse);

        Assert.True(dense.IsDense);
        Assert.False(sparse.IsDense);
        Assert.True(actual.Certificate!.IsOptimal);
        Assert.Equal(expected.Objective, actual.Objective);
        Assert.Equal(expected.Matches.Count, actual.Matches.Count);
        Assert.Equal(expected.TotalScore, actual.TotalScore, 6);
        Assert.Null(actual.KeptCandidatesPerMentee);
        Assert.True(actual.PricingRounds > 1, "a list of a few candidates should need pricing rounds");

        // Coverage first: no mentor keeps a free place while a mentee it could take waits.
        var free = actual.MentorLoads.Where(l => l.Load < l.Capacity).Select(l => l.Mentor).ToHashSet();
        var waiting = actual.Unmatched.Where(u => u.Side == Roles.Mentee).Select(u => u.Participant).ToHashSet();
        for (int j = 0; j < dense.Mentors.Count; j++)
        {
            if (!free.Contains(dense.Participants[dense.Mentors[j]]))
            {
                continue;
            }

            for (int i = 0; i < dense.Mentees.Count; i++)
            {
                Assert.False(dense.ScoreOf(i, j) is not null && waiting.Contains(dense.Participants[dense.Mentees[i]]));
            }
        }
    }
}
