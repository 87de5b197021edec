// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using Matching.Core.Domain;
using Matching.Core.Scoring;
using Matching.Core.Text;

namespace Matching.Core.Results;

/// <summary>Turns a pair's criterion values into contributions and plain-language reasons, in English or German.</summary>
/// <remarks>
/// Identity answers are never named: an honored affinity preference is reported only as such.
/// Instances are immutable and thread-safe.
/// </remarks>
public sealed class Explainer
{
    private const int MaxReasons = 3;

    private readonly IReadOnlyList<Participant> _participants;
    private readonly WeightedScorer _scorer;
    private readonly bool _german;
    private readonly TextCatalog _text;

    /// <summary>Initializes an explainer for the participants the scorer was built for.</summary>
    /// <param name="participants">Everyone in the program.</param>
    /// <param name="scorer">The scorer of the program.</param>
    /// <param name="language">The language of the reasons.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Explainer(IReadOnlyList<Participant> participants, WeightedScorer scorer, ExplanationLanguage language = ExplanationLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(participants);
        ArgumentNullException.ThrowIfNull(scorer);
        _participants = participants;
        _scorer = scorer;
        _german = language == ExplanationLanguage.German;
        _text = TextCatalog.For(language);
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
        double weightSum = Enum.GetValues<Criterion>().Where(c => _scorer.Counts(mentee, c)).Sum(options.WeightOf);
        var contributions = new List<CriterionContribution>();
        foreach (Criterion criterion in Enum.GetValues<Criterion>())
        {
            if (_scorer.Counts(mentee, criterion))
            {
                double weight = options.WeightOf(criterion);
                double value = values[(int)criterion];
                contributions.Add(new CriterionContribution(criterion, value, weight, 100.0 * weight * value / weightSum));
            }
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
            reasons.Add((_german ? "beide sprechen " : "both speak ") + JoinWords([.. sharedLanguages.Select(LanguageName)]));
        }

        int limit = MaxReasons + reasons.Count;
        foreach (CriterionContribution c in contributions.Where(c => c.Value > WeightedScorer.Neutral && c.Weight > 0).OrderByDescending(c => c.Points).ThenBy(c => c.Criterion))
        {
            if (reasons.Count >= limit)
            {
                break;
            }

            if (Describe(c.Criterion, mentee, mentor) is { } text)
            {
                reasons.Add(text);
            }
        }

        if (reasons.Count == 0)
        {
            reasons.Add(_german ? "die beste verfügbare Option für beide" : "the best available option for both");
        }

