// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using Matching.Core.Domain;
using Matching.Core.Problem;
using Matching.Core.Results;
using Matching.Core.Rules;

namespace Matching.Core.Rounds;

/// <summary>What happened to one mentee in a rematch.</summary>
public enum PairChangeKind
{
    /// <summary>The pair continues unchanged.</summary>
    Kept,

    /// <summary>A continuing pair was changed because the gain exceeded the disruption cost.</summary>
    Moved,

    /// <summary>A mentee whose pair ended, or who had no pair, was placed with a mentor.</summary>
    New,

    /// <summary>The mentee has no mentor after the rematch.</summary>
    StillUnmatched,
}

/// <summary>One mentee's line in a rematch's <c>changes.csv</c>.</summary>
/// <param name="Mentee">The mentee.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Before">The mentor before (the active pair), or null.</param>
/// <param name="After">The mentor after, or null.</param>
/// <param name="Reason">Why, in words.</param>
public sealed record PairChange(Participant Mentee, PairChangeKind Kind, Participant? Before, Participant? After, string Reason);

/// <summary>A rematch: the new matching and what changed for each mentee.</summary>
/// <param name="Result">The matching after the rematch (continuing pairs included).</param>
/// <param name="Changes">One line per mentee, in mentee input order.</param>
public sealed record RematchResult(MatchingResult Result, IReadOnlyList<PairChange> Changes);

/// <summary>How a rematch trades stability against quality.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class RematchOptions
{
    /// <summary>
    /// Gets the score points a continuing pair is worth keeping: a continuing pair moves only when the matching gains
    /// more than this per moved pair (a newly matched mentee gains the unmatched penalty; coverage first, more than
    /// any score). Null (the default): continuing pairs never move.
    /// </summary>
    public double? DisruptionCost { get; init; }
}

/// <summary>
/// Rematching a running program after some pairs ended: continuing pairs stay (or move only when the gain exceeds
/// the disruption cost per moved pair), an ended pair is never proposed again, and freed places go first to the
/// mentees whose pair ended (tier 1, ahead of newcomers).
/// </summary>
public static class Rematch
{
    /// <summary>The largest disruption cost, in score points (a continuing pair then practically never moves).</summary>
    public const double MaxDisruptionCost = 1_000_000;

    /// <summary>Builds the plan of a rematch.</summary>
    /// <param name="participants">Everyone in the program now.</param>
    /// <param name="active">The running pairs (mentee, mentor), by id, email or name.</param>
    /// <param name="ended">The pairs that ended.</param>
    /// <param name="options">Rematch options; null for the defaults.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The disruption cost is negative or not finite.</exception>
    public static RoundPlan Plan(IReadOnlyList<Participant> participants, IReadOnlyList<(string Mentee, string Mentor)> active, IReadOnlyList<(string Mentee, string Mentor)> ended, RematchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(participants);
        ArgumentNullException.ThrowIfNull(active);
        ArgumentNullException.ThrowIfNull(ended);
        options ??= new RematchOptions();
        if (options.DisruptionCost is double cost && (!double.IsFinite(cost) || cost < 0 || cost > MaxDisruptionCost))
        {
            throw new ArgumentOutOfRangeException(nameof(options), cost, "The disruption cost must be a number of score points from 0 to 1,000,000.");
        }

        var people = new PeopleIndex(participants);
        var forbidden = RoundPlan.Pairs<string>();
        var pairRules = RoundPlan.Pairs<PairRule>();
        var tiers = RoundPlan.People<int>();
        var notes = RoundPlan.People<string>();
        var running = RoundPlan.Pairs<bool>(active.Select(p => (people.IdOf(p.Mentee), people.IdOf(p.Mentor))).Where(p => p.Item1 is not null && p.Item2 is not null).Select(p => KeyValuePair.Create((p.Item1!, p.Item2!), true)).DistinctBy(p => p.Key, RoundPlan.PairComparer.Instance));
        var endedIds = RoundPlan.Pairs<bool>(ended.Select(p => (people.IdOf(p.Mentee), people.IdOf(p.Mentor))).Where(p => p.Item1 is not null && p.Item2 is not null).Select(p => KeyValuePair.Create((p.Item1!, p.Item2!), true)).DistinctBy(p => p.Key, RoundPlan.PairComparer.Instance));
        foreach (var (mentee, mentor) in ended)
        {
            if (people.IdOf(mentee) is { } a)
            {
                tiers[a] = 1;
                notes[a] = "the pair ended: placed before newcomers";
                if (people.IdOf(mentor) is { } b)
                {
                    // Both directions (people with both roles, as peers, may stand either way round), unless the
                    // other direction is itself a running pair that continues: that is a mentorship of its own.
                    forbidden[(a, b)] = "the pair ended";
                    pairRules[(a, b)] = PairRule.Ended;
                    if (!running.ContainsKey((b, a)) || endedIds.ContainsKey((b, a)))
                    {
                        forbidden[(b, a)] = "the pair ended";
                        pairRules[(b, a)] = PairRule.Ended;
                    }
                }
            }
        }

        var locked = new List<(string, string)>();
        var bonus = RoundPlan.Pairs<double>();
        foreach (var (mentee, mentor) in active)
        {
            string? a = people.IdOf(mentee);
            string? b = people.IdOf(mentor);
            if (a is null || forbidden.ContainsKey((a, b ?? string.Empty)))
            {
                continue;
            }

            if (b is null)
            {
                // The mentor left the program: the mentee's pair has ended.
                tiers[a] = 1;
                notes[a] = "the mentor left the program: placed before newcomers";
                continue;
            }

            if (options.DisruptionCost is double points)
            {
                // Worth one fixed-point unit more than the cost, so an equal gain keeps the pair.
                bonus[(a, b)] = points + (1.0 / ScoreTable.PointsPerScore);
            }
            else
            {
                locked.Add((a, b));
            }
        }

        return new RoundPlan { ForbiddenPairs = forbidden, PairRules = pairRules, LockedPairs = locked, PairAdjustments = bonus, MenteeTiers = tiers, Notes = notes };
    }

