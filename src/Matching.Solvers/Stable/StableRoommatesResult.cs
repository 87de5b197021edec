// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Solvers.Stable;

/// <summary>
/// The outcome of <see cref="StableRoommates"/>: a stable matching, or the plain statement that none exists.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class StableRoommatesResult
{
    private readonly int[] _partners;

    private StableRoommatesResult(int[] partners, int emptyListPerson)
    {
        _partners = partners;
        EmptyListPerson = emptyListPerson;
    }

    /// <summary>Gets a value indicating whether a stable matching exists (and is in <see cref="Partners"/>).</summary>
    public bool Success => EmptyListPerson < 0;

    /// <summary>
    /// Gets the partner of every person, −1 when unmatched; empty when no stable matching exists.
    /// </summary>
    public ReadOnlySpan<int> Partners => _partners;

    /// <summary>
    /// Gets the person whose reduced preference list ran out, which proves that no stable matching exists; −1 on success.
    /// </summary>
    public int EmptyListPerson { get; }

    /// <summary>Gets a copy of the partners of a stable matching.</summary>
    /// <returns>The partner of every person, −1 when unmatched.</returns>
    /// <exception cref="InvalidOperationException">No stable matching exists.</exception>
    public int[] GetPartnersOrThrow() => Success
        ? (int[])_partners.Clone()
        : throw new InvalidOperationException($"No stable matching exists: the reduced preference list of person {EmptyListPerson} became empty.");

    /// <summary>Gets the partners of a stable matching, when one exists.</summary>
    /// <param name="partners">The partner of every person, −1 when unmatched; empty when none exists.</param>
    /// <returns>Whether a stable matching exists.</returns>
    public bool TryGetPartners(out ReadOnlySpan<int> partners)
    {
        partners = _partners;
        return Success;
    }

    internal static StableRoommatesResult Stable(int[] partners) => new(partners, -1);

    internal static StableRoommatesResult NoStableMatching(int emptyListPerson) => new([], emptyListPerson);
}
