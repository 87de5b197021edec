// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Domain;
using Matching.Core.Problem;
using Matching.Core.Results;
using Matching.Core.Rules;
using Matching.Solvers.Assignment;
using Matching.Solvers.Flow;
using Matching.TestUtils;

namespace Matching.Core.Tests;

/// <summary>
/// The engine's own edges (issue 18): the assignment problem it builds, its argument checks, and what it reports when
/// the flow solver fails in each way it can.
/// </summary>
public class EngineEdgeTests
{
    private static readonly Participant[] Program =
    [
        People.Mentee("ann", wants: ["Python"]),
        People.Mentee("bob", wants: ["Sales"], languages: ["German"]),
        People.Mentor("Max", offers: ["Python"], capacity: 2),
        People.Mentor("Noa", offers: ["Sales"], languages: ["German", "English"]),
    ];

    [Fact]
    public void BuildAssignment_HasEveryAllowedPairAndTheLock()
    {
        var engine = new MatchingEngine(new MatchingOptions { LockedPairs = [("ann", "Noa")], MinimumLoad = 1 });

        AssignmentProblem problem = engine.BuildAssignment(MatchingProblem.Create(Program));

        Assert.Equal(2, problem.MenteeCount);
        Assert.Equal(2, problem.MentorCount);
        // ann may take Max or Noa (locked); bob speaks only German, so only Noa.
        Assert.Equal([0, 1, 1], problem.PairMentor.ToArray());
        Assert.Equal([false, true, false], problem.PairLocked.ToArray());
        Assert.Equal([1, 1], problem.MinLoad.ToArray());
        Assert.Equal([2, 1], problem.MaxLoad.ToArray());
    }

    [Fact]
    public void BuildAssignment_LockedPairForbiddenByAHardRule_Throws()
    {
        var engine = new MatchingEngine(new MatchingOptions { LockedPairs = [("bob", "Max")] });

        var error = Assert.Throws<ArgumentException>(() => engine.BuildAssignment(MatchingProblem.Create(Program)));

        Assert.StartsWith("The locked pair 1 → 0 is forbidden by a hard rule (NoSharedLanguage).", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Arguments_AreChecked()
    {
        var engine = new MatchingEngine(null);
        MatchingProblem problem = MatchingProblem.Create(Program);
        MatchingResult result = engine.Solve(problem);

        Assert.Equal(MatchingStatus.Optimal, result.Status);
        Assert.Equal("problem", Assert.Throws<ArgumentNullException>(() => engine.Solve(null!)).ParamName);
        Assert.Equal("rules", Assert.Throws<ArgumentNullException>(() => MatchingEngine.SolveRules(null!)).ParamName);
        Assert.Equal("problem", Assert.Throws<ArgumentNullException>(() => engine.AnalyzePair(null!, result, "ann", "Max")).ParamName);
        Assert.Equal("result", Assert.Throws<ArgumentNullException>(() => engine.AnalyzePair(problem, null!, "ann", "Max")).ParamName);
        Assert.Equal("menteeId", Assert.Throws<ArgumentNullException>(() => engine.AnalyzePair(problem, result, null!, "Max")).ParamName);
        Assert.Equal("mentorId", Assert.Throws<ArgumentNullException>(() => engine.AnalyzePair(problem, result, "ann", null!)).ParamName);
        Assert.True(engine.AnalyzePair(problem, result, "ann", "Max").IsMatched);
    }

    [Fact]
    public void SolveRules_UsesTheRulesOptions()
    {
        ProgramRules rules = ProgramRules.Create(MatchingProblem.Create(Program), new MatchingOptions { LockedPairs = [("ann", "Noa")] });

        MatchingResult result = MatchingEngine.SolveRules(rules);

        Assert.Equal("Noa", result.Matches.Single(m => m.Mentee.Id == "ann").Mentor.Id);
        Assert.Contains(result.Unmatched, u => u.Participant.Id == "bob" && u.Side == Roles.Mentee);
    }

    [Theory]
    [InlineData(FlowStatus.Unbounded, "the rules cannot all be met together: the cost is unbounded below: arc 1 (1->0) closes a negative-cost cycle of unlimited capacity")]
    [InlineData(FlowStatus.OutOfRange, "the rules cannot all be met together: the costs are out of the supported range: (nodes + 1) × max |cost| = 3 × 1000000000000000000 exceeds 2^59 = 576460752303423488")]
    [InlineData(FlowStatus.Infeasible, "the minimum loads, locked pairs and capacities cannot all be met together (each rule alone can)")]
    public void Solve_FlowSolverFails_ReportsWhy(FlowStatus status, string message)
    {
        var engine = new MatchingEngine(new MatchingOptions { FlowSolver = new Failing(status) });

        MatchingResult result = engine.Solve(MatchingProblem.Create(Program));

        Assert.Equal(MatchingStatus.Infeasible, result.Status);
        Assert.Equal(message, result.Message);
        Assert.Empty(result.Matches);
        Assert.Null(result.Certificate);
    }

    [Fact]
    public void Solve_Cancelled_Throws()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();

        Assert.Throws<OperationCanceledException>(() => new MatchingEngine().Solve(MatchingProblem.Create(Program), source.Token));
    }

    /// <summary>Answers every network with the network simplex's real failure of the given kind on a small broken network.</summary>
    private sealed class Failing(FlowStatus status) : IMinCostFlowSolver
    {
        public FlowResult Solve(FlowNetwork network, CancellationToken cancellationToken = default)
        {
            var builder = new FlowNetworkBuilder();
            builder.AddNodes(2);
            switch (status)
            {
                case FlowStatus.Unbounded:
                    builder.AddArc(0, 1, 0, FlowLimits.Infinite, -1);
                    builder.AddArc(1, 0, 0, FlowLimits.Infinite, 0);
                    break;
                case FlowStatus.OutOfRange:
                    builder.SetSupply(0, 1);
                    builder.SetSupply(1, -1);
                    builder.AddArc(0, 1, 0, 1, 1_000_000_000_000_000_000);
                    break;
                default:
                    builder.SetSupply(0, 1);
                    break;
            }

            FlowResult result = new NetworkSimplexSolver().Solve(builder.Build(), cancellationToken);
            Assert.Equal(status, result.Status);
            return result;
        }
    }
}
