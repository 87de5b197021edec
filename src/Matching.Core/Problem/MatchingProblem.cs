// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Domain;
using Matching.Core.Scoring;

namespace Matching.Core.Problem;

/// <summary>
/// A mentoring program ready to be solved: its participants, who is on which side, and the scored pairs.
/// </summary>
/// <remarks>
/// A participant with <see cref="Roles.Both"/> appears on both sides and is never paired with themselves.
/// Pair scores are computed once, in parallel, when the problem is created. Instances are immutable and thread-safe.
/// </remarks>
public sealed class MatchingProblem
{
    private MatchingProblem(IReadOnlyList<Participant> participants, IReadOnlyList<int> mentees, IReadOnlyList<int> mentors, WeightedScorer scorer, ScoreTable scores)
    {
        Participants = participants;
        Mentees = mentees;
        Mentors = mentors;
        Scorer = scorer;
        Scores = scores;
    }

    /// <summary>Gets everyone in the program, in input order.</summary>
    public IReadOnlyList<Participant> Participants { get; }

    /// <summary>Gets the indices (into <see cref="Participants"/>) of everyone who wants a mentor.</summary>
    public IReadOnlyList<int> Mentees { get; }

    /// <summary>Gets the indices (into <see cref="Participants"/>) of everyone who offers mentoring.</summary>
    public IReadOnlyList<int> Mentors { get; }

    /// <summary>Gets the scorer used for the pairs.</summary>
    public WeightedScorer Scorer { get; }

    internal ScoreTable Scores { get; }

    /// <summary>Scores every mentee–mentor pair of <paramref name="participants"/>.</summary>
    /// <param name="participants">Everyone in the program.</param>
    /// <param name="options">Scoring weights and rules; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels scoring.</param>
    /// <param name="maxDegreeOfParallelism">The most cores to score on; null for all. The result is the same either way.</param>
    /// <returns>The problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="participants"/> is null.</exception>
    /// <exception cref="ArgumentException">Two participants share an id, or the options are invalid.</exception>
    public static MatchingProblem Create(IReadOnlyList<Participant> participants, ScoringOptions? options = null, CancellationToken cancellationToken = default, int? maxDegreeOfParallelism = null)
    {
        ArgumentNullException.ThrowIfNull(participants);
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var mentees = new List<int>();
        var mentors = new List<int>();
        for (int i = 0; i < participants.Count; i++)
        {
            Participant p = participants[i];
            if (!ids.Add(p.Id))
            {
                throw new ArgumentException($"Two participants share the id '{p.Id}'.", nameof(participants));
            }

            if (p.Roles.HasFlag(Roles.Mentee))
            {
                mentees.Add(i);
            }

            if (p.Roles.HasFlag(Roles.Mentor))
            {
                mentors.Add(i);
            }
        }

        var scorer = new WeightedScorer(participants, options);
        ScoreTable scores = ScoreTable.Compute(scorer, mentees, mentors, maxDegreeOfParallelism ?? -1, cancellationToken);
        return new MatchingProblem(participants, mentees.AsReadOnly(), mentors.AsReadOnly(), scorer, scores);
    }

    /// <summary>Gets the score (0–100) of a pair, or null when a hard rule forbids it.</summary>
    /// <param name="menteePosition">Position in <see cref="Mentees"/>.</param>
    /// <param name="mentorPosition">Position in <see cref="Mentors"/>.</param>
    public double? ScoreOf(int menteePosition, int mentorPosition)
    {
        int points = Scores.PointsAt(menteePosition, mentorPosition);
        return points < 0 ? null : points / (double)ScoreTable.PointsPerScore;
    }

    /// <summary>Gets the hard rule that forbids a pair, or <see cref="BlockReason.None"/>.</summary>
    /// <param name="menteePosition">Position in <see cref="Mentees"/>.</param>
    /// <param name="mentorPosition">Position in <see cref="Mentors"/>.</param>
    public BlockReason BlockOf(int menteePosition, int mentorPosition) => Scores.BlockAt(menteePosition, mentorPosition);
}
