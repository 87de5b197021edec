// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Solvers.General;

/// <summary>
/// A maximum-weight matching of a general graph with the dual solution that proves it optimal.
/// </summary>
/// <remarks>
/// <para>
/// Duals are <b>doubled</b> so they stay integral: with <c>w′ = w + <see cref="WeightOffset"/></c>, every edge
/// <c>(u, v)</c> satisfies <c>VertexDual[u] + VertexDual[v] + Σ BlossomDual[B] ≥ 2·w′(u, v)</c>, the sum over the
/// blossoms <c>B</c> that contain both ends, with equality on matched edges; every dual is ≥ 0, a vertex with a
/// positive dual is matched, and a blossom with a positive dual holds <c>(|B| − 1)/2</c> matched edges.
/// <see cref="GeneralMatchingCertificate"/> checks these conditions independently.
/// </para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class GeneralMatchingResult
{
    private readonly int[] _mate;
    private readonly long[] _vertexDual;
    private readonly int[] _blossomStart;
    private readonly int[] _blossomMembers;
    private readonly long[] _blossomDual;
    private readonly int[] _blossomParent;

    internal GeneralMatchingResult(
        int[] mate,
        long totalWeight,
        long weightOffset,
        long[] vertexDual,
        int[] blossomStart,
        int[] blossomMembers,
        long[] blossomDual,
        int[] blossomParent,
        int pricingRounds,
        int candidateEdgeCount)
    {
        _mate = mate;
        TotalWeight = totalWeight;
        WeightOffset = weightOffset;
        _vertexDual = vertexDual;
        _blossomStart = blossomStart;
        _blossomMembers = blossomMembers;
        _blossomDual = blossomDual;
        _blossomParent = blossomParent;
        PricingRounds = pricingRounds;
        CandidateEdgeCount = candidateEdgeCount;
        int pairs = 0;
        foreach (int partner in mate)
        {
            if (partner >= 0)
            {
                pairs++;
            }
        }

        Cardinality = pairs / 2;
    }

    /// <summary>Gets the partner of every vertex, or −1 when it is unmatched (<c>Mate[Mate[v]] == v</c>).</summary>
    public ReadOnlySpan<int> Mate => _mate;

    /// <summary>Gets the number of matched pairs.</summary>
    public int Cardinality { get; }

    /// <summary>Gets the total of the original weights of the matched edges.</summary>
    public long TotalWeight { get; }

    /// <summary>
    /// Gets the constant added to every edge weight before solving: 0 for maximum weight, and a value larger than any
    /// weight difference a pair more can make up for when maximum cardinality comes first. The duals refer to the
    /// shifted weights.
    /// </summary>
    public long WeightOffset { get; }

    /// <summary>Gets the doubled dual of every vertex (≥ 0).</summary>
    public ReadOnlySpan<long> VertexDual => _vertexDual;

    /// <summary>Gets the number of blossoms in the dual solution (a laminar family of odd vertex sets).</summary>
    public int BlossomCount => _blossomDual.Length;

    /// <summary>
    /// Gets where each blossom's vertices start in <see cref="BlossomMembers"/>: blossom <c>b</c> holds
    /// <c>BlossomMembers[BlossomStart[b] .. BlossomStart[b + 1]]</c> (length <see cref="BlossomCount"/> + 1).
    /// </summary>
    public ReadOnlySpan<int> BlossomStart => _blossomStart;

    /// <summary>Gets the vertices of all blossoms, blossom after blossom (see <see cref="BlossomStart"/>).</summary>
    public ReadOnlySpan<int> BlossomMembers => _blossomMembers;

    /// <summary>Gets the doubled dual of every blossom (≥ 0).</summary>
    public ReadOnlySpan<long> BlossomDual => _blossomDual;

    /// <summary>Gets the smallest blossom strictly containing each blossom, or −1 for an outermost one.</summary>
    public ReadOnlySpan<int> BlossomParent => _blossomParent;

    /// <summary>Gets how many times the kernel was run on a growing candidate edge set (1 when no edge was added).</summary>
    public int PricingRounds { get; }

    /// <summary>Gets the number of edges in the final candidate set the kernel solved.</summary>
    public int CandidateEdgeCount { get; }
}
