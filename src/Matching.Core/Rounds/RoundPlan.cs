// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Core.Rounds;

/// <summary>
/// The inputs that a program's history, a rematch or incomplete profiles add to one matching: pairs forbidden or
/// locked, score points added to or taken from pairs, mentees matched first, mentors' effective capacities and load
/// penalties, each with the reason to report.
/// </summary>
/// <remarks>
/// People are named by <see cref="Domain.Participant.Id"/> (case-insensitive). Policies build plans
/// (<see cref="RoundHistory"/>, <see cref="Rematch"/>, <see cref="ProfileCompleteness"/>); <see cref="RoundSolver"/>
/// solves a program under one. Instances are immutable.
/// </remarks>
public sealed class RoundPlan
{
    /// <summary>Gets an empty plan: the program is matched as it stands.</summary>
    public static RoundPlan Empty { get; } = new();

    /// <summary>Gets pairs that must not be formed, with the reason (repeat of an earlier round, rated badly, ended).</summary>
    public IReadOnlyDictionary<(string MenteeId, string MentorId), string> ForbiddenPairs { get; init; } = Pairs<string>();

    /// <summary>Gets pairs that must be kept.</summary>
    public IReadOnlyList<(string MenteeId, string MentorId)> LockedPairs { get; init; } = [];

    /// <summary>
    /// Gets score points added to a pair's score for the optimization only (positive: a bonus, such as for a continuing
    /// pair; negative: a penalty, such as for a repeat). The reported score stays the pair's own.
    /// </summary>
    public IReadOnlyDictionary<(string MenteeId, string MentorId), double> PairAdjustments { get; init; } = Pairs<double>();

    /// <summary>
    /// Gets mentees matched before others: a mentee of tier t is never left unmatched to match any number of mentees of
    /// lower tiers (tier 0, the default, is everyone else). At most tier 2.
    /// </summary>
    public IReadOnlyDictionary<string, int> MenteeTiers { get; init; } = People<int>();

    /// <summary>Gets mentees not matched at all (for example with incomplete profiles, when so configured).</summary>
    public IReadOnlyDictionary<string, string> ExcludedMentees { get; init; } = People<string>();

    /// <summary>Gets mentors' effective capacities where they differ from the survey (never above it).</summary>
    public IReadOnlyDictionary<string, int> MentorCapacities { get; init; } = People<int>();

    /// <summary>Gets extra score points per mentor for each mentee beyond the first (on top of the program's load penalty).</summary>
    public IReadOnlyDictionary<string, double> MentorLoadPenalties { get; init; } = People<double>();

    /// <summary>Gets the reason for each person's tier, capacity or load penalty, by id, for explanations.</summary>
    public IReadOnlyDictionary<string, string> Notes { get; init; } = People<string>();

    /// <summary>Combines two plans: forbidden pairs, locks and exclusions add up; adjustments add; tiers, capacities and penalties take the stricter value.</summary>
    /// <param name="other">The other plan.</param>
    /// <returns>The combined plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public RoundPlan With(RoundPlan other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var forbidden = Pairs<string>(ForbiddenPairs);
        foreach (var (pair, reason) in other.ForbiddenPairs)
        {
            forbidden.TryAdd(pair, reason);
        }

        var adjustments = Pairs<double>(PairAdjustments);
        foreach (var (pair, points) in other.PairAdjustments)
        {
            adjustments[pair] = adjustments.GetValueOrDefault(pair) + points;
        }

