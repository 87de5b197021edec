// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Domain;
using Matching.Core.Scoring;

using Matching.Core.Rules;

namespace Matching.Core.Rounds;

/// <summary>What to do with a mentee whose profile lacks answers the enabled criteria need.</summary>
public enum IncompleteProfiles
{
    /// <summary>Matched only after every complete profile that can be matched is (the default).</summary>
    Last,

    /// <summary>Not matched at all; listed as unmatched with the missing fields.</summary>
    Exclude,

    /// <summary>Matched like everyone else (an unanswered question counts as neutral).</summary>
    Include,
}

/// <summary>One person's missing answers.</summary>
/// <param name="Person">The person.</param>
/// <param name="MissingFields">The survey fields (as in a mapping file) that the enabled criteria need and that are blank.</param>
public sealed record IncompleteProfile(Participant Person, IReadOnlyList<string> MissingFields);

/// <summary>
/// Finds people who left blank the answers that the enabled criteria (weight above 0) need, so they are reported and
/// never silently paired on neutral values; and turns them into a plan (matched last, or not at all).
/// </summary>
/// <remarks>
/// Needed fields: skills (wanted as mentee, offered as mentor), goals (mentee), availability, career level, meeting
/// format, meeting frequency, department (only when weighted) and languages (when a shared language is required).
/// Affinity and stated preferences are opt-in and never needed.
/// </remarks>
public static class ProfileCompleteness
{
    /// <summary>Returns everyone with missing answers, in input order.</summary>
    /// <param name="participants">Everyone in the program.</param>
    /// <param name="scoring">The scoring options; null for the defaults.</param>
    /// <returns>The incomplete profiles.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="participants"/> is null.</exception>
    public static IReadOnlyList<IncompleteProfile> Find(IReadOnlyList<Participant> participants, ScoringOptions? scoring = null)
    {
        ArgumentNullException.ThrowIfNull(participants);
        scoring ??= ScoringOptions.Default;
        var result = new List<IncompleteProfile>();

        // The fields a profile can miss, in the order they are listed; people who miss the same fields share one list.
        string[] fields = ["SkillsWanted", "SkillsOffered", "Goals", "Availability", "CareerLevel", "MeetingFormats", "MeetingFrequency", "Department", "Languages"];
        bool[] counts =
        [
            scoring.WeightOf(Criterion.Skills) > 0,
            scoring.WeightOf(Criterion.Skills) > 0,
            scoring.WeightOf(Criterion.Goals) > 0,
            scoring.WeightOf(Criterion.Availability) > 0,
            scoring.WeightOf(Criterion.CareerLevel) > 0,
            scoring.WeightOf(Criterion.MeetingFormat) > 0,
            scoring.WeightOf(Criterion.MeetingFrequency) > 0,
            scoring.WeightOf(Criterion.Department) > 0,
            scoring.RequireSharedLanguage,
        ];
        var lists = new Dictionary<int, IReadOnlyList<string>>();
        foreach (Participant p in participants)
        {
            bool mentee = p.Roles.HasFlag(Roles.Mentee);
            bool mentor = p.Roles.HasFlag(Roles.Mentor);
            ReadOnlySpan<bool> blank =
            [
                mentee && p.SkillsWanted.Count == 0,
                mentor && p.SkillsOffered.Count == 0,
                mentee && p.Goals.Count == 0,
                p.Availability.IsEmpty,
                p.CareerLevel is null,
                p.MeetingFormats.Count == 0,
                p.MeetingFrequency is null,
                string.IsNullOrWhiteSpace(p.Department),
                p.Languages.Count == 0,
            ];
            int missing = 0;
            for (int f = 0; f < fields.Length; f++)
            {
                missing |= blank[f] && counts[f] ? 1 << f : 0;
            }

            if (missing == 0)
            {
                continue;
            }

            if (!lists.TryGetValue(missing, out IReadOnlyList<string>? list))
            {
                lists[missing] = list = [.. fields.Where((_, f) => (missing & (1 << f)) != 0)];
            }

            result.Add(new IncompleteProfile(p, list));
        }

        return result;
    }

    /// <summary>Builds the plan for incomplete mentee profiles.</summary>
    /// <param name="participants">Everyone in the program.</param>
    /// <param name="incomplete">The incomplete profiles (from <see cref="Find"/>).</param>
    /// <param name="policy">What to do with them.</param>
    /// <returns>The plan: complete mentees in tier 1 (so incomplete ones are matched last), or incomplete ones excluded.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static RoundPlan Plan(IReadOnlyList<Participant> participants, IReadOnlyList<IncompleteProfile> incomplete, IncompleteProfiles policy)
    {
        ArgumentNullException.ThrowIfNull(participants);
        ArgumentNullException.ThrowIfNull(incomplete);
        var missing = new Dictionary<string, string>(incomplete.Count, StringComparer.OrdinalIgnoreCase);

        // Profiles missing the same fields share their list (see Find), so they share the note too.
        var notes = new Dictionary<IReadOnlyList<string>, string>(ReferenceEqualityComparer.Instance);
        foreach (IncompleteProfile profile in incomplete.Where(p => p.Person.Roles.HasFlag(Roles.Mentee)))
        {
            if (!notes.TryGetValue(profile.MissingFields, out string? note))
            {
                notes[profile.MissingFields] = note = "profile incomplete (missing " + string.Join(", ", profile.MissingFields) + ")";
            }

            missing[profile.Person.Id] = note;
        }

        if (missing.Count == 0 || policy == IncompleteProfiles.Include)
        {
            return RoundPlan.Empty;
        }

        if (policy == IncompleteProfiles.Exclude)
        {
            return new RoundPlan { ExcludedMentees = missing, Notes = missing, PersonRules = RoundPlan.People(missing.Keys.Select(id => KeyValuePair.Create(id, PersonRule.IncompleteProfile))) };
        }

        var tiers = new Dictionary<string, int>(participants.Count, StringComparer.OrdinalIgnoreCase);
        foreach (Participant p in participants.Where(p => p.Roles.HasFlag(Roles.Mentee) && !missing.ContainsKey(p.Id)))
        {
            tiers[p.Id] = 1;
        }

        return new RoundPlan { MenteeTiers = tiers, Notes = missing };
    }
}
