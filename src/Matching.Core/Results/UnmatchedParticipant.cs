// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Domain;

namespace Matching.Core.Results;

/// <summary>Someone who got no partner on one side of the program, and why.</summary>
/// <param name="Participant">The person.</param>
/// <param name="Side">The side left unmatched: <see cref="Roles.Mentee"/> (no mentor) or <see cref="Roles.Mentor"/> (no mentee).</param>
/// <param name="Reason">Why, in plain words.</param>
public sealed record UnmatchedParticipant(Participant Participant, Roles Side, string Reason)
{
    /// <summary>Returns who was left out on which side, and why (the id only, no answers).</summary>
    /// <returns>For example <c>cem (Mentee): no shared language</c>.</returns>
    public override string ToString() => $"{Participant.Id} ({Side}): {Reason}";
}