        return new RoundPlan
        {
            ForbiddenPairs = forbidden,
            LockedPairs = [.. LockedPairs, .. other.LockedPairs.Where(p => !LockedPairs.Contains(p))],
            PairAdjustments = adjustments,
            MenteeTiers = Merge(MenteeTiers, other.MenteeTiers, Math.Max),
            ExcludedMentees = Merge(ExcludedMentees, other.ExcludedMentees, (a, _) => a),
            MentorCapacities = Merge(MentorCapacities, other.MentorCapacities, Math.Min),
            MentorLoadPenalties = Merge(MentorLoadPenalties, other.MentorLoadPenalties, Math.Max),
            Notes = Merge(Notes, other.Notes, (a, b) => a == b ? a : a + "; " + b),
        };
    }

    /// <summary>
    /// Expresses the plan in the engine's inputs, for the engine and every strategy: forbidden and locked pairs, pair
    /// adjustments (clamped to ±100 points), effective capacities, load penalties (added to the program's) and tiers as
    /// unmatched priorities (tier t → 50 × t points; the engine keeps coverage first). A mentee excluded by the plan
    /// has every pair forbidden.
    /// </summary>
    /// <param name="options">The program's options.</param>
    /// <param name="mentorIds">The ids of the program's mentors (to forbid every pair of an excluded mentee).</param>
    /// <returns>The options with the plan's inputs added.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public MatchingOptions ToMatchingOptions(MatchingOptions options, IEnumerable<string> mentorIds)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(mentorIds);
        string[] mentors = [.. mentorIds];
        return options with
        {
            ForbiddenPairs = [.. options.ForbiddenPairs, .. ForbiddenPairs.Keys, .. ExcludedMentees.Keys.SelectMany(mentee => mentors.Select(mentor => (mentee, mentor)))],
            LockedPairs = [.. options.LockedPairs, .. LockedPairs],
            PairAdjustments = [.. options.PairAdjustments.IsDefault ? [] : options.PairAdjustments, .. PairAdjustments.Select(a => new PairAdjustment(a.Key.MenteeId, a.Key.MentorId, Math.Clamp(a.Value, -100, 100)))],
            EffectiveCapacities = options.EffectiveCapacities.SetItems(MentorCapacities),
            MentorLoadPenalties = options.MentorLoadPenalties.SetItems(MentorLoadPenalties.Select(p => KeyValuePair.Create(p.Key, Math.Min(100, options.LoadPenalty + p.Value)))),
            UnmatchedPriorities = options.UnmatchedPriorities.SetItems(MenteeTiers.Where(t => t.Value > 0).Select(t => KeyValuePair.Create(t.Key, Math.Min(100, 50.0 * t.Value)))),
        };
    }

    /// <summary>Returns whether the pair is forbidden by this plan.</summary>
    /// <param name="menteeId">The mentee's id.</param>
    /// <param name="mentorId">The mentor's id.</param>
    public bool Forbids(string menteeId, string mentorId) => ForbiddenPairs.ContainsKey((menteeId, mentorId));

    internal static Dictionary<(string MenteeId, string MentorId), T> Pairs<T>(IEnumerable<KeyValuePair<(string MenteeId, string MentorId), T>>? items = null) =>
        new(items ?? [], PairComparer.Instance);

    internal static Dictionary<string, T> People<T>(IEnumerable<KeyValuePair<string, T>>? items = null) =>
        new(items ?? [], StringComparer.OrdinalIgnoreCase);

    private static Dictionary<string, T> Merge<T>(IReadOnlyDictionary<string, T> a, IReadOnlyDictionary<string, T> b, Func<T, T, T> combine)
    {
        var merged = People<T>(a);
        foreach (var (key, value) in b)
        {
            merged[key] = merged.TryGetValue(key, out T? existing) ? combine(existing, value) : value;
        }

        return merged;
    }

    /// <summary>Compares (mentee id, mentor id) pairs case-insensitively.</summary>
    internal sealed class PairComparer : IEqualityComparer<(string MenteeId, string MentorId)>
    {
        public static PairComparer Instance { get; } = new();

        public bool Equals((string MenteeId, string MentorId) x, (string MenteeId, string MentorId) y) =>
            string.Equals(x.MenteeId, y.MenteeId, StringComparison.OrdinalIgnoreCase) && string.Equals(x.MentorId, y.MentorId, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((string MenteeId, string MentorId) obj) =>
            HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(obj.MenteeId), StringComparer.OrdinalIgnoreCase.GetHashCode(obj.MentorId));
    }
}
