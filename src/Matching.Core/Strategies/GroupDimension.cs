// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Core.Strategies;

/// <summary>What the mentees of a per-group comparison row share.</summary>
public enum GroupDimension
{
    /// <summary>The mentee's department.</summary>
    Department = 0,

    /// <summary>The mentee's career level (its number on the program's scale).</summary>
    CareerLevel = 1,

    /// <summary>The region of the mentee's time zone (the part before the slash of an IANA id, e.g. <c>Europe</c>; the id itself otherwise).</summary>
    TimeZoneRegion = 2,

    /// <summary>Whether the mentee opted in to identity affinity (<c>yes</c> or <c>no</c>; never the identity itself).</summary>
    AffinityOptIn = 3,
}
