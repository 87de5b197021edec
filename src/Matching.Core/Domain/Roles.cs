// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Core.Domain;

/// <summary>Which side(s) of the program a participant signed up for.</summary>
[Flags]
public enum Roles
{
    /// <summary>No role (invalid for a participant).</summary>
    None = 0,

    /// <summary>Wants a mentor.</summary>
    Mentee = 1,

    /// <summary>Offers mentoring.</summary>
    Mentor = 2,

    /// <summary>Both: may mentor someone and be mentored by someone else, never by themselves.</summary>
    Both = Mentee | Mentor,
}
