// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Collections.Immutable;
using Matching.Core.Results;

namespace Matching.Core.Models;

/// <summary>The result of any program model: its placements (pairs or groups), the people left out with reasons, and its proof.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class ProgramResult
{
    /// <summary>Initializes a result.</summary>
    /// <param name="model">The model that produced it.</param>
    /// <param name="strategy">The strategy's name (e.g. <c>optimal</c>, <c>stable</c>).</param>
    /// <param name="status">Optimal (or found), or infeasible with <paramref name="message"/>.</param>
    /// <param name="placements">The pairs or groups.</param>
    /// <param name="unmatched">The people left out, with reasons.</param>
    /// <param name="proof">What the model proves about the result (a verified certificate, a bound and gap), or null.</param>
    /// <param name="message">Why there is no result, when <paramref name="status"/> is not optimal.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public ProgramResult(ProgramModelKind model, string strategy, MatchingStatus status, IEnumerable<Placement> placements, IEnumerable<UnmatchedParticipant> unmatched, string? proof, string? message)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        ArgumentNullException.ThrowIfNull(placements);
        ArgumentNullException.ThrowIfNull(unmatched);
        Model = model;
        Strategy = strategy;
        Status = status;
        Placements = [.. placements];
        Unmatched = [.. unmatched];
        Proof = proof;
        Message = message;
    }

    /// <summary>Gets the model that produced the result.</summary>
    public ProgramModelKind Model { get; }

    /// <summary>Gets the strategy's name.</summary>
    public string Strategy { get; }

    /// <summary>Gets the outcome.</summary>
    public MatchingStatus Status { get; }

    /// <summary>Gets the pairs or groups, in input order of their first person.</summary>
    public ImmutableArray<Placement> Placements { get; }

    /// <summary>Gets the people left out, with reasons.</summary>
    public ImmutableArray<UnmatchedParticipant> Unmatched { get; }

    /// <summary>Gets what the model proves about the result, or null.</summary>
    public string? Proof { get; }

    /// <summary>Gets why there is no result; null when there is one.</summary>
    public string? Message { get; }

    /// <summary>Gets the one-to-one engine result this was made from (explanations, mentor loads, certificate), or null for other models.</summary>
    public MatchingResult? OneToOne { get; init; }

    /// <summary>Gets the runtime of the solve (scoring excluded); zero when not measured.</summary>
    public TimeSpan Runtime { get; init; }

    /// <summary>Gets the placements of one kind, e.g. <c>PlacementsOf&lt;PeerPair&gt;()</c>.</summary>
    /// <typeparam name="T">The kind of placement.</typeparam>
    /// <returns>Those placements, in order.</returns>
    public IEnumerable<T> PlacementsOf<T>()
        where T : Placement => Placements.OfType<T>();

    /// <summary>Gets the sum of the placements' scores.</summary>
    public double TotalScore => Placements.Sum(p => p.Score);

    /// <summary>Returns the result in short: model, strategy, status and counts (no names, no answers).</summary>
    /// <returns>For example <c>Peer optimal Optimal: 12 placements, 1 unmatched, total score 640.0</c>.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Model} {Strategy} {Status}: {Placements.Length} placements, {Unmatched.Length} unmatched, total score {TotalScore:0.0}");
}
