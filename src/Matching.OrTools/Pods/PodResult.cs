// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.OrTools.Pods;

/// <summary>Outcome of a pod solve.</summary>
public enum PodStatus
{
    /// <summary>The assignment is proven optimal (objective = bound).</summary>
    Optimal,

    /// <summary>The assignment meets every rule and quota; the bound says how far from optimal it can be.</summary>
    Feasible,

    /// <summary>
    /// No assignment meets every quota: proven when <see cref="PodResult.QuotaProofComplete"/>, otherwise the named
    /// quotas were not reached within the time limit. <see cref="PodResult.ImpossibleQuotas"/> names them.
    /// </summary>
    QuotaInfeasible,

    /// <summary>The time limit passed before any assignment meeting the quotas was found.</summary>
    Unknown,
}

/// <summary>One pod: a mentor, the members, the hours they all share, and the points the pod earns.</summary>
/// <param name="Mentor">Mentor index.</param>
/// <param name="Members">Mentee indices, increasing.</param>
/// <param name="SharedWindow">The AND of the mentor's and every member's availability (UTC).</param>
/// <param name="Score">Sum of the members' pair scores with the mentor.</param>
/// <param name="Cohesion">Sum of the similarity of every pair of members (before the cohesion weight).</param>
public sealed record Pod(int Mentor, IReadOnlyList<int> Members, WeekMask SharedWindow, long Score, long Cohesion);

/// <summary>
/// Result of <see cref="PodSolver.Solve"/>. The objective is
/// <c>CoverageWeight · Matched + ScoreTotal + CohesionWeight · CohesionTotal</c>, where the coverage weight exceeds
/// any possible score-plus-cohesion total, so more matched mentees always win.
/// </summary>
public sealed class PodResult
{
    internal PodResult(PodStatus status, int[] mentorOfMentee, IReadOnlyList<Pod> pods)
    {
        Status = status;
        MentorOfMentee = mentorOfMentee;
        Pods = pods;
    }

    /// <summary>Gets the status.</summary>
    public PodStatus Status { get; }

    /// <summary>Gets the mentor of each mentee, −1 = unmatched (all −1 unless Optimal or Feasible).</summary>
    public IReadOnlyList<int> MentorOfMentee { get; }

    /// <summary>Gets the pods that run (size in range), ordered by mentor.</summary>
    public IReadOnlyList<Pod> Pods { get; }

    /// <summary>Gets the number of matched mentees.</summary>
    public int Matched { get; init; }

    /// <summary>Gets the sum of the matched pairs' scores.</summary>
    public long ScoreTotal { get; init; }

    /// <summary>Gets the sum over pods of the similarity of every pair of members (unweighted).</summary>
    public long CohesionTotal { get; init; }

    /// <summary>Gets the points one matched mentee is worth in the objective.</summary>
    public long CoverageWeight { get; init; }

    /// <summary>Gets the objective value of the assignment.</summary>
    public long Objective { get; init; }

    /// <summary>Gets a proven upper bound on the objective of any assignment (≥ <see cref="Objective"/>).</summary>
    public long BestBound { get; init; }

    /// <summary>Gets the relative gap <c>(BestBound − Objective) / max(1, BestBound)</c>.</summary>
    public double Gap => BestBound <= 0 ? 0 : (double)(BestBound - Objective) / BestBound;

    /// <summary>Gets a proven upper bound on the number of mentees any assignment matches.</summary>
    public int MatchedBound { get; init; }

    /// <summary>
    /// Gets the gap of the quality part alone, <c>(bound on score + cohesion − achieved) / bound</c>, where the
    /// bound is the objective bound minus <c>CoverageWeight · Matched</c>. Meaningful when
    /// <see cref="Matched"/> = <see cref="MatchedBound"/>; otherwise the coverage itself is not proven optimal.
    /// </summary>
    public double QualityGap
    {
        get
        {
            long quality = Objective - (CoverageWeight * Matched);
            long qualityBound = BestBound - (CoverageWeight * Matched);
            return qualityBound <= 0 ? 0 : (double)(qualityBound - quality) / qualityBound;
        }
    }

    /// <summary>Gets how the result was found: <c>"cp-sat"</c> (one model), <c>"lns"</c> (large-neighbourhood search) or <c>"precheck"</c> (quota impossible on its face).</summary>
    public string Method { get; init; } = "cp-sat";

    /// <summary>Gets the number of large-neighbourhood steps run (0 for <c>"cp-sat"</c>).</summary>
    public int NeighbourhoodsSolved { get; init; }

    /// <summary>Gets the number of large-neighbourhood steps that improved the objective.</summary>
    public int NeighbourhoodsImproved { get; init; }

    /// <summary>Gets the names of the quotas that cannot be met (status <see cref="PodStatus.QuotaInfeasible"/>).</summary>
    public IReadOnlyList<string> ImpossibleQuotas { get; init; } = [];

    /// <summary>Gets whether the impossibility of <see cref="ImpossibleQuotas"/> is proven (not just unreached).</summary>
    public bool QuotaProofComplete { get; init; }

    /// <summary>Gets a one-line explanation for a non-optimal status (no personal data), or null.</summary>
    public string? Diagnostic { get; init; }

    /// <summary>Gets the wall-clock time of the solve.</summary>
    public TimeSpan Elapsed { get; init; }
}
