// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Solvers.General;
using Matching.TestUtils;

namespace Matching.Solvers.Tests.General;

public class GeneralMatchingCertificateTests
{
    // Graph A: one edge 0–1 of weight 5 and an isolated vertex 2. Optimal: {0–1}, doubled duals Y = [5, 5, 0].
    private static readonly int[] EdgeU = [0];
    private static readonly int[] EdgeV = [1];
    private static readonly long[] EdgeW = [5];

    // Graph B: triangle 0–1–2, every edge weight 4. Optimal weight 4 needs a blossom: Y = 0, Z({0,1,2}) = 8 (doubled),
    // so Y(i) + Y(j) + Z = 8 = 2·4 on every edge and the dual objective 8·(3 − 1)/2 = 8 = 2·4.
    private static readonly int[] TriangleU = [0, 1, 0];
    private static readonly int[] TriangleV = [1, 2, 2];
    private static readonly long[] TriangleW = [4, 4, 4];

    [Fact]
    public void Check_OptimalSingleEdge_Verifies() =>
        AssertVerdict(CertificateCondition.None, CheckA([1, 0, -1], [5, 5, 0], 5));

    [Fact]
    public void Check_OptimalTriangleWithBlossom_Verifies() =>
        AssertVerdict(CertificateCondition.None, CheckTriangle([1, 0, -1], [0, 0, 0], [0, 3], [0, 1, 2], [8], 4));

    [Fact]
    public void Check_WrongLengths_IsMalformed()
    {
        AssertVerdict(CertificateCondition.Malformed, CheckA([1, 0], [5, 5, 0], 5));
        AssertVerdict(CertificateCondition.Malformed, CheckA([1, 0, 7], [5, 5, 0], 5));
        AssertVerdict(CertificateCondition.Malformed, CheckTriangle([1, 0, -1], [0, 0, 0], [0, 2], [0, 1, 2], [8], 4));
        AssertVerdict(CertificateCondition.Malformed, GeneralMatchingCertificate.Check(3, [0], [1, 2], [5], 0, [1, 0, -1], [5, 5, 0], [0], [], [], 5));
        AssertVerdict(CertificateCondition.Malformed, GeneralMatchingCertificate.CheckDense(2, [0, 1, 1], 0, [1, 0], [1, 1], [0], [], [], 1));
    }

    [Fact]
    public void Check_AsymmetricMate_IsInvalidMatching() =>
        AssertVerdict(CertificateCondition.InvalidMatching, CheckA([1, -1, -1], [5, 5, 0], 5));

    [Fact]
    public void Check_PairThatIsNoEdge_IsInvalidMatching() =>
        AssertVerdict(CertificateCondition.InvalidMatching, CheckA([2, -1, 0], [5, 5, 0], 0));

    [Fact]
    public void Check_NegativeVertexDual_IsRejected() =>
        AssertVerdict(CertificateCondition.NegativeDual, CheckA([1, 0, -1], [11, -1, 0], 5));

    [Fact]
    public void Check_NegativeBlossomDual_IsRejected() =>
        AssertVerdict(CertificateCondition.NegativeDual, CheckTriangle([1, 0, -1], [8, 8, 8], [0, 3], [0, 1, 2], [-2], 4));

    [Fact]
    public void Check_EvenBlossom_IsInvalidBlossom() =>
        AssertVerdict(CertificateCondition.InvalidBlossom, CheckTriangle([1, 0, -1], [0, 0, 0], [0, 2], [0, 1], [8], 4));

    [Fact]
    public void Check_RepeatedBlossomMember_IsInvalidBlossom() =>
        AssertVerdict(CertificateCondition.InvalidBlossom, CheckTriangle([1, 0, -1], [0, 0, 0], [0, 3], [0, 1, 1], [8], 4));

    [Fact]
    public void Check_EmptyMatchingWithZeroDuals_EdgeNotCovered() =>
        AssertVerdict(CertificateCondition.EdgeNotCovered, CheckA([-1, -1, -1], [0, 0, 0], 0));

    [Fact]
    public void Check_TriangleWithoutItsBlossom_EdgeNotCovered() =>
        AssertVerdict(CertificateCondition.EdgeNotCovered, CheckTriangle([1, 0, -1], [0, 0, 0], [0], [], [], 4));

    [Fact]
    public void Check_SlackMatchedEdge_IsNotTight() =>
        AssertVerdict(CertificateCondition.MatchedEdgeNotTight, CheckA([1, 0, -1], [6, 5, 0], 5));

    [Fact]
    public void Check_UnmatchedVertexWithPositiveDual_IsRejected() =>
        AssertVerdict(CertificateCondition.PositiveDualVertexUnmatched, CheckA([1, 0, -1], [5, 5, 2], 5));

    [Fact]
    public void Check_PositiveBlossomWithoutItsMatchedEdge_IsNotFull() =>
        AssertVerdict(CertificateCondition.PositiveDualBlossomNotFull, CheckTriangle([-1, -1, -1], [0, 0, 0], [0, 3], [0, 1, 2], [8], 0));

    [Fact]
    public void Check_WrongClaimedWeight_IsWeightMismatch() =>
        AssertVerdict(CertificateCondition.WeightMismatch, CheckA([1, 0, -1], [5, 5, 0], 4));

    [Fact]
    public void Check_SuboptimalMatchingOfSolvedGraph_IsRejected()
    {
        // Solve a random graph, then swap in a worse matching with the same duals: some condition must fail.
        GeneralGraphCase graph = GeneralGraphs.Random(30, 0.4, 1, 20, seed: 3);
        GeneralMatchingResult result = MaximumWeightMatching.Solve(graph.VertexCount, graph.Sources, graph.Targets, graph.Weights);
        int[] mate = result.Mate.ToArray();
        int a = Array.FindIndex(mate, m => m >= 0);
        int b = mate[a];
        mate[a] = mate[b] = -1;

        CertificateVerdict verdict = GeneralMatchingCertificate.Check(
            graph.VertexCount, graph.Sources, graph.Targets, graph.Weights, result.WeightOffset, mate, result.VertexDual, result.BlossomStart, result.BlossomMembers, result.BlossomDual, result.TotalWeight);

        Assert.False(verdict.IsOptimal);
        Assert.Contains("NOT verified", verdict.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DenseMatrixWithNoEdgePair_RejectsMatchingIt()
    {
        long none = MaximumWeightMatching.NoEdge;
        long[] matrix = [none, none, none, none];

        CertificateVerdict verdict = GeneralMatchingCertificate.CheckDense(2, matrix, 0, [1, 0], [0, 0], [0], [], [], 0);

        AssertVerdict(CertificateCondition.InvalidMatching, verdict);
    }

    private static CertificateVerdict CheckA(int[] mate, long[] duals, long claimed) =>
        GeneralMatchingCertificate.Check(3, EdgeU, EdgeV, EdgeW, 0, mate, duals, [0], [], [], claimed);

    private static CertificateVerdict CheckTriangle(int[] mate, long[] duals, int[] start, int[] members, long[] blossomDuals, long claimed) =>
        GeneralMatchingCertificate.Check(3, TriangleU, TriangleV, TriangleW, 0, mate, duals, start, members, blossomDuals, claimed);

    private static void AssertVerdict(CertificateCondition expected, CertificateVerdict verdict)
    {
        Assert.True(expected == verdict.Failed, verdict.ToString());
        Assert.Equal(expected == CertificateCondition.None, verdict.IsOptimal);
        if (expected != CertificateCondition.None)
        {
            Assert.False(string.IsNullOrEmpty(verdict.Message));
        }
    }
}
