// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using Matching.Core.Domain;

using Matching.Core.Rules;

namespace Matching.Core.Rounds;

/// <summary>
/// Turns a program's earlier rounds into the inputs of the next one: no repeat pairs (or a penalty for them, in either
/// direction for peers), no pair rated badly, lower capacity or a growing load penalty for fatigued mentors, and
/// priority for mentees left unmatched.
/// </summary>
/// <remarks>
/// <para>
/// Fatigue: walking the rounds from the oldest, a mentor's fatigue level rises by one for every round at full load
/// (load ≥ the round's capacity, from its <c>mentors.csv</c>, else today's) and returns to 0 after
/// <see cref="HistoryOptions.CooldownRounds"/> rounds below full load in a row. From level K
/// (<see cref="HistoryOptions.FatigueRounds"/>) the mentor's capacity is lowered by level − K + 1 (or each extra
/// mentee costs that many times <see cref="HistoryOptions.FatigueLoadPenalty"/> points).
/// </para>
/// <para>
/// Priority: a mentee unmatched in the last round is tier 1, in the last two rounds tier 2 (see
/// <see cref="RoundPlan.MenteeTiers"/>). People are matched by id, email or name; someone who left is ignored.
/// </para>
/// </remarks>
public static class RoundHistory
{
    /// <summary>Builds the plan for the next round.</summary>
    /// <param name="participants">Everyone in the next round.</param>
    /// <param name="rounds">The earlier rounds, oldest first.</param>
    /// <param name="options">History options; null for the defaults.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static RoundPlan Plan(IReadOnlyList<Participant> participants, IReadOnlyList<PastRound> rounds, HistoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(participants);
        ArgumentNullException.ThrowIfNull(rounds);
        options ??= HistoryOptions.Default;
        options.Validate();
        var people = new PeopleIndex(participants);
        var forbidden = RoundPlan.Pairs<string>();
        var adjustments = RoundPlan.Pairs<double>();
        var pairRules = RoundPlan.Pairs<PairRule>();
        foreach (PastRound round in rounds)
        {
            foreach (var (mentee, mentor) in round.Pairs)
            {
                if (people.IdOf(mentee) is not { } a || people.IdOf(mentor) is not { } b)
                {
                    continue;
                }

                foreach (var pair in new[] { (a, b), (b, a) })
                {
                    if (options.Repeats == RepeatPolicy.Forbid)
                    {
                        forbidden.TryAdd(pair, $"paired in {round.Name}");
                        pairRules.TryAdd(pair, PairRule.Repeat);
                    }
                    else
                    {
                        adjustments[pair] = -options.RepeatPenalty;
                    }
                }
            }

            foreach (PairFeedback feedback in round.Feedback)
            {
                if (feedback.Rating <= options.BadRating || feedback.WouldContinue == false)
                {
                    if (people.IdOf(feedback.Mentee) is { } a && people.IdOf(feedback.Mentor) is { } b)
                    {
                        string why = string.Create(CultureInfo.InvariantCulture, $"rated {feedback.Rating}/5{(feedback.WouldContinue == false ? ", would not continue" : string.Empty)} in {round.Name}");
                        forbidden[(a, b)] = why;
                        forbidden[(b, a)] = why;
                        pairRules[(a, b)] = PairRule.BadRating;
                        pairRules[(b, a)] = PairRule.BadRating;
                        adjustments.Remove((a, b));
                        adjustments.Remove((b, a));
                    }
                }
            }
        }

        var (capacities, penalties, notes) = Fatigue(participants, people, rounds, options);
        var tiers = RoundPlan.People<int>();
        if (options.PrioritizeUnmatched && rounds.Count > 0)
        {
            foreach (string reference in rounds[^1].UnmatchedMentees)
            {
                if (people.IdOf(reference) is not { } id)
                {
                    continue;
                }

                bool twice = rounds.Count > 1 && rounds[^2].UnmatchedMentees.Any(r => string.Equals(people.IdOf(r), id, StringComparison.OrdinalIgnoreCase));
                tiers[id] = twice ? 2 : 1;
                notes[id] = twice ? "unmatched in the last two rounds: matched first" : "unmatched in the last round: matched before others";
            }
        }

