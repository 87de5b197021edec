// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Collections.Immutable;
using Matching.Core.Domain;
using Matching.Core.Problem;
using Matching.Core.Results;
using Matching.Core.Rules;
using Matching.TestUtils;

namespace Matching.Core.Tests.Results;

/// <summary>
/// Every reason an optimal matching gives for an unmatched mentee or an idle mentor, asserted by its full text in
/// English and German (issue 18): each program below is built so exactly one reason applies.
/// </summary>
public class UnmatchedReasonTests
{
    [Fact]
    public void Mentee_CompatibleMentorsFull()
    {
        Participant[] people = [People.Mentee("ann"), People.Mentee("bob"), People.Mentor("A")];

        AssertMenteeReason(
            people,
            new MatchingOptions(),
            "all 1 compatible mentor(s) are fully booked, and no reassignment frees a place without leaving someone else unmatched",
            "alle 1 passenden Mentor:innen sind ausgebucht, und keine Umverteilung schafft einen Platz, ohne dass jemand anderes leer ausgeht");
    }

    [Fact]
    public void Mentee_CompatibleMentorsFullOneTired()
    {
        // Two compatible mentors, one of them at a capacity lowered for fatigue.
        Participant[] people = [People.Mentee("ann"), People.Mentee("bob"), People.Mentee("cid"), People.Mentor("A", capacity: 2), People.Mentor("B")];
        var options = new MatchingOptions
        {
            EffectiveCapacities = ImmutableDictionary<string, int>.Empty.Add("A", 1),
            PersonRules = ImmutableDictionary<string, PersonRule>.Empty.Add("A", PersonRule.Fatigue),
        };

        AssertMenteeReason(
            people,
            options,
            "all 2 compatible mentor(s) are fully booked (1 of them at a capacity lowered for fatigue), and no reassignment frees a place without leaving someone of the same or higher priority unmatched",
            "alle 2 passenden Mentor:innen sind ausgebucht (1 davon mit wegen Ermüdung gesenkter Kapazität), und keine Umverteilung schafft einen Platz, ohne dass jemand mit gleichem oder höherem Vorrang leer ausgeht");
    }

    [Fact]
    public void Mentee_NoMentors()
    {
        AssertMenteeReason([People.Mentee("ann")], new MatchingOptions(), "the program has no mentors", "das Programm hat keine Mentor:innen");
    }

    [Fact]
    public void Mentee_OnlyExcludedMentors()
    {
        Participant[] people = [People.Mentee("ann"), People.Mentor("A"), People.Mentor("B"), People.Mentor("C", languages: ["Spanish"])];
        var options = new MatchingOptions { ForbiddenPairs = [("ann", "A"), ("ann", "B")] };

        AssertMenteeReason(
            people,
            options,
            "the only compatible mentors (2) are excluded as pairs (for example from an earlier round)",
            "die einzigen passenden Mentor:innen (2) sind als Paar ausgeschlossen (etwa aus einer früheren Runde)");
    }

    [Fact]
    public void Mentee_OnlyRuledOutMentors_CountsEveryRule()
    {
        Participant[] people = [People.Mentee("ann"), People.Mentor("A"), People.Mentor("B"), People.Mentor("C"), People.Mentor("D")];
        var options = new MatchingOptions
        {
            ForbiddenPairs = [("ann", "D")],
            PairRules = ImmutableDictionary<(string MenteeId, string MentorId), PairRule>.Empty
                .Add(("ann", "A"), PairRule.Repeat)
                .Add(("ann", "B"), PairRule.Repeat)
                .Add(("ann", "C"), PairRule.BadRating),
        };

        AssertMenteeReason(
            people,
            options,
            "the only compatible mentors (4) are ruled out by the program's rules (2 × paired in an earlier round, 1 × excluded as a pair, 1 × rated badly in an earlier round)",
            "die einzigen passenden Mentor:innen (4) sind durch die Regeln des Programms ausgeschlossen (2 × in einer früheren Runde schon ein Paar, 1 × als Paar ausgeschlossen, 1 × in einer früheren Runde schlecht bewertet)");
    }

    [Fact]
    public void Mentee_AllMentorsBlocked_CountsEveryBlock()
    {
        // Two mentors speak no language of the mentee's, one takes no mentees.
        Participant[] people =
        [
            People.Mentee("ann", languages: ["Spanish"]),
            People.Mentor("A", languages: ["German"]),
            People.Mentor("B", languages: ["German"]),
            People.Mentor("C", capacity: 0, languages: ["Spanish"]),
        ];

        AssertMenteeReason(
            people,
            new MatchingOptions(),
            "no compatible mentor: every mentor is ruled out by a hard rule (2 × no shared language, 1 × mentor takes no mentees)",
            null);
    }

