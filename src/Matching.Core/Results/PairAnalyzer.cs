// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Domain;
using Matching.Core.Problem;
using Matching.Core.Scoring;

namespace Matching.Core.Results;

/// <summary>
/// Explains one pair against an optimal matching: its breakdown, and for a pair the solver did not choose, the hard
/// rule that blocks it or what forcing it would cost (a re-solve with the pair kept).
/// </summary>
internal static class PairAnalyzer
{
    public static PairAnalysis Analyze(MatchingOptions options, MatchingProblem problem, MatchingResult result, string menteeId, string mentorId, CancellationToken cancellationToken)
    {
        int i = PositionOf(problem, problem.Mentees, menteeId);
        int j = PositionOf(problem, problem.Mentors, mentorId);
        Participant mentee = problem.Participants[problem.Mentees[i]];
        Participant mentor = problem.Participants[problem.Mentors[j]];
        var explainer = new Explainer(problem.Participants, problem.Scorer, options.Language);
        PairExplanation explanation = explainer.Explain(problem.Mentees[i], problem.Mentors[j]);
        bool matched = result.Matches.Any(m => ReferenceEquals(m.Mentee, mentee) && ReferenceEquals(m.Mentor, mentor));
        if (matched || explanation.Block != BlockReason.None)
        {
            return new PairAnalysis(mentee, mentor, explanation, matched, null, null);
        }

        MatchingOptions forcedOptions = options with { LockedPairs = [.. options.LockedPairs, (mentee.Id, mentor.Id)] };
        MatchingResult forced = new MatchingEngine(forcedOptions).Solve(problem, cancellationToken);
        if (forced.Status != MatchingStatus.Optimal)
        {
            return new PairAnalysis(mentee, mentor, explanation, false, null, null);
        }

        double loss = Math.Round(result.TotalScore - forced.TotalScore, 3);
        return new PairAnalysis(mentee, mentor, explanation, false, loss, result.Matches.Count - forced.Matches.Count);
    }

    private static int PositionOf(MatchingProblem problem, IReadOnlyList<int> side, string id)
    {
        for (int k = 0; k < side.Count; k++)
        {
            if (problem.Participants[side[k]].IsNamedBy(id))
            {
                return k;
            }
        }

        throw new ArgumentException($"No participant on that side is named '{id}'.", nameof(id));
    }
}
