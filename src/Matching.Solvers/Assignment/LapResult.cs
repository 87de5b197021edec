// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Solvers.Assignment;

/// <summary>An optimal solution of a rectangular linear assignment problem, with the dual values proving it.</summary>
/// <remarks>
/// Duals satisfy <c>RowDual[i] + ColumnDual[j] ≤ cost[i, j]</c> for every cell, with equality on assigned cells,
/// and <c>ColumnDual[j] = 0</c> for unassigned columns (<c>ColumnDual ≤ 0</c> everywhere), so
/// <c>Σ RowDual + Σ ColumnDual = Cost</c>. Instances are immutable and thread-safe.
/// </remarks>
public sealed class LapResult
{
    private readonly int[] _columnOfRow;
    private readonly long[] _rowDual;
    private readonly long[] _columnDual;

    internal LapResult(int[] columnOfRow, long cost, long[] rowDual, long[] columnDual)
    {
        _columnOfRow = columnOfRow;
        Cost = cost;
        _rowDual = rowDual;
        _columnDual = columnDual;
    }

    /// <summary>Gets the column assigned to every row.</summary>
    public ReadOnlySpan<int> ColumnOfRow => _columnOfRow;

    /// <summary>Gets the total cost of the assignment.</summary>
    public long Cost { get; }

    /// <summary>Gets the dual value of every row.</summary>
    public ReadOnlySpan<long> RowDual => _rowDual;

    /// <summary>Gets the dual value of every column (zero for unassigned columns, never positive).</summary>
    public ReadOnlySpan<long> ColumnDual => _columnDual;
}
