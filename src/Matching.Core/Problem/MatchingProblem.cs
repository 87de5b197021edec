// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Domain;
using Matching.Core.Scoring;

namespace Matching.Core.Problem;

/// <summary>
/// A mentoring program ready to be solved: its participants, who is on which side, and the scored pairs.
/// </summary>
/// <remarks>
/// <para>A participant with <see cref="Roles.Both"/> appears on both sides and is never paired with themselves.</para>
/// <para>
/// Up to <see cref="DensePairLimit"/> pairs, every pair is scored once, in parallel, when the problem is created.
/// Larger programs keep each mentee's exact top <see cref="KeptCandidatesPerMentee"/> mentors (see
/// <see cref="Candidates.TopKCandidates"/>), found without scoring pairs that cannot make the list; the engine then
/// prices every other pair against the optimal potentials by score bounds (see
/// <see cref="Candidates.ReducedCostPricer"/>) and adds those that could improve the matching until none can. Either
/// way the matching is proven optimal over all pairs.
/// </para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class MatchingProblem
{
    /// <summary>The most mentee–mentor pairs scored into a dense table (50 million, about 250 MB).</summary>
    public const long DensePairLimit = MatchingDefaults.DensePairLimit;

    /// <summary>The number of candidate mentors per mentee kept for programs beyond <see cref="DensePairLimit"/>.</summary>
    public const int DefaultCandidatesPerMentee = MatchingDefaults.KeptCandidatesPerMentee;

    private readonly int[][]? _candidates;
    private readonly int[][]? _candidatePoints;
    private readonly int[] _mentorIndex;

    private MatchingProblem(IReadOnlyList<Participant> participants, IReadOnlyList<int> mentees, IReadOnlyList<int> mentors, WeightedScorer scorer, ScoreTable? scores, int[][]? candidates, int[][]? candidatePoints)
    {
        Participants = participants;
        Mentees = mentees;
        Mentors = mentors;
        _mentorIndex = [.. mentors];
        Scorer = scorer;
        Scores = scores;
        _candidates = candidates;
        _candidatePoints = candidatePoints;
    }

    /// <summary>Gets a value indicating whether every pair was scored (otherwise only each mentee's top candidates were kept).</summary>
    public bool IsDense => Scores is not null;

    /// <summary>Gets the number of candidate mentors kept per mentee to start from, or null when every pair was scored.</summary>
    public int? KeptCandidatesPerMentee { get; private init; }

    /// <summary>Gets the same value as <see cref="KeptCandidatesPerMentee"/> (the older name).</summary>
    public int? CandidatesPerMentee => KeptCandidatesPerMentee;

    /// <summary>Gets everyone in the program, in input order.</summary>
    public IReadOnlyList<Participant> Participants { get; }

    /// <summary>Gets the indices (into <see cref="Participants"/>) of everyone who wants a mentor.</summary>
    public IReadOnlyList<int> Mentees { get; }

    /// <summary>Gets the indices (into <see cref="Participants"/>) of everyone who offers mentoring.</summary>
    public IReadOnlyList<int> Mentors { get; }

    /// <summary>Gets the scorer used for the pairs.</summary>
    public WeightedScorer Scorer { get; }

    internal ScoreTable? Scores { get; }

    /// <summary>Gets the mentor index behind the kept candidates and the pricing of the other pairs (sparse programs only).</summary>
    internal Candidates.MentorIndex? Index { get; private init; }

    /// <summary>Gets how many pairs finding the kept candidates scored (sparse programs only).</summary>
    internal long CandidateScoredPairs { get; private init; }

    /// <summary>Gets the dense score table; only for programs where <see cref="IsDense"/>.</summary>
    /// <exception cref="NotSupportedException">The program is too large to score every pair.</exception>
    internal ScoreTable DenseScores => Scores ?? throw new NotSupportedException(
        $"This needs every pair scored, but the program has {(long)Mentees.Count * Mentors.Count:N0} pairs, more than the {DensePairLimit:N0} scored densely.");

    /// <summary>Gets a mentee position's candidate mentor positions, best first (sparse programs only).</summary>
    internal ReadOnlySpan<int> CandidatesOf(int menteePosition) => _candidates![menteePosition];

    /// <summary>Gets the points of a mentee position's candidates, in <see cref="CandidatesOf"/> order (sparse programs only).</summary>
    internal ReadOnlySpan<int> CandidatePointsOf(int menteePosition) => _candidatePoints![menteePosition];

    /// <summary>Gets a pair's points (score × 1,000), or −1 when a hard rule forbids it; computed on demand for sparse programs.</summary>
    internal int PointsAt(int menteePosition, int mentorPosition)
    {
        if (Scores is { } table)
        {
            return table.PointsAt(menteePosition, mentorPosition);
        }

        int mentee = Mentees[menteePosition];
        int mentor = Mentors[mentorPosition];
        if (Scorer.Check(mentee, mentor) != BlockReason.None)
        {
            return -1;
        }

        Span<double> values = stackalloc double[WeightedScorer.CriterionCount];
        return ScoreTable.ToPoints(Scorer.Score(mentee, mentor, values));
    }

    /// <summary>Scores every mentee–mentor pair of <paramref name="participants"/>.</summary>
    /// <param name="participants">Everyone in the program.</param>
    /// <param name="options">Scoring weights and rules; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels scoring.</param>
    /// <param name="maxDegreeOfParallelism">The most cores to score on; null for all. The result is the same either way.</param>
    /// <param name="candidatesPerMentee">
    /// Keep only each mentee's top this-many mentors instead of scoring every pair; null (the default) does so only
    /// beyond <see cref="DensePairLimit"/> pairs, with <see cref="DefaultCandidatesPerMentee"/>.
    /// </param>
    /// <returns>The problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="participants"/> is null.</exception>
    /// <exception cref="ArgumentException">Two participants share an id, or the options are invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="candidatesPerMentee"/> is below 1.</exception>
    public static MatchingProblem Create(IReadOnlyList<Participant> participants, ScoringOptions? options = null, CancellationToken cancellationToken = default, int? maxDegreeOfParallelism = null, int? candidatesPerMentee = null)
    {
        if (candidatesPerMentee is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(candidatesPerMentee), candidatesPerMentee, "Keep at least one candidate per mentee.");
        }

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
        int? k = candidatesPerMentee ?? ((long)mentees.Count * mentors.Count > DensePairLimit ? DefaultCandidatesPerMentee : null);
        if (k is int kept)
        {
            var index = new Candidates.MentorIndex(scorer, participants, mentors);
            var (candidates, points, scored) = Candidates.TopKCandidates.Find(index, mentees, kept, cancellationToken);
            return new MatchingProblem(participants, mentees.AsReadOnly(), mentors.AsReadOnly(), scorer, null, candidates, points)
            {
                KeptCandidatesPerMentee = kept,
                Index = index,
                CandidateScoredPairs = scored,
            };
        }

        ScoreTable scores = ScoreTable.Compute(scorer, mentees, mentors, maxDegreeOfParallelism ?? -1, cancellationToken);
        return new MatchingProblem(participants, mentees.AsReadOnly(), mentors.AsReadOnly(), scorer, scores, null, null);
    }

    /// <summary>Gets the score (0–100) of a pair, or null when a hard rule forbids it.</summary>
    /// <param name="menteePosition">Position in <see cref="Mentees"/>.</param>
    /// <param name="mentorPosition">Position in <see cref="Mentors"/>.</param>
    public double? ScoreOf(int menteePosition, int mentorPosition)
    {
        int points = PointsAt(menteePosition, mentorPosition);
        return points < 0 ? null : points / (double)ScoreTable.PointsPerScore;
    }

    /// <summary>Gets the hard rule that forbids a pair, or <see cref="BlockReason.None"/>.</summary>
    /// <param name="menteePosition">Position in <see cref="Mentees"/>.</param>
    /// <param name="mentorPosition">Position in <see cref="Mentors"/>.</param>
    public BlockReason BlockOf(int menteePosition, int mentorPosition) =>
        Scores?.BlockAt(menteePosition, mentorPosition) ?? Scorer.Check(Mentees[menteePosition], Mentors[mentorPosition]);

    /// <summary>Gets the hard rule of a mentee position with every mentor position, as <see cref="BlockOf"/> gives it one by one.</summary>
    /// <param name="menteePosition">Position in <see cref="Mentees"/>.</param>
    /// <param name="blocks">Receives one rule per mentor position (at least <see cref="Mentors"/>.Count long).</param>
    internal void BlocksOfRow(int menteePosition, Span<BlockReason> blocks)
    {
        if (Scores is { } table)
        {
            table.BlockRow(menteePosition).CopyTo(blocks);
            return;
        }

        Scorer.CheckRow(Mentees[menteePosition], _mentorIndex, blocks);
    }
}
