// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.OrTools.Pods;

namespace Matching.OrTools.Tests.Pods;

public class PodSolverTests
{
    private static readonly PodSolverOptions Exact = new() { TimeLimit = TimeSpan.FromSeconds(20), Workers = 1 };

    private static readonly Gen<int> Seeds = Gen.Choose(0, int.MaxValue);

    [Fact]
    public void Solve_RandomSmallProgram_MatchesBruteForceAndKeepsEveryRule()
    {
        Prop.ForAll(Arb.From(Seeds), seed =>
        {
            var p = RandomPrograms.Small(seed, quotas: seed % 2 == 0);
            var expected = PodOracle.Best(p);
            var r = PodSolver.Solve(p, Exact);
            if (expected is null)
            {
                Assert.Equal(PodStatus.QuotaInfeasible, r.Status);
                Assert.True(r.QuotaProofComplete);
                Assert.NotEmpty(r.ImpossibleQuotas);
                Assert.All(r.ImpossibleQuotas, name => Assert.Contains(p.Quotas, q => q.Name == name));
                return;
            }

            Assert.Equal(PodStatus.Optimal, r.Status);
            Assert.Null(PodOracle.Violation(p, r.MentorOfMentee));
            Assert.Equal(expected.Value, PodOracle.Value(p, r.MentorOfMentee));
            Assert.Equal(expected.Value.Matched, r.Matched);
            Assert.Equal((r.CoverageWeight * r.Matched) + PodOracle.Value(p, r.MentorOfMentee).Quality, r.Objective);
            Assert.Equal(r.Objective, r.BestBound);
            Assert.True(r.MatchedBound >= r.Matched);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(120));
    }

    [Fact]
    public void Solve_NeighbourhoodSearch_ValidBoundedAndNeverAboveBruteForce()
    {
        var options = new PodSolverOptions
        {
            ForceNeighbourhoodSearch = true,
            TimeLimit = TimeSpan.FromSeconds(0.3),
            NeighbourhoodTimeLimit = TimeSpan.FromSeconds(0.1),
            NeighbourhoodMentors = 2,
            Workers = 1,
        };
        Prop.ForAll(Arb.From(Seeds), seed =>
        {
            var p = RandomPrograms.Small(seed, quotas: true);
            var expected = PodOracle.Best(p);
            var r = PodSolver.Solve(p, options with { Seed = seed });
            if (r.Status == PodStatus.QuotaInfeasible)
            {
                Assert.NotEmpty(r.ImpossibleQuotas);
                Assert.All(r.MentorOfMentee, j => Assert.Equal(-1, j));
                return;
            }

            Assert.True(r.Status is PodStatus.Feasible or PodStatus.Optimal, r.Status.ToString());
            Assert.NotNull(expected);
            Assert.Null(PodOracle.Violation(p, r.MentorOfMentee));
            Assert.True(PodOracle.Value(p, r.MentorOfMentee).CompareTo(expected.Value) <= 0);
            Assert.True(r.BestBound >= r.Objective, $"bound {r.BestBound} < objective {r.Objective}");
            long optimum = (r.CoverageWeight * expected.Value.Matched) + expected.Value.Quality;
            Assert.True(r.BestBound >= optimum, $"bound {r.BestBound} < optimum {optimum}");
            Assert.True(r.MatchedBound >= expected.Value.Matched);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(15));
    }

    [Fact]
    public void Solve_MondayAndTuesdayMentees_GivesOneMondayPodAndOneTuesdayPod()
    {
        // Two mentors free all week with capacity 3; three mentees free only Monday 18:00, three only Tuesday 18:00.
        var monday = WeekMask.FromHours([18]);
        var tuesday = WeekMask.FromHours([24 + 18]);
        var p = new PodProblem(6, 2, Enumerable.Repeat(10, 12).ToArray(), [3, 3], 3, 6)
        {
            MenteeAvailability = [monday, monday, monday, tuesday, tuesday, tuesday],
        };

        var r = PodSolver.Solve(p, Exact);

        Assert.Equal(PodStatus.Optimal, r.Status);
        Assert.Equal(6, r.Matched);
        Assert.Equal(2, r.Pods.Count);
        Assert.Contains(r.Pods, pod => pod.Members.SequenceEqual([0, 1, 2]) && pod.SharedWindow == monday);
        Assert.Contains(r.Pods, pod => pod.Members.SequenceEqual([3, 4, 5]) && pod.SharedWindow == tuesday);
    }

    [Fact]
    public void Solve_SixMenteesThreeMentorsMinimumTwo_NoPodOfOne()
    {
        // Mentor 0 scores best with everyone, but pods of 2..6: no "5 / 0 / 1" split.
        int[] scores = [.. Enumerable.Range(0, 6).SelectMany(i => new[] { 9, 1, i == 5 ? 8 : 1 })];
        var p = new PodProblem(6, 3, scores, [5, 5, 5], 2, 6) { MinSharedHours = 0 };

        var r = PodSolver.Solve(p, Exact);

        Assert.Equal(PodStatus.Optimal, r.Status);
        Assert.Equal(6, r.Matched);
        Assert.All(r.Pods, pod => Assert.InRange(pod.Members.Count, 2, 5));
    }

    [Fact]
    public void Solve_CohesionWeight_GroupsAlikeMentees()
    {
        // Four mentees, two mentors with pods of exactly 2; scores are equal, 0–1 and 2–3 are alike.
        int[] sim = new int[16];
        sim[1] = sim[4] = 10;
        sim[(2 * 4) + 3] = sim[(3 * 4) + 2] = 10;
        var p = new PodProblem(4, 2, Enumerable.Repeat(5, 8).ToArray(), [2, 2], 2, 2)
        {
            MinSharedHours = 0,
            CohesionWeight = 1,
            Similarity = sim,
        };

        var r = PodSolver.Solve(p, Exact);

        Assert.Equal(20, r.CohesionTotal);
        Assert.Equal(r.MentorOfMentee[0], r.MentorOfMentee[1]);
        Assert.Equal(r.MentorOfMentee[2], r.MentorOfMentee[3]);
    }

    [Fact]
    public void Solve_ReachQuota_MatchesTheUnderServedMentee()
    {
        // Two places, three mentees; mentee 2 (Sales) scores lowest but the quota asks for every Sales mentee.
        var p = new PodProblem(3, 1, [10, 9, 1], [2], 1, 2)
        {
            MinSharedHours = 0,
            Quotas = [new MinMatchedQuota("Sales reach", [2], MinFraction: 1.0)],
        };

        var r = PodSolver.Solve(p, Exact);

        Assert.Equal(PodStatus.Optimal, r.Status);
        Assert.Equal(0, r.MentorOfMentee[2]);
        Assert.Equal(0, r.MentorOfMentee[0]);
        Assert.Equal(-1, r.MentorOfMentee[1]);
    }

    [Fact]
    public void Solve_QuotaBeyondTheGroup_ReportsItByName()
    {
        var p = new PodProblem(3, 1, [10, 9, 1], [3], 1, 3)
        {
            MinSharedHours = 0,
            Quotas = [new MinMatchedQuota("Sales reach", [2], MinCount: 2), new MaxPerPodQuota("department", [0, 1], 1)],
        };

        var r = PodSolver.Solve(p, Exact);

        Assert.Equal(PodStatus.QuotaInfeasible, r.Status);
        Assert.Equal(["Sales reach"], r.ImpossibleQuotas);
        Assert.Contains("Sales reach", r.Diagnostic, StringComparison.Ordinal);
    }

    [Fact]
    public void Solve_QuotasInfeasibleTogether_ReportsTheShortQuota()
    {
        // One pod of at most 2; the reach quota wants mentees 0 and 1, the department rule allows one of them.
        var p = new PodProblem(3, 1, [10, 9, 1], [2], 1, 2)
        {
            MinSharedHours = 0,
            Quotas = [new MinMatchedQuota("reach", [0, 1], MinCount: 2), new MaxPerPodQuota("department", [0, 1], 1)],
        };

        var r = PodSolver.Solve(p, Exact);

        Assert.Equal(PodStatus.QuotaInfeasible, r.Status);
        Assert.True(r.QuotaProofComplete);
        Assert.Equal(["reach"], r.ImpossibleQuotas);
    }

    [Fact]
    public void Solve_EveryMentorServedWithoutCandidates_ReportsIt()
    {
        var p = new PodProblem(2, 2, [5, -1, 5, -1], [2, 2], 1, 2)
        {
            Quotas = [new EveryMentorServedQuota("every mentor")],
        };

        var r = PodSolver.Solve(p, Exact);

        Assert.Equal(PodStatus.QuotaInfeasible, r.Status);
        Assert.Equal(["every mentor"], r.ImpossibleQuotas);
    }

    [Fact]
    public void Solve_MalformedProblem_Throws()
    {
        Assert.Throws<ArgumentException>(() => PodSolver.Solve(new PodProblem(2, 1, [1], [2], 1, 2)));
        Assert.Throws<ArgumentException>(() => PodSolver.Solve(new PodProblem(1, 1, [1], [2], 3, 2)));
    }
}
