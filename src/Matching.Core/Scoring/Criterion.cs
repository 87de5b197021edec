// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Core.Scoring;

/// <summary>A criterion of a good mentoring match. Each is scored in [0, 1] for a mentee–mentor pair.</summary>
public enum Criterion
{
    /// <summary>Share of the mentee's wanted skills that the mentor offers (coverage).</summary>
    Skills,

    /// <summary>Share of the mentee's goals that the mentor can support.</summary>
    Goals,

    /// <summary>Hours of overlap in the weekly availability, relative to the target overlap.</summary>
    Availability,

    /// <summary>The mentor is the right number of career levels above the mentee.</summary>
    CareerLevel,

    /// <summary>At least one shared preferred meeting format.</summary>
    MeetingFormat,
}
