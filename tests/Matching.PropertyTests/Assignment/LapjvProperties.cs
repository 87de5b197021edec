// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Solvers.Assignment;
using Matching.Solvers.Flow;
using Matching.TestUtils;

namespace Matching.PropertyTests.Assignment;

/// <summary>LAPJV against the flow engine and against its own dual certificate.</summary>
public class LapjvProperties
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(300);

    [Fact]
    public void Solve_RandomRectangularMatrix_MatchesNetworkSimplexAndDualsCertify()
    {
        Prop.ForAll(Arbitraries.SmallRectangularMatrix(), matrix =>
        {
            var (rows, cols, costs) = matrix;
            LapResult lap = Lapjv.Solve(costs, rows, cols, TestTime.Limit());

            // A permutation: every row has its own column.
            var used = new bool[cols];
            long cost = 0;
            for (int i = 0; i < rows; i++)
            {
                int j = lap.ColumnOfRow[i];
                Assert.False(used[j]);
                used[j] = true;
                cost += costs[(i * cols) + j];
            }

            Assert.Equal(cost, lap.Cost);

            // Dual feasibility and strong duality.
            long dual = 0;
            for (int i = 0; i < rows; i++)
            {
                dual += lap.RowDual[i];
                for (int j = 0; j < cols; j++)
                {
                    Assert.True(lap.RowDual[i] + lap.ColumnDual[j] <= costs[(i * cols) + j]);
                }
            }

            for (int j = 0; j < cols; j++)
            {
                Assert.True(lap.ColumnDual[j] <= 0);
                dual += lap.ColumnDual[j];
            }

            Assert.Equal(lap.Cost, dual);

            // The same problem as a flow: rows supply 1, columns lead to a sink that absorbs all rows.
            var builder = new FlowNetworkBuilder();
            builder.AddNodes(rows + cols + 1);
            for (int i = 0; i < rows; i++)
            {
                builder.SetSupply(i, 1);
                for (int j = 0; j < cols; j++)
                {
                    builder.AddArc(i, rows + j, 0, 1, costs[(i * cols) + j]);
                }
            }

            for (int j = 0; j < cols; j++)
            {
                builder.AddArc(rows + j, rows + cols, 0, 1, 0);
            }

            builder.SetSupply(rows + cols, -rows);
            FlowResult flow = new NetworkSimplexSolver().Solve(builder.Build(), TestTime.Limit());
            Assert.True(flow.Success);
            Assert.Equal(flow.Cost, lap.Cost);
        }).Check(Runs);
    }
}
