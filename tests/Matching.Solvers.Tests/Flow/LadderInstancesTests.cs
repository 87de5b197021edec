// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Solvers.Flow;
using Matching.TestUtils;

namespace Matching.Solvers.Tests.Flow;

/// <summary>The benchmark ladder's generator (<see cref="LadderInstances"/>): determinism, shape and certified optima.</summary>
public class LadderInstancesTests
{
    [Fact]
    public void Generate_SameRungTwice_GivesIdenticalNetworks()
    {
        LadderRung rung = LadderInstances.Rungs[0];

        FlowNetwork first = LadderInstances.Generate(rung);
        FlowNetwork second = LadderInstances.Generate(rung);

        Assert.Equal(first.Supply.ToArray(), second.Supply.ToArray());
        Assert.Equal(first.Source.ToArray(), second.Source.ToArray());
        Assert.Equal(first.Target.ToArray(), second.Target.ToArray());
        Assert.Equal(first.Capacity.ToArray(), second.Capacity.ToArray());
        Assert.Equal(first.Cost.ToArray(), second.Cost.ToArray());
    }

    [Fact]
    public void Generate_OtherSeed_GivesOtherCosts()
    {
        FlowNetwork one = LadderInstances.Generate(100, 30, 0, 1);
        FlowNetwork two = LadderInstances.Generate(100, 30, 0, 2);

        Assert.NotEqual(one.Cost.ToArray(), two.Cost.ToArray());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void Generate_Dense_HasMentoringShape(int seed)
    {
        const int n = 40, m = 12;
        FlowNetwork network = LadderInstances.Generate(n, m, 0, seed);

        Assert.Equal(n + m + 1, network.NodeCount);
        Assert.Equal((n * (m + 1)) + m, network.ArcCount);
        Assert.Equal(-n, network.Supply[n + m]);
        for (int i = 0; i < n; i++)
        {
            Assert.Equal(1, network.Supply[i]);
        }

        for (int a = 0; a < n * (m + 1); a++)
        {
            bool unmatched = a % (m + 1) == m;
            Assert.Equal(a / (m + 1), network.Source[a]);
            Assert.Equal(1, network.Capacity[a]);
            if (unmatched)
            {
                Assert.Equal(n + m, network.Target[a]);
                Assert.Equal(LadderInstances.UnmatchedCost, network.Cost[a]);
            }
            else
            {
                Assert.Equal(n + (a % (m + 1)), network.Target[a]);
                Assert.InRange(network.Cost[a], 0, 1900);
            }
        }

        for (int j = 0; j < m; j++)
        {
            int a = (n * (m + 1)) + j;
            Assert.Equal((n + j, n + m), (network.Source[a], network.Target[a]));
            Assert.InRange(network.Capacity[a], 1, 5);
            Assert.Equal(0, network.Cost[a]);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public void Generate_Sparse_KeepsEachMenteesKCheapestMentors(int seed)
    {
        const int n = 30, m = 25, k = 6;
        FlowNetwork dense = LadderInstances.Generate(n, m, 0, seed);
        FlowNetwork sparse = LadderInstances.Generate(n, m, k, seed);

        Assert.Equal((n * (k + 1)) + m, sparse.ArcCount);
        for (int i = 0; i < n; i++)
        {
            // Oracle: sort all of the dense instance's pairs of mentee i by (cost, mentor), keep the first k.
            var expected = Enumerable.Range(0, m)
                .Select(j => (Target: dense.Target[(i * (m + 1)) + j], Cost: dense.Cost[(i * (m + 1)) + j]))
                .OrderBy(p => p.Cost).ThenBy(p => p.Target).Take(k).OrderBy(p => p.Target).ToArray();
            var actual = Enumerable.Range(0, k)
                .Select(c => (Target: sparse.Target[(i * (k + 1)) + c], Cost: sparse.Cost[(i * (k + 1)) + c])).ToArray();
            Assert.Equal(expected, actual);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void CertifiedOptimum_TinyRungs_EqualsSuccessiveShortestPathCost(int rungIndex)
    {
        FlowNetwork network = LadderInstances.Generate(LadderInstances.Rungs[rungIndex]);

        long? recorded = LadderInstances.CertifiedOptimum(network);
        FlowResult ssp = new SuccessiveShortestPathSolver().Solve(network);

        Assert.True(ssp.Success, ssp.Message);
        Assert.True(FlowCertificate.Check(network, ssp).IsOptimal);
        Assert.NotNull(recorded);
        Assert.Equal(ssp.Cost, recorded.Value);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(11)]
    public void CertifiedOptimum_SmallSparse_EqualsSuccessiveShortestPathCost(int seed)
    {
        FlowNetwork network = LadderInstances.Generate(200, 40, 8, seed);

        long? recorded = LadderInstances.CertifiedOptimum(network);
        FlowResult ssp = new SuccessiveShortestPathSolver().Solve(network);

        Assert.True(ssp.Success, ssp.Message);
        Assert.Equal(ssp.Cost, recorded);
    }
}
