// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Candidates;
using Matching.Core.Problem;
using Matching.Solvers.Assignment;
using Matching.Solvers.Flow;

namespace Matching.Core.Rules;

/// <summary>
/// The rules of one one-to-one program, resolved to positions: which pairs are allowed, which are kept, each
/// mentor's capacity, minimum load and load penalty, each mentee's unmatched priority and every pair's cost
/// adjustment. The engine and every strategy read the program's rules from here and nowhere else, so every strategy
/// obeys every rule.
/// </summary>
/// <remarks>
/// <para>
/// Positions index <see cref="MatchingProblem.Mentees"/> and <see cref="MatchingProblem.Mentors"/>. A pair is allowed
/// when no hard rule blocks it, it is not excluded (<see cref="MatchingOptions.ForbiddenPairs"/>) and its mentor's
/// effective capacity is above 0. A pair's value is its points (score × 1,000) plus its adjustment.
/// </para>
/// <para>
/// The exact model (fixed point, 1,000 points per score point): a pair costs <c>offset − value</c>, where the offset
/// is 100,000 plus the largest bonus (so no cost is negative); a mentor's k-th mentee adds <c>(k − 1) × load
/// penalty</c>; an unmatched mentee costs its priority plus either the configured penalty (shifted by the same
/// offset) or, coverage first, more than any difference in pair, load and priority costs between two matchings.
/// </para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class ProgramRules
{
    private readonly int[] _capacity;
    private readonly int[] _minLoad;
    private readonly long[] _slot;
    private readonly long[] _priority;
    private readonly int[] _lockedMentorOf;
    private readonly (int Mentee, int Mentor)[] _locked;
    private readonly HashSet<long> _excluded;
    private readonly Dictionary<long, int> _adjustment;
    private readonly long _offset;
    private readonly long _coverageBase;
    private readonly int[] _tier;
    private readonly long[] _tierExtra;
    private readonly Dictionary<long, PairRule> _pairRule;
    private readonly PersonRule[] _menteeRule;
    private readonly PersonRule[] _mentorRule;
    private readonly string? _lockConflict;
    private string? _conflict;
    private int[]?[]? _special;
    private bool _conflictKnown;

    private ProgramRules(MatchingProblem problem, MatchingOptions options, int[] capacity, int[] minLoad, long[] slot, long[] priority, int[] lockedMentorOf, (int, int)[] locked, HashSet<long> excluded, Dictionary<long, int> adjustment, string? lockConflict, Notes notes)
    {
        _tier = notes.Tier;
        _pairRule = notes.PairRule;
        _menteeRule = notes.MenteeRule;
        _mentorRule = notes.MentorRule;
        Problem = problem;
        Options = options;
        _capacity = capacity;
        _minLoad = minLoad;
        _slot = slot;
        _priority = priority;
        _lockedMentorOf = lockedMentorOf;
        _locked = locked;
        _excluded = excluded;
        _adjustment = adjustment;
        _lockConflict = lockConflict;
        int maxBonus = 0;
        int maxMalus = 0;
        foreach (int points in adjustment.Values)
        {
            maxBonus = Math.Max(maxBonus, points);
            maxMalus = Math.Max(maxMalus, -points);
        }

        _offset = ScoreTable.MaxPoints + maxBonus;
        long maxSlot = 0;
        for (int j = 0; j < capacity.Length; j++)
        {
            maxSlot = Math.Max(maxSlot, Math.Max(0, capacity[j] - 1) * slot[j]);
        }

        long perMatch = ScoreTable.MaxPoints + maxBonus + maxMalus + maxSlot;
        long priorities = 0;
        foreach (long p in priority)
        {
            priorities = checked(priorities + p);
        }

        _coverageBase = checked(((problem.Mentees.Count + 1L) * perMatch) + priorities);

        // Tiers outrank coverage: a tier-t mentee left unmatched costs more than (mentees + 1) times every cost of
        // the tiers below together, so no number of lower-tier mentees matched makes up for it.
        _tierExtra = new long[MatchingDefaults.MaxMenteeTier + 1];
        int maxTier = _tier.Length == 0 ? 0 : _tier.Max();
        long penaltyBase = options.UnmatchedPenalty is double penalty ? ToPoints(penalty) + maxBonus : 0;
        long below = checked(perMatch + Math.Max(_coverageBase, penaltyBase + priorities));
        for (int t = 1; t <= maxTier; t++)
        {
            _tierExtra[t] = checked((problem.Mentees.Count + 1L) * below);
            below = checked(below + _tierExtra[t] + Math.Max(_coverageBase, penaltyBase + priorities));
        }
    }

    /// <summary>Gets the scored program.</summary>
    public MatchingProblem Problem { get; }

    /// <summary>Gets the options the rules were read from.</summary>
    public MatchingOptions Options { get; }

    /// <summary>Gets the number of mentee positions.</summary>
    public int MenteeCount => _lockedMentorOf.Length;

    /// <summary>Gets the number of mentor positions.</summary>
    public int MentorCount => _capacity.Length;

    /// <summary>Gets whether coverage comes first (no finite <see cref="MatchingOptions.UnmatchedPenalty"/>).</summary>
    public bool CoverageFirst => Options.UnmatchedPenalty is null;

    /// <summary>
    /// Gets the first rule that cannot be met, in words naming the people (found by counting, before any solve), or
    /// null. A null conflict does not prove the rules feasible together; the solve decides that.
    /// </summary>
    public string? Conflict
    {
        get
        {
            if (!_conflictKnown)
            {
                _conflict = _lockConflict ?? RuleConflicts.Find(this);
                _conflictKnown = true;
            }

            return _conflict;
        }
    }

    internal IReadOnlyList<(int Mentee, int Mentor)> LockedPairs => _locked;

    /// <summary>Reads the rules of <paramref name="problem"/> from <paramref name="options"/>.</summary>
    /// <param name="problem">The scored program.</param>
    /// <param name="options">The options; null for <see cref="MatchingOptions.Default"/>.</param>
    /// <returns>The rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="problem"/> is null.</exception>
    /// <exception cref="ArgumentException">A locked pair names someone who is not in the program on that side.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (see <see cref="MatchingOptions.Validate"/>).</exception>
    public static ProgramRules Create(MatchingProblem problem, MatchingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        options ??= MatchingOptions.Default;
        options.Validate();
        int n = problem.Mentees.Count;
        int m = problem.Mentors.Count;
        var mentees = Lookup(problem, problem.Mentees);
        var mentors = Lookup(problem, problem.Mentors);

        var capacity = new int[m];
        for (int j = 0; j < m; j++)
        {
            capacity[j] = Math.Max(0, problem.Participants[problem.Mentors[j]].Capacity);
        }

        foreach (var (id, value) in options.EffectiveCapacities)
        {
            if (mentors.TryGetValue(id, out int j))
            {
                capacity[j] = value;
            }
        }

        long defaultSlot = ToPoints(options.LoadPenalty);
        var slot = new long[m];
        Array.Fill(slot, defaultSlot);
        foreach (var (id, value) in options.MentorLoadPenalties)
        {
            if (mentors.TryGetValue(id, out int j))
            {
                slot[j] = ToPoints(value);
            }
        }

        var minLoad = new int[m];
        for (int j = 0; j < m; j++)
        {
            minLoad[j] = Math.Min(options.MinimumLoad, capacity[j]);
        }

        var priority = new long[n];
        foreach (var (id, value) in options.UnmatchedPriorities)
        {
            if (mentees.TryGetValue(id, out int i))
            {
                priority[i] = ToPoints(value);
            }
        }

        var tier = new int[n];
        foreach (var (id, value) in options.MenteeTiers)
        {
            if (mentees.TryGetValue(id, out int i))
            {
                tier[i] = value;
            }
        }

        var excluded = new HashSet<long>();
        foreach (var (menteeId, mentorId) in options.ForbiddenPairs)
        {
            if (mentees.TryGetValue(menteeId, out int i) && mentors.TryGetValue(mentorId, out int j))
            {
                excluded.Add(((long)i * m) + j);
            }
        }

        var pairRule = new Dictionary<long, PairRule>();
        foreach (var ((menteeId, mentorId), rule) in options.PairRules)
        {
            if (mentees.TryGetValue(menteeId, out int i) && mentors.TryGetValue(mentorId, out int j))
            {
                excluded.Add(((long)i * m) + j);
                pairRule.TryAdd(((long)i * m) + j, rule);
            }
        }

        var menteeRule = new PersonRule[n];
        var mentorRule = new PersonRule[m];
        foreach (var (id, rule) in options.PersonRules)
        {
            if (mentees.TryGetValue(id, out int i))
            {
                menteeRule[i] = rule;
            }

            if (mentors.TryGetValue(id, out int j))
            {
                mentorRule[j] = rule;
            }
        }

        var adjustment = new Dictionary<long, int>();
        int limit = (int)ToPoints(options.MaxPairAdjustment);
        foreach (PairAdjustment a in options.PairAdjustments.IsDefault ? [] : options.PairAdjustments)
        {
            if (mentees.TryGetValue(a.MenteeId, out int i) && mentors.TryGetValue(a.MentorId, out int j))
            {
                long key = ((long)i * m) + j;
                long sum = adjustment.GetValueOrDefault(key) + (ToPoints(Math.Abs(a.Points)) * Math.Sign(a.Points));
                adjustment[key] = (int)Math.Clamp(sum, -limit, limit);
            }
        }

        var lockedMentorOf = new int[n];
        Array.Fill(lockedMentorOf, -1);
        var locked = new List<(int, int)>();
        string? conflict = null;
        foreach (var (menteeId, mentorId) in options.LockedPairs)
        {
            int i = mentees.TryGetValue(menteeId, out int a) ? a : throw new ArgumentException($"No mentee in the program is named '{menteeId}' (locked pair).", nameof(options));
            int j = mentors.TryGetValue(mentorId, out int b) ? b : throw new ArgumentException($"No mentor in the program is named '{mentorId}' (locked pair).", nameof(options));
            if (lockedMentorOf[i] >= 0 && lockedMentorOf[i] != j)
            {
                conflict ??= RuleConflicts.LockedTwice(problem, i, lockedMentorOf[i], j);
                continue;
            }

            if (lockedMentorOf[i] < 0)
            {
                lockedMentorOf[i] = j;
                locked.Add((i, j));
            }
        }

        return new ProgramRules(problem, options, capacity, minLoad, slot, priority, lockedMentorOf, [.. locked], excluded, adjustment, conflict, new Notes(tier, pairRule, menteeRule, mentorRule));
    }

    /// <summary>Gets a mentor position's capacity in this matching (the survey's, or its effective capacity).</summary>
    /// <param name="mentor">The mentor position.</param>
    public int CapacityOf(int mentor) => _capacity[mentor];

    /// <summary>Gets the fewest mentees a mentor position must take (the minimum load, capped by capacity).</summary>
    /// <param name="mentor">The mentor position.</param>
    public int MinimumLoadOf(int mentor) => _minLoad[mentor];

    /// <summary>Gets the load penalty of a mentor position in score points.</summary>
    /// <param name="mentor">The mentor position.</param>
    public double LoadPenaltyOf(int mentor) => _slot[mentor] / (double)ScoreTable.PointsPerScore;

    /// <summary>Gets the unmatched priority of a mentee position in score points.</summary>
    /// <param name="mentee">The mentee position.</param>
    public double UnmatchedPriorityOf(int mentee) => _priority[mentee] / (double)ScoreTable.PointsPerScore;

    /// <summary>Gets the tier of a mentee position (0–2; a higher tier outranks coverage of the lower ones).</summary>
    /// <param name="mentee">The mentee position.</param>
    public int TierOf(int mentee) => _tier[mentee];

    /// <summary>Gets the rule that excludes a pair, or null when it is not excluded by a named program rule.</summary>
    /// <param name="mentee">The mentee position.</param>
    /// <param name="mentor">The mentor position.</param>
    public PairRule? PairRuleOf(int mentee, int mentor) =>
        _pairRule.Count > 0 && _pairRule.TryGetValue(((long)mentee * MentorCount) + mentor, out PairRule rule) ? rule : null;

    /// <summary>Gets the program rule behind a mentee position's exclusion, if any.</summary>
    /// <param name="mentee">The mentee position.</param>
    public PersonRule MenteeRuleOf(int mentee) => _menteeRule[mentee];

    /// <summary>Gets the program rule behind a mentor position's effective capacity, if any.</summary>
    /// <param name="mentor">The mentor position.</param>
    public PersonRule MentorRuleOf(int mentor) => _mentorRule[mentor];

    /// <summary>Gets the cost adjustment of a pair in score points (positive: bonus).</summary>
    /// <param name="mentee">The mentee position.</param>
    /// <param name="mentor">The mentor position.</param>
    public double AdjustmentOf(int mentee, int mentor) => Adjustment(mentee, mentor) / (double)ScoreTable.PointsPerScore;

    /// <summary>Gets the mentor position a mentee position is kept with, or −1.</summary>
    /// <param name="mentee">The mentee position.</param>
    public int LockedMentorOf(int mentee) => _lockedMentorOf[mentee];

    /// <summary>Gets whether a pair is excluded (a forbidden pair, e.g. from an earlier round).</summary>
    /// <param name="mentee">The mentee position.</param>
    /// <param name="mentor">The mentor position.</param>
    public bool IsExcluded(int mentee, int mentor) => _excluded.Count > 0 && _excluded.Contains(((long)mentee * MentorCount) + mentor);

    /// <summary>Gets whether a pair may be formed: no hard rule blocks it, it is not excluded, and its mentor takes someone.</summary>
    /// <param name="mentee">The mentee position.</param>
    /// <param name="mentor">The mentor position.</param>
    public bool IsAllowed(int mentee, int mentor) => Points(mentee, mentor) >= 0;

    /// <summary>Gets whether a finished matching obeys every hard rule (allowed pairs, kept pairs, capacities, minimum loads).</summary>
    /// <param name="mentorOf">For each mentee position, its mentor position or −1.</param>
    /// <returns>Null when it does; otherwise the first broken rule, for tests and diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mentorOf"/> is null.</exception>
    public string? FindViolation(IReadOnlyList<int> mentorOf)
    {
        ArgumentNullException.ThrowIfNull(mentorOf);
        if (mentorOf.Count != MenteeCount)
        {
            return $"expected {MenteeCount} mentees, got {mentorOf.Count}";
        }

        var load = new int[MentorCount];
        for (int i = 0; i < MenteeCount; i++)
        {
            int j = mentorOf[i];
            if (_lockedMentorOf[i] >= 0 && j != _lockedMentorOf[i])
            {
                return $"mentee {i} is not with its kept mentor {_lockedMentorOf[i]}";
            }

            if (j < 0)
            {
                continue;
            }

            if (j >= MentorCount || !IsAllowed(i, j))
            {
                return $"pair {i} → {j} is not allowed";
            }

            load[j]++;
        }

        for (int j = 0; j < MentorCount; j++)
        {
            if (load[j] > _capacity[j] || load[j] < _minLoad[j])
            {
                return $"mentor {j} has {load[j]} mentees, outside [{_minLoad[j]}, {_capacity[j]}]";
            }
        }

        return null;
    }

    /// <summary>Gets a pair's points (score × 1,000), or −1 when it is not allowed.</summary>
    internal int Points(int mentee, int mentor)
    {
        if (_capacity[mentor] == 0 || IsExcluded(mentee, mentor))
        {
            return -1;
        }

        return Problem.PointsAt(mentee, mentor);
    }

    /// <summary>Gets an allowed pair's value: points plus adjustment (may be negative or above 100,000).</summary>
    internal int Value(int mentee, int mentor, int points) => points + Adjustment(mentee, mentor);

    internal int Adjustment(int mentee, int mentor) =>
        _adjustment.Count == 0 ? 0 : _adjustment.GetValueOrDefault(((long)mentee * MentorCount) + mentor);

    /// <summary>Gets the fixed-point priority of a mentee position.</summary>
    internal long Priority(int mentee) => _priority[mentee];

    /// <summary>Gets the fixed-point cost of a mentor position's every extra mentee.</summary>
    internal long Slot(int mentor) => _slot[mentor];

    internal bool HasLoadPenalty => Array.Exists(_slot, s => s > 0);

    internal int[] Capacities => _capacity;

    /// <summary>
    /// Gets what matching an allowed pair gains the objective when its mentor already has <paramref name="load"/>
    /// mentees: value + priority − load × load penalty.
    /// </summary>
    internal long Gain(int mentee, int mentor, int points, int load) =>
        Value(mentee, mentor, points) + _priority[mentee] - (load * _slot[mentor]);

    /// <summary>Gets whether a gain beats leaving the mentee unmatched (always, coverage first).</summary>
    internal bool IsWorthIt(long gain) =>
        Options.UnmatchedPenalty is not double penalty || ScoreTable.MaxPoints - gain <= ToPoints(penalty);

    /// <summary>Gets the fixed-point cost of an allowed pair in the exact model.</summary>
    internal long PairCost(int mentee, int mentor, int points) => _offset - Value(mentee, mentor, points);

    /// <summary>Gets the fixed-point cost of leaving a mentee unmatched in the exact model.</summary>
    internal long UnmatchedCost(int mentee, bool coverageFirst) =>
        checked((coverageFirst || Options.UnmatchedPenalty is not double penalty
            ? _coverageBase
            : ToPoints(penalty) + (_offset - ScoreTable.MaxPoints)) + _priority[mentee] + _tierExtra[_tier[mentee]]);

    /// <summary>Builds the exact model over a candidate mask (null: every allowed pair).</summary>
    internal AssignmentProblem BuildAssignment(bool[]? candidates, FlowModel model)
    {
        int n = MenteeCount;
        int m = MentorCount;
        var builder = new AssignmentProblemBuilder(n, m, 0);
        SetSides(builder, model);

        if (!Problem.IsDense)
        {
            AddSparsePairs(builder, model);
            return builder.Build();
        }

        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < m; j++)
            {
                long cost = ModelCost(i, j, model);
                if (cost >= 0 && (candidates is null || candidates[(i * m) + j]))
                {
                    builder.AddPair(i, j, cost, _lockedMentorOf[i] == j);
                }
            }
        }

        return builder.Build();
    }

    /// <summary>
    /// Adds a sparse program's first network pairs: each mentee's kept candidates, its kept (locked) pair and its
    /// adjusted pairs, each once and only when the model uses it (pricing rounds append theirs with
    /// <see cref="AssignmentProblem.WithAddedPairs"/>).
    /// </summary>
    private void AddSparsePairs(AssignmentProblemBuilder builder, FlowModel model)
    {
        int[]?[] special = SpecialMentors();
        var seen = new HashSet<int>();
        for (int i = 0; i < MenteeCount; i++)
        {
            ReadOnlySpan<int> mentors = Problem.CandidatesOf(i);
            ReadOnlySpan<int> points = Problem.CandidatePointsOf(i);
            seen.Clear();
            for (int c = 0; c < mentors.Length; c++)
            {
                AddSparsePair(builder, model, i, mentors[c], points[c]);
                seen.Add(mentors[c]);
            }

            foreach (int j in special[i] ?? [])
            {
                if (seen.Add(j))
                {
                    int p = Problem.PointsAt(i, j);
                    if (_lockedMentorOf[i] == j)
                    {
                        builder.AddPair(i, j, model.CountOnly ? 0 : PairCost(i, j, Math.Max(0, p)), locked: true);
                    }
                    else if (p >= 0)
                    {
                        AddSparsePair(builder, model, i, j, p);
                    }
                }
            }
        }
    }

    private void AddSparsePair(AssignmentProblemBuilder builder, FlowModel model, int i, int j, int points)
    {
        var (_, cost) = SparsePairCost(model, i, j, points);
        if (cost >= 0)
        {
            builder.AddPair(i, j, cost, _lockedMentorOf[i] == j);
        }
    }

    /// <summary>Gets a sparse network pair's cost in <paramref name="model"/>, or −1 when the model leaves it out.</summary>
    private (int Mentor, long Cost) SparsePairCost(FlowModel model, int i, int j, int points)
    {
        bool locked = _lockedMentorOf[i] == j;
        return _capacity[j] > 0 && !IsExcluded(i, j) && (locked || Value(i, j, points) >= model.Threshold)
            ? (j, model.CountOnly ? 0 : PairCost(i, j, points))
            : (j, -1);
    }

    /// <summary>Gets, per mentee position, the mentors whose pair must be in every network: its kept pair and its adjusted pairs.</summary>
    private int[]?[] SpecialMentors()
    {
        if (_special is { } known)
        {
            return known;
        }

        var lists = new List<int>?[MenteeCount];
        foreach (var (i, j) in _locked)
        {
            (lists[i] ??= []).Add(j);
        }

        foreach (long key in _adjustment.Keys.Order())
        {
            int i = (int)(key / MentorCount);
            int j = (int)(key % MentorCount);
            if (!(lists[i] ??= []).Contains(j))
            {
                lists[i]!.Add(j);
            }
        }

        _special = [.. lists.Select(l => l?.ToArray())];
        return _special;
    }

    /// <summary>
    /// Solves <paramref name="model"/> of a sparse program exactly over all pairs: the network of kept candidates is
    /// solved, every left-out pair is priced against its optimal potentials by score bounds
    /// (<see cref="ReducedCostPricer"/>), the most violating pairs per mentee join, and the network is solved again
    /// until no left-out pair has a negative reduced cost. Then the optimum is optimal for the full model.
    /// </summary>
    private AssignmentResult SolveSparse(FlowModel model, AssignmentSolver solver, out PricingReport report, CancellationToken cancellationToken)
    {
        int n = MenteeCount;
        int m = MentorCount;
        int[]?[] special = SpecialMentors();
        var added = new List<(int Mentor, int Points)>?[n];
        var terms = new PricingTerms(
            model.CountOnly ? 0 : _offset,
            model.CountOnly,
            model.Threshold,
            _capacity,
            IsExcluded,
            (i, work) =>
            {
                foreach (int j in special[i] ?? [])
                {
                    work.Mark(j);
                }

                foreach (var (j, _) in added[i] ?? [])
                {
                    work.Mark(j);
                }
            });
        long takers = _capacity.Count(c => c > 0);
        long scored = 0;
        int rounds = 0;
        var violators = new (int Mentor, int Points)[]?[n];
        AssignmentResult? previous = null;
        AssignmentProblem? network = null;
        var newPairs = new (int Mentor, long Cost)[]?[n];
        // What the last round's pricing proved: the next round re-prices only what its re-solve can have changed.
        PricingMemo? memo = null;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // After the first round the network grows by the violators, and the network simplex starts from the last
            // optimal tree: only the added pairs pivot in.
            AssignmentResult result;
            if (previous is null)
            {
                var builder = new AssignmentProblemBuilder(n, m, 0);
                SetSides(builder, model);
                AddSparsePairs(builder, model);
                network = builder.Build();
                result = solver.Solve(network, cancellationToken);
            }
            else
            {
                network = network!.WithAddedPairs(newPairs);
                result = solver.Solve(network, previous, cancellationToken);
            }

            rounds++;
            if (!result.Success)
            {
                // Pricing needs optimal potentials; an infeasible network (e.g. minimum loads its candidates cannot
                // meet) is reported as the rules' conflict.
                report = new PricingReport(0, rounds, scored, AllPairs: false);
                return result;
            }

            Array.Clear(violators);
            var (found, scoredNow) = ReducedCostPricer.Find(Problem, terms, result.Potentials.ToArray(), rounds == 1 ? MatchingDefaults.FirstRoundViolatorsPerMentee : MatchingDefaults.PricingViolatorsPerMentee, violators, memo, out PricingMemo proved, cancellationToken);
            memo = proved;
            scored += scoredNow;
            if (found == 0)
            {
                report = new PricingReport((n * takers) - network.PairCount, rounds, scored, AllPairs: true);
                return result;
            }

            for (int i = 0; i < n; i++)
            {
                newPairs[i] = null;
                if (violators[i] is { } pairs)
                {
                    (added[i] ??= []).AddRange(pairs);
                    newPairs[i] = [.. pairs.Select(p => SparsePairCost(model, i, p.Mentor, p.Points)).Where(c => c.Cost >= 0)];
                }
            }

            previous = result;
        }
    }

    /// <summary>Sets every mentee's unmatched cost and every mentor's loads in <paramref name="model"/>.</summary>
    private void SetSides(AssignmentProblemBuilder builder, FlowModel model)
    {
        for (int i = 0; i < MenteeCount; i++)
        {
            builder.SetUnmatchedPenalty(i, model.CountOnly ? 1 : UnmatchedCost(i, model.CoverageFirst));
        }

        for (int j = 0; j < MentorCount; j++)
        {
            long slot = model.CountOnly ? 0 : _slot[j];
            long[]? loadCosts = slot == 0 ? null : [.. Enumerable.Range(0, Math.Max(1, _capacity[j])).Select(k => k * slot)];
            builder.SetMentor(j, _minLoad[j], _capacity[j], loadCosts);
        }
    }

    /// <summary>Gets a pair's cost in <paramref name="model"/>, or −1 when the model leaves it out.</summary>
    internal long ModelCost(int mentee, int mentor, FlowModel model)
    {
        int points = Points(mentee, mentor);
        if (points < 0 || (_lockedMentorOf[mentee] != mentor && Value(mentee, mentor, points) < model.Threshold))
        {
            return -1;
        }

        return model.CountOnly ? 0 : PairCost(mentee, mentor, points);
    }

    /// <summary>
    /// Solves <paramref name="model"/> exactly over every allowed pair: a dense program by candidate pricing over the
    /// score table (see <see cref="CandidatePricing"/>), a large one from its kept candidates by bound-based pricing of
    /// the rest (see <see cref="ReducedCostPricer"/>).
    /// </summary>
    internal AssignmentResult Solve(FlowModel model, AssignmentSolver solver, out long priced, CancellationToken cancellationToken)
    {
        AssignmentResult result = SolvePriced(model, solver, out PricingReport report, cancellationToken);
        priced = report.LeftOutPairs;
        return result;
    }

    /// <summary>Solves <paramref name="model"/> exactly over every allowed pair and says how the left-out pairs were priced.</summary>
    internal AssignmentResult SolvePriced(FlowModel model, AssignmentSolver solver, out PricingReport report, CancellationToken cancellationToken)
    {
        if (!Problem.IsDense)
        {
            return SolveSparse(model, solver, out report, cancellationToken);
        }

        AssignmentResult dense = CandidatePricing.Solve(
            MenteeCount,
            MentorCount,
            Options.PricingCandidatesPerMentee,
            new RuleCosts(this, model),
            _locked,
            mask => BuildAssignment(mask, model),
            solver,
            out long priced,
            cancellationToken);
        report = new PricingReport(priced, 0, 0, AllPairs: true);
        return dense;
    }

    /// <summary>Solves <paramref name="model"/> and returns each mentee position's mentor position.</summary>
    /// <exception cref="InvalidOperationException">The rules cannot be met together, or the certificate failed.</exception>
    internal int[] SolvePositions(FlowModel model, IMinCostFlowSolver solver, CancellationToken cancellationToken)
    {
        ThrowIfConflict();
        AssignmentResult result = Solve(model, new AssignmentSolver(solver), out _, cancellationToken);
        return Checked(result).MentorOf.ToArray();
    }

    /// <summary>Throws when <see cref="Conflict"/> names a rule that cannot be met.</summary>
    /// <exception cref="InvalidOperationException">A rule cannot be met.</exception>
    internal void ThrowIfConflict()
    {
        if (Conflict is { } conflict)
        {
            throw new InvalidOperationException("No matching satisfies every rule: " + conflict);
        }
    }

    /// <summary>Starts a heuristic: the kept pairs placed, and every mentor's places left.</summary>
    internal int[] StartWithLockedPairs(out int[] spare)
    {
        ThrowIfConflict();
        var mentorOf = (int[])_lockedMentorOf.Clone();
        spare = (int[])_capacity.Clone();
        foreach (var (_, j) in _locked)
        {
            spare[j]--;
        }

        return mentorOf;
    }

    /// <summary>
    /// Makes a heuristic's matching meet the minimum loads, changing as few of its pairs as possible: the exact model
    /// with cost 0 for the heuristic's pairs, 1 for any other allowed pair, 2 for unmatching one of its mentees.
    /// </summary>
    /// <exception cref="InvalidOperationException">No matching satisfies every rule.</exception>
    internal int[] Repair(int[] mentorOf, IMinCostFlowSolver solver, CancellationToken cancellationToken)
    {
        if (FindViolation(mentorOf) is null)
        {
            return mentorOf;
        }

        int n = MenteeCount;
        int m = MentorCount;
        var builder = new AssignmentProblemBuilder(n, m, 0);
        for (int i = 0; i < n; i++)
        {
            builder.SetUnmatchedPenalty(i, mentorOf[i] >= 0 ? 2 : 0);
            for (int j = 0; j < m; j++)
            {
                if (Points(i, j) >= 0)
                {
                    builder.AddPair(i, j, mentorOf[i] == j ? 0 : 1, _lockedMentorOf[i] == j);
                }
            }
        }

        for (int j = 0; j < m; j++)
        {
            builder.SetMentor(j, _minLoad[j], _capacity[j]);
        }

        AssignmentResult result = new AssignmentSolver(solver).Solve(builder.Build(), cancellationToken);
        return Checked(result).MentorOf.ToArray();
    }

    private static AssignmentResult Checked(AssignmentResult result)
    {
        if (!result.Success)
        {
            throw new InvalidOperationException("No matching satisfies every rule: the minimum loads, kept pairs and capacities cannot all be met together.");
        }

        if (result.Certificate is { IsOptimal: false } certificate)
        {
            throw new InvalidOperationException("The assignment solver's answer failed its optimality check: " + certificate);
        }

        return result;
    }

    private static long ToPoints(double score) => checked((long)Math.Round(score * ScoreTable.PointsPerScore, MidpointRounding.AwayFromZero));

    /// <summary>Maps every id, email and name on one side to its first position (case-insensitive), like a scan in input order.</summary>
    private static Dictionary<string, int> Lookup(MatchingProblem problem, IReadOnlyList<int> side)
    {
        var lookup = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int k = 0; k < side.Count; k++)
        {
            var p = problem.Participants[side[k]];
            lookup.TryAdd(p.Id, k);
            if (p.Email is { } email)
            {
                lookup.TryAdd(email, k);
            }

            lookup.TryAdd(p.Name, k);
        }

        return lookup;
    }

    /// <summary>The per-position tiers and rule notes read from the options.</summary>
    private sealed record Notes(int[] Tier, Dictionary<long, PairRule> PairRule, PersonRule[] MenteeRule, PersonRule[] MentorRule);

    /// <summary>Pair costs of one model for candidate pricing.</summary>
    private readonly struct RuleCosts(ProgramRules rules, FlowModel model) : IPairCosts
    {
        public long Cost(int mentee, int mentor) => rules.ModelCost(mentee, mentor, model);
    }
}
