// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Scoring;

namespace Matching.Core.Problem;

/// <summary>
/// The dense table of pair scores of a program, in fixed-point points (score × <see cref="PointsPerScore"/>),
/// one row per mentee and one column per mentor; blocked pairs hold −1 and their <see cref="BlockReason"/>.
/// </summary>
/// <remarks>Integer points make the optimization exact: ties and optimality checks never depend on rounding.</remarks>
internal sealed class ScoreTable
{
    /// <summary>Fixed-point scale: a score of 100 is 100,000 points.</summary>
    public const int PointsPerScore = 1000;

    /// <summary>The points of a perfect pair.</summary>
    public const int MaxPoints = 100 * PointsPerScore;

    private readonly int[] _points;
    private readonly BlockReason[] _blocked;

    private ScoreTable(int rows, int columns, int[] points, BlockReason[] blocked)
    {
        Rows = rows;
        Columns = columns;
        _points = points;
        _blocked = blocked;
    }

    public int Rows { get; }

    public int Columns { get; }

    public static ScoreTable Compute(ICompatibilityScorer scorer, IReadOnlyList<int> mentees, IReadOnlyList<int> mentors, int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        int rows = mentees.Count;
        int columns = mentors.Count;
        var points = new int[rows * columns];
        var blocked = new BlockReason[rows * columns];
        int[] menteeIndex = [.. mentees];
        int[] mentorIndex = [.. mentors];

        // Rows are independent and each writes only its own slice, so the table is identical on any core count.
        Parallel.For(0, rows, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = maxDegreeOfParallelism }, () => new double[WeightedScorer.CriterionCount], (r, _, criteria) =>
        {
            int mentee = menteeIndex[r];
            int offset = r * columns;
            for (int c = 0; c < columns; c++)
            {
                BlockReason reason = scorer.Check(mentee, mentorIndex[c]);
                if (reason != BlockReason.None)
                {
                    blocked[offset + c] = reason;
                    points[offset + c] = -1;
                }
                else
                {
                    points[offset + c] = ToPoints(scorer.Score(mentee, mentorIndex[c], criteria));
                }
            }

            return criteria;
        }, _ => { });

        return new ScoreTable(rows, columns, points, blocked);
    }

    /// <summary>Converts a 0–100 score to points, rounding half away from zero, clamped to the valid range.</summary>
    public static int ToPoints(double score) =>
        (int)Math.Clamp(Math.Round(score * PointsPerScore, MidpointRounding.AwayFromZero), 0, MaxPoints);

    public int PointsAt(int row, int column) => _points[(row * Columns) + column];

    public BlockReason BlockAt(int row, int column) => _blocked[(row * Columns) + column];

    public ReadOnlySpan<int> Row(int row) => _points.AsSpan(row * Columns, Columns);
}