    [Fact]
    public void Mentee_AllMentorsBlocked_EqualCountsInRuleOrder()
    {
        Participant[] people =
        [
            People.Mentee("ann", languages: ["Spanish"]),
            People.Mentor("A", languages: ["German"]),
            People.Mentor("C", capacity: 0, languages: ["Spanish"]),
        ];

        AssertMenteeReason(
            people,
            new MatchingOptions(),
            "no compatible mentor: every mentor is ruled out by a hard rule (1 × no shared language, 1 × mentor takes no mentees)",
            null);
    }

    [Fact]
    public void Mentee_LargeProgramWithoutCandidates_SaysWhy()
    {
        // In a pruned program a mentee who kept no candidate gets the reason of the full program, not "fully booked".
        Participant[] people = [People.Mentee("ann", languages: ["Spanish"]), People.Mentee("bob"), People.Mentor("A"), People.Mentor("B")];
        MatchingProblem problem = MatchingProblem.Create(people, candidatesPerMentee: 1);

        MatchingResult result = new MatchingEngine().Solve(problem);

        Assert.Equal("no mentor shares a language with this mentee (Spanish)", Assert.Single(result.Unmatched, u => u.Side == Roles.Mentee).Reason);
    }

    [Fact]
    public void Mentee_CheaperUnmatched_RoundsThePenaltyToOneDecimal()
    {
        Participant[] people = [People.Mentee("ann", wants: ["Python"]), People.Mentor("A", offers: ["Cooking"])];

        AssertMenteeReason(
            people,
            new MatchingOptions { UnmatchedPenalty = 2.25 },
            $"leaving this mentee unmatched cost less ({2.25.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)} points) than any of the 1 compatible mentors would have added given the others' matches",
            null);
        Assert.NotEqual("2.25", 2.25.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Mentee_NoSharedLanguage_ListsTheLanguagesInOrder()
    {
        Participant[] people = [People.Mentee("ann", languages: ["Spanish", "French"]), People.Mentor("A", languages: ["German"])];

        AssertMenteeReason(
            people,
            new MatchingOptions(),
            "no mentor shares a language with this mentee (French, Spanish)",
            "keine Mentor:in spricht eine Sprache dieser Mentee (Französisch, Spanisch)");
    }

    [Fact]
    public void Mentee_CheaperUnmatched_NamesThePenalty()
    {
        // A penalty of 2.5 points is less than what the only pair (score well below 97.5) would add.
        Participant[] people = [People.Mentee("ann", wants: ["Python"]), People.Mentor("A", offers: ["Cooking"])];

        AssertMenteeReason(
            people,
            new MatchingOptions { UnmatchedPenalty = 2.5 },
            "leaving this mentee unmatched cost less (2.5 points) than any of the 1 compatible mentors would have added given the others' matches",
            "ohne Mentor:in zu bleiben kostet weniger (2.5 Punkte) als jede der 1 passenden Mentor:innen angesichts der übrigen Paare beigetragen hätte");
    }

    [Fact]
    public void Mentee_IncompleteProfile_GoesBeforeEveryOtherReason()
    {
        Participant[] people = [People.Mentee("ann"), People.Mentor("A")];
        var options = new MatchingOptions
        {
            ForbiddenPairs = [("ann", "A")],
            PersonRules = ImmutableDictionary<string, PersonRule>.Empty.Add("ann", PersonRule.IncompleteProfile),
        };

        AssertMenteeReason(
            people,
            options,
            "left out of this round: the profile is incomplete",
            "in dieser Runde nicht berücksichtigt: das Profil ist unvollständig");
    }

    [Fact]
    public void LargeProgram_KeptCandidateFull_PricingFindsTheMentorLeftOut()
    {
        // One kept candidate per mentee: both keep A (the only mentor offering Python), which has one place. B was
        // nobody's candidate, but it is compatible and free, so pricing over all pairs adds it: nobody stays unmatched
        // and B is not told that no mentee is compatible (the large-program reasons of issue 15).
        Participant[] people =
        [
            People.Mentee("ann", wants: ["Python"]),
            People.Mentee("bob", wants: ["Python"]),
            People.Mentor("A", offers: ["Python"]),
            People.Mentor("B"),
        ];
        MatchingProblem problem = MatchingProblem.Create(people, candidatesPerMentee: 1);
        Assert.False(problem.IsDense);

        MatchingResult result = new MatchingEngine().Solve(problem);

        Assert.Equal(MatchingStatus.Optimal, result.Status);
        Assert.Equal(["A", "B"], result.Matches.Select(m => m.Mentor.Id).Order());
        Assert.Empty(result.Unmatched);
        Assert.True(result.PricingRounds >= 1);
    }

    [Fact]
    public void Mentor_NoCapacity()
    {
        Participant[] people = [People.Mentee("ann"), People.Mentor("A"), People.Mentor("B", capacity: 0)];

        AssertMentorReason(people, new MatchingOptions(), "B", "capacity is 0", "Kapazität 0");
    }

    [Fact]
    public void Mentor_Resting()
    {
        Participant[] people = [People.Mentee("ann"), People.Mentor("A"), People.Mentor("B")];
        var options = new MatchingOptions
        {
            EffectiveCapacities = ImmutableDictionary<string, int>.Empty.Add("B", 0),
            PersonRules = ImmutableDictionary<string, PersonRule>.Empty.Add("B", PersonRule.Fatigue),
        };

        AssertMentorReason(
            people,
            options,
            "B",
            "resting this round: at full load in recent rounds, so the effective capacity is 0 (fatigue)",
            "pausiert in dieser Runde: in den letzten Runden voll ausgelastet, daher ist die wirksame Kapazität 0 (Ermüdung)");
    }

    [Fact]
    public void Mentor_NoCompatibleMentee()
    {
        Participant[] people = [People.Mentee("ann"), People.Mentor("A"), People.Mentor("B", languages: ["Spanish"])];

        AssertMentorReason(
            people,
            new MatchingOptions(),
            "B",
            "no mentee is compatible (hard rules such as a shared language rule out every mentee)",
            "keine Mentee passt (feste Regeln wie eine gemeinsame Sprache schließen alle aus)");
    }

    [Fact]
    public void Mentor_MenteesMatchedElsewhere()
    {
        // Both mentees want Python, which only A and C offer; B is compatible but worse for both.
        Participant[] people =
        [
            People.Mentee("ann", wants: ["Python"]),
            People.Mentee("bob", wants: ["Python"]),
            People.Mentor("A", offers: ["Python"]),
            People.Mentor("B"),
            People.Mentor("C", offers: ["Python"]),
        ];

        AssertMentorReason(
            people,
            new MatchingOptions(),
            "B",
            "all 2 compatible mentee(s) were matched to mentors who suit them better",
            "alle 2 passenden Mentees haben Mentor:innen bekommen, die besser zu ihnen passen");
    }

    [Fact]
    public void Mentor_MenteesLeftUnmatched()
    {
        Participant[] people = [People.Mentee("ann", wants: ["Python"]), People.Mentee("bob", wants: ["SQL"]), People.Mentor("A", offers: ["Cooking"])];

        AssertMentorReason(
            people,
            new MatchingOptions { UnmatchedPenalty = 1 },
            "A",
            "2 compatible mentee(s) stayed unmatched because matching them here would lower the total score by more than the unmatched penalty",
            "2 passende Mentees blieben ohne Mentor:in, weil ein Paar hier die Gesamtpunktzahl stärker senken würde als die Strafe fürs Unvermittelt-Bleiben");
    }

    [Fact]
    public void IdleMentors_AreAllListed_AndBusyOnesAreNot()
    {
        // Three mentors for one mentee: the two idle ones are in the unmatched list, each with its own reason.
        Participant[] people =
        [
            People.Mentee("ann", wants: ["Python"]),
            People.Mentor("A", offers: ["Python"]),
            People.Mentor("B"),
            People.Mentor("C", capacity: 0),
        ];

        MatchingResult result = new MatchingEngine().Solve(MatchingProblem.Create(people));

        Assert.Equal("A", Assert.Single(result.Matches).Mentor.Id);
        Assert.Equal(
            [("B", "all 1 compatible mentee(s) were matched to mentors who suit them better"), ("C", "capacity is 0")],
            result.Unmatched.Select(u => (u.Participant.Id, u.Reason)).ToArray());
        Assert.All(result.Unmatched, u => Assert.Equal(Roles.Mentor, u.Side));
        Assert.Equal([1, 0, 0], result.MentorLoads.Select(l => l.Load).ToArray());
    }

    private static void AssertMenteeReason(Participant[] people, MatchingOptions options, string english, string? german)
    {
        MatchingProblem problem = MatchingProblem.Create(people);
        MatchingResult result = new MatchingEngine(options).Solve(problem);
        Assert.Equal(MatchingStatus.Optimal, result.Status);
        UnmatchedParticipant unmatched = Assert.Single(result.Unmatched, u => u.Side == Roles.Mentee);
        Assert.Equal(english, unmatched.Reason);
        if (german is not null)
        {
            MatchingResult inGerman = new MatchingEngine(options with { Language = ExplanationLanguage.German }).Solve(problem);
            Assert.Equal(german, Assert.Single(inGerman.Unmatched, u => u.Side == Roles.Mentee).Reason);
        }
    }

    private static void AssertMentorReason(Participant[] people, MatchingOptions options, string mentorId, string english, string german)
    {
        MatchingProblem problem = MatchingProblem.Create(people);
        MatchingResult result = new MatchingEngine(options).Solve(problem);
        Assert.Equal(MatchingStatus.Optimal, result.Status);
        UnmatchedParticipant mentor = Assert.Single(result.Unmatched, u => u.Participant.Id == mentorId);
        Assert.Equal(Roles.Mentor, mentor.Side);
        Assert.Equal(english, mentor.Reason);
        MatchingResult inGerman = new MatchingEngine(options with { Language = ExplanationLanguage.German }).Solve(problem);
        Assert.Equal(german, Assert.Single(inGerman.Unmatched, u => u.Participant.Id == mentorId).Reason);
    }
}
