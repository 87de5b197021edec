// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Diagnostics;
using System.Globalization;
using Matching.Core;
using Matching.Core.Domain;
using Matching.Core.Models;
using Matching.Core.Problem;
using Matching.Core.Results;
using Matching.Core.Text;
using Matching.OrTools.Pods;

namespace Matching.OrTools.Models;

/// <summary>
/// Pods: a mentor leads one pod of <see cref="MinPodSize"/>..<see cref="MaxPodSize"/> mentees (capped by capacity) or
/// none, the whole pod shares at least <see cref="MinSharedHours"/> hours a week, members alike in goals and wanted
/// skills earn cohesion. <c>optimal</c> solves with CP-SAT (<see cref="PodSolver"/>: objective, bound and gap);
/// <c>greedy</c> is the solver's feasible start, as a baseline.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class PodsModel : IProgramModel
{
    /// <inheritdoc/>
    public ProgramModelKind Kind => ProgramModelKind.Pods;

    /// <inheritdoc/>
    public string Name => "pods";

    /// <inheritdoc/>
    public IReadOnlyList<string> StrategyNames { get; } = ["optimal", "greedy"];

    /// <summary>Gets the smallest pod that runs. Default 3.</summary>
    public int MinPodSize { get; init; } = 3;

    /// <summary>Gets the largest pod. Default 6.</summary>
    public int MaxPodSize { get; init; } = 6;

    /// <summary>Gets the weekly hours a whole pod must share (0 = no window rule). Default 1.</summary>
    public int MinSharedHours { get; init; } = 1;

    /// <summary>Gets the score points one pair of identical members adds (cohesion weight). Default 10.</summary>
    public int CohesionPoints { get; init; } = 10;

    /// <summary>Gets the solver's time limit. Default 10 s.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets the CP-SAT worker count. Default 2.</summary>
    public int Workers { get; init; } = 2;

    /// <summary>Gets the quotas every result must meet.</summary>
    public IReadOnlyList<GroupQuota> Quotas { get; init; } = [];

    /// <inheritdoc/>
    public ProgramResult Solve(MatchingProblem problem, MatchingOptions options, string strategy, CancellationToken cancellationToken = default) =>
        SolvePods(problem, options, strategy, cancellationToken).Result;

    /// <summary>Solves and returns the solver's figures and failed quotas beside the program result.</summary>
    /// <param name="problem">The scored program.</param>
    /// <param name="options">The program's rules (excluded pairs, language).</param>
    /// <param name="strategy"><c>optimal</c> or <c>greedy</c>.</param>
    /// <param name="cancellationToken">Checked before solving.</param>
    /// <returns>The outcome; an impossible quota gives status Infeasible and <see cref="PodsOutcome.FailedQuotas"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The strategy is unknown or the pod sizes are out of range.</exception>
    public PodsOutcome SolvePods(MatchingProblem problem, MatchingOptions options, string strategy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(strategy);
        string name = strategy.Trim().ToLowerInvariant();
        if (!StrategyNames.Contains(name))
        {
            throw new ArgumentException($"Unknown pods strategy '{strategy}'. Known: {string.Join(", ", StrategyNames)}.", nameof(strategy));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var clock = Stopwatch.StartNew();
        int n = problem.Mentees.Count, m = problem.Mentors.Count;
        Participant Mentee(int i) => problem.Participants[problem.Mentees[i]];
        Participant Mentor(int j) => problem.Participants[problem.Mentors[j]];
        var quotaPeople = new Dictionary<string, IReadOnlyList<Participant>>(StringComparer.Ordinal);
        var quotaOwner = new Dictionary<string, string>(StringComparer.Ordinal);
        var podQuotas = new List<PodQuota>();
        foreach (GroupQuota q in Quotas)
        {
            int[] group = [.. Enumerable.Range(0, n).Where(i => q.Concerns(Mentee(i)))];
            if (q.EveryMentorServed)
            {
                podQuotas.Add(new EveryMentorServedQuota(q.Name));
                quotaOwner[q.Name] = q.Name;
                quotaPeople[q.Name] = [.. Enumerable.Range(0, m).Where(j => Mentor(j).Capacity > 0).Select(Mentor)];
            }
            else if (q.MaxPerPod is int most)
            {
                var groups = q.Value is not null || q.Field is null
                    ? [(q.Name, group)]
                    : Enumerable.Range(0, n).Where(i => GroupQuota.ValueOf(Mentee(i), q.Field) is not null)
                        .GroupBy(i => GroupQuota.ValueOf(Mentee(i), q.Field)!.Trim().ToUpperInvariant())
                        .Select(g => ($"{q.Name} [{g.Key}]", g.ToArray())).ToList();
                foreach (var (label, members) in groups)
                {
                    podQuotas.Add(new MaxPerPodQuota(label, members, most));
                    quotaOwner[label] = q.Name;
                    quotaPeople[label] = [.. members.Select(Mentee)];
                }
            }
            else
            {
                podQuotas.Add(new MinMatchedQuota(q.Name, group, q.MinMatched, q.MinPercent / 100.0));
                quotaOwner[q.Name] = q.Name;
                quotaPeople[q.Name] = [.. group.Select(Mentee)];
            }
        }

        var pods = new PodProblem(n, m, GroupInputs.Points(problem, options), [.. Enumerable.Range(0, m).Select(j => Mentor(j).Capacity)], MinPodSize, MaxPodSize)
        {
            MenteeAvailability = [.. Enumerable.Range(0, n).Select(i => GroupInputs.Mask(Mentee(i)))],
            MentorAvailability = [.. Enumerable.Range(0, m).Select(j => GroupInputs.Mask(Mentor(j)))],
            MinSharedHours = MinSharedHours,
            Similarity = CohesionPoints > 0 ? GroupInputs.Similarity(problem) : null,
            CohesionWeight = CohesionPoints * GroupInputs.PointsPerScore / 100,
            Quotas = podQuotas,
        };
        pods.Validate();
        TextCatalog text = TextCatalog.For(options.Language);

        PodResult solved;
        if (name == "greedy")
        {
            var data = new PodData(pods);
            int[] assign = PodGreedy.Start(data);
            var evaluation = data.Evaluate(assign);
            solved = new PodResult(PodStatus.Feasible, assign, PodsOf(pods, assign))
            {
                Matched = assign.Count(a => a >= 0),
                Objective = evaluation.Objective,
                BestBound = data.FlowBound().Bound,
                Elapsed = clock.Elapsed,
                Method = "greedy",
            };
        }
        else
        {
            solved = PodSolver.Solve(pods, new PodSolverOptions { TimeLimit = TimeLimit, Workers = Workers });
        }

        if (solved.Status is PodStatus.QuotaInfeasible or PodStatus.Unknown)
        {
            var failures = solved.ImpossibleQuotas
                .GroupBy(label => quotaOwner.GetValueOrDefault(label, label))
                .Select(g => new QuotaFailure(g.Key, [.. g.SelectMany(label => quotaPeople.GetValueOrDefault(label, [])).Distinct()], solved.QuotaProofComplete))
                .ToList();
            string message = solved.Status == PodStatus.Unknown
                ? text.QuotaTimeLimit
                : text.QuotaImpossible(failures.Select(f => f.Name));
            var failed = new ProgramResult(Kind, name, MatchingStatus.Infeasible, [], [], null, message) { Runtime = clock.Elapsed };
            return new PodsOutcome(failed, [], 0, solved.BestBound, 1, failures);
        }

        // Quotas the greedy start leaves short are reported, not hidden.
        var shortQuotas = podQuotas.Where(q => !q.IsMet(pods, solved.MentorOfMentee)).Select(q => quotaOwner[q.Name]).Distinct().ToList();
        var placements = new List<Placement>();
        foreach (Pod pod in solved.Pods)
        {
            var members = pod.Members.Select(Mentee).ToList();
            double score = pod.Members.Count == 0 ? 0 : Math.Round((double)pod.Score / pod.Members.Count / GroupInputs.PointsPerScore, 1);
            int pairs = pod.Members.Count * (pod.Members.Count - 1) / 2;
            double cohesion = pairs == 0 ? 0 : Math.Round((double)pod.Cohesion / pairs, 1);
            placements.Add(new Group(Mentor(pod.Mentor), [.. members], score, [text.PodSharedHours(members.Count + 1, pod.SharedWindow.Count), text.PodCohesion(cohesion)]));
        }

        var unmatched = new List<UnmatchedParticipant>();
        var points = pods.Scores;
        for (int i = 0; i < n; i++)
        {
            if (solved.MentorOfMentee[i] >= 0)
            {
                continue;
            }

            int allowed = 0, withTime = 0;
            for (int j = 0; j < m; j++)
            {
                if (points[(i * m) + j] >= 0 && Mentor(j).Capacity > 0)
                {
                    allowed++;
                    withTime += pods.MenteeAvailability[i].And(pods.MentorAvailability[j]).Count >= MinSharedHours ? 1 : 0;
                }
            }

            string reason = allowed == 0
                ? text.GroupNoCompatibleMentor
                : withTime == 0
                    ? text.PodNoSharedHours(MinSharedHours)
                    : name == "greedy" ? text.NotPlacedByGreedy : text.PodsFull;
            unmatched.Add(new UnmatchedParticipant(Mentee(i), Roles.Mentee, reason));
        }

        var leading = new HashSet<int>(solved.Pods.Select(p => p.Mentor));
        for (int j = 0; j < m; j++)
        {
            if (!leading.Contains(j) && Mentor(j).Capacity > 0)
            {
                unmatched.Add(new UnmatchedParticipant(Mentor(j), Roles.Mentor, text.MentorWithoutPod(MinPodSize)));
            }
        }

        string proof = string.Create(CultureInfo.InvariantCulture, $"{(solved.Status == PodStatus.Optimal ? "optimal" : solved.Method == "greedy" ? "greedy" : "feasible")} (objective {solved.Objective:N0}, bound {solved.BestBound:N0}, gap {solved.Gap:0.##%})");
        var result = new ProgramResult(Kind, name, MatchingStatus.Optimal, placements, unmatched, proof, shortQuotas.Count > 0 ? "quotas not met: " + string.Join(", ", shortQuotas) : null)
        {
            Runtime = clock.Elapsed,
        };
        return new PodsOutcome(result, solved.Pods, solved.Objective, solved.BestBound, solved.Gap, []);
    }

    private static List<Pod> PodsOf(PodProblem problem, int[] assign)
    {
        var pods = new List<Pod>();
        for (int j = 0; j < problem.MentorCount; j++)
        {
            int[] members = [.. Enumerable.Range(0, problem.MenteeCount).Where(i => assign[i] == j)];
            if (members.Length == 0)
            {
                continue;
            }

            WeekMask window = problem.MentorAvailability?[j] ?? WeekMask.Always;
            long score = 0, cohesion = 0;
            foreach (int i in members)
            {
                window = window.And(problem.MenteeAvailability?[i] ?? WeekMask.Always);
                score += problem.Scores[(i * problem.MentorCount) + j];
            }

            for (int a = 0; a < members.Length; a++)
            {
                for (int b = a + 1; b < members.Length; b++)
                {
                    cohesion += problem.Similarity?[(members[a] * problem.MenteeCount) + members[b]] ?? 0;
                }
            }

            pods.Add(new Pod(j, members, window, score, cohesion));
        }

        return pods;
    }
}
