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

    /// <summary>Same preferred meeting frequency (1), one step apart (0.5), or further (0).</summary>
    MeetingFrequency,

    /// <summary>Different (or, if configured, the same) department.</summary>
    Department,

    /// <summary>Shared identity characteristics; counts only for mentees who opted in.</summary>
    Affinity,

    /// <summary>The mentee ranked this mentor among their choices; counts only for mentees who stated choices.</summary>
    Preference,
}
