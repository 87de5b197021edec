// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Solvers.Flow;

namespace Matching.Core.Results;

/// <summary>The matching of a program: pairs, the unmatched with reasons, mentor loads, and the proof of optimality.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class MatchingResult
{
    internal MatchingResult(
        MatchingStatus status,
        IReadOnlyList<Match> matches,
        IReadOnlyList<UnmatchedParticipant> unmatched,
        IReadOnlyList<MentorLoad> mentorLoads,
        CertificateReport? certificate,
        long objective,
        string? message)
    {
        Status = status;
        Matches = matches;
        Unmatched = unmatched;
        MentorLoads = mentorLoads;
        Certificate = certificate;
        Objective = objective;
        Message = message;
    }

    /// <summary>Gets the outcome.</summary>
    public MatchingStatus Status { get; }

    /// <summary>Gets the pairs, in mentee input order.</summary>
    public IReadOnlyList<Match> Matches { get; }

    /// <summary>Gets the mentees without a mentor and the mentors without a mentee, with reasons.</summary>
    public IReadOnlyList<UnmatchedParticipant> Unmatched { get; }

    /// <summary>Gets every mentor's load against capacity, in input order.</summary>
    public IReadOnlyList<MentorLoad> MentorLoads { get; }

    /// <summary>Gets the independent check of optimality, or null when infeasible.</summary>
    public CertificateReport? Certificate { get; }

    /// <summary>Gets the minimized objective in fixed-point cost units (see the README's "How matching decides").</summary>
    public long Objective { get; }

    /// <summary>Gets why the program cannot be matched, naming the rule; null when optimal.</summary>
    public string? Message { get; }

    /// <summary>
    /// Gets how many allowed pairs were left out of the solved network and proven unable to improve it by their
    /// reduced costs (0 when every pair was in the network). Together with <see cref="Certificate"/> this proves the
    /// matching optimal over all pairs.
    /// </summary>
    public long PricedPairs { get; init; }

    /// <summary>
    /// Gets, for a program too large to score every pair whose optimum could not be proven over all pairs, how many
    /// best-fitting mentors per mentee the matching was chosen from (it is optimal among those); null when it is
    /// optimal over all pairs.
    /// </summary>
    public int? KeptCandidatesPerMentee { get; init; }

    /// <summary>
    /// Gets how many times a program too large to score every pair solved its candidate network while pricing the
    /// other pairs by score bounds (0 when every pair was scored).
    /// </summary>
    public int PricingRounds { get; init; }

    /// <summary>Gets how many pairs that pricing had to score exactly because their bounds could not clear them.</summary>
    public long PricingScoredPairs { get; init; }

    /// <summary>Gets the same value as <see cref="KeptCandidatesPerMentee"/> (the older name).</summary>
    public int? CandidatesPerMentee => KeptCandidatesPerMentee;

    /// <summary>Gets the sum of the matched pairs' scores.</summary>
    public double TotalScore => Matches.Sum(m => m.Score);

    /// <summary>Gets the mean score of the matched pairs, or 0 without matches.</summary>
    public double MeanScore => Matches.Count == 0 ? 0 : TotalScore / Matches.Count;

    /// <summary>Returns the result in short: status, counts and mean score (no names, no answers).</summary>
    /// <returns>For example <c>Optimal: 3 matches, 1 unmatched, mean score 61.2</c>.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Status}: {Matches.Count} matches, {Unmatched.Count} unmatched, mean score {MeanScore:0.0}");
}
