// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Core.Scoring;

/// <summary>The hard rule that forbids a mentee–mentor pair, if any.</summary>
public enum BlockReason : byte
{
    /// <summary>The pair is allowed.</summary>
    None = 0,

    /// <summary>The same person cannot mentor themselves.</summary>
    SamePerson,

    /// <summary>The two share no language.</summary>
    NoSharedLanguage,

    /// <summary>The weekly availabilities overlap less than the required minimum.</summary>
    TooLittleOverlap,

    /// <summary>Both work in the same department (or the same organisation) and the program forbids that.</summary>
    SameDepartment,

    /// <summary>The mentor has no capacity.</summary>
    NoCapacity,

    /// <summary>One works in the other's reporting line, or both report to the same manager.</summary>
    ReportingLine,

    /// <summary>The mentor declined this mentee.</summary>
    Declined,

    /// <summary>A criterion is below the minimum the program requires.</summary>
    BelowMinimum,
}
