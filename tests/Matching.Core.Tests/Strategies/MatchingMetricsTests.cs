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
    // Loads A 2, B 1, C 0 of capacities 2, 1, 1 → shares used 1, 1, 0 → Gini = Σ|xi − xj| / (2 k² mean) = 4 / (2 · 9 · 2/3) = 1/3.
    // Envy (both sides prefer higher points): m0 (B) prefers A, held by m1 and m2 → envious, 2 envy pairs; m1 (A) prefers
    // B, held by m0 → envious, 1 pair; m2 (A 50): B ties, C is worse → not; m3 has no allowed mentor → not. 2 mentees, 3 pairs.
    // Mentor ranks: A holds m1 (60: m0 90 above → 2) and m2 (50: m0, m1 above → 3) → 2.5; B holds m0 (80: m1 85 above → 2).
    // Groups: IT 2 mentees, 1 matched (0.5), mean 50, mean rank 1, envy 0; Sales 2 mentees, 2 matched (1.0), mean 70, rank 2, envy 1.
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
        Assert.Equal(1 / 3.0, metrics.MentorLoadGini, 9);
        Assert.Equal(2, metrics.EnviousMentees);
        Assert.Equal(3, metrics.EnvyPairs);
        Assert.Equal([1.0, 2.0, 2.0], metrics.MenteeRanks);
        Assert.Equal([2.0, 2.5], metrics.MentorMeanRanks);
        Assert.Equal(0.75, metrics.CapacityUsedShare);
        Assert.Equal(1, metrics.IdleMentors);
        Assert.Equal(TimeSpan.FromMilliseconds(12), metrics.Runtime);
        Assert.Equal([50.0, 60.0, 80.0], metrics.MatchedScores);
        Assert.Equal([2, 1, 0], metrics.MentorLoads);
        Assert.Equal(
            [new GroupMetrics("IT", 2, 1, 0.5, 50) { MeanMenteeRank = 1, EnvyShare = 0 }, new GroupMetrics("Sales", 2, 2, 1.0, 70) { MeanMenteeRank = 2, EnvyShare = 1 }],
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
    public void Compute_FromProblem_GroupsByMenteeDepartment_PoolingGroupsSmallerThanTheMinimum()
    {
        // Five IT mentees are shown; the single mentee without a department is below the minimum of 5 and, pooled
        // alone, still below it, so no row describes them.
        Participant[] all =
        [
            .. Enumerable.Range(0, 5).Select(k => new Participant { Id = $"a{k}", Name = $"a{k}", Roles = Roles.Mentee, Languages = People.Tags("English"), Department = " IT " }),
            People.Mentor("M", capacity: 6),
            People.Mentee("b"),
        ];
        MatchingProblem problem = MatchingProblem.Create(all);

        MatchingMetrics metrics = MatchingMetrics.Compute(problem, new OptimalStrategy().Solve(problem));

        Assert.Equal(MatchingDefaults.MinimumReportedGroupSize, 5);
        Assert.Equal(["IT"], metrics.Groups.Select(g => g.Group));
        Assert.Equal(5, metrics.Groups[0].Mentees);
        Assert.Equal(6, metrics.Matched);
        Assert.Equal(0, metrics.BlockingPairs);
    }
}
