// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Solvers.General;
using Matching.TestUtils;

namespace Matching.PropertyTests.General;

/// <summary>The blossom solver against exhaustive search and against its own dual certificate.</summary>
public class MaximumWeightMatchingProperties
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(400);

    [Fact]
    public void Solve_RandomGraphUpTo12Vertices_EqualsBruteForceAndCertifies()
    {
        Prop.ForAll(GeneralGraphs.Small(12, -3, 12), graph =>
        {
            foreach (bool cardinalityFirst in new[] { false, true })
            {
                GeneralMatchingResult result = MaximumWeightMatching.Solve(graph.VertexCount, graph.Sources, graph.Targets, graph.Weights, cardinalityFirst, TestTime.Limit());
                (int cardinality, long weight) = GeneralMatchingBruteForce.Solve(graph.VertexCount, graph.Edges, cardinalityFirst);
                Assert.Equal(weight, result.TotalWeight);
                if (cardinalityFirst)
                {
                    Assert.Equal(cardinality, result.Cardinality);
                }

                CertificateVerdict verdict = GeneralMatchingCertificate.Check(graph.VertexCount, graph.Sources, graph.Targets, graph.Weights, result);
                Assert.True(verdict.IsOptimal, verdict.ToString());
            }
        }).Check(Runs);
    }

    [Fact]
    public void SolveDense_ForcedPricingWithOneCandidatePerVertex_EqualsBruteForceAndCertifies()
    {
        Prop.ForAll(GeneralGraphs.Small(12, 0, 20), graph =>
        {
            long[] dense = graph.ToDense(MaximumWeightMatching.NoEdge);
            foreach (bool cardinalityFirst in new[] { false, true })
            {
                GeneralMatchingResult result = MaximumWeightMatching.SolveDense(graph.VertexCount, dense, cardinalityFirst, 1, TestTime.Limit());
                (int cardinality, long weight) = GeneralMatchingBruteForce.Solve(graph.VertexCount, graph.Edges, cardinalityFirst);
                Assert.Equal(weight, result.TotalWeight);
                Assert.True(!cardinalityFirst || cardinality == result.Cardinality);
                CertificateVerdict verdict = GeneralMatchingCertificate.CheckDense(graph.VertexCount, dense, result);
                Assert.True(verdict.IsOptimal, verdict.ToString());
            }
        }).Check(Runs);
    }

    [Fact]
    public void Solve_ForcedPricingOnEdgeList_EqualsUnpricedSolve()
    {
        Prop.ForAll(GeneralGraphs.Small(12, -2, 30), graph =>
        {
            GeneralMatchingResult full = MaximumWeightMatching.Solve(graph.VertexCount, graph.Sources, graph.Targets, graph.Weights, cancellationToken: TestTime.Limit());
            GeneralMatchingResult priced = MaximumWeightMatching.Solve(graph.VertexCount, graph.Sources, graph.Targets, graph.Weights, false, 1, TestTime.Limit());
            Assert.Equal(full.TotalWeight, priced.TotalWeight);
            Assert.True(GeneralMatchingCertificate.Check(graph.VertexCount, graph.Sources, graph.Targets, graph.Weights, priced).IsOptimal);
        }).Check(Runs);
    }

    [Fact]
    public void Check_TamperedVertexDual_IsRejected()
    {
        // Lowering one positive vertex dual must break feasibility or complementary slackness.
        Prop.ForAll(GeneralGraphs.Small(10, 1, 9), graph =>
        {
            GeneralMatchingResult result = MaximumWeightMatching.Solve(graph.VertexCount, graph.Sources, graph.Targets, graph.Weights, cancellationToken: TestTime.Limit());
            long[] duals = result.VertexDual.ToArray();
            int v = Array.FindIndex(duals, d => d > 0);
            if (v < 0)
            {
                return;
            }

            duals[v]--;
            CertificateVerdict verdict = GeneralMatchingCertificate.Check(
                graph.VertexCount, graph.Sources, graph.Targets, graph.Weights, result.WeightOffset, result.Mate, duals, result.BlossomStart, result.BlossomMembers, result.BlossomDual, result.TotalWeight);
            Assert.False(verdict.IsOptimal);
        }).Check(Runs);
    }

    [Fact]
    public void Check_DroppedMatchedPair_IsRejected()
    {
        Prop.ForAll(GeneralGraphs.Small(10, 1, 9), graph =>
        {
            GeneralMatchingResult result = MaximumWeightMatching.Solve(graph.VertexCount, graph.Sources, graph.Targets, graph.Weights, cancellationToken: TestTime.Limit());
            int[] mate = result.Mate.ToArray();
            int v = Array.FindIndex(mate, u => u >= 0);
            if (v < 0)
            {
                return;
            }

            mate[mate[v]] = -1;
            mate[v] = -1;
            CertificateVerdict verdict = GeneralMatchingCertificate.Check(
                graph.VertexCount, graph.Sources, graph.Targets, graph.Weights, result.WeightOffset, mate, result.VertexDual, result.BlossomStart, result.BlossomMembers, result.BlossomDual, result.TotalWeight);
            Assert.False(verdict.IsOptimal);
        }).Check(Runs);
    }
}
