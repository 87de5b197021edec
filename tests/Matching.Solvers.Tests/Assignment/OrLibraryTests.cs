// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Solvers.Assignment;
using Matching.Solvers.Flow;

namespace Matching.Solvers.Tests.Assignment;

/// <summary>Beasley's OR-Library assignment instances (see TestData/orlib/PROVENANCE.md) with their published optima.</summary>
public class OrLibraryTests
{
    public static TheoryData<string, long> Instances => new()
    {
        { "assign100.txt", 305 },
        { "assign500.txt.gz", 991 },
        { "assign600.txt.gz", 1176 },
        { "assign700.txt.gz", 1362 },
    };

    [Theory]
    [MemberData(nameof(Instances))]
    public void Lapjv_OrLibraryInstance_ReproducesPublishedOptimum(string file, long optimum)
    {
        var (n, costs) = TestData.ReadOrLibrary(file);

        LapResult result = Lapjv.Solve(costs, n, n);

        Assert.Equal(optimum, result.Cost);
        Assert.Equal(n, result.ColumnOfRow.ToArray().Distinct().Count());
        LapjvTests.AssertDualsCertify(costs, n, n, result);
    }

    [Theory]
    [MemberData(nameof(Instances))]
    public void NetworkSimplex_OrLibraryInstance_ReproducesPublishedOptimum(string file, long optimum)
    {
        var (n, costs) = TestData.ReadOrLibrary(file);
        var builder = new FlowNetworkBuilder(2 * n, n * n);
        builder.AddNodes(2 * n);
        for (int i = 0; i < n; i++)
        {
            builder.SetSupply(i, 1);
            builder.SetSupply(n + i, -1);
            for (int j = 0; j < n; j++)
            {
                builder.AddArc(i, n + j, 0, 1, costs[(i * n) + j]);
            }
        }

        FlowNetwork network = builder.Build();
        FlowResult result = new NetworkSimplexSolver().Solve(network);

        Assert.True(result.Success, result.Message);
        Assert.Equal(optimum, result.Cost);
        Assert.True(FlowCertificate.Check(network, result).IsOptimal);
    }
}
