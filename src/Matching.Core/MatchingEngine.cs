// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Domain;
using Matching.Core.Problem;
using Matching.Core.Results;
using Matching.Core.Scoring;
using Matching.Solvers.Assignment;
using Matching.Solvers.Flow;

namespace Matching.Core;

/// <summary>
/// Matches a program optimally: maximum total score under the hard rules and mentor capacities, solved exactly as a
/// min-cost flow, verified by an independent certificate, and explained pair by pair.
/// </summary>
/// <remarks>
/// <para>
/// Objective (fixed point, <see cref="ScoreTable.PointsPerScore"/> points per score point): a pair costs
/// <c>100,000 − points</c>; an unmatched mentee costs the penalty. The default penalty is
/// <c>(mentees + 1) × 100,000</c>, larger than any total pair cost, so every optimum matches as many mentees as
/// possible and, among those matchings, has the highest total score.
/// </para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class MatchingEngine
{
    private readonly MatchingOptions _options;

    /// <summary>Initializes an engine.</summary>
    /// <param name="options">Matching options; null for <see cref="MatchingOptions.Default"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The unmatched penalty is negative or not finite.</exception>
    public MatchingEngine(MatchingOptions? options = null)
    {
        _options = options ?? MatchingOptions.Default;
        if (_options.UnmatchedPenalty is double penalty && (!double.IsFinite(penalty) || penalty < 0))
        {
            throw new ArgumentOutOfRangeException(nameof(options), penalty, "The unmatched penalty must be a finite number ≥ 0.");
        }
    }

    /// <summary>Builds the integer assignment problem that <see cref="Solve"/> optimizes.</summary>
    /// <param name="problem">The scored program.</param>
    /// <returns>The assignment problem; mentee i and mentor j are positions in <see cref="MatchingProblem.Mentees"/> and <see cref="MatchingProblem.Mentors"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="problem"/> is null.</exception>
    public AssignmentProblem BuildAssignment(MatchingProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        int n = problem.Mentees.Count;
        int m = problem.Mentors.Count;
        long penalty = _options.UnmatchedPenalty is double points
            ? checked((long)Math.Round(points * ScoreTable.PointsPerScore, MidpointRounding.AwayFromZero))
            : checked((n + 1L) * ScoreTable.MaxPoints);
        var builder = new AssignmentProblemBuilder(n, m, penalty);
        for (int j = 0; j < m; j++)
        {
            builder.SetMentor(j, 0, Math.Max(0, problem.Participants[problem.Mentors[j]].Capacity));
        }

        for (int i = 0; i < n; i++)
        {
            ReadOnlySpan<int> row = problem.Scores.Row(i);
            for (int j = 0; j < m; j++)
            {
                if (row[j] >= 0)
                {
                    builder.AddPair(i, j, ScoreTable.MaxPoints - row[j]);
                }
            }
        }

        return builder.Build();
    }

    /// <summary>Finds the optimal matching of <paramref name="problem"/>.</summary>
    /// <param name="problem">The scored program.</param>
    /// <param name="cancellationToken">Cancels a long solve.</param>
    /// <returns>The matching with explanations, or the rule that cannot be met.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="problem"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public MatchingResult Solve(MatchingProblem problem, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        AssignmentProblem assignment = BuildAssignment(problem);
        var solver = new AssignmentSolver(_options.FlowSolver ?? DefaultFlowSolver());
        AssignmentResult solution = solver.Solve(assignment, cancellationToken);
        if (!solution.Success)
        {
            return new MatchingResult(MatchingStatus.Infeasible, [], [], [], null, 0, solution.Message);
        }

        var explainer = new Explainer(problem.Participants, problem.Scorer);
        var matches = new List<Match>();
        var load = new int[problem.Mentors.Count];
        ReadOnlySpan<int> mentorOf = solution.MentorOf;
        for (int i = 0; i < problem.Mentees.Count; i++)
        {
            int j = mentorOf[i];
            if (j < 0)
            {
                continue;
            }

            load[j]++;
            int mentee = problem.Mentees[i];
            int mentor = problem.Mentors[j];
            double score = problem.Scores.PointsAt(i, j) / (double)ScoreTable.PointsPerScore;
            matches.Add(new Match(problem.Participants[mentee], problem.Participants[mentor], score, explainer.Explain(mentee, mentor)));
        }

        var unmatched = new List<UnmatchedParticipant>();
        for (int i = 0; i < problem.Mentees.Count; i++)
        {
            if (mentorOf[i] < 0)
            {
                Participant p = problem.Participants[problem.Mentees[i]];
                unmatched.Add(new UnmatchedParticipant(p, Roles.Mentee, WhyMenteeUnmatched(problem, i)));
            }
        }

        var loads = new List<MentorLoad>();
        for (int j = 0; j < problem.Mentors.Count; j++)
        {
            Participant p = problem.Participants[problem.Mentors[j]];
            loads.Add(new MentorLoad(p, load[j], p.Capacity));
            if (load[j] == 0)
            {
                unmatched.Add(new UnmatchedParticipant(p, Roles.Mentor, WhyMentorUnmatched(problem, j, mentorOf)));
            }
        }

        return new MatchingResult(MatchingStatus.Optimal, matches, unmatched, loads, solution.Certificate, solution.Cost, null);
    }

    private static IMinCostFlowSolver DefaultFlowSolver() => new SuccessiveShortestPathSolver();

    private string WhyMenteeUnmatched(MatchingProblem problem, int i)
    {
        int compatible = 0;
        var blocks = new Dictionary<BlockReason, int>();
        for (int j = 0; j < problem.Mentors.Count; j++)
        {
            BlockReason block = problem.BlockOf(i, j);
            if (block == BlockReason.None)
            {
                compatible++;
            }
            else if (block != BlockReason.SamePerson)
            {
                blocks[block] = blocks.GetValueOrDefault(block) + 1;
            }
        }

        if (problem.Mentors.Count == 0)
        {
            return "the program has no mentors";
        }

        if (compatible == 0)
        {
            string rules = string.Join(", ", blocks.OrderByDescending(b => b.Value).ThenBy(b => b.Key).Select(b => $"{b.Value} × {Describe(b.Key)}"));
            return $"no compatible mentor: every mentor is ruled out by a hard rule ({rules})";
        }

        if (_options.UnmatchedPenalty is double penalty)
        {
            return $"leaving this mentee unmatched cost less ({penalty:0.#} points) than any of the {compatible} compatible mentors would have added given the others' matches";
        }

        return $"all {compatible} compatible mentor(s) are fully booked, and no reassignment frees a place without leaving someone else unmatched";
    }

    private static string WhyMentorUnmatched(MatchingProblem problem, int j, ReadOnlySpan<int> mentorOf)
    {
        Participant mentor = problem.Participants[problem.Mentors[j]];
        if (mentor.Capacity <= 0)
        {
            return "capacity is 0";
        }

        int compatible = 0;
        int stillUnmatched = 0;
        for (int i = 0; i < problem.Mentees.Count; i++)
        {
            if (problem.BlockOf(i, j) == BlockReason.None)
            {
                compatible++;
                if (mentorOf[i] < 0)
                {
                    stillUnmatched++;
                }
            }
        }

        if (compatible == 0)
        {
            return "no mentee is compatible (hard rules such as a shared language rule out every mentee)";
        }

        return stillUnmatched == 0
            ? $"all {compatible} compatible mentee(s) were matched to mentors who suit them better"
            : $"{stillUnmatched} compatible mentee(s) stayed unmatched because matching them here would lower the total score by more than the unmatched penalty";
    }

    private static string Describe(BlockReason block) => block switch
    {
        BlockReason.NoSharedLanguage => "no shared language",
        BlockReason.TooLittleOverlap => "too little weekly overlap",
        BlockReason.SameDepartment => "same department",
        BlockReason.NoCapacity => "mentor takes no mentees",
        BlockReason.SamePerson => "same person",
        _ => block.ToString(),
    };
}
