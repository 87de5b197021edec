// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Domain;
using Matching.Core.Results;

namespace Matching.Core.Rounds;

/// <summary>One round's line in <see cref="RoundFairness"/>.</summary>
/// <param name="Name">The round's name.</param>
/// <param name="Pairs">The number of pairs.</param>
/// <param name="UnmatchedMentees">The number of mentees left unmatched (when known).</param>
/// <param name="LoadGini">The Gini coefficient of the loads of mentors with capacity (0 = equal loads, towards 1 = a few carry all).</param>
public sealed record RoundLine(string Name, int Pairs, int UnmatchedMentees, double LoadGini);

/// <summary>Fairness across a program's rounds: load spread per round, who stayed unmatched repeatedly, repeated pairs.</summary>
/// <param name="Rounds">One line per round, oldest first.</param>
/// <param name="RepeatedlyUnmatched">The people (as the files named them, by id where known) unmatched in two or more rounds.</param>
/// <param name="RepeatedPairs">The pairs formed in more than one round.</param>
public sealed record RoundFairness(IReadOnlyList<RoundLine> Rounds, IReadOnlyList<string> RepeatedlyUnmatched, IReadOnlyList<(string Mentee, string Mentor)> RepeatedPairs)
{
    /// <summary>Computes the fairness of <paramref name="rounds"/>.</summary>
    /// <param name="participants">Everyone in the latest round, to recognize people across rounds and count idle mentors.</param>
    /// <param name="rounds">The rounds, oldest first (the current one last, see <see cref="FromResult"/>).</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static RoundFairness Of(IReadOnlyList<Participant> participants, IReadOnlyList<PastRound> rounds)
    {
        ArgumentNullException.ThrowIfNull(participants);
        ArgumentNullException.ThrowIfNull(rounds);
        var people = new PeopleIndex(participants);
        string Key(string reference) => people.IdOf(reference) ?? reference.Trim();
        var lines = new List<RoundLine>();
        var unmatched = RoundPlan.People<int>();
        var seen = RoundPlan.Pairs<int>();
        foreach (PastRound round in rounds)
        {
            List<int> loads;
            if (round.MentorLoads.Count > 0)
            {
                loads = [.. round.MentorLoads.Where(l => l.Capacity > 0).Select(l => l.Load)];
            }
            else
            {
                var load = RoundPlan.People<int>();
                foreach (Participant p in participants.Where(p => p.Roles.HasFlag(Roles.Mentor) && p.Capacity > 0))
                {
                    load[p.Id] = 0;
                }

                foreach (var (_, mentor) in round.Pairs)
                {
                    load[Key(mentor)] = load.GetValueOrDefault(Key(mentor)) + 1;
                }

                loads = [.. load.Values];
            }

            lines.Add(new RoundLine(round.Name, round.Pairs.Count, round.UnmatchedMentees.Count, Gini(loads)));
            foreach (string who in round.UnmatchedMentees.Select(Key).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                unmatched[who] = unmatched.GetValueOrDefault(who) + 1;
            }

            foreach (var pair in round.Pairs.Select(p => (Key(p.Mentee), Key(p.Mentor))).Distinct(RoundPlan.PairComparer.Instance))
            {
                // A peer pair counts as the same pair in either direction.
                var key = string.Compare(pair.Item1, pair.Item2, StringComparison.OrdinalIgnoreCase) <= 0 ? pair : (pair.Item2, pair.Item1);
                seen[key] = seen.GetValueOrDefault(key) + 1;
            }
        }

        return new RoundFairness(
            lines,
            [.. unmatched.Where(u => u.Value >= 2).Select(u => u.Key).Order(StringComparer.OrdinalIgnoreCase)],
            [.. seen.Where(s => s.Value > 1).Select(s => s.Key).OrderBy(s => s.MenteeId, StringComparer.OrdinalIgnoreCase)]);
    }

    /// <summary>Turns a matching into a round record, to report it together with the history or to keep it as history.</summary>
    /// <param name="name">The round's name.</param>
    /// <param name="result">The matching.</param>
    /// <returns>The round.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static PastRound FromResult(string name, MatchingResult result)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(result);
        return new PastRound
        {
            Name = name,
            Pairs = [.. result.Matches.Select(m => (m.Mentee.Id, m.Mentor.Id))],
            UnmatchedMentees = [.. result.Unmatched.Where(u => u.Side == Roles.Mentee).Select(u => u.Participant.Id)],
            MentorLoads = [.. result.MentorLoads.Select(l => (l.Mentor.Id, l.Load, l.Capacity))],
        };
    }

    /// <summary>Gini = (2 Σ r·x₍ᵣ₎) ÷ (k Σ x) − (k + 1) ÷ k over the sorted loads; 0 when nobody has a mentee.</summary>
    /// <param name="loads">The loads.</param>
    /// <returns>The coefficient.</returns>
    public static double Gini(IEnumerable<int> loads)
    {
        ArgumentNullException.ThrowIfNull(loads);
        long[] sorted = [.. loads.Select(l => (long)l).Order()];
        long sum = sorted.Sum();
        if (sum == 0)
        {
            return 0;
        }

        double weighted = 0;
        for (int r = 0; r < sorted.Length; r++)
        {
            weighted += (r + 1) * (double)sorted[r];
        }

        int k = sorted.Length;
        return (2 * weighted / (k * (double)sum)) - ((k + 1) / (double)k);
    }
}
