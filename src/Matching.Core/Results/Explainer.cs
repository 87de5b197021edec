// Copyright (c) Matching contributors. Licensed under the MIT License.

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
    private readonly Lazy<string[]> _commonLanguages;
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
        _text = TextCatalog.For(language);
        _commonLanguages = new Lazy<string[]>(() => participants.Count < 2 || participants.Any(p => p.Languages.Count == 0)
            ? []
            : [.. participants[0].Languages.Where(l => participants.All(p => p.Languages.Contains(l))).Order(StringComparer.OrdinalIgnoreCase)]);
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
        double weightSum = 0;
        foreach (Criterion criterion in WeightedScorer.Criteria)
        {
            if (_scorer.Counts(mentee, criterion))
            {
                weightSum += options.WeightOf(criterion);
            }
        }

        var contributions = new List<CriterionContribution>();
        foreach (Criterion criterion in WeightedScorer.Criteria)
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

        // A language everyone speaks does not tell this pair apart: it is said once (CommonLanguages), not in every reason.
        string[] sharedLanguages = [.. Shared(a.Languages, b.Languages).Where(l => !CommonLanguages.Contains(l, StringComparer.OrdinalIgnoreCase))];
        if (sharedLanguages.Length > 0)
        {
            reasons.Add(_text.BothSpeak(JoinWords([.. sharedLanguages.Select(LanguageName)])));
        }

        int limit = MaxReasons + reasons.Count;
        CriterionContribution[] strengths = [.. contributions.Where(c => c.Value > WeightedScorer.Neutral && c.Weight > 0)];
        Array.Sort(strengths, static (x, y) => y.Points.CompareTo(x.Points) is not 0 and int byPoints ? byPoints : x.Criterion.CompareTo(y.Criterion));
        foreach (CriterionContribution c in strengths)
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
            reasons.Add(_text.BestAvailable);
        }

        if (Weakness(contributions, mentee, mentor) is { } weakness)
        {
            reasons.Add(_text.WeaknessPrefix + weakness);
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
            BlockReason.TooLittleOverlap => $"{name} ({_text.Number(mentee.Availability.OverlapHours(mentor.Availability), "0.#")} h)",
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
                return skills.Length == 0 ? null : _text.SkillsOffered(skills.Length, a.SkillsWanted.Count, JoinWords(skills));
            case Criterion.Goals:
                string[] goals = Shared(a.Goals, b.Goals);
                return goals.Length == 0 ? null : _text.SupportsGoal(JoinWords(goals));
            case Criterion.Availability:
                return _text.WeeklyOverlap(_text.Number(a.Availability.OverlapHours(b.Availability), "0.#"));
            case Criterion.CareerLevel:
                int gap = Math.Abs((b.CareerLevel ?? 0) - (a.CareerLevel ?? 0));
                return gap == 0 ? null : _text.CareerAhead(gap, _scorer.Options.ReverseMentoring);
            case Criterion.MeetingFormat:
                string[] formats = Shared(a.MeetingFormats, b.MeetingFormats);
                return formats.Length == 0 ? null : _text.BothPrefer(JoinWords(formats));
            case Criterion.MeetingFrequency:
                return _text.BothMeet(a.MeetingFrequency ?? string.Empty);
            case Criterion.Department:
                return string.Equals(a.Department, b.Department, StringComparison.OrdinalIgnoreCase) ? _text.SameDepartment : _text.CrossDepartment;
            case Criterion.Affinity:
                // Never name identity answers: say only that the opt-in preference was honored.
                return _text.AffinityHonored;
            case Criterion.Preference:
                int rank = _scorer.PreferenceRank(mentee, mentor) + 1;
                return rank <= 0 ? null : _text.PreferenceRank(rank);
            default:
                return null;
        }
    }

    /// <summary>
    /// The pair's main weakness: the weighted criterion below half its value that loses the most points, described
    /// with its figures ("only 1 of 3 wanted skills", "no shared time"), or null when no criterion is weak.
    /// </summary>
    private string? Weakness(List<CriterionContribution> contributions, int mentee, int mentor)
    {
        Participant a = _participants[mentee];
        Participant b = _participants[mentor];
        CriterionContribution[] weak = [.. contributions.Where(c => c.Weight > 0 && c.Value < 0.5)];
        Array.Sort(weak, static (x, y) => Loss(y).CompareTo(Loss(x)) is not 0 and int byLoss ? byLoss : x.Criterion.CompareTo(y.Criterion));
        foreach (CriterionContribution c in weak)
        {
            string? text = c.Criterion switch
            {
                Criterion.Skills when a.SkillsWanted.Count > 0 => _text.FewSkills(Shared(a.SkillsWanted, b.SkillsOffered).Length, a.SkillsWanted.Count),
                Criterion.Goals when a.Goals.Count > 0 && Shared(a.Goals, b.Goals).Length == 0 => _text.NoSharedGoal,
                Criterion.Availability when !a.Availability.IsEmpty && !b.Availability.IsEmpty => a.Availability.OverlapHours(b.Availability) == 0
                    ? _text.NoSharedTime
                    : _text.LittleOverlap(_text.Number(a.Availability.OverlapHours(b.Availability), "0.#")),
                Criterion.MeetingFormat when a.MeetingFormats.Count > 0 && b.MeetingFormats.Count > 0 && Shared(a.MeetingFormats, b.MeetingFormats).Length == 0 => _text.NoSharedFormat,
                Criterion.MeetingFrequency when a.MeetingFrequency is not null && b.MeetingFrequency is not null => _text.DifferentFrequency,
                Criterion.CareerLevel when a.CareerLevel is not null && a.CareerLevel == b.CareerLevel => _text.SameCareerLevel,
                _ => null,
            };
            if (text is not null)
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>Gets the languages every participant speaks (a hard language rule every pair meets), in the order of the first participant.</summary>
    public IReadOnlyList<string> CommonLanguages => _commonLanguages.Value;

    /// <summary>Says once, for a summary, which languages everyone speaks; null when there is none.</summary>
    /// <returns>The sentence, or null.</returns>
    public string? CommonLanguagesSentence() =>
        CommonLanguages.Count == 0 ? null : _text.EveryoneSpeaks(JoinWords([.. CommonLanguages.Select(LanguageName)]));

    private string LanguageName(string language) => _text.LanguageName(language);

    /// <summary>The points a weak criterion loses.</summary>
    private static double Loss(CriterionContribution c) => c.Weight * (1 - c.Value);

    /// <summary>The answers in both sets, in case-blind order (ties keep the order of <paramref name="first"/>).</summary>
    private static string[] Shared(IReadOnlySet<string> first, IReadOnlySet<string> second)
    {
        if (first.Count == 0 || second.Count == 0)
        {
            return [];
        }

        var shared = new List<string>();
        foreach (string answer in first)
        {
            if (second.Contains(answer))
            {
                // Insertion keeps the sort stable, as Order was; the lists are a few words long.
                int at = shared.Count;
                while (at > 0 && StringComparer.OrdinalIgnoreCase.Compare(shared[at - 1], answer) > 0)
                {
                    at--;
                }

                shared.Insert(at, answer);
            }
        }

        return [.. shared];
    }

    private string JoinWords(string[] words) => _text.JoinWords(words);
}
