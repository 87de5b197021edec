// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Solvers.General;
using Matching.TestUtils;

namespace Matching.Solvers.Tests.General;

public class MaximumWeightMatchingTests
{
    [Fact]
    public void Solve_NoVertices_ReturnsEmptyMatching()
    {
        GeneralMatchingResult result = MaximumWeightMatching.Solve(0, [], [], []);

        Assert.Equal(0, result.Cardinality);
        Assert.Equal(0, result.TotalWeight);
        Assert.True(result.Mate.IsEmpty);
        Assert.True(GeneralMatchingCertificate.Check(0, [], [], [], result).IsOptimal);
    }

    [Fact]
    public void Solve_SingleEdge_MatchesIt()
    {
        GeneralMatchingResult result = MaximumWeightMatching.Solve(3, [0], [2], [7]);

        Assert.Equal([2, -1, 0], result.Mate.ToArray());
        Assert.Equal(7, result.TotalWeight);
        Assert.True(GeneralMatchingCertificate.Check(3, [0], [2], [7], result).IsOptimal);
    }

    [Fact]
    public void Solve_PathWithHeavyMiddle_WeightAndCardinalityFirstDiffer()
    {
        // Path 0–1–2–3 with weights 5, 8, 5:
        //   maximum weight        {1–2}        weight 8 ... no: {0–1, 2–3} weighs 10 > 8, so both modes agree here.
        // Path 0–1–2–3 with weights 2, 8, 2:
        //   maximum weight        {1–2}        weight 8, 1 pair
        //   cardinality first     {0–1, 2–3}   weight 4, 2 pairs
        int[] u = [0, 1, 2];
        int[] v = [1, 2, 3];
        long[] w = [2, 8, 2];

        GeneralMatchingResult byWeight = MaximumWeightMatching.Solve(4, u, v, w);
        GeneralMatchingResult coverage = MaximumWeightMatching.Solve(4, u, v, w, maximumCardinality: true);

        Assert.Equal([-1, 2, 1, -1], byWeight.Mate.ToArray());
        Assert.Equal(8, byWeight.TotalWeight);
        Assert.Equal(0, byWeight.WeightOffset);
        Assert.Equal([1, 0, 3, 2], coverage.Mate.ToArray());
        Assert.Equal(4, coverage.TotalWeight);
        Assert.Equal(2, coverage.Cardinality);
        Assert.True(coverage.WeightOffset > 0);
        Assert.True(GeneralMatchingCertificate.Check(4, u, v, w, byWeight).IsOptimal);
        Assert.True(GeneralMatchingCertificate.Check(4, u, v, w, coverage).IsOptimal);
    }

    [Fact]
    public void Solve_TriangleWithPendant_NeedsABlossom()
    {
        // Triangle 0–1–2 (weights 6 each) with pendant 2–3 (weight 5), and 0–4 (weight 4):
        //   {0–1, 2–3}  11      {0–4, 1–2, ...} 4 + 6 = 10     {0–4, 2–3} 9, plus nothing for 1
        // Optimal: {0–1, 2–3} = 11 — the odd triangle must be shrunk to see that.
        int[] u = [0, 1, 2, 2, 0];
        int[] v = [1, 2, 0, 3, 4];
        long[] w = [6, 6, 6, 5, 4];

        GeneralMatchingResult result = MaximumWeightMatching.Solve(5, u, v, w);

        Assert.Equal(11, result.TotalWeight);
        Assert.Equal(GeneralMatchingBruteForce.Solve(5, [.. u.Select((x, k) => (x, v[k], w[k]))], false).Weight, result.TotalWeight);
        Assert.True(GeneralMatchingCertificate.Check(5, u, v, w, result).IsOptimal);
    }

    [Fact]
    public void Solve_NegativeWeights_AreNeverWorthMatchingByWeight()
    {
        GeneralMatchingResult byWeight = MaximumWeightMatching.Solve(2, [0], [1], [-3]);
        GeneralMatchingResult coverage = MaximumWeightMatching.Solve(2, [0], [1], [-3], maximumCardinality: true);

        Assert.Equal(0, byWeight.Cardinality);
        Assert.Equal(1, coverage.Cardinality);
        Assert.Equal(-3, coverage.TotalWeight);
        Assert.True(GeneralMatchingCertificate.Check(2, [0], [1], [-3], coverage).IsOptimal);
    }

    [Fact]
    public void Solve_ParallelEdges_UsesTheHeaviest()
    {
        GeneralMatchingResult result = MaximumWeightMatching.Solve(2, [0, 1, 0], [1, 0, 1], [3, 9, 4]);

        Assert.Equal(9, result.TotalWeight);
        Assert.True(GeneralMatchingCertificate.Check(2, [0, 1, 0], [1, 0, 1], [3, 9, 4], result).IsOptimal);
    }