        return new RoundPlan
        {
            ForbiddenPairs = forbidden,
            PairRules = pairRules,
            PersonRules = RoundPlan.People(capacities.Keys.Concat(penalties.Keys).Distinct(StringComparer.OrdinalIgnoreCase).Select(id => KeyValuePair.Create(id, PersonRule.Fatigue))),
            PairAdjustments = adjustments,
            MenteeTiers = tiers,
            MentorCapacities = capacities,
            MentorLoadPenalties = penalties,
            Notes = notes,
        };
    }

    /// <summary>Returns each mentor's fatigue level after <paramref name="rounds"/> (0 = rested).</summary>
    /// <param name="participants">Everyone in the next round.</param>
    /// <param name="rounds">The earlier rounds, oldest first.</param>
    /// <param name="options">History options; null for the defaults.</param>
    /// <returns>The level by mentor id, for mentors with a level above 0.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyDictionary<string, int> FatigueLevels(IReadOnlyList<Participant> participants, IReadOnlyList<PastRound> rounds, HistoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(participants);
        ArgumentNullException.ThrowIfNull(rounds);
        options ??= HistoryOptions.Default;
        var people = new PeopleIndex(participants);
        var level = RoundPlan.People<int>();
        var rest = RoundPlan.People<int>();
        foreach (PastRound round in rounds)
        {
            var load = RoundPlan.People<int>();
            var capacity = RoundPlan.People<int>();
            foreach (var (mentor, served, places) in round.MentorLoads)
            {
                if (people.IdOf(mentor) is { } id)
                {
                    load[id] = served;
                    capacity[id] = places;
                }
            }

            if (round.MentorLoads.Count == 0)
            {
                foreach (var (_, mentor) in round.Pairs)
                {
                    if (people.IdOf(mentor) is { } id)
                    {
                        load[id] = load.GetValueOrDefault(id) + 1;
                    }
                }
            }

            foreach (Participant p in participants.Where(p => p.Roles.HasFlag(Roles.Mentor)))
            {
                int places = capacity.TryGetValue(p.Id, out int c) ? c : p.Capacity;
                if (places > 0 && load.GetValueOrDefault(p.Id) >= places)
                {
                    level[p.Id] = level.GetValueOrDefault(p.Id) + 1;
                    rest[p.Id] = 0;
                }
                else if ((rest[p.Id] = rest.GetValueOrDefault(p.Id) + 1) >= options.CooldownRounds)
                {
                    level.Remove(p.Id);
                }
            }
        }

        return level;
    }

    private static (Dictionary<string, int> Capacities, Dictionary<string, double> Penalties, Dictionary<string, string> Notes) Fatigue(
        IReadOnlyList<Participant> participants, PeopleIndex people, IReadOnlyList<PastRound> rounds, HistoryOptions options)
    {
        var capacities = RoundPlan.People<int>();
        var penalties = RoundPlan.People<double>();
        var notes = RoundPlan.People<string>();
        if (options.FatigueRounds == 0)
        {
            return (capacities, penalties, notes);
        }

        foreach (var (id, level) in FatigueLevels(participants, rounds, options))
        {
            int index = people.Find(id);
            if (level < options.FatigueRounds || index < 0)
            {
                continue;
            }

            int reduction = level - options.FatigueRounds + 1;
            Participant mentor = participants[index];
            if (options.Fatigue == FatigueMode.Capacity)
            {
                capacities[id] = Math.Max(0, mentor.Capacity - reduction);
                notes[id] = string.Create(CultureInfo.InvariantCulture, $"at full load in {level} recent round(s): capacity lowered from {mentor.Capacity} to {capacities[id]} for this round");
            }
            else
            {
                penalties[id] = reduction * options.FatigueLoadPenalty;
                notes[id] = string.Create(CultureInfo.InvariantCulture, $"at full load in {level} recent round(s): each extra mentee costs {penalties[id]:0.#} more points this round");
            }
        }

        return (capacities, penalties, notes);
    }
}
