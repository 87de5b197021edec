// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Solvers.Assignment;
using Matching.Solvers.Flow;
using Matching.TestUtils;

namespace Matching.PropertyTests.Assignment;

/// <summary>Assignment problems with every rule: both flow engines agree with exhaustive enumeration.</summary>
public class AssignmentProperties
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(300);

    [Fact]
    public void Solve_RandomSmallProblem_BothEnginesMatchBruteForce()
    {
        Prop.ForAll(Arbitraries.SmallAssignmentProblem(), assignmentCase =>
        {
            AssignmentProblem problem = assignmentCase.Problem;
            var expected = BruteForce.Assignment(problem);
            AssignmentResult simplex = new AssignmentSolver(new NetworkSimplexSolver()).Solve(problem, TestTime.Limit());
            AssignmentResult ssp = new AssignmentSolver(new SuccessiveShortestPathSolver()).Solve(problem, TestTime.Limit());

            Assert.Equal(expected is null ? FlowStatus.Infeasible : FlowStatus.Optimal, simplex.Status);
            Assert.Equal(simplex.Status, ssp.Status);
            if (expected is { } best)
            {
                Assert.Equal(best.Cost, simplex.Cost);
                Assert.Equal(best.Cost, ssp.Cost);
                Assert.True(simplex.Certificate!.IsOptimal, simplex.Certificate.ToString());
                Assert.True(ssp.Certificate!.IsOptimal, ssp.Certificate.ToString());

                // The reported assignment itself obeys every rule and costs what is claimed.
                Assert.Equal(best.Cost, BruteForce.CostOf(problem, simplex.MentorOf));
                Assert.Equal(best.Cost, BruteForce.CostOf(problem, ssp.MentorOf));
            }
            else
            {
                Assert.False(string.IsNullOrEmpty(simplex.Message));
            }
        }).Check(Runs);
    }
}
