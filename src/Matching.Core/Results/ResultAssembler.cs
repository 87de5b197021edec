// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Domain;
using Matching.Core.Problem;
using Matching.Core.Rules;
using Matching.Core.Text;
using Matching.Solvers.Assignment;
using Matching.Solvers.Flow;

namespace Matching.Core.Results;

/// <summary>Turns a solved one-to-one assignment into a <see cref="MatchingResult"/>: explained pairs, unmatched people with reasons, mentor loads.</summary>
internal static class ResultAssembler
{
    public static MatchingResult Assemble(ProgramRules rules, AssignmentResult solution, PricingReport pricing) =>
        Assemble(rules, solution.MentorOf, solution.Certificate, solution.Cost, pricing.LeftOutPairs, pricing);

    /// <summary>
    /// Assembles the result of given pairs under <paramref name="rules"/> (no solve, e.g. running pairs plus one
    /// placement): mentor loads against effective capacity, reasons naming the program's rules.
    /// </summary>
    /// <param name="rules">The program's rules.</param>
    /// <param name="mentorOf">Each mentee position's mentor position, or −1.</param>
    /// <param name="certificate">The optimality check, if solved.</param>
    /// <param name="cost">The objective.</param>
    /// <param name="priced">Left-out pairs proven unable to improve the matching.</param>
    /// <param name="pricing">How the solve priced left-out pairs (default: no solve, no proof over all pairs).</param>
    public static MatchingResult Assemble(ProgramRules rules, ReadOnlySpan<int> mentorOf, CertificateReport? certificate, long cost, long priced, PricingReport pricing = default)
    {
        MatchingProblem problem = rules.Problem;
        TextCatalog text = TextCatalog.For(rules.Options.Language);
        var explainer = new Explainer(problem.Participants, problem.Scorer, rules.Options.Language);
        var load = new int[problem.Mentors.Count];
        var paired = new List<(int Mentee, int Mentor)>();
        for (int i = 0; i < problem.Mentees.Count; i++)
        {
            int j = mentorOf[i];
            if (j >= 0)
            {
                load[j]++;
                paired.Add((i, j));
            }
        }

        // Each pair is scored and explained on its own, so on every core; the list keeps mentee order.
        var explained = new Match[paired.Count];
        Parallel.For(0, paired.Count, t =>
        {
            var (i, j) = paired[t];
            int mentee = problem.Mentees[i];
            int mentor = problem.Mentors[j];
            double score = problem.PointsAt(i, j) / (double)ScoreTable.PointsPerScore;
            explained[t] = new Match(problem.Participants[mentee], problem.Participants[mentor], score, explainer.Explain(mentee, mentor));
        });
        var matches = new List<Match>(explained);

        // Each unmatched mentee's reason checks its row of mentors; the rows are independent, so on every core.
        var waiting = new List<int>();
        for (int i = 0; i < problem.Mentees.Count; i++)
        {
            if (mentorOf[i] < 0)
            {
                waiting.Add(i);
            }
        }

        var reasons = new string[waiting.Count];
        Parallel.For(0, waiting.Count, t => reasons[t] = UnmatchedReasons.ForMentee(rules, waiting[t], text));
        var unmatched = new List<UnmatchedParticipant>();
        for (int t = 0; t < waiting.Count; t++)
        {
            Participant p = problem.Participants[problem.Mentees[waiting[t]]];
            unmatched.Add(new UnmatchedParticipant(p, Roles.Mentee, reasons[t]));
        }

        var loads = new List<MentorLoad>();
        UnmatchedReasons.MentorCounts[] idle = UnmatchedReasons.IdleMentorCounts(rules, mentorOf, load);
        for (int j = 0; j < problem.Mentors.Count; j++)
        {
            Participant p = problem.Participants[problem.Mentors[j]];
            loads.Add(new MentorLoad(p, load[j], rules.CapacityOf(j)));
            if (load[j] == 0)
            {
                unmatched.Add(new UnmatchedParticipant(p, Roles.Mentor, UnmatchedReasons.ForMentor(rules.CapacityOf(j), idle[j], text, rules.MentorRuleOf(j))));
            }
        }

        return new MatchingResult(MatchingStatus.Optimal, matches, unmatched, loads, certificate, cost, null)
        {
            PricedPairs = priced,
            KeptCandidatesPerMentee = pricing.AllPairs ? null : problem.KeptCandidatesPerMentee,
            PricingRounds = pricing.Rounds,
            PricingScoredPairs = pricing.ScoredPairs,
        };
    }

    public static MatchingResult Infeasible(string message) => new(MatchingStatus.Infeasible, [], [], [], null, 0, message);

    /// <summary>A result for an answer whose certificate failed: no matching, the failed certificate and why.</summary>
    public static MatchingResult Unverified(CertificateReport certificate) =>
        new(MatchingStatus.Unverified, [], [], [], certificate, 0, "the solver's answer failed its optimality check: " + certificate);
}
