// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Domain;

namespace Matching.Core.Models;

/// <summary>
/// A quota or side constraint of a group program (from the mapping file's <c>quotas</c> section). A quota concerns
/// the mentees whose <see cref="Field"/> equals <see cref="Value"/> (case-insensitive), or everyone when no field is
/// given; with a field and no value, <see cref="MaxPerPod"/> applies to each value of the field on its own.
/// </summary>
/// <param name="Name">The name diagnostics report (the mapping's <c>name</c>); never personal data.</param>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record GroupQuota(string Name)
{
    /// <summary>The fields a quota's group can be defined by.</summary>
    public static readonly IReadOnlyList<string> Fields = ["Department", "Organisation", "CareerLevel", "MeetingFrequency", "TimeZone"];

    /// <summary>Gets the participant field that defines the group (one of <see cref="Fields"/>), or null for everyone.</summary>
    public string? Field { get; init; }

    /// <summary>Gets the value of <see cref="Field"/> that defines the group, or null for every value on its own.</summary>
    public string? Value { get; init; }

    /// <summary>Gets the least number of the group's mentees matched (0 = no count rule).</summary>
    public int MinMatched { get; init; }

    /// <summary>Gets the least percentage (0–100) of the group's mentees matched (0 = no percentage rule).</summary>
    public double MinPercent { get; init; }

    /// <summary>Gets the most mentees of the group (of one value of the field) in one pod, or null.</summary>
    public int? MaxPerPod { get; init; }

    /// <summary>Gets whether every mentor with capacity must lead a pod.</summary>
    public bool EveryMentorServed { get; init; }

    /// <summary>The value of <paramref name="field"/> for a participant, or null when unanswered.</summary>
    /// <param name="participant">The participant.</param>
    /// <param name="field">One of <see cref="Fields"/>.</param>
    /// <returns>The answer as text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="participant"/> is null.</exception>
    public static string? ValueOf(Participant participant, string field)
    {
        ArgumentNullException.ThrowIfNull(participant);
        return field switch
        {
            "Department" => participant.Department,
            "Organisation" => participant.Organisation,
            "CareerLevel" => participant.CareerLevel?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "MeetingFrequency" => participant.MeetingFrequency,
            "TimeZone" => participant.TimeZone,
            _ => null,
        };
    }

    /// <summary>Whether a participant belongs to the quota's group (when <see cref="Value"/> is set, or no field is).</summary>
    /// <param name="participant">The participant.</param>
    /// <returns>True when the quota concerns them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="participant"/> is null.</exception>
    public bool Concerns(Participant participant)
    {
        ArgumentNullException.ThrowIfNull(participant);
        return Field is null || (Value is not null && string.Equals(ValueOf(participant, Field)?.Trim(), Value.Trim(), StringComparison.OrdinalIgnoreCase));
    }
}
