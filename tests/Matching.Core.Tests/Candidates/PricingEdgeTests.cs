// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Candidates;
using Matching.Core.Domain;
using Matching.Core.Problem;
using Matching.Core.Results;
using Matching.TestUtils;

namespace Matching.Core.Tests.Candidates;

/// <summary>
/// Survivors of the issue-18 mutation run in the candidate search and the dense candidate pricing: argument checks,
/// a locked pair that is not among a mentee's cheapest candidates, and blocked pairs never priced.
/// </summary>
public class PricingEdgeTests
{
    [Fact]
    public void TopK_Arguments_AreCheckedByName()
    {
        MatchingProblem problem = MatchingProblem.Create([People.Mentee("a"), People.Mentor("b")]);
        var scorer = problem.Scorer;
        var people = problem.Participants;
        var mentees = problem.Mentees;
        var mentors = problem.Mentors;

        Assert.Equal("scorer", Assert.Throws<ArgumentNullException>(() => TopKCandidates.Find(null!, people, mentees, mentors, 1)).ParamName);
        Assert.Equal("participants", Assert.Throws<ArgumentNullException>(() => TopKCandidates.Find(scorer, null!, mentees, mentors, 1)).ParamName);
        Assert.Equal("mentees", Assert.Throws<ArgumentNullException>(() => TopKCandidates.Find(scorer, people, null!, mentors, 1)).ParamName);
        Assert.Equal("mentors", Assert.Throws<ArgumentNullException>(() => TopKCandidates.Find(scorer, people, mentees, null!, 1)).ParamName);
        Assert.Equal("k", Assert.Throws<ArgumentOutOfRangeException>(() => TopKCandidates.Find(scorer, people, mentees, mentors, 0)).ParamName);
        Assert.Equal([0], TopKCandidates.Find(scorer, people, mentees, mentors, 1).Mentors[0]);
    }

    [Fact]
    public void Pricing_LockedPairOutsideTheCheapestCandidates_IsKept()
    {
        // One candidate per mentee and three mentors (more than 2k, so pricing runs). Ann's best mentor is A, but she is
        // locked to C, the worst for her: the lock must be in the first model although C is not among her candidates.
        Participant[] people =
        [
            People.Mentee("ann", wants: ["Python"]),
            People.Mentee("bob", wants: ["SQL"]),
            People.Mentee("cid", wants: ["Cloud"]),
            People.Mentor("A", offers: ["Python"]),
            People.Mentor("B", offers: ["SQL"]),
            People.Mentor("C", offers: ["Cloud"]),
        ];
        var options = new MatchingOptions { PricingCandidatesPerMentee = 1, LockedPairs = [("ann", "C")] };

        MatchingResult result = new MatchingEngine(options).Solve(MatchingProblem.Create(people));
        MatchingResult full = new MatchingEngine(options with { PricingCandidatesPerMentee = 100 }).Solve(MatchingProblem.Create(people));

        Assert.Equal(MatchingStatus.Optimal, result.Status);
        Assert.Contains(("ann", "C"), result.Matches.Select(m => (m.Mentee.Id, m.Mentor.Id)));
        Assert.Equal(full.Objective, result.Objective);
    }

    [Fact]
    public void Pricing_BlockedPairs_AreNeverPriced()
    {
        // As the 3 × 3 program with one candidate each, whose final round prices the 6 left-out pairs; mentor C declines
        // bob, so that pair may not be used and only 5 left-out pairs are priced.
        Participant[] people =
        [
            People.Mentee("ann", wants: ["Python"]),
            People.Mentee("bob", wants: ["SQL"]),
            People.Mentee("cid", wants: ["Cloud"]),
            People.Mentor("A", offers: ["Python"]),
            People.Mentor("B", offers: ["SQL"]),
            People.Mentor("C", offers: ["Cloud"]) with { DeclinedMentees = People.Tags("bob") },
        ];

        MatchingResult result = new MatchingEngine(new MatchingOptions { PricingCandidatesPerMentee = 1 }).Solve(MatchingProblem.Create(people));

        Assert.Equal(MatchingStatus.Optimal, result.Status);
        Assert.Equal(5, result.PricedPairs);
        Assert.Equal([("ann", "A"), ("bob", "B"), ("cid", "C")], result.Matches.Select(m => (m.Mentee.Id, m.Mentor.Id)).Order().ToArray());
    }
}
