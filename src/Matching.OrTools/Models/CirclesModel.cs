// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Diagnostics;
using System.Globalization;
using Matching.Core;
using Matching.Core.Domain;
using Matching.Core.Models;
using Matching.Core.Problem;
using Matching.Core.Results;
using Matching.Core.Text;
using Matching.OrTools.Circles;
using Matching.Solvers.Stable;

namespace Matching.OrTools.Models;

/// <summary>
/// Topic circles: every mentor runs one circle per offered skill that some mentee wants (the topic), of at most
/// <see cref="CircleSize"/> members and, when it runs, at least <see cref="MinCircleSize"/>; a mentor takes at most
/// <c>max(1, capacity) × CircleSize</c> members over all their circles; a mentee joins up to
/// <see cref="CirclesPerMentee"/> circles on skills they want, never with a mentor a hard rule forbids. A mentee's
/// interest in a circle is their score with its mentor.
/// <c>optimal</c>: CP-SAT (<see cref="CircleSolver"/>), most mentees in a circle first, then total interest.
/// <c>stable</c>: student-optimal stable allocation (<see cref="StudentProjectAllocation"/>, one circle per mentee,
/// mentors rank mentees by score; minimum size not applied). <c>greedy</c>: fewest options first, best circle with room.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class CirclesModel : IProgramModel
{
    /// <inheritdoc/>
    public ProgramModelKind Kind => ProgramModelKind.Circles;

    /// <inheritdoc/>
    public string Name => "circles";

    /// <inheritdoc/>
    public IReadOnlyList<string> StrategyNames { get; } = ["optimal", "stable", "greedy"];

    /// <summary>Gets the largest circle. Default 6.</summary>
    public int CircleSize { get; init; } = 6;

    /// <summary>Gets the smallest circle that runs. Default 2.</summary>
    public int MinCircleSize { get; init; } = 2;

    /// <summary>Gets K, the most circles one mentee joins. Default 1.</summary>
    public int CirclesPerMentee { get; init; } = 1;

    /// <summary>Gets the solver's time limit. Default 10 s.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets the CP-SAT worker count. Default 2.</summary>
    public int Workers { get; init; } = 2;

    /// <inheritdoc/>
    public ProgramResult Solve(MatchingProblem problem, MatchingOptions options, string strategy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(strategy);
        string name = strategy.Trim().ToLowerInvariant();
        if (!StrategyNames.Contains(name))
        {
            throw new ArgumentException($"Unknown circles strategy '{strategy}'. Known: {string.Join(", ", StrategyNames)}.", nameof(strategy));
        }

        if (CircleSize < 1 || MinCircleSize < 1 || MinCircleSize > CircleSize || CirclesPerMentee < 1)
        {
            throw new ArgumentException("Circle sizes are 1 ≤ minimum ≤ size, and a mentee joins at least one circle.");
        }

        if (name == "stable" && CirclesPerMentee != 1)
        {
            throw new ArgumentException("The stable strategy places each mentee in one circle (K = 1).", nameof(strategy));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var clock = Stopwatch.StartNew();
        int n = problem.Mentees.Count, m = problem.Mentors.Count;
        Participant Mentee(int i) => problem.Participants[problem.Mentees[i]];
        Participant Mentor(int j) => problem.Participants[problem.Mentors[j]];
        int[] points = GroupInputs.Points(problem, options);

        // Circles: (mentor, topic) for every offered skill some mentee wants, in mentor order then topic order.
        var circles = new List<(int Mentor, string Topic)>();
        for (int j = 0; j < m; j++)
        {
            if (Mentor(j).Capacity <= 0)
            {
                continue;
            }

            foreach (string topic in Mentor(j).SkillsOffered.Order(StringComparer.OrdinalIgnoreCase))
            {
                if (Enumerable.Range(0, n).Any(i => Wants(Mentee(i), topic) && points[(i * m) + j] >= 0))
                {
                    circles.Add((j, topic));
                }
            }
        }

        int c = circles.Count;
        var interest = new int[n * c];
        for (int i = 0; i < n; i++)
        {
            for (int k = 0; k < c; k++)
            {
                int p = points[(i * m) + circles[k].Mentor];
                interest[(i * c) + k] = Wants(Mentee(i), circles[k].Topic) && p >= 0 ? (int)Math.Round((double)p / GroupInputs.PointsPerScore) : -1;
            }
        }

        int[] facilitatorCapacity = [.. Enumerable.Range(0, m).Select(j => Math.Max(1, Mentor(j).Capacity) * CircleSize)];
        int[] circleMentor = [.. circles.Select(x => x.Mentor)];
        int[] circleCapacity = [.. circles.Select(_ => CircleSize)];
        List<int>[] joined = [.. Enumerable.Range(0, n).Select(_ => new List<int>())];
        string? proof = null;
        switch (name)
        {
            case "optimal":
                var circleProblem = new CircleProblem(n, c, interest, circleCapacity, circleMentor, facilitatorCapacity, CirclesPerMentee) { MinCircleSize = MinCircleSize };
                CircleResult solved = CircleSolver.Solve(circleProblem, TimeLimit, Workers);
                if (solved.Status == CircleStatus.Unknown)
                {
                    return new ProgramResult(Kind, name, MatchingStatus.Infeasible, [], [], null, "the time limit passed before CP-SAT found circles") { Runtime = clock.Elapsed };
                }

                for (int i = 0; i < n; i++)
                {
                    joined[i].AddRange(solved.CirclesOfMentee[i]);
                }

                proof = string.Create(CultureInfo.InvariantCulture, $"{(solved.Status == CircleStatus.Optimal ? "optimal" : "feasible")} (objective {solved.Objective:N0}, bound {solved.BestBound:N0}, gap {solved.Gap:0.##%})");
                break;
            case "stable":
                int[][] studentPreferences = [.. Enumerable.Range(0, n).Select(i => Enumerable.Range(0, c).Where(k => interest[(i * c) + k] >= 0).OrderByDescending(k => interest[(i * c) + k]).ThenBy(k => k).ToArray())];
                int[][] mentorPreferences = [.. Enumerable.Range(0, m).Select(j => Enumerable.Range(0, n).Where(i => points[(i * m) + j] >= 0).OrderByDescending(i => points[(i * m) + j]).ThenBy(i => i).ToArray())];
                int[] circleOf = StudentProjectAllocation.StudentOptimal(studentPreferences, circleMentor, circleCapacity, mentorPreferences, facilitatorCapacity);
                for (int i = 0; i < n; i++)
                {
                    if (circleOf[i] >= 0)
                    {
                        joined[i].Add(circleOf[i]);
                    }
                }

                proof = "stable (no mentee and circle would both rather be together)";
                break;
            default:
                Greedy(n, c, interest, circleCapacity, circleMentor, facilitatorCapacity, joined);
                break;
        }

        var placements = new List<Placement>();
        for (int k = 0; k < c; k++)
        {
            int[] members = [.. Enumerable.Range(0, n).Where(i => joined[i].Contains(k))];
            if (members.Length == 0)
            {
                continue;
            }

            double score = Math.Round(members.Average(i => (double)points[(i * m) + circles[k].Mentor]) / GroupInputs.PointsPerScore, 1);
            placements.Add(new Group(Mentor(circles[k].Mentor), [.. members.Select(Mentee)], score, [circles[k].Topic]));
        }

        TextCatalog text = TextCatalog.For(options.Language);
        var unmatched = new List<UnmatchedParticipant>();
        for (int i = 0; i < n; i++)
        {
            if (joined[i].Count > 0)
            {
                continue;
            }

            bool any = Enumerable.Range(0, c).Any(k => interest[(i * c) + k] >= 0);
            string reason = !any ? text.NoCircleOfInterest : name == "greedy" ? text.NotPlacedByGreedy : text.CirclesFull;
            unmatched.Add(new UnmatchedParticipant(Mentee(i), Roles.Mentee, reason));
        }

        return new ProgramResult(Kind, name, MatchingStatus.Optimal, placements, unmatched, proof, null) { Runtime = clock.Elapsed };
    }

    private static bool Wants(Participant mentee, string topic) =>
        mentee.SkillsWanted.Any(s => string.Equals(s, topic, StringComparison.OrdinalIgnoreCase));

    private void Greedy(int n, int c, int[] interest, int[] circleCapacity, int[] circleMentor, int[] facilitatorCapacity, List<int>[] joined)
    {
        var size = new int[c];
        var load = new int[facilitatorCapacity.Length];
        int[] order = [.. Enumerable.Range(0, n).OrderBy(i => Enumerable.Range(0, c).Count(k => interest[(i * c) + k] >= 0)).ThenBy(i => i)];
        foreach (int i in order)
        {
            foreach (int k in Enumerable.Range(0, c).Where(k => interest[(i * c) + k] >= 0).OrderByDescending(k => interest[(i * c) + k]).ThenBy(k => k))
            {
                if (joined[i].Count < CirclesPerMentee && size[k] < circleCapacity[k] && load[circleMentor[k]] < facilitatorCapacity[circleMentor[k]])
                {
                    joined[i].Add(k);
                    size[k]++;
                    load[circleMentor[k]]++;
                }
            }
        }

        // Circles below the minimum size do not run.
        for (int k = 0; k < c; k++)
        {
            if (size[k] > 0 && size[k] < MinCircleSize)
            {
                foreach (List<int> list in joined)
                {
                    list.Remove(k);
                }
            }
        }
    }
}
