// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.IO.Dimacs;
using Matching.Solvers.Flow;

namespace Matching.Solvers.Tests.Flow;

/// <summary>Generated mentoring instances with known optima (see TestData/bench/PROVENANCE.md).</summary>
public class KnownOptimaTests
{
    public static TheoryData<string, long> Instances => new()
    {
        { "d100x30.min.gz", 87_142 },
        { "d300x100.min.gz", 170_772 },
        { "d1kx300.min.gz", 777_590 },
    };

    [Theory]
    [MemberData(nameof(Instances))]
    public void NetworkSimplex_BenchInstance_ReproducesKnownOptimum(string file, long optimum)
    {
        FlowNetwork network;
        using (TextReader reader = TestData.Open("bench", file))
        {
            network = DimacsReader.Read(reader).GetValueOrThrow();
        }

        FlowResult result = new NetworkSimplexSolver().Solve(network);

        Assert.True(result.Success, result.Message);
        Assert.Equal(optimum, result.Cost);
        CertificateReport report = FlowCertificate.Check(network, result);
        Assert.True(report.IsOptimal, report.ToString());
    }

    [Fact]
    public void SuccessiveShortestPath_SmallBenchInstance_ReproducesKnownOptimum()
    {
        FlowNetwork network;
        using (TextReader reader = TestData.Open("bench", "d100x30.min.gz"))
        {
            network = DimacsReader.Read(reader).GetValueOrThrow();
        }

        Assert.Equal(87_142, new SuccessiveShortestPathSolver().Solve(network).Cost);
    }
}
