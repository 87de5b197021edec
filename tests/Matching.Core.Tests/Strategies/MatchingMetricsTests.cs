// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Domain;
using Matching.Core.Problem;
using Matching.Core.Strategies;
using Matching.TestUtils;

namespace Matching.Core.Tests.Strategies;

public class MatchingMetricsTests
{
    // Fixture: 4 mentees × 3 mentors, scores (− = blocked); capacities A 2, B 1, C 1.
    //
    //              A     B     C    group   matched to   rank of that mentor (1 + strictly better)
    //   m0        90    80    70    Sales   B (80)       2 (A is better)
    //   m1        60    85     −    Sales   A (60)       2 (B is better)
    //   m2        50    50    40    IT      A (50)       1 (B ties, nothing better)
    //   m3         −     −     −    IT      —            —
    //
    // matched 3 of 4 (0.75); total 190, mean 63.33, median 60, min 50; top-1 1/4, top-3 3/4.
    // Blocking pairs: (m0, A): m0 prefers 90 > 80 and A's worst is m2 at 50 < 90;
    //                 (m1, B): m1 prefers 85 > 60 and B's only mentee m0 scores 80 < 85.
    //                 (m0, C) no: 70 < 80. (m2, B) no: 50 is not better than 50. (m2, C) no: 40 < 50.  → 2.
    // Loads A 2, B 1, C 0 → Gini = Σ|xi − xj| / (2 k² mean) = 8 / (2 · 9 · 1) = 4/9.
    // Groups: IT 2 mentees, 1 matched (0.5), mean 50; Sales 2 mentees, 2 matched (1.0), mean 70.
    private static readonly int[] Points =
    [
        90_000, 80_000, 70_000,
        60_000, 85_000, -1,
        50_000, 50_000, 40_000,
        -1, -1, -1,
    ];

    private static readonly int[] Capacity = [2, 1, 1];
    private static readonly string[] Groups = ["Sales", "Sales", "IT", "IT"];

    [Fact]
    public void Compute_HandWorkedFixture_MatchesTable()
    {
        MatchingMetrics metrics = MatchingMetrics.Compute("test", Points, 3, Capacity, [1, 0, 0, -1], Groups, TimeSpan.FromMilliseconds(12));

        Assert.Equal("test", metrics.Strategy);
        Assert.Equal(4, metrics.Mentees);
        Assert.Equal(3, metrics.Matched);
        Assert.Equal(0.75, metrics.MatchedShare);
        Assert.Equal(190, metrics.TotalScore, 9);
        Assert.Equal(190 / 3.0, metrics.MeanScore!.Value, 9);
        Assert.Equal(60, metrics.MedianScore);
        Assert.Equal(50, metrics.MinimumScore);
        Assert.Equal(0.25, metrics.Top1Share);
        Assert.Equal(0.75, metrics.Top3Share);
        Assert.Equal(2, metrics.BlockingPairs);
        Assert.Equal(4 / 9.0, metrics.MentorLoadGini, 9);
        Assert.Equal(TimeSpan.FromMilliseconds(12), metrics.Runtime);
        Assert.Equal([50.0, 60.0, 80.0], metrics.MatchedScores);
        Assert.Equal([2, 1, 0], metrics.MentorLoads);
        Assert.Equal(
            [new GroupMetrics("IT", 2, 1, 0.5, 50), new GroupMetrics("Sales", 2, 2, 1.0, 70)],
            metrics.Groups);
    }

    [Fact]
    public void Compute_EmptyMatching_HasNoScoresAndZeroGini()
    {
        MatchingMetrics metrics = MatchingMetrics.Compute("none", Points, 3, Capacity, [-1, -1, -1, -1], Groups, TimeSpan.Zero);

        Assert.Equal(0, metrics.Matched);
        Assert.Null(metrics.MeanScore);
        Assert.Null(metrics.MedianScore);
        Assert.Null(metrics.MinimumScore);
        Assert.Equal(0, metrics.MentorLoadGini);

        // Every allowed pair blocks: all mentees are free and every mentor has a free place. 3 + 2 + 3 = 8.
        Assert.Equal(8, metrics.BlockingPairs);
        Assert.Equal(0.0, metrics.Groups[1].MatchRate);
        Assert.Null(metrics.Groups[1].MeanScore);
    }

    [Fact]
    public void Compute_InvalidMatching_Throws()
    {
        Assert.Throws<ArgumentException>(() => MatchingMetrics.Compute("x", Points, 3, Capacity, [-1, 2, -1, -1], Groups, TimeSpan.Zero));
        Assert.Throws<ArgumentException>(() => MatchingMetrics.Compute("x", Points, 3, Capacity, [1, 1, -1, -1], Groups, TimeSpan.Zero));
    }

    [Fact]
    public void Compute_FromProblem_GroupsByMenteeDepartment()
    {
        Participant[] all =
        [
            new Participant { Id = "a", Name = "a", Roles = Roles.Mentee, Languages = People.Tags("English"), Department = " IT " },
            People.Mentor("M", capacity: 2),
            People.Mentee("b"),
        ];
        MatchingProblem problem = MatchingProblem.Create(all);

        MatchingMetrics metrics = MatchingMetrics.Compute(problem, new OptimalStrategy().Solve(problem));

        Assert.Equal(["(none)", "IT"], metrics.Groups.Select(g => g.Group));
        Assert.Equal(2, metrics.Matched);
        Assert.Equal(0, metrics.BlockingPairs);
    }
}
