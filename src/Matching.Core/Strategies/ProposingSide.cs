// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Core.Strategies;

/// <summary>Which side proposes in deferred acceptance, and so which side gets its best stable partners.</summary>
public enum ProposingSide
{
    /// <summary>Mentees propose: the mentee-optimal (mentor-pessimal) stable matching.</summary>
    Mentees = 0,

    /// <summary>Mentors propose: the mentor-optimal (mentee-pessimal) stable matching.</summary>
    Mentors = 1,
}
