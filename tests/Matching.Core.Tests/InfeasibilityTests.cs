// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Domain;
using Matching.Core.Problem;
using Matching.Core.Results;
using Matching.TestUtils;

namespace Matching.Core.Tests;

public class InfeasibilityTests
{
    private static readonly Participant[] Program =
    [
        People.Mentee("ann", wants: ["Python"]),
        People.Mentee("bo", wants: ["Python"]),
        People.Mentee("cy", wants: ["Sales"], languages: ["German"]),
        People.Mentor("max", offers: ["Python"], capacity: 1),
        People.Mentor("noa", offers: ["Sales"], capacity: 2),
    ];

    [Fact]
    public void LockedPairsOverCapacity_NameTheMentor()
    {
        var options = new MatchingOptions { LockedPairs = [("ann", "max"), ("bo", "max")] };

        MatchingResult result = new MatchingEngine(options).Solve(MatchingProblem.Create(Program));

        Assert.Equal(MatchingStatus.Infeasible, result.Status);
        Assert.Equal("max has 2 locked mentees but a capacity of 1", result.Message);
        Assert.Empty(result.Matches);
    }

    [Fact]
    public void LockedForbiddenPair_NamesTheRule()
    {
        var options = new MatchingOptions { LockedPairs = [("cy", "max")] };

        MatchingResult result = new MatchingEngine(options).Solve(MatchingProblem.Create(Program));

        Assert.Equal("the locked pair cy → max is forbidden by a hard rule (no shared language)", result.Message);
    }

    [Fact]
    public void MinimumLoadAboveCompatibleMentees_NamesTheMentor()
    {
        // noa must take 2, but only ann and bo share a language with her... and max needs one of them too.
        var options = new MatchingOptions { MinimumLoad = 2 };
        Participant[] people = [People.Mentee("ann"), People.Mentee("cy", languages: ["German"]), People.Mentor("noa", capacity: 3)];

        MatchingResult result = new MatchingEngine(options).Solve(MatchingProblem.Create(people));

        Assert.Equal("noa must take at least 2 mentee(s) but only 1 are compatible", result.Message);
    }

    [Fact]
    public void MinimumLoadsTogether_AreReportedWhenOnlyTheirCombinationFails()
    {
        // Each mentor alone can reach 1 mentee, but both can reach only ann.
        Participant[] people = [People.Mentee("ann"), People.Mentee("cy", languages: ["German"]), People.Mentor("max"), People.Mentor("noa")];

        MatchingResult result = new MatchingEngine(new MatchingOptions { MinimumLoad = 1 }).Solve(MatchingProblem.Create(people));

        Assert.Equal(MatchingStatus.Infeasible, result.Status);
        Assert.Contains("cannot all be met together", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LockedAndMinimumLoads_AreHonoredWhenFeasible()
    {
        var options = new MatchingOptions { LockedPairs = [("bo", "max")], MinimumLoad = 1 };

        MatchingResult result = new MatchingEngine(options).Solve(MatchingProblem.Create(Program));

        Assert.True(result.Certificate!.IsOptimal);
        Assert.Equal("max", result.Matches.Single(m => m.Mentee.Id == "bo").Mentor.Id);
        Assert.All(result.MentorLoads, l => Assert.True(l.Load >= 1));
    }

    [Fact]
    public void LoadPenalty_SpreadsMenteesAcrossMentors()
    {
        // Both mentees fit "star" slightly better than "other"; without a load penalty star takes both,
        // with a penalty of 60 points for a second mentee the load is spread (skills is the only criterion asked:
        // star scores 100, other 50).
        Participant[] people =
        [
            People.Mentee("a", wants: ["Python", "SQL"]),
            People.Mentee("b", wants: ["Python", "SQL"]),
            People.Mentor("star", offers: ["Python", "SQL"], capacity: 2),
            People.Mentor("other", offers: ["Python"], capacity: 2),
        ];
        MatchingProblem problem = MatchingProblem.Create(people);

        MatchingResult packed = new MatchingEngine().Solve(problem);
        MatchingResult spread = new MatchingEngine(new MatchingOptions { LoadPenalty = 60 }).Solve(problem);

        Assert.Equal(2, packed.MentorLoads.Single(l => l.Mentor.Id == "star").Load);
        Assert.All(spread.MentorLoads, l => Assert.Equal(1, l.Load));
        Assert.True(spread.Certificate!.IsOptimal);
    }
}
