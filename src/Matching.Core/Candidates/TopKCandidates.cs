// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Domain;
using Matching.Core.Problem;
using Matching.Core.Scoring;

namespace Matching.Core.Candidates;

/// <summary>
/// Finds, for every mentee, exactly the k allowed mentors with the highest scores (ties by mentor position), without
/// scoring pairs that provably cannot make the list.
/// </summary>
/// <remarks>
/// <para>
/// Blocking: when a shared language is required, only mentors who speak one of the mentee's languages (or left the
/// question blank) are considered, found through an index language → mentors. Bounding: the wanted skills a mentor
/// offers are counted through an index skill → mentors, which gives the skills criterion exactly; every other counted
/// criterion, and the shared goals through an index goal → mentors; every other counted criterion is at most 1, so a
/// mentor offering c of the mentee's w wanted skills and supporting g of its h goals, at career level l, scores at most
/// 100 · (w_skills · c / w + w_goals · g / h + w_level · level(l) + Σ other weights) / Σ weights, the level criterion
/// being exact for a pair of levels. Groups of mentors with equal (c, g, l) are visited by falling bound, and a group
/// whose bound is below the current k-th best score is skipped with all after it, so the result equals the top k of a
/// full scoring: exact.
/// </para>
/// <para>
/// Time: the index walks plus one score per visited mentor, in parallel over mentees; memory O(mentees · k). The
/// result is the same on any core count. Instances are stateless.
/// </para>
/// </remarks>
public static class TopKCandidates
{
    /// <summary>Finds each mentee's top <paramref name="k"/> allowed mentors.</summary>
    /// <param name="scorer">The program's scorer.</param>
    /// <param name="participants">Everyone, as given to the scorer.</param>
    /// <param name="mentees">Participant indices of the mentees.</param>
    /// <param name="mentors">Participant indices of the mentors.</param>
    /// <param name="k">How many mentors to keep per mentee.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    /// <returns>Per mentee position, its kept mentors' positions and points (score × 1,000), best first, and how many pairs were scored.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is below 1.</exception>
    public static (int[][] Mentors, int[][] Points, long ScoredPairs) Find(
        WeightedScorer scorer,
        IReadOnlyList<Participant> participants,
        IReadOnlyList<int> mentees,
        IReadOnlyList<int> mentors,
        int k,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        ArgumentNullException.ThrowIfNull(participants);
        ArgumentNullException.ThrowIfNull(mentees);
        ArgumentNullException.ThrowIfNull(mentors);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        return Find(new MentorIndex(scorer, participants, mentors), mentees, k, cancellationToken);
    }

    /// <summary>Finds each mentee's top <paramref name="k"/> allowed mentors over a prepared index.</summary>
    internal static (int[][] Mentors, int[][] Points, long ScoredPairs) Find(MentorIndex index, IReadOnlyList<int> mentees, int k, CancellationToken cancellationToken)
    {
        WeightedScorer scorer = index.Scorer;
        int[] mentors = index.Mentors;
        int?[] levels = index.Levels;
        (int? Level, int[] Mentors)[] byLevel = index.ByLevel;
        var resultMentors = new int[mentees.Count][];
        var resultPoints = new int[mentees.Count][];
        long scored = 0;

        Parallel.For(
            0,
            mentees.Count,
            new ParallelOptions { CancellationToken = cancellationToken },
            () => index.NewWorkspace(k),
            (i, _, work) =>
            {
                int mentee = mentees[i];
                MenteeBounds bounds = index.Prepare(mentee, work);
                int wanted = bounds.Wanted;
                int goals = bounds.Goals;
                int Bound(int skillOverlap, int goalOverlap, int? mentorLevel) => bounds.Bound(skillOverlap, goalOverlap, mentorLevel);

                Span<double> values = stackalloc double[WeightedScorer.CriterionCount];
                long local = 0;

                // Groups of mentors with the same overlaps and level, highest bound first; then everyone else by level.
                foreach (var (skillOverlap, goalOverlap, levelAt, group) in work.Groups(wanted, goals, (c, g, l) => Bound(c, g, levels[l])))
                {
                    int bound = Bound(skillOverlap, goalOverlap, levels[levelAt]);
                    if (work.Full && bound < work.KthPoints)
                    {
                        break;
                    }

                    foreach (int j in group)
                    {
                        int mentor = mentors[j];
                        if (scorer.Check(mentee, mentor) != BlockReason.None)
                        {
                            continue;
                        }

                        local++;
                        work.Offer(j, ScoreTable.ToPoints(scorer.Score(mentee, mentor, values)));
                    }
                }

                int restGoals = bounds.RestGoals;
                foreach (var (level, levelMentors) in byLevel.OrderByDescending(g => Bound(0, restGoals, g.Level)).ThenBy(g => g.Level ?? -1))
                {
                    int rest = Bound(0, restGoals, level);
                    if (work.Full && rest < work.KthPoints)
                    {
                        break;
                    }

                    foreach (int j in levelMentors)
                    {
                        if (!work.Untouched(j))
                        {
                            continue;
                        }

                        int mentor = mentors[j];
                        if (scorer.Check(mentee, mentor) != BlockReason.None)
                        {
                            continue;
                        }

                        local++;
                        work.Offer(j, ScoreTable.ToPoints(scorer.Score(mentee, mentor, values)));
                    }
                }

                (resultMentors[i], resultPoints[i]) = work.Result();
                work.Scored += local;
                return work;
            },
            work => Interlocked.Add(ref scored, work.Scored));

        return (resultMentors, resultPoints, scored);
    }
}
