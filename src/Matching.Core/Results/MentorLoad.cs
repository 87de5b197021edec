// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Domain;

namespace Matching.Core.Results;

/// <summary>How many mentees a mentor got, against their capacity.</summary>
/// <param name="Mentor">The mentor.</param>
/// <param name="Load">The number of mentees assigned.</param>
/// <param name="Capacity">The most the mentor accepts.</param>
public sealed record MentorLoad(Participant Mentor, int Load, int Capacity)
{
    /// <summary>Returns the mentor's id and load against capacity.</summary>
    /// <returns>For example <c>dora: 2/3</c>.</returns>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Mentor.Id}: {Load}/{Capacity}");
}
