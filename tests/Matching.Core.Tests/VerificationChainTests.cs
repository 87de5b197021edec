// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Domain;
using Matching.Core.Problem;
using Matching.Core.Results;
using Matching.Core.Strategies;
using Matching.Solvers.Flow;
using Matching.TestUtils;

namespace Matching.Core.Tests;

/// <summary>
/// The chain "unverified answer → refused": a flow solver that answers a different network than it was asked is
/// caught by the independent certificate, and neither the engine nor a strategy reports its answer as a matching.
/// </summary>
public class VerificationChainTests
{
    private static readonly Participant[] Program =
    [
        People.Mentee("ann", wants: ["Python", "SQL"]),
        People.Mentee("bo", wants: ["Sales"]),
        People.Mentee("cy", wants: ["SQL"]),
        People.Mentor("max", offers: ["Python", "SQL"], capacity: 2),
        People.Mentor("noa", offers: ["Sales"], capacity: 1),
    ];

    [Fact]
    public void Engine_HonestSolver_IsOptimalAndVerified()
    {
        MatchingResult result = new MatchingEngine(new MatchingOptions { FlowSolver = new Lying(reverseCosts: false) })
            .Solve(MatchingProblem.Create(Program));

        Assert.Equal(MatchingStatus.Optimal, result.Status);
        Assert.True(result.Certificate!.IsOptimal);
        Assert.Equal(3, result.Matches.Count);
    }

    [Fact]
    public void Engine_LyingSolver_ReportsNoMatching()
    {
        MatchingResult result = new MatchingEngine(new MatchingOptions { FlowSolver = new Lying(reverseCosts: true) })
            .Solve(MatchingProblem.Create(Program));

        Assert.Equal(MatchingStatus.Unverified, result.Status);
        Assert.Empty(result.Matches);
        Assert.Empty(result.Unmatched);
        Assert.False(result.Certificate!.IsOptimal);
        Assert.StartsWith("the solver's answer failed its optimality check: NOT verified", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OptimalStrategy_LyingSolver_Throws()
    {
        var options = new MatchingOptions { FlowSolver = new Lying(reverseCosts: true) };
        IMatchingStrategy optimal = MatchingStrategies.Create("optimal", options: options);

        var error = Assert.Throws<InvalidOperationException>(() => optimal.Solve(MatchingProblem.Create(Program)));

        Assert.Contains("failed its optimality check", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Solves the network with every arc cost reversed (when lying) and returns that answer as the answer to the original.</summary>
    private sealed class Lying(bool reverseCosts) : IMinCostFlowSolver
    {
        public FlowResult Solve(FlowNetwork network, CancellationToken cancellationToken = default)
        {
            if (!reverseCosts)
            {
                return new NetworkSimplexSolver().Solve(network, cancellationToken);
            }

            var builder = new FlowNetworkBuilder(network.NodeCount, network.ArcCount);
            builder.AddNodes(network.NodeCount);
            for (int v = 0; v < network.NodeCount; v++)
            {
                builder.SetSupply(v, network.Supply[v]);
            }

            for (int a = 0; a < network.ArcCount; a++)
            {
                builder.AddArc(network.Source[a], network.Target[a], network.Lower[a], network.Capacity[a], -network.Cost[a]);
            }

            return new NetworkSimplexSolver().Solve(builder.Build(), cancellationToken);
        }
    }
}
