// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Domain;

namespace Matching.Core.Scoring;

/// <summary>
/// The default scorer: a weighted mean of the <see cref="Criterion"/> values, scaled to 0–100, with hard rules
/// for language, minimum overlap, department and self-pairing.
/// </summary>
/// <remarks>
/// <para>
/// Criterion values: skills = wanted skills the mentor offers ÷ wanted skills; goals = mentee goals the mentor
/// supports ÷ mentee goals; availability = min(1, overlap hours ÷ target hours); career level = 1 when the mentor
/// is between the ideal and the maximum good gap above the mentee, falling off outside; meeting format = 1 when a
/// format is shared, else 0. An unanswered question gives the neutral value 0.5, so missing data neither helps nor
/// blocks a pair.
/// </para>
/// <para>Multi-select answers are bitsets, so scoring a pair allocates nothing. Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class WeightedScorer : ICompatibilityScorer
{
    /// <summary>The value of a criterion that cannot be judged because a question was not answered.</summary>
    public const double Neutral = 0.5;

    private readonly IReadOnlyList<Participant> _participants;
    private readonly ScoringOptions _options;
    private readonly TagMatrix _skillsOffered;
    private readonly TagMatrix _skillsWanted;
    private readonly TagMatrix _goals;
    private readonly TagMatrix _formats;
    private readonly TagMatrix _languages;
    private readonly double[] _weights;
    private readonly double _weightSum;

    /// <summary>Initializes a scorer for <paramref name="participants"/>.</summary>
    /// <param name="participants">Everyone in the program; indices passed to the scorer refer to this list.</param>
    /// <param name="options">Weights and hard rules; null for <see cref="ScoringOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="participants"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public WeightedScorer(IReadOnlyList<Participant> participants, ScoringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(participants);
        _options = options ?? ScoringOptions.Default;
        _options.Validate();
        _participants = participants;

        var skills = new TagVocabulary();
        var goals = new TagVocabulary();
        var formats = new TagVocabulary();
        var languages = new TagVocabulary();
        foreach (Participant p in participants)
        {
            skills.AddRange(p.SkillsOffered);
            skills.AddRange(p.SkillsWanted);
            goals.AddRange(p.Goals);
            formats.AddRange(p.MeetingFormats);
            languages.AddRange(p.Languages);
        }

        _skillsOffered = new TagMatrix(skills, [.. participants.Select(p => p.SkillsOffered)]);
        _skillsWanted = new TagMatrix(skills, [.. participants.Select(p => p.SkillsWanted)]);
        _goals = new TagMatrix(goals, [.. participants.Select(p => p.Goals)]);
        _formats = new TagMatrix(formats, [.. participants.Select(p => p.MeetingFormats)]);
        _languages = new TagMatrix(languages, [.. participants.Select(p => p.Languages)]);
        _weights = [.. Enum.GetValues<Criterion>().Select(_options.WeightOf)];
        _weightSum = _weights.Sum();
    }

    /// <summary>Gets the options in use.</summary>
    public ScoringOptions Options => _options;

    /// <summary>Gets the number of criteria (the length <see cref="Score"/> expects).</summary>
    public static int CriterionCount { get; } = Enum.GetValues<Criterion>().Length;

    /// <inheritdoc />
    public BlockReason Check(int mentee, int mentor)
    {
        Participant a = _participants[mentee];
        Participant b = _participants[mentor];
        if (mentee == mentor || ReferenceEquals(a, b))
        {
            return BlockReason.SamePerson;
        }

        if (b.Capacity <= 0)
        {
            return BlockReason.NoCapacity;
        }

        if (_options.RequireSharedLanguage && _languages.CountOf(mentee) > 0 && _languages.CountOf(mentor) > 0
            && _languages.IntersectCount(mentee, _languages, mentor) == 0)
        {
            return BlockReason.NoSharedLanguage;
        }

        if (_options.MinimumOverlapHours > 0 && !a.Availability.IsEmpty && !b.Availability.IsEmpty
            && a.Availability.OverlapHours(b.Availability) < _options.MinimumOverlapHours)
        {
            return BlockReason.TooLittleOverlap;
        }

        if (_options.ForbidSameDepartment && a.Department is { Length: > 0 } department
            && string.Equals(department, b.Department, StringComparison.OrdinalIgnoreCase))
        {
            return BlockReason.SameDepartment;
        }

        return BlockReason.None;
    }

    /// <inheritdoc />
    public double Score(int mentee, int mentor, Span<double> criteria)
    {
        if (criteria.Length < CriterionCount)
        {
            throw new ArgumentException($"Need room for {CriterionCount} criteria.", nameof(criteria));
        }

        Participant a = _participants[mentee];
        Participant b = _participants[mentor];
        criteria[(int)Criterion.Skills] = Coverage(_skillsWanted, mentee, _skillsOffered, mentor);
        criteria[(int)Criterion.Goals] = Coverage(_goals, mentee, _goals, mentor);
        criteria[(int)Criterion.Availability] = a.Availability.IsEmpty || b.Availability.IsEmpty
            ? Neutral
            : Math.Min(1.0, a.Availability.OverlapHours(b.Availability) / (double)_options.TargetOverlapHours);
        criteria[(int)Criterion.CareerLevel] = CareerFit(a.CareerLevel, b.CareerLevel);
        criteria[(int)Criterion.MeetingFormat] = _formats.CountOf(mentee) == 0 || _formats.CountOf(mentor) == 0
            ? Neutral
            : _formats.IntersectCount(mentee, _formats, mentor) > 0 ? 1.0 : 0.0;

        double total = 0;
        for (int c = 0; c < CriterionCount; c++)
        {
            total += _weights[c] * criteria[c];
        }

        return 100.0 * total / _weightSum;
    }

    /// <summary>Counts the tags a pair shares in one question, for explanations.</summary>
    internal (int Shared, int Wanted) SkillCounts(int mentee, int mentor) =>
        (_skillsWanted.IntersectCount(mentee, _skillsOffered, mentor), _skillsWanted.CountOf(mentee));

    private static double Coverage(TagMatrix wanted, int mentee, TagMatrix offered, int mentor)
    {
        int count = wanted.CountOf(mentee);
        return count == 0 ? Neutral : wanted.IntersectCount(mentee, offered, mentor) / (double)count;
    }

    private double CareerFit(int? menteeLevel, int? mentorLevel)
    {
        if (menteeLevel is not int low || mentorLevel is not int high)
        {
            return Neutral;
        }

        int gap = high - low;
        if (gap >= _options.IdealLevelGap && gap <= _options.MaximumGoodLevelGap)
        {
            return 1.0;
        }

        if (gap > _options.MaximumGoodLevelGap)
        {
            // Too senior still works, but the distance makes it less relatable.
            return Math.Max(0.25, 1.0 - (0.25 * (gap - _options.MaximumGoodLevelGap)));
        }

        // Below the ideal gap: a peer one step short is fair, anything more junior is a poor fit.
        return gap == _options.IdealLevelGap - 1 ? 0.3 : 0.0;
    }
}