    /// <summary>Rematches <paramref name="problem"/>.</summary>
    /// <param name="problem">The scored program now.</param>
    /// <param name="active">The running pairs.</param>
    /// <param name="ended">The pairs that ended.</param>
    /// <param name="options">Rematch options; null for the defaults.</param>
    /// <param name="matching">Matching options (unmatched penalty, load penalty, language); null for the defaults.</param>
    /// <param name="extra">A further plan to respect (history, feedback); null for none.</param>
    /// <param name="cancellationToken">Cancels a long solve.</param>
    /// <returns>The new matching and the change of every mentee.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A continuing pair is forbidden by a hard rule or by <paramref name="extra"/>.</exception>
    public static RematchResult Solve(
        MatchingProblem problem,
        IReadOnlyList<(string Mentee, string Mentor)> active,
        IReadOnlyList<(string Mentee, string Mentor)> ended,
        RematchOptions? options = null,
        MatchingOptions? matching = null,
        RoundPlan? extra = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        RoundPlan plan = Plan(problem.Participants, active, ended, options);
        if (extra is not null)
        {
            plan = plan.With(extra);
        }

        MatchingResult result = plan.Solve(problem, matching, cancellationToken);
        return new RematchResult(result, result.Status == MatchingStatus.Optimal ? Changes(problem, result, plan, active, options ?? new RematchOptions()) : []);
    }

    private static List<PairChange> Changes(MatchingProblem problem, MatchingResult result, RoundPlan plan, IReadOnlyList<(string Mentee, string Mentor)> active, RematchOptions options)
    {
        var people = new PeopleIndex(problem.Participants);
        var before = new Dictionary<Participant, Participant?>(ReferenceEqualityComparer.Instance);
        foreach (var (mentee, mentor) in active)
        {
            if (people.Find(mentee) is int i and >= 0)
            {
                before[problem.Participants[i]] = people.Find(mentor) is int j and >= 0 ? problem.Participants[j] : null;
            }
        }

        var after = new Dictionary<Participant, Match>(ReferenceEqualityComparer.Instance);
        foreach (Match match in result.Matches)
        {
            after[match.Mentee] = match;
        }

        var why = new Dictionary<Participant, string>(ReferenceEqualityComparer.Instance);
        foreach (UnmatchedParticipant u in result.Unmatched.Where(u => u.Side == Roles.Mentee))
        {
            why[u.Participant] = u.Reason;
        }

        var changes = new List<PairChange>();
        foreach (int index in problem.Mentees)
        {
            Participant mentee = problem.Participants[index];
            Participant? was = before.GetValueOrDefault(mentee);
            Match? now = after.GetValueOrDefault(mentee);
            bool continuing = was is not null && !plan.Forbids(mentee.Id, was.Id);
            string score = now is null ? string.Empty : now.Score.ToString("0.0", CultureInfo.InvariantCulture);
            PairChange change = (continuing, now) switch
            {
                (true, not null) when ReferenceEquals(now.Mentor, was) => new(mentee, PairChangeKind.Kept, was, was, "the pair continues"),
                (true, _) => new(mentee, PairChangeKind.Moved, was, now?.Mentor, Invariant($"moved: the matching gains more than the disruption cost of {options.DisruptionCost ?? 0:0.#} points per moved pair") + (now is null ? string.Empty : $" (new score {score})")),
                (false, not null) when was is not null => new(mentee, PairChangeKind.New, was, now.Mentor, $"the pair with {was.Name} ended; placed with a mentor who has room (score {score})"),
                (false, not null) => new(mentee, PairChangeKind.New, null, now.Mentor, $"had no mentor; placed with a mentor who has room (score {score})"),
                _ => new(mentee, PairChangeKind.StillUnmatched, was, null, why.GetValueOrDefault(mentee) ?? "no mentor with room is compatible"),
            };
            changes.Add(change);
        }

        return changes;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
