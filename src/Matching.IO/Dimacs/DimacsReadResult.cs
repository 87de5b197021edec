// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Diagnostics.CodeAnalysis;
using Matching.Solvers.Flow;

namespace Matching.IO.Dimacs;

/// <summary>The outcome of reading a DIMACS min-cost-flow problem: the network or every error found.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class DimacsReadResult
{
    private readonly FlowNetwork? _network;

    internal DimacsReadResult(FlowNetwork? network, IReadOnlyList<DimacsDiagnostic> errors)
    {
        _network = network;
        Errors = errors;
    }

    /// <summary>Gets a value indicating whether the input was well formed.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool Success => _network is not null;

    /// <summary>Gets the network, or null when the input was malformed.</summary>
    public FlowNetwork? Value => _network;

    /// <summary>Gets every error found, in line order (empty on success).</summary>
    public IReadOnlyList<DimacsDiagnostic> Errors { get; }

    /// <summary>Gets the network or throws.</summary>
    /// <returns>The network.</returns>
    /// <exception cref="FormatException">The input was malformed; the message lists the errors.</exception>
    public FlowNetwork GetValueOrThrow() =>
        _network ?? throw new FormatException("Malformed DIMACS input: " + string.Join("; ", Errors));

    /// <summary>Gets the network if the input was well formed.</summary>
    /// <param name="network">The network, or null.</param>
    /// <returns>True on success.</returns>
    public bool TryGetValue([NotNullWhen(true)] out FlowNetwork? network)
    {
        network = _network;
        return network is not null;
    }
}
