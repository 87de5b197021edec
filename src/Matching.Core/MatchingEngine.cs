// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
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

        if (!double.IsFinite(_options.LoadPenalty) || _options.LoadPenalty < 0 || _options.LoadPenalty > 100 || _options.MinimumLoad < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "The load penalty must be 0–100 points and the minimum load ≥ 0.");
        }
    }

    /// <summary>Builds the integer assignment problem that <see cref="Solve"/> optimizes.</summary>
    /// <param name="problem">The scored program.</param>
    /// <returns>The assignment problem; mentee i and mentor j are positions in <see cref="MatchingProblem.Mentees"/> and <see cref="MatchingProblem.Mentors"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="problem"/> is null.</exception>
    /// <exception cref="ArgumentException">A locked pair names an unknown person or a forbidden pair.</exception>
    public AssignmentProblem BuildAssignment(MatchingProblem problem) => BuildAssignment(problem, null);

    private AssignmentProblem BuildAssignment(MatchingProblem problem, bool[]? candidates)
    {
        ArgumentNullException.ThrowIfNull(problem);
        int n = problem.Mentees.Count;
        int m = problem.Mentors.Count;
        var builder = new AssignmentProblemBuilder(n, m, UnmatchedPenalty(problem));
        long slot = LoadPenaltyPoints();
        for (int j = 0; j < m; j++)
        {
            int capacity = Math.Max(0, problem.Participants[problem.Mentors[j]].Capacity);
            long[]? loadCosts = slot == 0 ? null : [.. Enumerable.Range(0, Math.Max(1, capacity)).Select(k => k * slot)];
            builder.SetMentor(j, Math.Min(_options.MinimumLoad, capacity), capacity, loadCosts);
        }

        HashSet<(int Mentee, int Mentor)> locked = LockedPositions(problem);
        HashSet<(int Mentee, int Mentor)> forbidden = ForbiddenPositions(problem);
        if (!problem.IsDense)
        {
            // Each mentee's kept candidates, plus any locked pair outside them.
            for (int i = 0; i < n; i++)
            {
                ReadOnlySpan<int> mentors = problem.CandidatesOf(i);
                ReadOnlySpan<int> points = problem.CandidatePointsOf(i);
                for (int c = 0; c < mentors.Length; c++)
                {
                    if (forbidden.Count == 0 || !forbidden.Contains((i, mentors[c])))
                    {
                        builder.AddPair(i, mentors[c], ScoreTable.MaxPoints - points[c], locked.Count > 0 && locked.Remove((i, mentors[c])));
                    }
                }
            }

            foreach (var (i, j) in locked)
            {
                builder.AddPair(i, j, ScoreTable.MaxPoints - problem.PointsAt(i, j), locked: true);
            }

            return builder.Build();
        }

        for (int i = 0; i < n; i++)
        {
            ReadOnlySpan<int> row = problem.DenseScores.Row(i);
            for (int j = 0; j < m; j++)
            {
                if (row[j] >= 0 && (candidates is null || candidates[(i * m) + j]) && (forbidden.Count == 0 || !forbidden.Contains((i, j))))
                {
                    builder.AddPair(i, j, ScoreTable.MaxPoints - row[j], locked.Count > 0 && locked.Contains((i, j)));
                }
            }
        }

        return builder.Build();
    }

    private long LoadPenaltyPoints() => (long)Math.Round(_options.LoadPenalty * ScoreTable.PointsPerScore, MidpointRounding.AwayFromZero);

    /// <summary>
    /// The cost of an unmatched mentee: the configured points, or (coverage first) more than any difference in pair
    /// and load costs between two matchings, so one more matched mentee always wins.
    /// </summary>
    private long UnmatchedPenalty(MatchingProblem problem)
    {
        if (_options.UnmatchedPenalty is double points)
        {
            return checked((long)Math.Round(points * ScoreTable.PointsPerScore, MidpointRounding.AwayFromZero));
        }

        int maxCapacity = problem.Mentors.Select(j => problem.Participants[j].Capacity).DefaultIfEmpty(1).Max();
        long perMatch = ScoreTable.MaxPoints + (Math.Max(0, maxCapacity - 1) * LoadPenaltyPoints());
        return checked((problem.Mentees.Count + 1L) * perMatch);
    }

    /// <summary>Names, by person, a rule that cannot be met, found by counting before any flow is solved.</summary>
    private string? FindConflict(MatchingProblem problem)
    {
        var lockedByMentee = new Dictionary<int, int>();
        var lockedByMentor = new int[problem.Mentors.Count];
        foreach (var (menteeId, mentorId) in _options.LockedPairs)
        {
            int i = PositionOf(problem, problem.Mentees, menteeId);
            int j = PositionOf(problem, problem.Mentors, mentorId);
            Participant mentee = problem.Participants[problem.Mentees[i]];
            Participant mentor = problem.Participants[problem.Mentors[j]];
            if (problem.BlockOf(i, j) != BlockReason.None)
            {
                return $"the locked pair {mentee.Name} → {mentor.Name} is forbidden by a hard rule ({Describe(problem.BlockOf(i, j))})";
            }

            if (_options.ForbiddenPairs.Any(f => mentee.IsNamedBy(f.MenteeId) && mentor.IsNamedBy(f.MentorId)))
            {
                return $"the pair {mentee.Name} → {mentor.Name} is both locked and excluded";
            }

            if (lockedByMentee.TryGetValue(i, out int other) && other != j)
            {
                return $"{mentee.Name} is locked to two mentors ({problem.Participants[problem.Mentors[other]].Name} and {mentor.Name}) but can have only one";
            }

            lockedByMentee[i] = j;
        }

        foreach (var (i, j) in lockedByMentee)
        {
            lockedByMentor[j]++;
        }

        for (int j = 0; j < problem.Mentors.Count; j++)
        {
            Participant mentor = problem.Participants[problem.Mentors[j]];
            if (lockedByMentor[j] > mentor.Capacity)
            {
                return $"{mentor.Name} has {lockedByMentor[j]} locked mentees but a capacity of {mentor.Capacity}";
            }

            int minimum = Math.Min(_options.MinimumLoad, Math.Max(0, mentor.Capacity));
            if (minimum > 0)
            {
                int compatible = Enumerable.Range(0, problem.Mentees.Count).Count(i => problem.BlockOf(i, j) == BlockReason.None);
                if (compatible < minimum)
                {
                    return $"{mentor.Name} must take at least {minimum} mentee(s) but only {compatible} are compatible";
                }
            }
        }

        long required = problem.Mentors.Sum(j => (long)Math.Min(_options.MinimumLoad, Math.Max(0, problem.Participants[j].Capacity)));
        if (required > problem.Mentees.Count)
        {
            return $"the minimum load of {_options.MinimumLoad} per mentor needs {required} mentees, but the program has {problem.Mentees.Count}";
        }

        return null;
    }

    private HashSet<(int Mentee, int Mentor)> ForbiddenPositions(MatchingProblem problem)
    {
        var forbidden = new HashSet<(int Mentee, int Mentor)>();
        foreach (var (menteeId, mentorId) in _options.ForbiddenPairs)
        {
            // A pair with someone who is no longer in the program cannot form anyway (people leave between rounds).
            int i = TryPositionOf(problem, problem.Mentees, menteeId);
            int j = TryPositionOf(problem, problem.Mentors, mentorId);
            if (i >= 0 && j >= 0)
            {
                forbidden.Add((i, j));
            }
        }

        return forbidden;
    }

    private HashSet<(int Mentee, int Mentor)> LockedPositions(MatchingProblem problem)
    {
        var locked = new HashSet<(int Mentee, int Mentor)>();
        foreach (var (menteeId, mentorId) in _options.LockedPairs)
        {
            int i = PositionOf(problem, problem.Mentees, menteeId);
            int j = PositionOf(problem, problem.Mentors, mentorId);
            if (problem.PointsAt(i, j) < 0)
            {
                throw new ArgumentException($"The locked pair {menteeId} → {mentorId} is forbidden by a hard rule ({problem.BlockOf(i, j)}).", nameof(problem));
            }

            locked.Add((i, j));
        }

        return locked;
    }

    /// <summary>
    /// Solves the assignment exactly: a large program solved on its kept candidates, otherwise by candidate pricing
    /// over every allowed pair (see <see cref="CandidatePricing"/>), so the result is optimal over all pairs.
    /// </summary>
    private AssignmentResult SolveByPricing(MatchingProblem problem, AssignmentSolver solver, out long priced, CancellationToken cancellationToken)
    {
        priced = 0;
        if (!problem.IsDense)
        {
            return solver.Solve(BuildAssignment(problem, null), cancellationToken);
        }

        var costs = new EngineCosts(problem.DenseScores, ForbiddenPositions(problem));
        return CandidatePricing.Solve(
            problem.Mentees.Count,
            problem.Mentors.Count,
            _options.CandidatesPerMentee,
            costs,
            LockedPositions(problem),
            mask => BuildAssignment(problem, mask),
            solver,
            out priced,
            cancellationToken);
    }

    /// <summary>Finds the optimal matching of <paramref name="problem"/>.</summary>
    /// <param name="problem">The scored program.</param>
    /// <param name="cancellationToken">Cancels a long solve.</param>
    /// <returns>The matching with explanations, or the rule that cannot be met.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="problem"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <exception cref="ArgumentException">A locked pair names an unknown person or a forbidden pair.</exception>
    public MatchingResult Solve(MatchingProblem problem, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        if (FindConflict(problem) is { } conflict)
        {
            return new MatchingResult(MatchingStatus.Infeasible, [], [], [], null, 0, conflict);
        }

        var solver = new AssignmentSolver(_options.FlowSolver ?? DefaultFlowSolver());
        AssignmentResult solution = SolveByPricing(problem, solver, out long priced, cancellationToken);
        if (!solution.Success)
        {
            string message = solution.Status == FlowStatus.Infeasible
                ? "the minimum loads, locked pairs and capacities cannot all be met together (each rule alone can)"
                : solution.Message ?? solution.Status.ToString();
            return new MatchingResult(MatchingStatus.Infeasible, [], [], [], null, 0, message);
        }

        var explainer = new Explainer(problem.Participants, problem.Scorer, _options.Language);
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
            double score = problem.PointsAt(i, j) / (double)ScoreTable.PointsPerScore;
            matches.Add(new Match(problem.Participants[mentee], problem.Participants[mentor], score, explainer.Explain(mentee, mentor)));
        }

        var unmatched = new List<UnmatchedParticipant>();
        HashSet<(int Mentee, int Mentor)> forbidden = ForbiddenPositions(problem);
        for (int i = 0; i < problem.Mentees.Count; i++)
        {
            if (mentorOf[i] < 0)
            {
                Participant p = problem.Participants[problem.Mentees[i]];
                unmatched.Add(new UnmatchedParticipant(p, Roles.Mentee, WhyMenteeUnmatched(problem, i, forbidden)));
            }
        }

        var loads = new List<MentorLoad>();
        var (compatibleMentees, stillUnmatchedMentees) = load.Contains(0) ? MentorCompatibility(problem, mentorOf) : ([], []);
        for (int j = 0; j < problem.Mentors.Count; j++)
        {
            Participant p = problem.Participants[problem.Mentors[j]];
            loads.Add(new MentorLoad(p, load[j], p.Capacity));
            if (load[j] == 0)
            {
                unmatched.Add(new UnmatchedParticipant(p, Roles.Mentor, WhyMentorUnmatched(p, compatibleMentees[j], stillUnmatchedMentees[j])));
            }
        }

        return new MatchingResult(MatchingStatus.Optimal, matches, unmatched, loads, solution.Certificate, solution.Cost, null)
        {
            PricedPairs = priced,
            CandidatesPerMentee = problem.CandidatesPerMentee,
        };
    }

    /// <summary>
    /// Explains one pair against an optimal matching: its breakdown, and for a pair the solver did not choose, the
    /// hard rule that blocks it or what forcing it would cost (a re-solve with the pair locked).
    /// </summary>
    /// <param name="problem">The scored program.</param>
    /// <param name="result">The optimal matching of <paramref name="problem"/>.</param>
    /// <param name="menteeId">The mentee's id, email or name.</param>
    /// <param name="mentorId">The mentor's id, email or name.</param>
    /// <param name="cancellationToken">Cancels the re-solve.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No mentee or mentor has that name.</exception>
    public PairAnalysis AnalyzePair(MatchingProblem problem, MatchingResult result, string menteeId, string mentorId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(result);
        int i = PositionOf(problem, problem.Mentees, menteeId);
        int j = PositionOf(problem, problem.Mentors, mentorId);
        Participant mentee = problem.Participants[problem.Mentees[i]];
        Participant mentor = problem.Participants[problem.Mentors[j]];
        var explainer = new Explainer(problem.Participants, problem.Scorer, _options.Language);
        PairExplanation explanation = explainer.Explain(problem.Mentees[i], problem.Mentors[j]);
        bool matched = result.Matches.Any(m => ReferenceEquals(m.Mentee, mentee) && ReferenceEquals(m.Mentor, mentor));
        if (matched || explanation.Block != BlockReason.None)
        {
            return new PairAnalysis(mentee, mentor, explanation, matched, null, null);
        }

        var forcedOptions = new MatchingOptions
        {
            UnmatchedPenalty = _options.UnmatchedPenalty,
            FlowSolver = _options.FlowSolver,
            Language = _options.Language,
            MinimumLoad = _options.MinimumLoad,
            LoadPenalty = _options.LoadPenalty,
            CandidatesPerMentee = _options.CandidatesPerMentee,
            ForbiddenPairs = _options.ForbiddenPairs,
            LockedPairs = [.. _options.LockedPairs, (mentee.Id, mentor.Id)],
        };
        MatchingResult forced = new MatchingEngine(forcedOptions).Solve(problem, cancellationToken);
        if (forced.Status != MatchingStatus.Optimal)
        {
            return new PairAnalysis(mentee, mentor, explanation, false, null, null);
        }

        double loss = Math.Round(result.TotalScore - forced.TotalScore, 3);
        return new PairAnalysis(mentee, mentor, explanation, false, loss, result.Matches.Count - forced.Matches.Count);
    }

    /// <summary>Solves exactly (with candidate pricing) and returns each mentee position's mentor position, or −1.</summary>
    /// <exception cref="InvalidOperationException">The rules cannot be met, or the certificate failed.</exception>
    internal int[] SolvePositions(MatchingProblem problem, IMinCostFlowSolver solver, CancellationToken cancellationToken)
    {
        if (FindConflict(problem) is { } conflict)
        {
            throw new InvalidOperationException("No matching satisfies every rule: " + conflict);
        }

        AssignmentResult result = SolveByPricing(problem, new AssignmentSolver(solver), out _, cancellationToken);
        if (!result.Success || result.Certificate is { IsOptimal: false })
        {
            throw new InvalidOperationException("The assignment could not be solved to a verified optimum: " + (result.Message ?? result.Certificate?.ToString()));
        }

        return result.MentorOf.ToArray();
    }

    /// <summary>Pair costs of the engine's model: 100,000 − points, −1 for a blocked or excluded pair.</summary>
    private readonly struct EngineCosts(ScoreTable scores, HashSet<(int Mentee, int Mentor)> forbidden) : IPairCosts
    {
        public long Cost(int mentee, int mentor)
        {
            int points = scores.PointsAt(mentee, mentor);
            return points < 0 || (forbidden.Count > 0 && forbidden.Contains((mentee, mentor))) ? -1 : ScoreTable.MaxPoints - points;
        }
    }

    private static IMinCostFlowSolver DefaultFlowSolver() => new NetworkSimplexSolver();

    private string WhyMenteeUnmatched(MatchingProblem problem, int i, HashSet<(int Mentee, int Mentor)> forbidden)
    {
        if (!problem.IsDense && problem.CandidatesOf(i).Length > 0)
        {
            int kept = problem.CandidatesOf(i).Length;
            return German
                ? $"alle {kept} bestpassenden Mentor:innen sind ausgebucht, und keine Umverteilung unter ihnen schafft einen Platz, ohne dass jemand anderes leer ausgeht"
                : $"the {kept} best-fitting compatible mentors are all fully booked, and no reassignment among them frees a place without leaving someone else unmatched";
        }

        int compatible = 0;
        int excluded = 0;
        var blocks = new Dictionary<BlockReason, int>();
        for (int j = 0; j < problem.Mentors.Count; j++)
        {
            BlockReason block = problem.BlockOf(i, j);
            if (block == BlockReason.None && forbidden.Contains((i, j)))
            {
                excluded++;
            }
            else if (block == BlockReason.None)
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
            return German ? "das Programm hat keine Mentor:innen" : "the program has no mentors";
        }

        if (compatible == 0 && excluded > 0)
        {
            return German
                ? $"die einzigen passenden Mentor:innen ({excluded}) sind als Paar ausgeschlossen (etwa aus einer früheren Runde)"
                : $"the only compatible mentors ({excluded}) are excluded as pairs (for example from an earlier round)";
        }

        if (compatible == 0)
        {
            Participant mentee = problem.Participants[problem.Mentees[i]];
            string rules = string.Join(", ", blocks.OrderByDescending(b => b.Value).ThenBy(b => b.Key).Select(b => $"{b.Value} × {Describe(b.Key, German)}"));
            string languages = string.Join(", ", mentee.Languages.Select(l => Explainer.LanguageName(l, German)).Order(StringComparer.OrdinalIgnoreCase));
            if (blocks.Count == 1 && blocks.ContainsKey(BlockReason.NoSharedLanguage))
            {
                return German
                    ? $"keine Mentor:in spricht eine Sprache dieser Mentee ({languages})"
                    : $"no mentor shares a language with this mentee ({languages})";
            }

            return German
                ? $"keine passende Mentor:in: jede ist durch eine feste Regel ausgeschlossen ({rules})"
                : $"no compatible mentor: every mentor is ruled out by a hard rule ({rules})";
        }

        if (_options.UnmatchedPenalty is double penalty)
        {
            string points = penalty.ToString("0.#", CultureInfo.InvariantCulture);
            return German
                ? $"ohne Mentor:in zu bleiben kostet weniger ({points} Punkte) als jede der {compatible} passenden Mentor:innen angesichts der übrigen Paare beigetragen hätte"
                : $"leaving this mentee unmatched cost less ({points} points) than any of the {compatible} compatible mentors would have added given the others' matches";
        }

        return German
            ? $"alle {compatible} passenden Mentor:innen sind ausgebucht, und keine Umverteilung schafft einen Platz, ohne dass jemand anderes leer ausgeht"
            : $"all {compatible} compatible mentor(s) are fully booked, and no reassignment frees a place without leaving someone else unmatched";
    }

    /// <summary>
    /// Counts, per mentor position, the compatible mentees and those of them left unmatched, in one pass (in a large
    /// program only mentees who have the mentor among their candidates count as compatible).
    /// </summary>
    private static (int[] Compatible, int[] StillUnmatched) MentorCompatibility(MatchingProblem problem, ReadOnlySpan<int> mentorOf)
    {
        int m = problem.Mentors.Count;
        var compatible = new int[m];
        var stillUnmatched = new int[m];
        for (int i = 0; i < problem.Mentees.Count; i++)
        {
            if (problem.IsDense)
            {
                for (int j = 0; j < m; j++)
                {
                    if (problem.BlockOf(i, j) == BlockReason.None)
                    {
                        compatible[j]++;
                        stillUnmatched[j] += mentorOf[i] < 0 ? 1 : 0;
                    }
                }
            }
            else
            {
                foreach (int j in problem.CandidatesOf(i))
                {
                    compatible[j]++;
                    stillUnmatched[j] += mentorOf[i] < 0 ? 1 : 0;
                }
            }
        }

        return (compatible, stillUnmatched);
    }

    private string WhyMentorUnmatched(Participant mentor, int compatible, int stillUnmatched)
    {
        if (mentor.Capacity <= 0)
        {
            return German ? "Kapazität 0" : "capacity is 0";
        }

        if (compatible == 0)
        {
            return German
                ? "keine Mentee passt (feste Regeln wie eine gemeinsame Sprache schließen alle aus)"
                : "no mentee is compatible (hard rules such as a shared language rule out every mentee)";
        }

        return (stillUnmatched == 0, German) switch
        {
            (true, false) => $"all {compatible} compatible mentee(s) were matched to mentors who suit them better",
            (true, true) => $"alle {compatible} passenden Mentees haben Mentor:innen bekommen, die besser zu ihnen passen",
            (false, false) => $"{stillUnmatched} compatible mentee(s) stayed unmatched because matching them here would lower the total score by more than the unmatched penalty",
            (false, true) => $"{stillUnmatched} passende Mentees blieben ohne Mentor:in, weil ein Paar hier die Gesamtpunktzahl stärker senken würde als die Strafe fürs Unvermittelt-Bleiben",
        };
    }

    private static int PositionOf(MatchingProblem problem, IReadOnlyList<int> side, string id)
    {
        int position = TryPositionOf(problem, side, id);
        return position >= 0 ? position : throw new ArgumentException($"No participant on that side is named '{id}'.", nameof(problem));
    }

    private static int TryPositionOf(MatchingProblem problem, IReadOnlyList<int> side, string id)
    {
        for (int k = 0; k < side.Count; k++)
        {
            if (problem.Participants[side[k]].IsNamedBy(id))
            {
                return k;
            }
        }

        return -1;
    }

    private bool German => _options.Language == ExplanationLanguage.German;

    private static string Describe(BlockReason block, bool german) => german
        ? block switch
        {
            BlockReason.NoSharedLanguage => "keine gemeinsame Sprache",
            BlockReason.TooLittleOverlap => "zu wenig gemeinsame Zeit",
            BlockReason.SameDepartment => "gleiche Abteilung",
            BlockReason.NoCapacity => "nimmt keine Mentees",
            BlockReason.SamePerson => "dieselbe Person",
            BlockReason.ReportingLine => "Berichtslinie",
            BlockReason.Declined => "von der Mentor:in abgelehnt",
            BlockReason.BelowMinimum => "unter einem Mindestwert",
            _ => block.ToString(),
        }
        : Describe(block);

    private static string Describe(BlockReason block) => block switch
    {
        BlockReason.ReportingLine => "reporting line",
        BlockReason.Declined => "declined by the mentor",
        BlockReason.BelowMinimum => "below a criterion minimum",
        BlockReason.NoSharedLanguage => "no shared language",
        BlockReason.TooLittleOverlap => "too little weekly overlap",
        BlockReason.SameDepartment => "same department",
        BlockReason.NoCapacity => "mentor takes no mentees",
        BlockReason.SamePerson => "same person",
        _ => block.ToString(),
    };
}
