// Copyright (c) Matching contributors. Licensed under the MIT License.

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
    /// How many best mentors per mentee a program beyond <see cref="DensePairLimit"/> keeps (scope: the matching is
    /// optimal among those).
    /// </summary>
    public const int KeptCandidatesPerMentee = 64;

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
    /// The score, in points from 0 to 100, below which a pair, pod or circle counts as weak: the report marks it and
    /// lists how many need a manager's look.
    /// </summary>
    public const double WeakScore = 50;
}
