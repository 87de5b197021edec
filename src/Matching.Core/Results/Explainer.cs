// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using Matching.Core.Domain;
using Matching.Core.Scoring;

namespace Matching.Core.Results;

/// <summary>Turns a pair's criterion values into contributions and plain-language reasons.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class Explainer
{
    private const int MaxReasons = 3;
    private readonly IReadOnlyList<Participant> _participants;
    private readonly WeightedScorer _scorer;

    /// <summary>Initializes an explainer for the participants the scorer was built for.</summary>
    /// <param name="participants">Everyone in the program.</param>
    /// <param name="scorer">The scorer of the program.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Explainer(IReadOnlyList<Participant> participants, WeightedScorer scorer)
    {
        ArgumentNullException.ThrowIfNull(participants);
        ArgumentNullException.ThrowIfNull(scorer);
        _participants = participants;
        _scorer = scorer;
    }

    /// <summary>Explains the pair of participants <paramref name="mentee"/> and <paramref name="mentor"/> (indices into the participant list).</summary>
    /// <param name="mentee">Index of the mentee.</param>
    /// <param name="mentor">Index of the mentor.</param>
    public PairExplanation Explain(int mentee, int mentor)
    {
        BlockReason block = _scorer.Check(mentee, mentor);
        Span<double> values = stackalloc double[WeightedScorer.CriterionCount];
        double score = _scorer.Score(mentee, mentor, values);
        ScoringOptions options = _scorer.Options;
        double weightSum = Enum.GetValues<Criterion>().Sum(options.WeightOf);
        var contributions = new CriterionContribution[WeightedScorer.CriterionCount];
        foreach (Criterion criterion in Enum.GetValues<Criterion>())
        {
            double weight = options.WeightOf(criterion);
            double value = values[(int)criterion];
            contributions[(int)criterion] = new CriterionContribution(criterion, value, weight, 100.0 * weight * value / weightSum);
        }

        Participant a = _participants[mentee];
        Participant b = _participants[mentor];
        var reasons = new List<string>();
        if (block != BlockReason.None)
        {
            reasons.Add(Describe(block, a, b));
            return new PairExplanation(0, block, contributions, reasons);
        }

        string[] sharedLanguages = Shared(a.Languages, b.Languages);
        if (sharedLanguages.Length > 0)
        {
            reasons.Add("both speak " + JoinWords(sharedLanguages));
        }

        foreach (CriterionContribution c in contributions.Where(c => c.Value > WeightedScorer.Neutral && c.Weight > 0).OrderByDescending(c => c.Points).ThenBy(c => c.Criterion))
        {
            if (reasons.Count >= MaxReasons + (sharedLanguages.Length > 0 ? 1 : 0))
            {
                break;
            }

            if (Describe(c.Criterion, a, b) is { } text)
            {
                reasons.Add(text);
            }
        }

        if (reasons.Count == 0)
        {
            reasons.Add("the best available option for both");
        }

        return new PairExplanation(score, block, contributions, reasons);
    }

    /// <summary>Describes a hard rule in words.</summary>
    /// <param name="block">The rule.</param>
    /// <param name="mentee">The mentee.</param>
    /// <param name="mentor">The mentor.</param>
    public static string Describe(BlockReason block, Participant mentee, Participant mentor)
    {
        ArgumentNullException.ThrowIfNull(mentee);
        ArgumentNullException.ThrowIfNull(mentor);
        return block switch
        {
            BlockReason.None => "allowed",
            BlockReason.SamePerson => "nobody mentors themselves",
            BlockReason.NoSharedLanguage => $"no shared language ({JoinWords([.. mentee.Languages])} vs {JoinWords([.. mentor.Languages])})",
            BlockReason.TooLittleOverlap => $"only {mentee.Availability.OverlapHours(mentor.Availability)} h of weekly overlap",
            BlockReason.SameDepartment => "same department",
            BlockReason.NoCapacity => "the mentor takes no mentees",
            _ => block.ToString(),
        };
    }

    private static string? Describe(Criterion criterion, Participant a, Participant b)
    {
        switch (criterion)
        {
            case Criterion.Skills:
                string[] skills = Shared(a.SkillsWanted, b.SkillsOffered);
                return skills.Length == 0 ? null
                    : $"mentor offers {skills.Length} of {a.SkillsWanted.Count} wanted skills ({JoinWords(skills)})";
            case Criterion.Goals:
                string[] goals = Shared(a.Goals, b.Goals);
                return goals.Length == 0 ? null : "mentor supports the goal " + JoinWords(goals);
            case Criterion.Availability:
                return string.Create(CultureInfo.InvariantCulture, $"{a.Availability.OverlapHours(b.Availability)} h weekly overlap");
            case Criterion.CareerLevel:
                int gap = (b.CareerLevel ?? 0) - (a.CareerLevel ?? 0);
                return gap > 0 ? $"mentor is {gap} career level{(gap == 1 ? string.Empty : "s")} ahead" : null;
            case Criterion.MeetingFormat:
                string[] formats = Shared(a.MeetingFormats, b.MeetingFormats);
                return formats.Length == 0 ? null : "both prefer " + JoinWords(formats);
            default:
                return null;
        }
    }

    private static string[] Shared(IReadOnlySet<string> first, IReadOnlySet<string> second) =>
        [.. first.Where(second.Contains).Order(StringComparer.OrdinalIgnoreCase)];

    private static string JoinWords(string[] words) => words.Length switch
    {
        0 => "none",
        1 => words[0],
        _ => string.Join(", ", words[..^1]) + " and " + words[^1],
    };
}