        return new PairExplanation(score, block, contributions, reasons);
    }

    /// <summary>Describes a hard rule in words.</summary>
    /// <param name="block">The rule.</param>
    /// <param name="mentee">The mentee.</param>
    /// <param name="mentor">The mentor.</param>
    /// <exception cref="ArgumentNullException">A participant is null.</exception>
    public string Describe(BlockReason block, Participant mentee, Participant mentor)
    {
        ArgumentNullException.ThrowIfNull(mentee);
        ArgumentNullException.ThrowIfNull(mentor);
        // The rule's name comes from the catalogue (each rule is described once); the pair adds its detail.
        string name = _text.Block(block);
        return block switch
        {
            BlockReason.NoSharedLanguage => $"{name} ({JoinWords([.. mentee.Languages.Select(LanguageName)])} / {JoinWords([.. mentor.Languages.Select(LanguageName)])})",
            BlockReason.TooLittleOverlap => string.Create(CultureInfo.InvariantCulture, $"{name} ({mentee.Availability.OverlapHours(mentor.Availability)} h)"),
            _ => name,
        };
    }

    private string? Describe(Criterion criterion, int mentee, int mentor)
    {
        Participant a = _participants[mentee];
        Participant b = _participants[mentor];
        switch (criterion)
        {
            case Criterion.Skills:
                string[] skills = Shared(a.SkillsWanted, b.SkillsOffered);
                return skills.Length == 0 ? null : _german
                    ? $"Mentor:in bietet {skills.Length} von {a.SkillsWanted.Count} gewünschten Kompetenzen ({JoinWords(skills)})"
                    : $"mentor offers {skills.Length} of {a.SkillsWanted.Count} wanted skills ({JoinWords(skills)})";
            case Criterion.Goals:
                string[] goals = Shared(a.Goals, b.Goals);
                return goals.Length == 0 ? null : (_german ? "Mentor:in unterstützt das Ziel " : "mentor supports the goal ") + JoinWords(goals);
            case Criterion.Availability:
                string hours = a.Availability.OverlapHours(b.Availability).ToString(CultureInfo.InvariantCulture);
                return _german ? $"{hours} Std. gemeinsame Zeit pro Woche" : $"{hours} h weekly overlap";
            case Criterion.CareerLevel:
                int gap = Math.Abs((b.CareerLevel ?? 0) - (a.CareerLevel ?? 0));
                if (gap == 0)
                {
                    return null;
                }

                bool reverse = _scorer.Options.ReverseMentoring;
                return (_german, reverse) switch
                {
                    (false, false) => $"mentor is {gap} career level{(gap == 1 ? string.Empty : "s")} ahead",
                    (false, true) => $"reverse mentoring: mentee is {gap} career level{(gap == 1 ? string.Empty : "s")} ahead",
                    (true, false) => $"Mentor:in ist {gap} Karrierestufe{(gap == 1 ? string.Empty : "n")} weiter",
                    (true, true) => $"Reverse Mentoring: Mentee ist {gap} Karrierestufe{(gap == 1 ? string.Empty : "n")} weiter",
                };
            case Criterion.MeetingFormat:
                string[] formats = Shared(a.MeetingFormats, b.MeetingFormats);
                return formats.Length == 0 ? null : (_german ? "beide bevorzugen " : "both prefer ") + JoinWords(formats);
            case Criterion.MeetingFrequency:
                string frequency = a.MeetingFrequency ?? string.Empty;
                return _german ? $"beide möchten sich {GermanFrequency(frequency)} treffen" : $"both want to meet {EnglishFrequency(frequency)}";
            case Criterion.Department:
                bool same = string.Equals(a.Department, b.Department, StringComparison.OrdinalIgnoreCase);
                return (same, _german) switch
                {
                    (false, false) => "different departments (cross-department learning)",
                    (false, true) => "verschiedene Abteilungen (abteilungsübergreifendes Lernen)",
                    (true, false) => "same department",
                    (true, true) => "gleiche Abteilung",
                };
            case Criterion.Affinity:
                // Never name identity answers: say only that the opt-in preference was honored.
                return _german ? "ein Wunsch nach ähnlicher Identität wurde berücksichtigt" : "an affinity preference was honored";
            case Criterion.Preference:
                int rank = _scorer.PreferenceRank(mentee, mentor) + 1;
                return rank <= 0 ? null : _german ? $"Wunsch Nr. {rank} der Mentee" : $"the mentee's choice no. {rank}";
            default:
                return null;
        }
    }

    private static string EnglishFrequency(string frequency) => frequency switch
    {
        "biweekly" => "every two weeks",
        _ => frequency,
    };

    private static string GermanFrequency(string frequency) => frequency switch
    {
        "weekly" => "wöchentlich",
        "biweekly" => "alle zwei Wochen",
        "monthly" => "monatlich",
        "quarterly" => "vierteljährlich",
        _ => frequency,
    };

    private string LanguageName(string language) => _text.LanguageName(language);

    private static string[] Shared(IReadOnlySet<string> first, IReadOnlySet<string> second) =>
        [.. first.Where(second.Contains).Order(StringComparer.OrdinalIgnoreCase)];

    private string JoinWords(string[] words) => _text.JoinWords(words);
}
