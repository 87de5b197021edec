// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Domain;
using Matching.Core.Problem;
using Matching.Core.Results;
using Matching.Core.Scoring;
using Matching.Core.Text;
using Matching.TestUtils;

namespace Matching.Core.Tests.Candidates;

/// <summary>
/// Large-program mode (kept top-k candidates, every other pair priced by score bounds) against the dense solve of the
/// same program: the same optimum, no mentor idle beside a mentee it could take when that would improve the matching,
/// and reasons that say what the optimum implies.
/// </summary>
public class SparsePricingTests
{
    private static readonly TextCatalog English = TextCatalog.English;

    [Fact]
    public void Solve_SparseWithTinyK_HasTheDenseObjectiveAndNoIdleRoomBesideAWaitingMentee()
    {
        // Objective (fixed point): pair costs offset − points, an unmatched mentee the coverage cost or the penalty.
        // At an optimum, an unmatched mentee i and a mentor j with room whose pair is allowed can coexist only if
        // adding (i, j) does not lower the objective: never coverage first; with penalty P only when
        // points(i, j) ≤ 100,000 − 1,000·P (no load penalties or adjustments here).
        var programs =
            from size in Gen.Choose(4, 24)
            from seeds in Gen.Choose(0, 100_000).ArrayOf(size)
            from k in Gen.Choose(1, 3)
            from penalty in Gen.Elements<double?>(null, null, 30.0, 70.0)
            from forbid in Gen.Choose(0, 575).ArrayOf(3)
            select (People: RandomPeople.Program(seeds), K: k, Penalty: penalty, Forbid: forbid);
        Prop.ForAll(Arb.From(programs), input =>
        {
            MatchingProblem dense = MatchingProblem.Create(input.People);
            MatchingProblem sparse = MatchingProblem.Create(input.People, candidatesPerMentee: input.K);
            int n = dense.Mentees.Count, m = dense.Mentors.Count;
            var forbidden = n == 0 || m == 0 ? [] : input.Forbid.Select(x => (I: x / 24 % n, J: x % 24 % m)).Distinct().ToList();
            var options = new MatchingOptions
            {
                UnmatchedPenalty = input.Penalty,
                ForbiddenPairs = [.. forbidden.Select(f => (dense.Participants[dense.Mentees[f.I]].Id, dense.Participants[dense.Mentors[f.J]].Id))],
            };
            MatchingResult expected = new MatchingEngine(options).Solve(dense);
            MatchingResult actual = new MatchingEngine(options).Solve(sparse);
            Assert.Equal(MatchingStatus.Optimal, actual.Status);
            Assert.True(actual.Certificate!.IsOptimal);
            Assert.Equal(expected.Objective, actual.Objective);
            Assert.Null(actual.KeptCandidatesPerMentee);

            var load = actual.MentorLoads.ToDictionary(l => l.Mentor.Id, l => l);
            var matched = actual.Matches.Select(x => x.Mentee.Id).ToHashSet();
            for (int i = 0; i < n; i++)
            {
                Participant mentee = dense.Participants[dense.Mentees[i]];
                if (matched.Contains(mentee.Id))
                {
                    continue;
                }

                for (int j = 0; j < m; j++)
                {
                    Participant mentor = dense.Participants[dense.Mentors[j]];
                    MentorLoad l = load[mentor.Id];
                    if (l.Load >= l.Capacity || dense.ScoreOf(i, j) is not double score || forbidden.Contains((i, j)))
                    {
                        continue;
                    }

                    // An allowed pair with a free place next to an unmatched mentee: only a penalty may justify it.
                    Assert.True(input.Penalty is double p && (long)Math.Round(score * 1000) <= 100_000 - (long)Math.Round(p * 1000), $"{mentee.Id} waits while {mentor.Id} has room");
                }
            }

            AssertIdleMentorReasonsAreTrue(dense, actual, forbidden);
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }

    [Fact]
    public void Solve_SparseIdleMentorWithCompatibleMentees_IsNotToldNoneIsCompatible()
    {
        // K = 1: every mentee keeps only mentor A; B is nobody's candidate. Coverage first must still use B's place,
        // and C, whom only a Spanish speaker could take, is told that no mentee is compatible.
        Participant[] people =
        [
            People.Mentee("m1", wants: ["Python"], languages: ["English"]),
            People.Mentee("m2", wants: ["Python"], languages: ["English"]),
            People.Mentor("A", offers: ["Python"], capacity: 1, languages: ["English"]),
            People.Mentor("B", offers: ["Sales"], capacity: 1, languages: ["English"]),
            People.Mentor("C", offers: ["Python"], capacity: 1, languages: ["Spanish"]),
        ];
        MatchingProblem sparse = MatchingProblem.Create(people, candidatesPerMentee: 1);

        MatchingResult result = new MatchingEngine().Solve(sparse);

        Assert.Equal(2, result.Matches.Count);
        Assert.Contains(result.Matches, x => x.Mentor.Id == "B");
        Assert.True(result.PricingRounds >= 2);
        Assert.Null(result.KeptCandidatesPerMentee);
        UnmatchedParticipant idle = Assert.Single(result.Unmatched);
        Assert.Equal("C", idle.Participant.Id);
        Assert.Equal(English.MentorNoCompatibleMentee, idle.Reason);
    }

    [Fact]
    public void Solve_SparseIdleMentor_SaysItsCompatibleMenteesWentElsewhere()
    {
        // B (capacity 2) is compatible with both mentees, who each do better with A1 and A2.
        Participant[] people =
        [
            People.Mentee("m1", wants: ["Python", "SQL"], languages: ["English"], level: 1),
            People.Mentee("m2", wants: ["Python", "SQL"], languages: ["English"], level: 1),
            People.Mentor("A1", offers: ["Python", "SQL"], capacity: 1, languages: ["English"], level: 3),
            People.Mentor("A2", offers: ["Python", "SQL"], capacity: 1, languages: ["English"], level: 3),
            People.Mentor("B", offers: ["Sales"], capacity: 2, languages: ["English"], level: 1),
        ];
        MatchingProblem sparse = MatchingProblem.Create(people, candidatesPerMentee: 1);

        MatchingResult result = new MatchingEngine().Solve(sparse);

        UnmatchedParticipant idle = Assert.Single(result.Unmatched);
        Assert.Equal("B", idle.Participant.Id);
        Assert.Equal(English.MentorMenteesMatchedElsewhere(2), idle.Reason);
        Assert.Equal("alle 2 passenden Mentees haben Mentor:innen bekommen, die besser zu ihnen passen", TextCatalog.German.MentorMenteesMatchedElsewhere(2));
    }

    [Fact]
    public void Solve_SparseIdleMentorWhosePairsAreExcluded_SaysSo()
    {
        // Two mentees for one place at A; B could take the other but that pair is excluded (an earlier round).
        Participant[] people =
        [
            People.Mentee("m1", wants: ["Python"], languages: ["English"]),
            People.Mentee("m2", wants: ["Python"], languages: ["English"]),
            People.Mentor("A", offers: ["Python"], capacity: 1, languages: ["English"]),
            People.Mentor("B", offers: ["Sales"], capacity: 1, languages: ["English"]),
        ];
        MatchingProblem sparse = MatchingProblem.Create(people, candidatesPerMentee: 1);
        var options = new MatchingOptions { ForbiddenPairs = [("m1", "B"), ("m2", "B")] };

        MatchingResult result = new MatchingEngine(options).Solve(sparse);

        UnmatchedParticipant mentor = Assert.Single(result.Unmatched, u => u.Side == Roles.Mentor);
        Assert.Equal(English.MentorMenteesExcludedOrElsewhere(2, 1), mentor.Reason);
        Assert.StartsWith("of the 2 compatible mentee(s), 1 stayed unmatched only because their pair with this mentor is excluded", mentor.Reason, StringComparison.Ordinal);
        // A program this small checks the unmatched mentee's whole row, so its reason carries the count, as a dense one's.
        UnmatchedParticipant mentee = Assert.Single(result.Unmatched, u => u.Side == Roles.Mentee);
        Assert.Equal(English.CompatibleMentorsFull(1), mentee.Reason);
    }

    [Fact]
    public void Solve_SparseWithPenalty_UnmatchedMenteeReasonNamesThePenalty()
    {
        // A poor pair (shares nothing wanted) is worth less than leaving the mentee unmatched at penalty 10.
        Participant[] people =
        [
            People.Mentee("m1", wants: ["Python"], languages: ["English"], goals: ["Leadership"]),
            People.Mentor("A", offers: ["Sales"], capacity: 1, languages: ["English"]),
            People.Mentor("B", offers: ["Sales"], capacity: 1, languages: ["English"]),
        ];
        MatchingProblem sparse = MatchingProblem.Create(people, candidatesPerMentee: 1);

        MatchingResult result = new MatchingEngine(new MatchingOptions { UnmatchedPenalty = 10 }).Solve(sparse);

        Assert.Empty(result.Matches);
        Assert.Equal(English.CheaperUnmatched("10", 2), Assert.Single(result.Unmatched, u => u.Side == Roles.Mentee).Reason);
        Assert.All(result.Unmatched.Where(u => u.Side == Roles.Mentor), u => Assert.Equal(English.MentorMenteesLeftUnmatched(1), u.Reason));
    }

    /// <summary>An idle mentor with room is told "no mentee is compatible" exactly when no hard rule allows one.</summary>
    private static void AssertIdleMentorReasonsAreTrue(MatchingProblem dense, MatchingResult result, List<(int I, int J)> forbidden)
    {
        var matchedIds = result.Matches.Select(x => x.Mentee.Id).ToHashSet();
        for (int j = 0; j < dense.Mentors.Count; j++)
        {
            Participant mentor = dense.Participants[dense.Mentors[j]];
            UnmatchedParticipant? idle = result.Unmatched.FirstOrDefault(u => u.Side == Roles.Mentor && ReferenceEquals(u.Participant, mentor));
            if (idle is null || result.MentorLoads.Single(l => ReferenceEquals(l.Mentor, mentor)).Capacity <= 0)
            {
                continue;
            }

            int[] compatible = [.. Enumerable.Range(0, dense.Mentees.Count).Where(i => dense.BlockOf(i, j) == BlockReason.None)];
            int excludedWaiting = compatible.Count(i => !matchedIds.Contains(dense.Participants[dense.Mentees[i]].Id) && forbidden.Contains((i, j)));
            int allowedWaiting = compatible.Count(i => !matchedIds.Contains(dense.Participants[dense.Mentees[i]].Id) && !forbidden.Contains((i, j)));
            string expected = compatible.Length == 0 ? English.MentorNoCompatibleMentee
                : allowedWaiting > 0 ? English.MentorMenteesLeftUnmatched(allowedWaiting)
                : excludedWaiting > 0 ? English.MentorMenteesExcludedOrElsewhere(compatible.Length, excludedWaiting)
                : English.MentorMenteesMatchedElsewhere(compatible.Length);
            Assert.Equal(expected, idle.Reason);
        }
    }
}
