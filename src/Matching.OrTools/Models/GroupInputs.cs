// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core;
using Matching.Core.Domain;
using Matching.Core.Problem;

namespace Matching.OrTools.Models;

/// <summary>What the group models read from a scored program: pair points, excluded pairs, masks and similarity.</summary>
internal static class GroupInputs
{
    /// <summary>Points per score point, as in Core's score table (1,000: scores 0–100 become 0–100,000).</summary>
    public const int PointsPerScore = 1000;

    /// <summary>Pair points (score × 1000), −1 for a pair blocked by a hard rule or excluded by the options.</summary>
    public static int[] Points(MatchingProblem problem, MatchingOptions options)
    {
        int n = problem.Mentees.Count, m = problem.Mentors.Count;
        var excluded = new HashSet<(string, string)>(options.ForbiddenPairs.Select(p => (p.MenteeId.ToUpperInvariant(), p.MentorId.ToUpperInvariant())));
        var points = new int[n * m];
        for (int i = 0; i < n; i++)
        {
            Participant mentee = problem.Participants[problem.Mentees[i]];
            for (int j = 0; j < m; j++)
            {
                Participant mentor = problem.Participants[problem.Mentors[j]];
                double? score = problem.Mentees[i] == problem.Mentors[j] ? null : problem.ScoreOf(i, j);
                bool isExcluded = excluded.Count > 0 && Names(mentee).Any(a => Names(mentor).Any(b => excluded.Contains((a, b))));
                points[(i * m) + j] = score is double s && !isExcluded ? (int)Math.Round(s * GroupInputs.PointsPerScore) : -1;
            }
        }

        return points;
    }

    /// <summary>A participant's availability as a pod mask; an unanswered availability counts as always free.</summary>
    public static WeekMask Mask(Participant participant)
    {
        if (participant.Availability.IsEmpty)
        {
            return WeekMask.Always;
        }

        var hours = new List<int>();
        for (int h = 0; h < WeeklyAvailability.SlotCount; h++)
        {
            if (participant.Availability.Contains(h))
            {
                hours.Add(h);
            }
        }

        return WeekMask.FromHours(hours);
    }

    /// <summary>Similarity 0–100 of two mentees: Jaccard of their goals and wanted skills together.</summary>
    public static int[] Similarity(MatchingProblem problem)
    {
        int n = problem.Mentees.Count;
        var tags = new HashSet<string>[n];
        for (int i = 0; i < n; i++)
        {
            Participant p = problem.Participants[problem.Mentees[i]];
            tags[i] = new HashSet<string>(p.Goals.Select(g => "g:" + g.ToUpperInvariant()).Concat(p.SkillsWanted.Select(s => "s:" + s.ToUpperInvariant())), StringComparer.Ordinal);
        }

        var sim = new int[n * n];
        for (int a = 0; a < n; a++)
        {
            for (int b = a + 1; b < n; b++)
            {
                int shared = tags[a].Count(tags[b].Contains);
                int union = tags[a].Count + tags[b].Count - shared;
                int s = union == 0 ? 0 : (int)Math.Round(100.0 * shared / union);
                sim[(a * n) + b] = s;
                sim[(b * n) + a] = s;
            }
        }

        return sim;
    }

    private static IEnumerable<string> Names(Participant p)
    {
        yield return p.Id.ToUpperInvariant();
        if (p.Email is { } email)
        {
            yield return email.ToUpperInvariant();
        }

        yield return p.Name.ToUpperInvariant();
    }
}
