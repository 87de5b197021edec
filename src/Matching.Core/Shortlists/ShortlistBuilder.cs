// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using Matching.Core.Domain;
using Matching.Core.Problem;
using Matching.Core.Results;
using Matching.Core.Scoring;

namespace Matching.Core.Shortlists;

/// <summary>
/// Builds shortlists for programs where mentees choose their mentor: for each mentee the best k mentors, made diverse
/// and capacity-aware.
/// </summary>
/// <remarks>
/// <para>
/// Feasibility: each list starts with the mentee's mentor in the optimal matching, so if every mentee picked that
/// entry everyone who can be matched would be, within capacities. The lists together therefore always allow everyone
/// a mentor.
/// </para>
/// <para>
/// The other entries are chosen greedily by maximal marginal relevance (Carbonell and Goldstein, 1998):
/// score − diversity × 100 × (highest similarity to a mentor already listed), where similarity is the Jaccard index
/// of offered skills, raised to 1 for the same department. A mentor is never advertised on more than
/// ⌈capacity × exposure factor⌉ lists. Mentees with the fewest allowed mentors are served first, so scarce options
/// go to those who need them. O(mentees × candidates × k). Deterministic.
/// </para>
/// </remarks>
public static class ShortlistBuilder
{
    /// <summary>Builds a shortlist for every mentee.</summary>
    /// <param name="problem">The scored program.</param>
    /// <param name="optimal">Its optimal matching (from <see cref="MatchingEngine"/>).</param>
    /// <param name="options">Shortlist options; null for the defaults.</param>
    /// <param name="language">The language of the reasons.</param>
    /// <returns>One shortlist per mentee, in mentee input order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static IReadOnlyList<Shortlist> Build(MatchingProblem problem, MatchingResult optimal, ShortlistOptions? options = null, ExplanationLanguage language = ExplanationLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(optimal);
        options ??= new ShortlistOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Size, 1, nameof(options));
        if (options.ExposureFactor < 1 || options.Diversity is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "The exposure factor must be ≥ 1 and the diversity between 0 and 1.");
        }

        int n = problem.Mentees.Count;
        int m = problem.Mentors.Count;
        var explainer = new Explainer(problem.Participants, problem.Scorer, language);
        var exposure = new int[m];
        int[] room = Room(problem, options.ActivePairs, out bool[] active);
        int[] cap = [.. Enumerable.Range(0, m).Select(j => (int)Math.Ceiling(room[j] * options.ExposureFactor))];
        var assigned = new int[n];
        Array.Fill(assigned, -1);
        var mentorPosition = new Dictionary<Participant, int>(ReferenceEqualityComparer.Instance);
        var menteePosition = new Dictionary<Participant, int>(ReferenceEqualityComparer.Instance);
        for (int j = 0; j < m; j++)
        {
            mentorPosition[problem.Participants[problem.Mentors[j]]] = j;
        }

        for (int i = 0; i < n; i++)
        {
            menteePosition[problem.Participants[problem.Mentees[i]]] = i;
        }
        foreach (Match match in optimal.Matches)
        {
            int i = menteePosition[match.Mentee];
            int j = mentorPosition[match.Mentor];

            // A running pair is not suggested again; an optimal mentor without room (a result that ignored the
            // running pairs) is not listed.
            assigned[i] = active[i] || room[j] <= 0 ? -1 : j;
        }

        // The optimal mentor is always listed and always counts against exposure.
        for (int i = 0; i < n; i++)
        {
            if (assigned[i] >= 0)
            {
                exposure[assigned[i]]++;
            }
        }

        var allowed = new List<int>[n];
        for (int i = 0; i < n; i++)
        {
            // A large program already holds each mentee's best mentors; a dense one ranks all allowed mentors.
            allowed[i] = active[i] ? []
                : problem.IsDense
                ? [.. Enumerable.Range(0, m).Where(j => problem.ScoreOf(i, j) is not null).OrderByDescending(j => problem.ScoreOf(i, j)).ThenBy(j => j)]
                : [.. problem.CandidatesOf(i).ToArray()];
            if (options.ExcludedPairs.Count > 0)
            {
                Participant mentee = problem.Participants[problem.Mentees[i]];
                allowed[i].RemoveAll(j => options.ExcludedPairs.Any(e => mentee.IsNamedBy(e.MenteeId) && problem.Participants[problem.Mentors[j]].IsNamedBy(e.MentorId)));
            }
        }

        var lists = new List<int>[n];
        foreach (int i in Enumerable.Range(0, n).OrderBy(i => allowed[i].Count).ThenBy(i => i))
        {
            var chosen = new List<int>();
            if (assigned[i] >= 0)
            {
                chosen.Add(assigned[i]);
            }

            while (chosen.Count < options.Size)
            {
                int best = -1;
                double bestValue = double.NegativeInfinity;
                foreach (int j in allowed[i])
                {
                    if (chosen.Contains(j) || exposure[j] >= cap[j])
                    {
                        continue;
                    }

                    double similarity = chosen.Count == 0 ? 0 : chosen.Max(c => Similarity(problem, c, j));
                    double value = problem.ScoreOf(i, j)!.Value - (options.Diversity * 100 * similarity);
                    if (value > bestValue)
                    {
                        (best, bestValue) = (j, value);
                    }
                }

                if (best < 0)
                {
                    break;
                }

                chosen.Add(best);
                exposure[best]++;
            }

            lists[i] = chosen;
        }

        var result = new List<Shortlist>(n);
        for (int i = 0; i < n; i++)
        {
            int mentee = problem.Mentees[i];
            var entries = lists[i]
                .OrderByDescending(j => problem.ScoreOf(i, j)).ThenBy(j => j)
                .Select(j => new ShortlistEntry(problem.Participants[problem.Mentors[j]], problem.ScoreOf(i, j)!.Value, explainer.Explain(mentee, problem.Mentors[j]), j == assigned[i]))
                .ToList();
            result.Add(new Shortlist(problem.Participants[mentee], entries) { Note = entries.Count >= options.Size ? null : WhyShort(problem, i, active[i], allowed[i], room, entries.Count) });
        }

        return result;
    }

    /// <summary>Each mentor position's places left after the running pairs, and which mentee positions have a running pair.</summary>
    private static int[] Room(MatchingProblem problem, IReadOnlyList<(string MenteeId, string MentorId)> activePairs, out bool[] active)
    {
        int[] room = [.. problem.Mentors.Select(j => Math.Max(0, problem.Participants[j].Capacity))];
        active = new bool[problem.Mentees.Count];
        foreach (var (menteeId, mentorId) in activePairs)
        {
            int i = Find(problem, problem.Mentees, menteeId);
            int j = Find(problem, problem.Mentors, mentorId);
            if (i >= 0)
            {
                active[i] = true;
            }

            if (j >= 0)
            {
                room[j] = Math.Max(0, room[j] - 1);
            }
        }

        return room;
    }

    private static int Find(MatchingProblem problem, IReadOnlyList<int> side, string reference)
    {
        for (int k = 0; k < side.Count; k++)
        {
            if (problem.Participants[side[k]].IsNamedBy(reference))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>Says why a mentee's list is empty or shorter than asked.</summary>
    private static string WhyShort(MatchingProblem problem, int i, bool active, List<int> allowed, int[] room, int listed)
    {
        if (active)
        {
            return "already has a mentor (a running pair)";
        }

        int withRoom = allowed.Count(j => room[j] > 0);
        int blocked = Enumerable.Range(0, problem.Mentors.Count).Count(j => problem.BlockOf(i, j) != BlockReason.None && problem.BlockOf(i, j) != BlockReason.SamePerson);
        string prefix = listed == 0 ? "no mentor to suggest: " : string.Create(CultureInfo.InvariantCulture, $"only {listed} mentor(s) to suggest: ");
        if (allowed.Count == 0)
        {
            return prefix + string.Create(CultureInfo.InvariantCulture, $"no compatible mentor ({blocked} ruled out by hard rules such as no shared language, the rest excluded as earlier pairs)");
        }

        if (withRoom == listed)
        {
            return prefix + string.Create(CultureInfo.InvariantCulture, $"{allowed.Count - withRoom} of the {allowed.Count} compatible mentors are fully booked");
        }

        return prefix + string.Create(CultureInfo.InvariantCulture, $"the other {withRoom - listed} compatible mentor(s) with room already appear on as many lists as their free places allow (raise --exposure)");
    }

    private static double Similarity(MatchingProblem problem, int a, int b)
    {
        Participant x = problem.Participants[problem.Mentors[a]];
        Participant y = problem.Participants[problem.Mentors[b]];
        if (x.Department is { Length: > 0 } department && string.Equals(department, y.Department, StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }

        int union = x.SkillsOffered.Count + y.SkillsOffered.Count;
        if (union == 0)
        {
            return 0;
        }

        int shared = x.SkillsOffered.Count(y.SkillsOffered.Contains);
        return shared / (double)(union - shared);
    }
}
