// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Collections.Immutable;
using Matching.Core.Results;
using Matching.Core.Rules;
using Matching.Solvers.Flow;

namespace Matching.Core;

/// <summary>How a program is matched: the objective's settings and the program's rules.</summary>
/// <remarks>
/// <para>
/// A record, so a variant is <c>options with { LockedPairs = … }</c> and no field is ever dropped by a hand copy.
/// People are named by id, email or name; a name that matches nobody in the program is ignored (people leave between
/// rounds), except in <see cref="LockedPairs"/>, where it is an error. <see cref="Validate"/> checks the ranges; every
/// engine and strategy calls it.
/// </para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed record MatchingOptions
{
    /// <summary>Gets the default options: coverage first, then quality.</summary>
    public static MatchingOptions Default { get; } = new();

    /// <summary>
    /// Gets the score points (0–100 scale) the program gives up for every mentee left without a mentor, or null
    /// (the default) for "as many people matched as possible first, then the best total score among those matchings".
    /// </summary>
    /// <remarks>
    /// A pair costs <c>100 − score</c>; leaving a mentee unmatched costs this penalty instead. With a penalty of, say,
    /// 30, a mentee is left unmatched rather than given a mentor scoring below 70 points, or rather than pushing others
    /// into worse pairs by more than 30 points in total: a way to trade coverage for quality.
    /// </remarks>
    public double? UnmatchedPenalty { get; init; }

    /// <summary>Gets the min-cost-flow engine; null for the default exact solver.</summary>
    public IMinCostFlowSolver? FlowSolver { get; init; }

    /// <summary>
    /// Gets how many of its best mentors each mentee starts with in candidate pricing when the program has more than
    /// twice this many mentors. Left-out pairs are priced against the optimal duals and added while any could improve
    /// the matching, so the result is exactly optimal whatever the value; it only affects speed and memory.
    /// Default <see cref="MatchingDefaults.PricingCandidatesPerMentee"/>.
    /// </summary>
    public int PricingCandidatesPerMentee { get; init; } = MatchingDefaults.PricingCandidatesPerMentee;

    /// <summary>Gets or initializes the same value as <see cref="PricingCandidatesPerMentee"/> (the older name).</summary>
    public int CandidatesPerMentee
    {
        get => PricingCandidatesPerMentee;
        init => PricingCandidatesPerMentee = value;
    }

    /// <summary>Gets the language of explanations. Default English.</summary>
    public ExplanationLanguage Language { get; init; } = ExplanationLanguage.English;

    /// <summary>Gets the fewest mentees every mentor must take (capped by their capacity). Default 0.</summary>
    public int MinimumLoad { get; init; }

    /// <summary>
    /// Gets extra score points charged for a mentor's second, third, … mentee: the k-th mentee costs (k − 1) × this
    /// on top of the pair. Rising (convex) costs spread load across mentors instead of filling the same few, against
    /// mentor fatigue. 0–100; default 0. <see cref="MentorLoadPenalties"/> overrides it per mentor.
    /// </summary>
    public double LoadPenalty { get; init; }

    /// <summary>
    /// Gets pairs (mentee id, mentor id) that must not be formed: pairs of earlier cohort rounds (no repeats) or a pair
    /// that did not work out and is being rematched.
    /// </summary>
    public IReadOnlyList<(string MenteeId, string MentorId)> ForbiddenPairs { get; init; } = [];

    /// <summary>Gets pairs (mentee id, mentor id) that must be part of the matching, e.g. pairs that continue from a previous round.</summary>
    public IReadOnlyList<(string MenteeId, string MentorId)> LockedPairs { get; init; } = [];

    /// <summary>
    /// Gets, per mentee (id, email or name), extra score points (0–100) the program gives up for leaving that mentee
    /// unmatched, e.g. for people left unmatched in the last round. Coverage still comes first; among matchings of
    /// equal coverage the prioritized mentees are matched before a higher total score is sought.
    /// </summary>
    public ImmutableDictionary<string, double> UnmatchedPriorities { get; init; } = ImmutableDictionary<string, double>.Empty;

    /// <summary>
    /// Gets per-pair adjustments of the objective in score points (−100 to 100): a bonus for continuing a pair, a
    /// penalty for repeating one. Reported scores are unchanged. Several adjustments of one pair add up.
    /// </summary>
    public ImmutableArray<PairAdjustment> PairAdjustments { get; init; } = [];

    /// <summary>
    /// Gets, per mentor (id, email or name), the capacity to use in this matching instead of the survey's (≥ 0), e.g.
    /// fewer mentees for a mentor who mentored many last round.
    /// </summary>
    public ImmutableDictionary<string, int> EffectiveCapacities { get; init; } = ImmutableDictionary<string, int>.Empty;

    /// <summary>Gets, per mentor (id, email or name), a load penalty (0–100 points) that replaces <see cref="LoadPenalty"/> for that mentor (fatigue).</summary>
    public ImmutableDictionary<string, double> MentorLoadPenalties { get; init; } = ImmutableDictionary<string, double>.Empty;

    /// <summary>
    /// Gets, per mentee (id, email or name), a tier 0–2 (0, the default, is everyone else) that outranks coverage: a
    /// mentee of tier t is never left unmatched to match any number of mentees of lower tiers (for example mentees
    /// whose pair ended, or who were left unmatched in earlier rounds). Unlike <see cref="UnmatchedPriorities"/>,
    /// which weigh only among matchings of equal coverage.
    /// </summary>
    public ImmutableDictionary<string, int> MenteeTiers { get; init; } = ImmutableDictionary<string, int>.Empty;

    /// <summary>
    /// Gets the largest size, in score points, of one pair's summed adjustment (default
    /// <see cref="MatchingDefaults.MaxAdjustmentPoints"/>, at most <see cref="MatchingDefaults.MaxWidePairAdjustmentPoints"/>).
    /// Wider than 100 only for a rematch's disruption cost, which may outweigh any score.
    /// </summary>
    public double MaxPairAdjustment { get; init; } = MatchingDefaults.MaxAdjustmentPoints;

    /// <summary>
    /// Gets, per excluded pair (mentee, mentor; ids, emails or names), the program rule that excludes it, so unmatched
    /// reasons can name it (a repeat, a bad rating, an ended pair). A pair listed here is excluded like one in
    /// <see cref="ForbiddenPairs"/>.
    /// </summary>
    public ImmutableDictionary<(string MenteeId, string MentorId), PairRule> PairRules { get; init; } =
        ImmutableDictionary.Create<(string MenteeId, string MentorId), PairRule>(PairKeyComparer.Instance);

    /// <summary>
    /// Gets, per person (id, email or name), the program rule behind their effective capacity or exclusion (fatigue,
    /// an incomplete profile), so unmatched reasons can name it.
    /// </summary>
    public ImmutableDictionary<string, PersonRule> PersonRules { get; init; } = ImmutableDictionary.Create<string, PersonRule>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Checks every value's range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    /// <exception cref="ArgumentException">A collection holds a null or empty name.</exception>
    public void Validate()
    {
        if (UnmatchedPenalty is double penalty && (!double.IsFinite(penalty) || penalty < 0))
        {
            throw new ArgumentOutOfRangeException(nameof(UnmatchedPenalty), penalty, "The unmatched penalty must be a finite number ≥ 0.");
        }

        if (!InRange(LoadPenalty, 0) || MinimumLoad < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(LoadPenalty), "The load penalty must be 0–100 points and the minimum load ≥ 0.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(PricingCandidatesPerMentee, 1, nameof(PricingCandidatesPerMentee));
        ArgumentNullException.ThrowIfNull(ForbiddenPairs, nameof(ForbiddenPairs));
        ArgumentNullException.ThrowIfNull(LockedPairs, nameof(LockedPairs));
        ArgumentNullException.ThrowIfNull(UnmatchedPriorities, nameof(UnmatchedPriorities));
        ArgumentNullException.ThrowIfNull(EffectiveCapacities, nameof(EffectiveCapacities));
        ArgumentNullException.ThrowIfNull(MentorLoadPenalties, nameof(MentorLoadPenalties));
        ArgumentNullException.ThrowIfNull(MenteeTiers, nameof(MenteeTiers));
        ArgumentNullException.ThrowIfNull(PairRules, nameof(PairRules));
        ArgumentNullException.ThrowIfNull(PersonRules, nameof(PersonRules));
        if (!double.IsFinite(MaxPairAdjustment) || MaxPairAdjustment < 0 || MaxPairAdjustment > MatchingDefaults.MaxWidePairAdjustmentPoints)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxPairAdjustment), MaxPairAdjustment, "The largest pair adjustment must be 0–1,000,001 points.");
        }

        foreach (var (id, tier) in MenteeTiers)
        {
            if (tier is < 0 or > MatchingDefaults.MaxMenteeTier)
            {
                throw new ArgumentOutOfRangeException(nameof(MenteeTiers), tier, $"The tier of '{id}' must be 0–2.");
            }
        }

        foreach (var (id, points) in UnmatchedPriorities)
        {
            if (!InRange(points, 0))
            {
                throw new ArgumentOutOfRangeException(nameof(UnmatchedPriorities), points, $"The unmatched priority of '{id}' must be 0–100 points.");
            }
        }

        foreach (PairAdjustment adjustment in PairAdjustments.IsDefault ? [] : PairAdjustments)
        {
            if (adjustment is null || string.IsNullOrWhiteSpace(adjustment.MenteeId) || string.IsNullOrWhiteSpace(adjustment.MentorId))
            {
                throw new ArgumentException("A pair adjustment is null or names nobody.", nameof(PairAdjustments));
            }

            if (!double.IsFinite(adjustment.Points) || Math.Abs(adjustment.Points) > MaxPairAdjustment)
            {
                throw new ArgumentOutOfRangeException(nameof(PairAdjustments), adjustment.Points, FormattableString.Invariant($"The adjustment of {adjustment.MenteeId} → {adjustment.MentorId} must be −{MaxPairAdjustment:0.###} to {MaxPairAdjustment:0.###} points."));
            }
        }

        foreach (var (id, capacity) in EffectiveCapacities)
        {
            if (capacity < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(EffectiveCapacities), capacity, $"The effective capacity of '{id}' must be ≥ 0.");
            }
        }

        foreach (var (id, points) in MentorLoadPenalties)
        {
            if (!InRange(points, 0))
            {
                throw new ArgumentOutOfRangeException(nameof(MentorLoadPenalties), points, $"The load penalty of '{id}' must be 0–100 points.");
            }
        }
    }

    private static bool InRange(double value, double low) =>
        double.IsFinite(value) && value >= low && value <= MatchingDefaults.MaxAdjustmentPoints;
}
