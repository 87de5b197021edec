// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Numerics;
using System.Runtime.CompilerServices;
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
/// Blocking: when a shared language is required, mentors who share none of the mentee's languages (and answered the
/// question) are left out. Bounding: every mentor gets, by two popcounts over bitsets, how many of the mentee's w
/// wanted skills it offers (c) and how many of its h goals it shares (g), which give those criteria exactly; with its
/// career level l the pair scores at most 100 · (w_skills · c / w + w_goals · g / h + w_level · level(l) + Σ other
/// weights) / Σ weights, every other counted criterion being at most 1. Groups of mentors with equal (c, g, l) are
/// visited by falling bound, and a group whose bound is below the current k-th best score is skipped with all after
/// it, so the result equals the top k of a full scoring: exact.
/// </para>
/// <para>
/// Time: one pass of a few nanoseconds per mentor plus one score per visited mentor, in parallel over mentees; memory O(mentees · k). The
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
        WeightedScorer.MentorProfiles profiles = index.Profiles;
        int levels = index.Levels.Length;
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
                (resultMentors[i], resultPoints[i]) = Search(index, profiles, mentees[i], levels, work);
                return work;
            },
            work => Interlocked.Add(ref scored, work.Scored));

        return (resultMentors, resultPoints, scored);
    }

    /// <summary>
    /// One mentee's search: mentors grouped by (skills offered, goals shared, level), highest bound first; a group whose
    /// bound is below the k-th best score found so far ends the search, with every group after it. A method of its
    /// own, not the loop's lambda, so that mutation testing can reach it (Stryker's rewrite of a lambda passed to
    /// <c>Parallel.For</c> did not compile, and the whole lambda was left out).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (int[] Mentors, int[] Points) Search(MentorIndex index, WeightedScorer.MentorProfiles profiles, int mentee, int levels, MentorWorkspace work)
    {
        MenteeBounds bounds = index.Prepare(mentee, work);
        MentorBitsets.Groups groups = work.Groups;
        index.Bitsets.Start(groups, work.Wanted, work.Goals, work.Languages, work.BlockByLanguage, bounds.Wanted, bounds.Goals, levels);
        Span<double> values = stackalloc double[WeightedScorer.CriterionCount];
        long local = 0;
        ReadOnlySpan<int> keyBound = work.KeyBound;
        foreach (int key in work.AllKeysByFallingBound())
        {
            if (work.Full && keyBound[key] < work.KthPoints)
            {
                break;
            }

            int level = key % levels;
            int goal = key / levels % (bounds.Goals + 1);
            int skill = key / levels / (bounds.Goals + 1);
            ReadOnlySpan<ulong> group = index.Bitsets.Group(groups, skill, goal, level);
            for (int w = 0; w < group.Length; w++)
            {
                ulong bits = group[w];
                while (bits != 0)
                {
                    int j = (w * 64) + BitOperations.TrailingZeroCount(bits);
                    bits &= bits - 1;
                    if (profiles.Check(mentee, j) != BlockReason.None)
                    {
                        continue;
                    }

                    local++;
                    work.Offer(j, ScoreTable.ToPoints(profiles.Score(mentee, j, values)));
                }
            }
        }

        work.Scored += local;
        return work.Result();
    }
}