    [Fact]
    public void SolveDense_AgreesWithEdgeList_AndCertifiesOnRandomGraphs()
    {
        for (int seed = 0; seed < 20; seed++)
        {
            GeneralGraphCase graph = GeneralGraphs.Random(40, 0.3, 0, 50, seed);
            long[] dense = graph.ToDense(MaximumWeightMatching.NoEdge);
            GeneralMatchingResult list = MaximumWeightMatching.Solve(graph.VertexCount, graph.Sources, graph.Targets, graph.Weights);
            GeneralMatchingResult matrix = MaximumWeightMatching.SolveDense(graph.VertexCount, dense);

            Assert.Equal(list.TotalWeight, matrix.TotalWeight);
            Assert.True(GeneralMatchingCertificate.CheckDense(graph.VertexCount, dense, matrix).IsOptimal);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void SolveDense_300VerticesCompleteGraph_CertificateVerifies(bool cardinalityFirst)
    {
        const int n = 300;
        long[] dense = GeneralGraphs.DenseUniform(n, 10_000, MaximumWeightMatching.NoEdge, seed: 11);

        GeneralMatchingResult result = MaximumWeightMatching.SolveDense(n, dense, cardinalityFirst);

        Assert.Equal(n / 2, result.Cardinality);
        CertificateVerdict verdict = GeneralMatchingCertificate.CheckDense(n, dense, result);
        Assert.True(verdict.IsOptimal, verdict.ToString());
    }

    [Fact]
    public void Solve_300VerticesSparseGraph_CertificateVerifies()
    {
        GeneralGraphCase graph = GeneralGraphs.Random(300, 0.05, -10, 1_000, seed: 5);

        foreach (bool cardinalityFirst in new[] { false, true })
        {
            GeneralMatchingResult result = MaximumWeightMatching.Solve(graph.VertexCount, graph.Sources, graph.Targets, graph.Weights, cardinalityFirst);
            CertificateVerdict verdict = GeneralMatchingCertificate.Check(graph.VertexCount, graph.Sources, graph.Targets, graph.Weights, result);
            Assert.True(verdict.IsOptimal, verdict.ToString());
        }
    }

    [Fact]
    public void Solve_FewDistinctWeights_BuildsBlossomsAndStillCertifies()
    {
        // Many ties make odd cycles of tight edges, so blossoms (and nested ones) form and carry duals.
        int blossoms = 0;
        for (int seed = 0; seed < 30; seed++)
        {
            GeneralGraphCase graph = GeneralGraphs.Random(60, 0.2, 1, 3, seed);
            GeneralMatchingResult result = MaximumWeightMatching.Solve(graph.VertexCount, graph.Sources, graph.Targets, graph.Weights);
            blossoms += result.BlossomCount;
            Assert.True(GeneralMatchingCertificate.Check(graph.VertexCount, graph.Sources, graph.Targets, graph.Weights, result).IsOptimal);
        }

        Assert.True(blossoms > 0, "the instances were meant to exercise blossom duals");
    }

    [Fact]
    public void Solve_InvalidArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MaximumWeightMatching.Solve(-1, [], [], []));
        Assert.Throws<ArgumentNullException>(() => MaximumWeightMatching.Solve(2, null!, [], []));
        Assert.Throws<ArgumentException>(() => MaximumWeightMatching.Solve(2, [0], [1], []));
        Assert.Throws<ArgumentException>(() => MaximumWeightMatching.Solve(2, [1], [1], [1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => MaximumWeightMatching.Solve(2, [0], [2], [1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => MaximumWeightMatching.Solve(2, [0], [1], [MaximumWeightMatching.MaxWeightMagnitude + 1]));
        Assert.Throws<ArgumentException>(() => MaximumWeightMatching.SolveDense(2, [0, 1, 2]));
        Assert.Throws<ArgumentException>(() => MaximumWeightMatching.SolveDense(2, [0, 1, 2, 0]));
    }

    [Fact]
    public void Solve_CardinalityFirstShiftWouldOverflow_ThrowsWithClearMessage()
    {
        // 2^20 vertices on a path with weights ±2^40: the shift ⌊n/2⌋·range ≈ 2^60 makes n × weight overflow the bound.
        const int n = 1 << 20;
        int[] u = [0, 2];
        int[] v = [1, 3];
        long[] w = [-MaximumWeightMatching.MaxWeightMagnitude, MaximumWeightMatching.MaxWeightMagnitude];

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => MaximumWeightMatching.Solve(n, u, v, w, maximumCardinality: true));
        Assert.Contains("too large", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, MaximumWeightMatching.Solve(n, u, v, w, maximumCardinality: false).Mate.ToArray().Count(x => x >= 0));
    }

    [Fact]
    public void Solve_CancelledToken_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => MaximumWeightMatching.Solve(2, [0], [1], [1], cancellationToken: cancelled.Token));
    }
}
