// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Collections.Immutable;
using Matching.Core.Problem;
using Matching.Core.Results;
using Matching.Core.Rules;

namespace Matching.Core.Rounds;

/// <summary>
/// The inputs that a program's history, a rematch or incomplete profiles add to one matching: pairs forbidden or
/// locked, score points added to or taken from pairs, mentees matched first, mentors' effective capacities and load
/// penalties, each with the reason to report.
/// </summary>
/// <remarks>
/// People are named by <see cref="Domain.Participant.Id"/> (case-insensitive). Policies build plans
/// (<see cref="RoundHistory"/>, <see cref="Rematch"/>, <see cref="ProfileCompleteness"/>); <see cref="Solve"/>
/// matches a program under one with <see cref="MatchingEngine"/> (the one flow model, <see cref="ProgramRules"/>),
/// through <see cref="ToMatchingOptions"/>. Instances are immutable.
/// </remarks>
public sealed class RoundPlan
{
    /// <summary>Gets an empty plan: the program is matched as it stands.</summary>
    public static RoundPlan Empty { get; } = new();

    /// <summary>Gets pairs that must not be formed, with the reason (repeat of an earlier round, rated badly, ended).</summary>
    public IReadOnlyDictionary<(string MenteeId, string MentorId), string> ForbiddenPairs { get; init; } = Pairs<string>();

    /// <summary>Gets the program rule behind each forbidden pair (repeat, bad rating, ended), for unmatched reasons; a pair without one is reported as excluded.</summary>
    public IReadOnlyDictionary<(string MenteeId, string MentorId), PairRule> PairRules { get; init; } = Pairs<PairRule>();

    /// <summary>Gets the program rule behind a person's effective capacity or exclusion (fatigue, incomplete profile), for unmatched reasons.</summary>
    public IReadOnlyDictionary<string, PersonRule> PersonRules { get; init; } = People<PersonRule>();

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

        var pairRules = Pairs<PairRule>(PairRules);
        foreach (var (pair, rule) in other.PairRules)
        {
            pairRules.TryAdd(pair, rule);
        }

        var adjustments = Pairs<double>(PairAdjustments);
        foreach (var (pair, points) in other.PairAdjustments)
        {
            adjustments[pair] = adjustments.GetValueOrDefault(pair) + points;
        }

        return new RoundPlan
        {
            ForbiddenPairs = forbidden,
            PairRules = pairRules,
            PersonRules = Merge(PersonRules, other.PersonRules, (a, b) => a == PersonRule.None ? b : a),
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
    /// Expresses the plan in the engine's inputs, for the engine and every strategy: forbidden pairs (with the rule
    /// behind each), locked pairs, pair adjustments (the adjustment range widened when the plan needs it, as for a
    /// disruption cost), effective capacities, load penalties (added to the program's, at most 100 points), tiers
    /// (which outrank coverage) and the rules behind people's capacities and exclusions. A mentee excluded by the plan
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
        double widest = PairAdjustments.Values.Select(Math.Abs).DefaultIfEmpty(0).Max();
        var pairRules = options.PairRules.ToBuilder();
        foreach (var (pair, rule) in PairRules)
        {
            if (ForbiddenPairs.ContainsKey(pair))
            {
                pairRules.TryAdd(pair, rule);
            }
        }

        var personRules = options.PersonRules.ToBuilder();
        foreach (var (id, rule) in PersonRules)
        {
            personRules[id] = rule;
        }

        var tiers = options.MenteeTiers.ToBuilder();
        foreach (var (id, tier) in MenteeTiers.Where(t => t.Value > 0))
        {
            tiers[id] = Math.Max(tiers.GetValueOrDefault(id), Math.Min(tier, MatchingDefaults.MaxMenteeTier));
        }

        return options with
        {
            ForbiddenPairs = [.. options.ForbiddenPairs, .. ForbiddenPairs.Keys, .. ExcludedMentees.Keys.SelectMany(mentee => mentors.Select(mentor => (mentee, mentor)))],
            PairRules = pairRules.ToImmutable(),
            PersonRules = personRules.ToImmutable(),
            LockedPairs = [.. options.LockedPairs, .. LockedPairs],
            MaxPairAdjustment = Math.Max(options.MaxPairAdjustment, Math.Min(widest, MatchingDefaults.MaxWidePairAdjustmentPoints)),
            PairAdjustments = [.. options.PairAdjustments.IsDefault ? [] : options.PairAdjustments, .. PairAdjustments.Select(a => new PairAdjustment(a.Key.MenteeId, a.Key.MentorId, Math.Clamp(a.Value, -MatchingDefaults.MaxWidePairAdjustmentPoints, MatchingDefaults.MaxWidePairAdjustmentPoints)))],
            EffectiveCapacities = options.EffectiveCapacities.SetItems(MentorCapacities),
            MentorLoadPenalties = options.MentorLoadPenalties.SetItems(MentorLoadPenalties.Select(p => KeyValuePair.Create(p.Key, Math.Min(MatchingDefaults.MaxAdjustmentPoints, options.LoadPenalty + p.Value)))),
            MenteeTiers = tiers.ToImmutable(),
        };
    }

    /// <summary>Matches <paramref name="problem"/> under this plan with the engine.</summary>
    /// <param name="problem">The scored program; the plan's ids refer to its participants (unknown ids are ignored, as people leave between rounds).</param>
    /// <param name="options">The program's options; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels a long solve.</param>
    /// <returns>The optimal matching, with mentor loads against effective capacity and reasons that name the plan's rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="problem"/> is null.</exception>
    /// <exception cref="ArgumentException">A locked pair names someone who is not in the program.</exception>
    public MatchingResult Solve(MatchingProblem problem, MatchingOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        MatchingOptions planned = ToMatchingOptions(options ?? MatchingOptions.Default, problem.Mentors.Select(j => problem.Participants[j].Id));
        return new MatchingEngine(planned).Solve(problem, cancellationToken);
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
