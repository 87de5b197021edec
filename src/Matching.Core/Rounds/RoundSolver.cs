// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using Matching.Core.Domain;
using Matching.Core.Problem;
using Matching.Core.Results;
using Matching.Core.Scoring;
using Matching.Solvers.Assignment;
using Matching.Solvers.Flow;

namespace Matching.Core.Rounds;

/// <summary>
/// Matches a scored program optimally under a <see cref="RoundPlan"/>: the engine's model (coverage first, then the
/// best total score, or a finite unmatched penalty) plus the plan's forbidden and locked pairs, pair adjustments,
/// mentee tiers, effective capacities and load penalties; exact and certified like the engine.
/// </summary>
/// <remarks>
/// <para>
/// Costs (fixed point, <see cref="ScoreTable.PointsPerScore"/> per score point): a pair costs
/// <c>shift − points − adjustment</c> with <c>shift</c> the largest bonus above 100,000 (so no cost is negative);
/// the k-th mentee of a mentor adds (k − 1) × its load penalty. A tier-0 mentee left unmatched costs the unmatched
/// penalty (coverage first: more than any difference between two matchings); a tier-t mentee costs more than
/// (mentees + 1) times every tier-below cost together, so tiers are strictly lexicographic.
/// </para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public static class RoundSolver
{
    /// <summary>Solves <paramref name="problem"/> under <paramref name="plan"/>.</summary>
    /// <param name="problem">The scored program.</param>
    /// <param name="plan">The plan; its ids refer to participants of <paramref name="problem"/> (unknown ids are ignored, as people leave between rounds).</param>
    /// <param name="options">The matching options (unmatched penalty, load penalty, minimum load, forbidden and locked pairs, language, solver).</param>
    /// <param name="cancellationToken">Cancels a long solve.</param>
    /// <returns>The matching, with mentor loads against effective capacity and reasons that name the plan's rules.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A locked pair is forbidden, blocked by a hard rule, or names an unknown person.</exception>
    /// <exception cref="OverflowException">The program is too large for three lexicographic tiers.</exception>
    public static MatchingResult Solve(MatchingProblem problem, RoundPlan plan, MatchingOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(plan);
        options ??= MatchingOptions.Default;
        var model = new Model(problem, plan, options);
        AssignmentProblem assignment = model.Build();
        var solver = new AssignmentSolver(options.FlowSolver ?? new NetworkSimplexSolver());
        AssignmentResult solution = solver.Solve(assignment, cancellationToken);
        if (!solution.Success)
        {
            string message = solution.Status == FlowStatus.Infeasible
                ? "the locked pairs, minimum loads and effective capacities cannot all be met together"
                : solution.Message ?? solution.Status.ToString();
            return new MatchingResult(MatchingStatus.Infeasible, [], [], [], null, 0, message);
        }

        return model.Result(solution.MentorOf.ToArray(), solution.Certificate, solution.Cost);
    }

    /// <summary>Returns each mentee position's mentor position (−1 for none) of a result of <paramref name="problem"/>.</summary>
    /// <param name="problem">The scored program.</param>
    /// <param name="result">A matching of it.</param>
    /// <returns>The positions.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static int[] PositionsOf(MatchingProblem problem, MatchingResult result)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(result);
        var menteeAt = new Dictionary<Participant, int>(ReferenceEqualityComparer.Instance);
        var mentorAt = new Dictionary<Participant, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < problem.Mentees.Count; i++)
        {
            menteeAt[problem.Participants[problem.Mentees[i]]] = i;
        }

        for (int j = 0; j < problem.Mentors.Count; j++)
        {
            mentorAt[problem.Participants[problem.Mentors[j]]] = j;
        }

        var mentorOf = new int[problem.Mentees.Count];
        Array.Fill(mentorOf, -1);
        foreach (Match match in result.Matches)
        {
            mentorOf[menteeAt[match.Mentee]] = mentorAt[match.Mentor];
        }

        return mentorOf;
    }

    /// <summary>Builds a result from given pairs (no solve): for an active program plus one placement.</summary>
    internal static MatchingResult FromPositions(MatchingProblem problem, RoundPlan plan, MatchingOptions options, int[] mentorOf) =>
        new Model(problem, plan, options).Result(mentorOf, null, 0);

    /// <summary>The assignment model of one program under one plan.</summary>
    internal sealed class Model
    {
        private readonly MatchingProblem _problem;
        private readonly RoundPlan _plan;
        private readonly MatchingOptions _options;
        private readonly int[] _capacity;
        private readonly int[] _tier;
        private readonly bool[] _excluded;
        private readonly HashSet<(int Mentee, int Mentor)> _forbidden = [];
        private readonly Dictionary<(int Mentee, int Mentor), long> _adjustment = [];
        private readonly HashSet<(int Mentee, int Mentor)> _locked = [];
        private readonly long[] _slot;

        public Model(MatchingProblem problem, RoundPlan plan, MatchingOptions options)
        {
            _problem = problem;
            _plan = plan;
            _options = options;
            int n = problem.Mentees.Count;
            int m = problem.Mentors.Count;
            var menteeAt = new PeopleIndex([.. problem.Mentees.Select(i => problem.Participants[i])]);
            var mentorAt = new PeopleIndex([.. problem.Mentors.Select(j => problem.Participants[j])]);
            _capacity = new int[m];
            _slot = new long[m];
            for (int j = 0; j < m; j++)
            {
                Participant mentor = problem.Participants[problem.Mentors[j]];
                int capacity = Math.Max(0, mentor.Capacity);
                _capacity[j] = plan.MentorCapacities.TryGetValue(mentor.Id, out int effective) ? Math.Clamp(effective, 0, capacity) : capacity;
                _slot[j] = Points(options.LoadPenalty + plan.MentorLoadPenalties.GetValueOrDefault(mentor.Id));
            }

            _tier = new int[n];
            _excluded = new bool[n];
            for (int i = 0; i < n; i++)
            {
                Participant mentee = problem.Participants[problem.Mentees[i]];
                _tier[i] = Math.Clamp(plan.MenteeTiers.GetValueOrDefault(mentee.Id), 0, 2);
                _excluded[i] = plan.ExcludedMentees.ContainsKey(mentee.Id);
            }

            foreach (var (menteeId, mentorId) in plan.ForbiddenPairs.Keys.Concat(options.ForbiddenPairs))
            {
                if (menteeAt.Find(menteeId) is int i and >= 0 && mentorAt.Find(mentorId) is int j and >= 0)
                {
                    _forbidden.Add((i, j));
                }
            }

            foreach (var ((menteeId, mentorId), points) in plan.PairAdjustments)
            {
                if (menteeAt.Find(menteeId) is int i and >= 0 && mentorAt.Find(mentorId) is int j and >= 0)
                {
                    _adjustment[(i, j)] = _adjustment.GetValueOrDefault((i, j)) + Points(points);
                }
            }

            foreach (var (menteeId, mentorId) in plan.LockedPairs.Concat(options.LockedPairs))
            {
                int i = menteeAt.Find(menteeId);
                int j = mentorAt.Find(mentorId);
                if (i < 0 || j < 0)
                {
                    throw new ArgumentException($"The kept pair {menteeId} → {mentorId} names someone who is not in the program.", nameof(plan));
                }

                if (_forbidden.Contains((i, j)) || problem.PointsAt(i, j) < 0)
                {
                    throw new ArgumentException($"The kept pair {menteeId} → {mentorId} is forbidden ({Reason(i, j)}).", nameof(plan));
                }

                _locked.Add((i, j));
            }
        }

        /// <summary>Gets whether mentee position i may be paired with mentor position j under the plan.</summary>
        public bool Allows(int i, int j) => !_excluded[i] && _capacity[j] > 0 && !_forbidden.Contains((i, j)) && _problem.PointsAt(i, j) >= 0;

        /// <summary>Gets a mentor position's effective capacity.</summary>
        public int CapacityOf(int j) => _capacity[j];

        public AssignmentProblem Build()
        {
            int n = _problem.Mentees.Count;
            int m = _problem.Mentors.Count;
            long bonus = Math.Max(0, _adjustment.Values.DefaultIfEmpty(0).Max());
            long malus = Math.Max(0, -_adjustment.Values.DefaultIfEmpty(0).Min());
            long shift = ScoreTable.MaxPoints + bonus;
            int maxCapacity = _capacity.DefaultIfEmpty(1).Max();
            long perMatch = checked(shift + malus + (Math.Max(0, maxCapacity - 1) * _slot.DefaultIfEmpty(0).Max()));
            long baseline = _options.UnmatchedPenalty is double penalty
                ? checked(Points(penalty) + bonus)
                : checked((n + 1L) * perMatch);
            var tierCost = new long[3];
            tierCost[0] = baseline;
            long below = checked(perMatch + baseline);
            for (int t = 1; t <= _tier.DefaultIfEmpty(0).Max(); t++)
            {
                tierCost[t] = checked(baseline + ((n + 1L) * below));
                below = checked(below + tierCost[t]);
            }

            var builder = new AssignmentProblemBuilder(n, m, baseline);
            for (int i = 0; i < n; i++)
            {
                builder.SetUnmatchedPenalty(i, tierCost[_tier[i]]);
            }

            for (int j = 0; j < m; j++)
            {
                long[]? loadCosts = _slot[j] == 0 ? null : [.. Enumerable.Range(0, Math.Max(1, _capacity[j])).Select(k => k * _slot[j])];
                builder.SetMentor(j, Math.Min(_options.MinimumLoad, _capacity[j]), _capacity[j], loadCosts);
            }

            var added = new HashSet<(int, int)>();
            for (int i = 0; i < n; i++)
            {
                IEnumerable<int> mentors = _problem.IsDense ? Enumerable.Range(0, m) : _problem.CandidatesOf(i).ToArray();
                foreach (int j in mentors)
                {
                    if (Allows(i, j))
                    {
                        builder.AddPair(i, j, shift - _problem.PointsAt(i, j) - _adjustment.GetValueOrDefault((i, j)), _locked.Contains((i, j)));
                        added.Add((i, j));
                    }
                }
            }

            foreach (var (i, j) in _locked.Where(p => !added.Contains(p)))
            {
                builder.AddPair(i, j, shift - _problem.PointsAt(i, j) - _adjustment.GetValueOrDefault((i, j)), locked: true);
            }

            return builder.Build();
        }

        public MatchingResult Result(int[] mentorOf, CertificateReport? certificate, long objective)
        {
            var explainer = new Explainer(_problem.Participants, _problem.Scorer, _options.Language);
            var matches = new List<Match>();
            var load = new int[_problem.Mentors.Count];
            for (int i = 0; i < mentorOf.Length; i++)
            {
                if (mentorOf[i] is int j and >= 0)
                {
                    load[j]++;
                    double score = _problem.PointsAt(i, j) / (double)ScoreTable.PointsPerScore;
                    matches.Add(new Match(_problem.Participants[_problem.Mentees[i]], _problem.Participants[_problem.Mentors[j]], score, explainer.Explain(_problem.Mentees[i], _problem.Mentors[j])));
                }
            }

            var unmatched = new List<UnmatchedParticipant>();
            for (int i = 0; i < mentorOf.Length; i++)
            {
                if (mentorOf[i] < 0)
                {
                    unmatched.Add(new UnmatchedParticipant(_problem.Participants[_problem.Mentees[i]], Roles.Mentee, WhyUnmatched(i, load)));
                }
            }

            var loads = new List<MentorLoad>();
            for (int j = 0; j < load.Length; j++)
            {
                Participant mentor = _problem.Participants[_problem.Mentors[j]];
                loads.Add(new MentorLoad(mentor, load[j], _capacity[j]));
                if (load[j] == 0)
                {
                    string reason = _capacity[j] == 0
                        ? (_plan.Notes.TryGetValue(mentor.Id, out string? note) ? note : "capacity is 0")
                        : "no compatible mentee was left to place with this mentor";
                    unmatched.Add(new UnmatchedParticipant(mentor, Roles.Mentor, reason));
                }
            }

            return new MatchingResult(MatchingStatus.Optimal, matches, unmatched, loads, certificate, objective, null);
        }

        private string WhyUnmatched(int i, int[] load)
        {
            Participant mentee = _problem.Participants[_problem.Mentees[i]];
            if (_plan.ExcludedMentees.TryGetValue(mentee.Id, out string? excluded))
            {
                return excluded;
            }

            int compatible = 0, full = 0, forbidden = 0;
            for (int j = 0; j < _problem.Mentors.Count; j++)
            {
                if (_problem.PointsAt(i, j) < 0 || _capacity[j] == 0 && _problem.Participants[_problem.Mentors[j]].Capacity == 0)
                {
                    continue;
                }

                if (_forbidden.Contains((i, j)))
                {
                    forbidden++;
                    continue;
                }

                compatible++;
                full += load[j] >= _capacity[j] ? 1 : 0;
            }

            return compatible switch
            {
                0 when forbidden > 0 => Invariant($"the only compatible mentors ({forbidden}) were paired with this mentee before, ended a pair with them, or were rated badly with them"),
                0 => "no compatible mentor: every mentor is ruled out by a hard rule",
                _ when _options.UnmatchedPenalty is double points && full < compatible => Invariant($"leaving this mentee unmatched cost less ({points:0.#} points) than any of the {compatible} compatible mentors would have added"),
                _ => Invariant($"all {compatible} compatible mentor(s) are fully booked (effective capacity, after earlier rounds and kept pairs), and no reassignment frees a place for a mentee of the same or higher priority"),
            };
        }

        private string Reason(int i, int j) =>
            _problem.BlockOf(i, j) != BlockReason.None ? _problem.BlockOf(i, j).ToString()
            : _plan.ForbiddenPairs.TryGetValue((_problem.Participants[_problem.Mentees[i]].Id, _problem.Participants[_problem.Mentors[j]].Id), out string? why) ? why
            : "excluded";
    }

    internal static long Points(double score) => checked((long)Math.Round(score * ScoreTable.PointsPerScore, MidpointRounding.AwayFromZero));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
