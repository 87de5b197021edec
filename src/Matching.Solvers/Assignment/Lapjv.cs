// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Runtime.CompilerServices;

namespace Matching.Solvers.Assignment;

/// <summary>
/// Dense rectangular linear assignment (every row to a distinct column, rows ≤ columns) by Jonker–Volgenant
/// shortest augmenting paths: R. Jonker, A. Volgenant, "A shortest augmenting path algorithm for dense and sparse
/// linear assignment problems", Computing 38 (1987) 325–340; in the rectangular form of D. F. Crouse, "On implementing
/// 2D rectangular assignment algorithms", IEEE Trans. Aerospace and Electronic Systems 52(4), 2016.
/// </summary>
/// <remarks>
/// <para>
/// Rows are added one at a time. For each, a Dijkstra search over the columns on reduced costs
/// <c>cost[i, j] − u[i] − v[j] ≥ 0</c> (dense, O(columns) per scanned row, no heap) finds a shortest augmenting path
/// to a free column; the duals of the scanned rows and columns are then shifted by their distance so that reduced
/// costs stay non-negative and the new path is tight, and the path is flipped. JV's column-reduction and
/// augmenting-row-reduction start heuristics assume a square problem and are omitted, as in Crouse's rectangular form.
/// </para>
/// <para>
/// Invariants after each row: <c>u[i] + v[j] ≤ cost[i, j]</c> everywhere, equality on assigned cells, <c>v[j] = 0</c>
/// on free columns and <c>v ≤ 0</c>: the duals of <see cref="LapResult"/>, which prove optimality.
/// O(rows² · columns) time worst case, O(rows · columns) for the input and O(rows + columns) extra memory.
/// </para>
/// <para>The class is stateless and thread-safe.</para>
/// </remarks>
public static class Lapjv
{
    /// <summary>Solves the assignment problem for a row-major <paramref name="rows"/> × <paramref name="columns"/> cost matrix.</summary>
    /// <param name="costs">The costs, row-major, <c>rows · columns</c> entries.</param>
    /// <param name="rows">The number of rows.</param>
    /// <param name="columns">The number of columns, at least <paramref name="rows"/>.</param>
    /// <param name="cancellationToken">Checked once per row.</param>
    /// <returns>The optimal assignment, its cost and duals.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A dimension is negative, there are more rows than columns, or a cost's magnitude exceeds
    /// <c>2⁶² / (rows + 1)</c> (so that no dual can overflow).
    /// </exception>
    /// <exception cref="ArgumentException"><paramref name="costs"/> does not have <c>rows · columns</c> entries.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static LapResult Solve(ReadOnlySpan<long> costs, int rows, int columns, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(columns);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rows, columns);
        if (costs.Length != (long)rows * columns)
        {
            throw new ArgumentException($"Expected {(long)rows * columns} costs for {rows} × {columns}, got {costs.Length}.", nameof(costs));
        }

        long limit = (1L << 62) / (rows + 1);
        for (int k = 0; k < costs.Length; k++)
        {
            if (costs[k] > limit || costs[k] < -limit)
            {
                throw new ArgumentOutOfRangeException(nameof(costs), costs[k], $"Costs must lie within ±{limit} for {rows} rows.");
            }
        }

        var u = new long[rows];
        var v = new long[columns];
        var columnOfRow = new int[rows];
        var rowOfColumn = new int[columns];
        Array.Fill(columnOfRow, -1);
        Array.Fill(rowOfColumn, -1);
        var distance = new long[columns];
        var predecessor = new int[columns];
        var remaining = new int[columns];
        var scannedRow = new bool[rows];
        var scannedColumn = new bool[columns];

        for (int current = 0; current < rows; current++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int sink = Augment(costs, columns, current, u, v, columnOfRow, rowOfColumn, distance, predecessor, remaining, scannedRow, scannedColumn, out long minDistance);

            // Dual update: shift the scanned rows and columns by how much closer than the sink they are.
            u[current] += minDistance;
            for (int i = 0; i < rows; i++)
            {
                if (scannedRow[i] && i != current)
                {
                    u[i] += minDistance - distance[columnOfRow[i]];
                }
            }

            for (int j = 0; j < columns; j++)
            {
                if (scannedColumn[j])
                {
                    v[j] -= minDistance - distance[j];
                }
            }

            // Flip the augmenting path.
            for (int j = sink; ;)
            {
                int i = predecessor[j];
                rowOfColumn[j] = i;
                (columnOfRow[i], j) = (j, columnOfRow[i]);
                if (i == current)
                {
                    break;
                }
            }
        }

        long total = 0;
        for (int i = 0; i < rows; i++)
        {
            total = checked(total + costs[(i * columns) + columnOfRow[i]]);
        }

        return new LapResult(columnOfRow, total, u, v);
    }

    /// <summary>Dijkstra from row <paramref name="start"/> to the nearest free column; returns that column.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Augment(
        ReadOnlySpan<long> costs,
        int columns,
        int start,
        long[] u,
        long[] v,
        int[] columnOfRow,
        int[] rowOfColumn,
        long[] distance,
        int[] predecessor,
        int[] remaining,
        bool[] scannedRow,
        bool[] scannedColumn,
        out long minDistance)
    {
        Array.Fill(distance, long.MaxValue);
        Array.Clear(scannedRow);
        Array.Clear(scannedColumn);
        for (int j = 0; j < columns; j++)
        {
            remaining[j] = columns - 1 - j;
        }

        int remainingCount = columns;
        long min = 0;
        int i = start;
        while (true)
        {
            scannedRow[i] = true;
            ReadOnlySpan<long> row = costs.Slice(i * columns, columns);
            long ui = u[i];
            long lowest = long.MaxValue;
            int lowestAt = -1;
            for (int k = 0; k < remainingCount; k++)
            {
                int j = remaining[k];
                long reduced = min + row[j] - ui - v[j];
                if (reduced < distance[j])
                {
                    predecessor[j] = i;
                    distance[j] = reduced;
                }

                // Among equally near columns prefer a free one: it ends the search sooner.
                if (distance[j] < lowest || (distance[j] == lowest && rowOfColumn[j] < 0))
                {
                    lowest = distance[j];
                    lowestAt = k;
                }
            }

            min = lowest;
            int column = remaining[lowestAt];
            scannedColumn[column] = true;
            remaining[lowestAt] = remaining[--remainingCount];
            if (rowOfColumn[column] < 0)
            {
                minDistance = min;
                return column;
            }

            i = rowOfColumn[column];
        }
    }
}
