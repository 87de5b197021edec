// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Solvers.Assignment;

namespace Matching.Solvers.Tests.Assignment;

public class LapjvTests
{
    [Fact]
    public void Solve_ThreeByThree_HandWorked()
    {
        //          c0  c1  c2
        //   r0  [   4,  1,  3 ]     optimum: r0→c1 (1), r1→c0 (2), r2→c2 (2) = 5
        //   r1  [   2,  0,  5 ]     (r1→c1 = 0 forces r0 and r2 onto 4+2 or 3+3 = 6 more)
        //   r2  [   3,  2,  2 ]
        LapResult result = Lapjv.Solve([4, 1, 3, 2, 0, 5, 3, 2, 2], 3, 3);

        Assert.Equal(5, result.Cost);
        Assert.Equal([1, 0, 2], result.ColumnOfRow.ToArray());
        AssertDualsCertify([4, 1, 3, 2, 0, 5, 3, 2, 2], 3, 3, result);
    }

    [Fact]
    public void Solve_Rectangular_LeavesTheDearestColumnFree()
    {
        //          c0  c1  c2
        //   r0  [  10,  2,  8 ]     optimum: r0→c1 (2), r1→c2 (1) = 3; column c0 stays free (dual 0)
        //   r1  [   9,  3,  1 ]
        long[] costs = [10, 2, 8, 9, 3, 1];
        LapResult result = Lapjv.Solve(costs, 2, 3);

        Assert.Equal(3, result.Cost);
        Assert.Equal([1, 2], result.ColumnOfRow.ToArray());
        Assert.Equal(0, result.ColumnDual[0]);
        AssertDualsCertify(costs, 2, 3, result);
    }

    [Fact]
    public void Solve_Empty_IsZero()
    {
        LapResult result = Lapjv.Solve([], 0, 0);

        Assert.Equal(0, result.Cost);
        Assert.Equal(0, result.ColumnOfRow.Length);
    }

    [Fact]
    public void Solve_NoRowsSomeColumns_IsZero()
    {
        Assert.Equal(0, Lapjv.Solve([], 0, 4).Cost);
    }

    [Fact]
    public void Solve_OneByOne_TakesTheOnlyCell()
    {
        LapResult result = Lapjv.Solve([-7], 1, 1);

        Assert.Equal(-7, result.Cost);
        Assert.Equal([0], result.ColumnOfRow.ToArray());
    }

    [Fact]
    public void Solve_AllEqual_AnyPermutationCostsTheSame()
    {
        long[] costs = Enumerable.Repeat(5L, 16).ToArray();
        LapResult result = Lapjv.Solve(costs, 4, 4);

        Assert.Equal(20, result.Cost);
        Assert.Equal(4, result.ColumnOfRow.ToArray().Distinct().Count());
        AssertDualsCertify(costs, 4, 4, result);
    }

    [Fact]
    public void Solve_NegativeCosts_Work()
    {
        long[] costs = [-5, -1, -2, -9];
        LapResult result = Lapjv.Solve(costs, 2, 2);

        Assert.Equal(-14, result.Cost);
        AssertDualsCertify(costs, 2, 2, result);
    }

    [Fact]
    public void Solve_ArgumentGuards_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Lapjv.Solve([1, 2], 2, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Lapjv.Solve([], -1, 0));
        Assert.Throws<ArgumentException>(() => Lapjv.Solve([1, 2, 3], 2, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => Lapjv.Solve([long.MaxValue], 1, 1));
    }

    [Fact]
    public void Solve_WhenCancelled_Throws()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        Assert.Throws<OperationCanceledException>(() => Lapjv.Solve([1], 1, 1, source.Token));
    }

    internal static void AssertDualsCertify(long[] costs, int rows, int cols, LapResult result)
    {
        long dual = 0;
        for (int i = 0; i < rows; i++)
        {
            dual += result.RowDual[i];
            for (int j = 0; j < cols; j++)
            {
                Assert.True(result.RowDual[i] + result.ColumnDual[j] <= costs[(i * cols) + j], $"dual infeasible at ({i}, {j})");
            }
        }

        for (int j = 0; j < cols; j++)
        {
            Assert.True(result.ColumnDual[j] <= 0);
            dual += result.ColumnDual[j];
        }

        Assert.Equal(result.Cost, dual);
    }
}
