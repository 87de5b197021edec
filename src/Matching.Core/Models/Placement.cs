// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Collections.Immutable;
using Matching.Core.Domain;
using Matching.Core.Results;

namespace Matching.Core.Models;

/// <summary>One unit of a program's result: a directed pair, an undirected pair or a group.</summary>
/// <param name="Score">The unit's score, 0–100.</param>
/// <param name="Reasons">Why the unit fits, in the program's language.</param>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public abstract record Placement(double Score, ImmutableArray<string> Reasons)
{
    /// <summary>Gets everyone placed in this unit.</summary>
    public abstract IEnumerable<Participant> People { get; }
}

/// <summary>A mentor → mentee pair of a one-to-one program.</summary>
/// <param name="Mentee">The mentee.</param>
/// <param name="Mentor">The mentor.</param>
/// <param name="Score">The pair's score, 0–100.</param>
/// <param name="Explanation">The pair's breakdown and reasons.</param>
public sealed record DirectedPair(Participant Mentee, Participant Mentor, double Score, PairExplanation Explanation)
    : Placement(Score, [.. Explanation.Reasons])
{
    /// <inheritdoc/>
    public override IEnumerable<Participant> People => [Mentee, Mentor];

    /// <summary>Returns the pair in short: ids and score (no answers).</summary>
    /// <returns>For example <c>dora → ana (72.5)</c>.</returns>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Mentor.Id} → {Mentee.Id} ({Score:0.0})");
}

/// <summary>An undirected pair of peers (First comes before Second in the input).</summary>
/// <param name="First">One peer.</param>
/// <param name="Second">The other peer.</param>
/// <param name="Score">The symmetric score, 0–100: the mean of both directions.</param>
/// <param name="Reasons">Why the pair fits.</param>
public sealed record PeerPair(Participant First, Participant Second, double Score, ImmutableArray<string> Reasons)
    : Placement(Score, Reasons)
{
    /// <inheritdoc/>
    public override IEnumerable<Participant> People => [First, Second];

    /// <summary>Returns the pair in short: ids and score (no answers).</summary>
    /// <returns>For example <c>ana – ben (64.0)</c>.</returns>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{First.Id} – {Second.Id} ({Score:0.0})");
}

/// <summary>A group (pod or circle): an optional leader and its members.</summary>
/// <param name="Leader">The group's leader (a pod's mentor), or null for a leaderless circle.</param>
/// <param name="Members">The members, without the leader.</param>
/// <param name="Score">The group's score, 0–100.</param>
/// <param name="Reasons">Why the group fits.</param>
public sealed record Group(Participant? Leader, ImmutableArray<Participant> Members, double Score, ImmutableArray<string> Reasons)
    : Placement(Score, Reasons)
{
    /// <inheritdoc/>
    public override IEnumerable<Participant> People => Leader is null ? Members : [Leader, .. Members];

    /// <summary>Returns the group in short: leader, member ids and score (no answers).</summary>
    /// <returns>For example <c>dora: ana, ben (58.0)</c>.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Leader?.Id ?? "circle"}: {string.Join(", ", Members.Select(m => m.Id))} ({Score:0.0})");
}
