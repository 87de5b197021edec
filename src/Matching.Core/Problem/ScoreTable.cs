// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Scoring;

namespace Matching.Core.Problem;

/// <summary>
/// The dense table of pair scores of a program, in fixed-point points (score × <see cref="PointsPerScore"/>),
/// one row per mentee and one column per mentor; blocked pairs hold −1 and their <see cref="BlockReason"/>.
/// </summary>
/// <remarks>
/// Integer points make the optimization exact: ties and optimality checks never depend on rounding. Identical rows
/// (mentees with identical answers) are stored once.
/// </remarks>
internal sealed class ScoreTable
{
    /// <summary>Fixed-point scale: a score of 100 is 100,000 points.</summary>
    public const int PointsPerScore = 1000;

    /// <summary>The points of a perfect pair.</summary>
    public const int MaxPoints = 100 * PointsPerScore;

    private readonly int[] _rowOf;
    private readonly int[][] _points;
    private readonly BlockReason[][] _blocked;

    private ScoreTable(int rows, int columns, int[] rowOf, int[][] points, BlockReason[][] blocked)
    {
        Rows = rows;
        Columns = columns;
        _rowOf = rowOf;
        _points = points;
        _blocked = blocked;
    }

    public int Rows { get; }

    public int Columns { get; }

    /// <summary>Gets how many distinct rows the table stores (mentees with identical answers share one).</summary>
    public int DistinctRows => _points.Length;

    public static ScoreTable Compute(ICompatibilityScorer scorer, IReadOnlyList<int> mentees, IReadOnlyList<int> mentors, int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        int rows = mentees.Count;
        int columns = mentors.Count;
        var rowOf = new int[rows];
        var points = new List<int[]>();
        var blocked = new List<BlockReason[]>();
        var byHash = new Dictionary<ulong, List<int>>();
        int[] menteeIndex = [.. mentees];
        int[] mentorIndex = [.. mentors];

        // Rows are independent; mentees with identical answers get identical rows, and a row equal to one already
        // stored (same hash, same contents) shares it, so a survey of repeated answers costs the memory of its distinct
        // rows. Which copy is kept does not change any value, so the table reads the same on any core count.
        Parallel.For(0, rows, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = maxDegreeOfParallelism }, () => new RowScratch(columns), (r, _, row) =>
        {
            int mentee = menteeIndex[r];
            ulong hash = 14695981039346656037UL;
            for (int c = 0; c < columns; c++)
            {
                BlockReason reason = scorer.Check(mentee, mentorIndex[c]);
                row.Blocked[c] = reason;
                row.Points[c] = reason != BlockReason.None ? -1 : ToPoints(scorer.Score(mentee, mentorIndex[c], row.Criteria));
                hash = (hash ^ (uint)row.Points[c] ^ ((ulong)reason << 32)) * 1099511628211UL;
            }

            lock (byHash)
            {
                if (!byHash.TryGetValue(hash, out List<int>? same))
                {
                    byHash[hash] = same = [];
                }

                foreach (int stored in same)
                {
                    if (row.Points.AsSpan().SequenceEqual(points[stored]) && row.Blocked.AsSpan().SequenceEqual(blocked[stored]))
                    {
                        rowOf[r] = stored;
                        return row;
                    }
                }

                rowOf[r] = points.Count;
                same.Add(points.Count);
                points.Add((int[])row.Points.Clone());
                blocked.Add((BlockReason[])row.Blocked.Clone());
            }

            return row;
        }, _ => { });

        return new ScoreTable(rows, columns, rowOf, [.. points], [.. blocked]);
    }

    /// <summary>Converts a 0–100 score to points, rounding half away from zero, clamped to the valid range.</summary>
    public static int ToPoints(double score) =>
        (int)Math.Clamp(Math.Round(score * PointsPerScore, MidpointRounding.AwayFromZero), 0, MaxPoints);

    public int PointsAt(int row, int column) => _points[_rowOf[row]][column];

    public BlockReason BlockAt(int row, int column) => _blocked[_rowOf[row]][column];

    /// <summary>Gets the hard rule of a row with every column, in column order.</summary>
    public ReadOnlySpan<BlockReason> BlockRow(int row) => _blocked[_rowOf[row]];

    public ReadOnlySpan<int> Row(int row) => _points[_rowOf[row]];

    /// <summary>Per-thread scratch: one row being scored.</summary>
    private sealed class RowScratch(int columns)
    {
        public int[] Points { get; } = new int[columns];

        public BlockReason[] Blocked { get; } = new BlockReason[columns];

        public double[] Criteria { get; } = new double[WeightedScorer.CriterionCount];
    }
}
