// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using Matching.Core.Domain;
using Matching.Core.Problem;
using Matching.Core.Results;
using Matching.Core.Rules;
using Matching.Core.Shortlists;

namespace Matching.Core.Rounds;

/// <summary>The outcome of placing one newcomer into a running program.</summary>
/// <param name="Person">The newcomer.</param>
/// <param name="Placed">The best mentor with room, or null when there is none (then <paramref name="Reason"/> says why).</param>
/// <param name="Alternatives">Further mentors with room, best first.</param>
/// <param name="Reason">Why nobody could be offered; null when <paramref name="Placed"/> is set.</param>
/// <param name="Result">The running pairs plus the new one, to write as the next <c>matches.csv</c>.</param>
public sealed record Placement(Participant Person, ShortlistEntry? Placed, IReadOnlyList<ShortlistEntry> Alternatives, string? Reason, MatchingResult Result);

/// <summary>
/// The always-on directory: places one newcomer with the best-scoring compatible mentor who has room (active pairs
/// counted against effective capacity), without changing any running pair, or lists the alternatives.
/// </summary>
public static class DirectoryPlacement
{
    /// <summary>Places <paramref name="person"/>.</summary>
    /// <param name="problem">The scored program now (the newcomer included).</param>
    /// <param name="active">The running pairs (mentee, mentor), by id, email or name; kept exactly.</param>
    /// <param name="person">The newcomer's id, email or name.</param>
    /// <param name="plan">Further rules (history, feedback, fatigue); null for none.</param>
    /// <param name="alternatives">How many further mentors to list.</param>
    /// <param name="language">The language of the reasons.</param>
    /// <returns>The placement.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="person"/> names no mentee of the program.</exception>
    public static Placement Place(MatchingProblem problem, IReadOnlyList<(string Mentee, string Mentor)> active, string person, RoundPlan? plan = null, int alternatives = 3, ExplanationLanguage language = ExplanationLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(active);
        ArgumentNullException.ThrowIfNull(person);
        plan ??= RoundPlan.Empty;
        MatchingOptions options = plan.ToMatchingOptions(new MatchingOptions { Language = language }, problem.Mentors.Select(j => problem.Participants[j].Id));
        var rules = ProgramRules.Create(problem, options);
        int[] mentorOf = ActivePositions(problem, active);
        int i = Enumerable.Range(0, problem.Mentees.Count).FirstOrDefault(k => problem.Participants[problem.Mentees[k]].IsNamedBy(person), -1);
        if (i < 0)
        {
            throw new ArgumentException($"No mentee of the program is named '{person}'.", nameof(person));
        }

        Participant newcomer = problem.Participants[problem.Mentees[i]];
        if (mentorOf[i] >= 0)
        {
            string mentor = problem.Participants[problem.Mentors[mentorOf[i]]].Name;
            return new Placement(newcomer, null, [], $"already has a mentor ({mentor}) in the running pairs; use 'match rematch' to change a pair", ResultAssembler.Assemble(rules, mentorOf, null, 0, 0));
        }

        var load = new int[problem.Mentors.Count];
        foreach (int j in mentorOf.Where(j => j >= 0))
        {
            load[j]++;
        }

        var explainer = new Explainer(problem.Participants, problem.Scorer, language);
        int blocked = 0, excluded = 0, full = 0;
        var open = new List<int>();
        for (int j = 0; j < problem.Mentors.Count; j++)
        {
            if (problem.PointsAt(i, j) < 0)
            {
                blocked++;
            }
            else if (!rules.IsAllowed(i, j))
            {
                excluded++;
            }
            else if (load[j] >= rules.CapacityOf(j))
            {
                full++;
            }
            else
            {
                open.Add(j);
            }
        }

        List<ShortlistEntry> ranked = [.. open
            .OrderByDescending(j => problem.PointsAt(i, j)).ThenBy(j => j)
            .Take(alternatives + 1)
            .Select(j => new ShortlistEntry(problem.Participants[problem.Mentors[j]], problem.PointsAt(i, j) / (double)ScoreTable.PointsPerScore, explainer.Explain(problem.Mentees[i], problem.Mentors[j]), false))];
        if (ranked.Count == 0)
        {
            string reason = (blocked, excluded, full) switch
            {
                (_, _, > 0) => Invariant($"all {full} compatible mentor(s) are fully booked by running pairs (effective capacity){Also(excluded)}; {blocked} more are ruled out by hard rules"),
                (_, > 0, _) => Invariant($"the only compatible mentors ({excluded}) are excluded: paired before, pair ended, rated badly or resting; {blocked} more are ruled out by hard rules"),
                _ => problem.Mentors.Count == 0 ? "the program has no mentors" : Invariant($"no compatible mentor: all {blocked} are ruled out by hard rules (such as no shared language)"),
            };
            return new Placement(newcomer, null, [], reason, ResultAssembler.Assemble(rules, mentorOf, null, 0, 0));
        }

        ShortlistEntry best = ranked[0] with { InOptimalMatching = true };
        int chosen = problem.Mentors.Select((index, position) => (index, position)).First(x => ReferenceEquals(problem.Participants[x.index], best.Mentor)).position;
        mentorOf[i] = chosen;
        return new Placement(newcomer, best, ranked[1..], null, ResultAssembler.Assemble(rules, mentorOf, null, 0, 0));
    }

    /// <summary>Resolves running pairs to positions; pairs naming someone who left are dropped.</summary>
    internal static int[] ActivePositions(MatchingProblem problem, IReadOnlyList<(string Mentee, string Mentor)> active)
    {
        var mentees = new PeopleIndex([.. problem.Mentees.Select(k => problem.Participants[k])]);
        var mentors = new PeopleIndex([.. problem.Mentors.Select(k => problem.Participants[k])]);
        var mentorOf = new int[problem.Mentees.Count];
        Array.Fill(mentorOf, -1);
        foreach (var (mentee, mentor) in active)
        {
            if (mentees.Find(mentee) is int i and >= 0 && mentors.Find(mentor) is int j and >= 0)
            {
                mentorOf[i] = j;
            }
        }

        return mentorOf;
    }

    private static string Also(int excluded) => excluded > 0 ? string.Create(CultureInfo.InvariantCulture, $", {excluded} more are excluded by history or feedback") : string.Empty;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
