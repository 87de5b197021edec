// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Strategies;

namespace Matching.Core;

/// <summary>The sizes that decide how a program is solved, in one place.</summary>
/// <remarks>The class is stateless and thread-safe.</remarks>
public static class MatchingDefaults
{
    /// <summary>
    /// How many of its best mentors each mentee starts with in candidate pricing (speed only: left-out pairs are
    /// priced and added while any could improve the matching, so the result is optimal whatever the value).
    /// </summary>
    public const int PricingCandidatesPerMentee = 64;

    /// <summary>
    /// How many best mentors per mentee a program beyond <see cref="DensePairLimit"/> keeps to start from (speed only:
    /// the other pairs are priced by score bounds and added while any could improve the matching).
    /// </summary>
    public const int KeptCandidatesPerMentee = 16;

    /// <summary>
    /// The most left-out pairs per mentee that one round of a large program's pricing adds to the network (its most
    /// negative reduced costs); speed only, the result is optimal whatever the value.
    /// </summary>
    internal const int PricingViolatorsPerMentee = 8;

    /// <summary>
    /// The same for the first round, whose potentials come from the kept candidates alone and point at many pairs that
    /// later rounds no longer want (100,000 × 20,000: 4 scores 5.6 million fewer pairs than 8 in that round, builds a
    /// network of 2.2 rather than 2.6 million pairs, and ends after 5 rounds rather than 6); speed only.
    /// </summary>
    internal const int FirstRoundViolatorsPerMentee = 4;

    /// <summary>
    /// From how many mentee–mentor pairs <c>match run</c> keeps each mentee's best mentors and prices the rest instead
    /// of scoring every pair (the result is optimal over all pairs either way; pricing is faster and smaller).
    /// </summary>
    public const long PricedFromPairs = 1_000_000;

    /// <summary>The most mentee–mentor pairs scored into a dense table (50 million, about 250 MB).</summary>
    public const long DensePairLimit = 50_000_000;

    /// <summary>The largest size, in score points, of a per-pair cost adjustment, an unmatched priority or a load penalty.</summary>
    public const double MaxAdjustmentPoints = 100;

    /// <summary>
    /// The widest pair adjustment, in score points, that <see cref="MatchingOptions.MaxPairAdjustment"/> may allow
    /// (for a rematch's disruption cost: up to 1,000,000 points plus one fixed-point unit for ties).
    /// </summary>
    public const double MaxWidePairAdjustmentPoints = 1_000_001;

    /// <summary>The highest mentee tier (<see cref="MatchingOptions.MenteeTiers"/>).</summary>
    public const int MaxMenteeTier = 2;

    /// <summary>
    /// How mentees rank mentors in the stable strategies and the stability and envy metrics: by what they asked for —
    /// wanted skills covered 40, their own ranking of mentors 30, goals 25, shared meeting format 10, shared hours 10,
    /// affinity (opted-in only) 10, meeting frequency 5, level gap 5. See <see cref="SideWeights"/>.
    /// </summary>
    public static SideWeights MenteeSideWeights { get; } = new()
    {
        Skills = 40,
        Preference = 30,
        Goals = 25,
        MeetingFormat = 10,
        Availability = 10,
        Affinity = 10,
        MeetingFrequency = 5,
        CareerLevel = 5,
    };

    /// <summary>
    /// How mentors rank mentees: by what they offer and what they stated — share of their offered skills the mentee
    /// wants 40, the level gap 25, shared hours 15, meeting frequency 10, meeting format 10, goals they support 5.
    /// A mentee's unmatched priority (tiers) is added on top, as the program asks every side to serve them first.
    /// See <see cref="SideWeights"/>.
    /// </summary>
    public static SideWeights MentorSideWeights { get; } = new()
    {
        OfferedSkillsUsed = 40,
        CareerLevel = 25,
        Availability = 15,
        MeetingFrequency = 10,
        MeetingFormat = 10,
        Goals = 5,
    };

    /// <summary>How many seeds <c>compare</c> runs the <c>random</c> strategy with, for a mean and a 95 % confidence interval.</summary>
    public const int RandomSeeds = 20;

    /// <summary>The confidence level of the random strategy's intervals.</summary>
    public const double ConfidenceLevel = 0.95;

    /// <summary>
    /// The smallest group of mentees shown on its own in per-group comparison rows; smaller groups are pooled into one
    /// row (and left out when the pool is still smaller), so no figure describes one or two identifiable people.
    /// </summary>
    public const int MinimumReportedGroupSize = 5;

    /// <summary>
    /// The score, in points from 0 to 100, below which a pair, pod or circle counts as weak: the report marks it and
    /// lists how many need a manager's look.
    /// </summary>
    public const double WeakScore = 50;
}
