// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Runtime.CompilerServices;
using Matching.Core.Domain;

namespace Matching.Core.Scoring;

/// <summary>
/// The default scorer: a weighted mean of the <see cref="Criterion"/> values, scaled to 0–100, with hard rules for
/// language, reporting lines, declines, minimum overlap, department, self-pairing and per-criterion minimums.
/// </summary>
/// <remarks>
/// <para>
/// Criterion values: skills = wanted skills the mentor offers ÷ wanted skills; goals = mentee goals the mentor
/// supports ÷ mentee goals; availability = min(1, overlap hours ÷ target hours); career level = 1 when the mentor is
/// between the ideal and the maximum good gap above the mentee (below, for reverse mentoring), falling off outside;
/// meeting format = 1 when a format is shared; frequency = 1 for the same rhythm, 0.5 one step apart; department =
/// 1 when the pairing is the preferred one (different by default); affinity = shared identity characteristics ÷ the
/// mentee's; preference = (k − rank) ÷ k for a mentor ranked among the mentee's k choices, else 0. An unanswered
/// question gives the neutral value 0.5, so missing data neither helps nor blocks a pair; a question nobody answered
/// (the survey never asked it) is left out of the mean. A pair whose only shared format is asynchronous needs no
/// shared hours, so its availability is 1. A same organisation forbids a pair like a same department does.
/// </para>
/// <para>
/// Affinity counts only for mentees who opted in, and preference only for mentees who ranked mentors; for everyone
/// else those criteria are left out of the mean, so not answering never lowers a score.
/// </para>
/// <para>Multi-select answers are bitsets, so scoring a pair allocates nothing. Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class WeightedScorer : ICompatibilityScorer
{
    /// <summary>The value of a criterion that cannot be judged because a question was not answered.</summary>
    public const double Neutral = 0.5;

    private static readonly string[] FrequencyLadder = ["weekly", "biweekly", "monthly", "quarterly"];

    private readonly Participant[] _participants;
    private readonly ScoringOptions _options;
    private readonly TagMatrix _skillsOffered;
    private readonly TagMatrix _skillsWanted;
    private readonly TagMatrix _goals;
    private readonly TagMatrix _formats;
    private readonly TagMatrix _languages;
    private readonly TagMatrix _identity;
    private readonly int[] _frequency;
    private readonly int[] _department;
    private readonly int[] _email;
    private readonly int[] _manager;
    private readonly int[][] _preferences;
    private readonly int[]?[] _declines;
    private readonly double[] _weights;
    private readonly bool _hasMinimums;
    private readonly bool[] _asked;
    private readonly bool[] _async;

    // Per participant, side by side, what a pair's check and score read, so scoring a pair touches no Participant.
    private readonly WeeklyAvailability[] _availability;
    private readonly int?[] _careerLevel;
    private readonly bool[] _takesMentees;
    private readonly bool[] _affinity;

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
        _participants = [.. participants];

        var skills = new TagVocabulary();
        var goals = new TagVocabulary();
        var formats = new TagVocabulary();
        var languages = new TagVocabulary();
        var identity = new TagVocabulary();
        foreach (Participant p in participants)
        {
            skills.AddRange(p.SkillsOffered);
            skills.AddRange(p.SkillsWanted);
            goals.AddRange(p.Goals);
            formats.AddRange(p.MeetingFormats);
            languages.AddRange(p.Languages);
            identity.AddRange(p.Identity);
        }

        _skillsOffered = new TagMatrix(skills, [.. participants.Select(p => p.SkillsOffered)]);
        _skillsWanted = new TagMatrix(skills, [.. participants.Select(p => p.SkillsWanted)]);
        _goals = new TagMatrix(goals, [.. participants.Select(p => p.Goals)]);
        _formats = new TagMatrix(formats, [.. participants.Select(p => p.MeetingFormats)]);
        _languages = new TagMatrix(languages, [.. participants.Select(p => p.Languages)]);
        _identity = new TagMatrix(identity, [.. participants.Select(p => p.Identity)]);
        _frequency = [.. participants.Select(p => p.MeetingFrequency is { } f ? Array.IndexOf(FrequencyLadder, f.ToLowerInvariant()) : -1)];
        _department = Intern(participants.Select(p => p.Department));
        var keys = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        _email = Intern(participants.Select(p => p.Email), keys);
        _manager = Intern(participants.Select(p => p.ManagerEmail), keys);
        // Names, ids and emails are looked up only when someone ranked mentors or declined mentees.
        Dictionary<string, int>? lookup = participants.Any(p => p.PreferredMentors.Count > 0 || p.DeclinedMentees.Count > 0) ? BuildLookup(participants) : null;
        _preferences = [.. participants.Select(p => lookup is null ? [] : Resolve(p.PreferredMentors, lookup, sort: false))];
        _declines = [.. participants.Select(p => lookup is not null && Resolve(p.DeclinedMentees, lookup, sort: true) is { Length: > 0 } declined ? declined : null)];
        _weights = [.. Enum.GetValues<Criterion>().Select(_options.WeightOf)];
        _hasMinimums = _options.Minimums.Count > 0;
        _organisation = Intern(participants.Select(p => p.Organisation));
        _async = [.. participants.Select(p => p.MeetingFormats.Any(IsAsynchronous))];
        _availability = [.. participants.Select(p => p.Availability)];
        _careerLevel = [.. participants.Select(p => p.CareerLevel)];
        _takesMentees = [.. participants.Select(p => p.Capacity > 0)];
        _affinity = [.. participants.Select((p, i) => p.WantsAffinity && _identity.CountOf(i) > 0)];

        // A criterion nobody answered (the survey never asked it) is left out of every mean instead of scoring 0.5.
        // Affinity and preference are decided per mentee (see Counts), so their entries are never read.
        _asked = new bool[CriterionCount];
        _asked[(int)Criterion.Skills] = participants.Any(p => p.SkillsWanted.Count > 0) && participants.Any(p => p.SkillsOffered.Count > 0);
        _asked[(int)Criterion.Goals] = participants.Any(p => p.Goals.Count > 0);
        _asked[(int)Criterion.Availability] = participants.Any(p => !p.Availability.IsEmpty);
        _asked[(int)Criterion.CareerLevel] = participants.Any(p => p.CareerLevel is not null);
        _asked[(int)Criterion.MeetingFormat] = participants.Any(p => p.MeetingFormats.Count > 0);
        _asked[(int)Criterion.MeetingFrequency] = participants.Any(p => p.MeetingFrequency is not null);
        _asked[(int)Criterion.Department] = participants.Any(p => p.Department is not null);
    }

    private readonly int[] _organisation;

    /// <summary>Gets the options in use.</summary>
    public ScoringOptions Options => _options;

    /// <summary>Gets the number of criteria (the length <see cref="Score"/> expects).</summary>
    public static int CriterionCount { get; } = Enum.GetValues<Criterion>().Length;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public BlockReason Check(int mentee, int mentor)
    {
        if (mentee == mentor || ReferenceEquals(_participants[mentee], _participants[mentor]))
        {
            return BlockReason.SamePerson;
        }

        if (!_takesMentees[mentor])
        {
            return BlockReason.NoCapacity;
        }

        if (_options.RequireSharedLanguage && _languages.CountOf(mentee) > 0 && _languages.CountOf(mentor) > 0
            && _languages.IntersectCount(mentee, _languages, mentor) == 0)
        {
            return BlockReason.NoSharedLanguage;
        }

        if (_options.ForbidReportingLine && InReportingLine(mentee, mentor))
        {
            return BlockReason.ReportingLine;
        }

        if (_declines[mentor] is { } declined && Array.BinarySearch(declined, mentee) >= 0)
        {
            return BlockReason.Declined;
        }

        if (_options.MinimumOverlapHours > 0 && !_availability[mentee].IsEmpty && !_availability[mentor].IsEmpty
            && _availability[mentee].OverlapHours(_availability[mentor]) < _options.MinimumOverlapHours)
        {
            return BlockReason.TooLittleOverlap;
        }

        if ((_options.ForbidSameDepartment && _department[mentee] >= 0 && _department[mentee] == _department[mentor])
            || (_options.ForbidSameOrganisation && _organisation[mentee] >= 0 && _organisation[mentee] == _organisation[mentor]))
        {
            return BlockReason.SameDepartment;
        }

        if (_hasMinimums)
        {
            Span<double> values = stackalloc double[CriterionCount];
            Score(mentee, mentor, values);
            foreach (var (criterion, minimum) in _options.Minimums)
            {
                if (Counts(mentee, criterion) && values[(int)criterion] < minimum)
                {
                    return BlockReason.BelowMinimum;
                }
            }
        }

        return BlockReason.None;
    }

    /// <summary>Checks one mentee against many mentors: <c>blocks[t] = Check(mentee, mentors[t])</c>.</summary>
    /// <param name="mentee">Index of the mentee.</param>
    /// <param name="mentors">Indices of the mentors.</param>
    /// <param name="blocks">Receives one rule per mentor.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void CheckRow(int mentee, ReadOnlySpan<int> mentors, Span<BlockReason> blocks)
    {
        for (int t = 0; t < mentors.Length; t++)
        {
            blocks[t] = Check(mentee, mentors[t]);
        }
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Score(int mentee, int mentor, Span<double> criteria)
    {
        if (criteria.Length < CriterionCount)
        {
            throw new ArgumentException($"Need room for {CriterionCount} criteria.", nameof(criteria));
        }

        WeeklyAvailability a = _availability[mentee];
        WeeklyAvailability b = _availability[mentor];
        criteria[(int)Criterion.Skills] = Coverage(_skillsWanted, mentee, _skillsOffered, mentor);
        criteria[(int)Criterion.Goals] = Coverage(_goals, mentee, _goals, mentor);
        criteria[(int)Criterion.Availability] = AsynchronousOnly(mentee, mentor)
            ? 1.0
            : a.IsEmpty || b.IsEmpty
            ? Neutral
            : Math.Min(1.0, a.OverlapHours(b) / (double)_options.TargetOverlapHours);
        criteria[(int)Criterion.CareerLevel] = _options.ReverseMentoring
            ? CareerFit(_careerLevel[mentor], _careerLevel[mentee])
            : CareerFit(_careerLevel[mentee], _careerLevel[mentor]);
        criteria[(int)Criterion.MeetingFormat] = _formats.CountOf(mentee) == 0 || _formats.CountOf(mentor) == 0
            ? Neutral
            : _formats.IntersectCount(mentee, _formats, mentor) > 0 ? 1.0 : 0.0;
        criteria[(int)Criterion.MeetingFrequency] = _frequency[mentee] < 0 || _frequency[mentor] < 0
            ? Neutral
            : Math.Abs(_frequency[mentee] - _frequency[mentor]) switch { 0 => 1.0, 1 => 0.5, _ => 0.0 };
        criteria[(int)Criterion.Department] = _department[mentee] < 0 || _department[mentor] < 0
            ? Neutral
            : (_department[mentee] == _department[mentor]) == (_options.Department == DepartmentPreference.Same) ? 1.0 : 0.0;
        criteria[(int)Criterion.Affinity] = Coverage(_identity, mentee, _identity, mentor);
        criteria[(int)Criterion.Preference] = PreferenceFit(mentee, mentor);

        double total = 0;
        double weights = 0;
        for (int c = 0; c < CriterionCount; c++)
        {
            if (Counts(mentee, (Criterion)c))
            {
                total += _weights[c] * criteria[c];
                weights += _weights[c];
            }
        }

        return weights <= 0 ? 100.0 * Neutral : 100.0 * total / weights;
    }

    /// <summary>
    /// Returns whether a criterion takes part in this mentee's scores: affinity and preference are opt-in, and a
    /// criterion that no participant answered (the survey never asked it) takes part in no score.
    /// </summary>
    /// <param name="mentee">Index of the mentee.</param>
    /// <param name="criterion">The criterion.</param>
    public bool Counts(int mentee, Criterion criterion) => criterion switch
    {
        Criterion.Affinity => _affinity[mentee],
        Criterion.Preference => _preferences[mentee].Length > 0,
        _ => _asked[(int)criterion],
    };

    /// <summary>Whether the pair's only shared meeting format is asynchronous: then no shared hours are needed.</summary>
    private bool AsynchronousOnly(int mentee, int mentor) =>
        _async[mentee] && _async[mentor] && _formats.IntersectCount(mentee, _formats, mentor) == 1;

    private static bool IsAsynchronous(string format) =>
        format.StartsWith("async", StringComparison.OrdinalIgnoreCase) || format.Equals("email", StringComparison.OrdinalIgnoreCase)
        || format.Equals("e-mail", StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns the 0-based rank of <paramref name="mentor"/> among the mentee's choices, or −1.</summary>
    /// <param name="mentee">Index of the mentee.</param>
    /// <param name="mentor">Index of the mentor.</param>
    public int PreferenceRank(int mentee, int mentor) => Array.IndexOf(_preferences[mentee], mentor);

    private bool InReportingLine(int mentee, int mentor)
    {
        int menteeManager = _manager[mentee];
        int mentorManager = _manager[mentor];
        return (menteeManager >= 0 && (menteeManager == mentorManager || menteeManager == _email[mentor]))
            || (mentorManager >= 0 && mentorManager == _email[mentee]);
    }

    private double PreferenceFit(int mentee, int mentor)
    {
        int[] choices = _preferences[mentee];
        if (choices.Length == 0)
        {
            return Neutral;
        }

        int rank = Array.IndexOf(choices, mentor);
        return rank < 0 ? 0.0 : (choices.Length - rank) / (double)choices.Length;
    }

    private static double Coverage(TagMatrix wanted, int mentee, TagMatrix offered, int mentor)
    {
        int count = wanted.CountOf(mentee);
        return count == 0 ? Neutral : wanted.IntersectCount(mentee, offered, mentor) / (double)count;
    }

    /// <summary>
    /// The mentor's view of skills: the share of the mentor's offered skills that the mentee wants (<see cref="Neutral"/>
    /// when either gave none). Used by the mentor side's preferences of the stable strategies, not by the pair score.
    /// </summary>
    internal double OfferedSkillsUsed(int mentee, int mentor)
    {
        int offered = _skillsOffered.CountOf(mentor);
        return offered == 0 || _skillsWanted.CountOf(mentee) == 0 ? Neutral : _skillsWanted.IntersectCount(mentee, _skillsOffered, mentor) / (double)offered;
    }

    /// <summary>Gets the offered skills of everyone as bitsets (shared vocabulary with <see cref="SkillsWantedTags"/>).</summary>
    internal TagMatrix SkillsOfferedTags => _skillsOffered;

    /// <summary>Gets the wanted skills of everyone as bitsets.</summary>
    internal TagMatrix SkillsWantedTags => _skillsWanted;

    /// <summary>Gets the goals of everyone as bitsets.</summary>
    internal TagMatrix GoalTags => _goals;

    /// <summary>Gets the session languages of everyone as bitsets.</summary>
    internal TagMatrix LanguageTags => _languages;

    /// <summary>Gets the career-level criterion for a mentee and a mentor level, as <see cref="Score"/> computes it.</summary>
    internal double CareerValue(int? menteeLevel, int? mentorLevel) =>
        _options.ReverseMentoring ? CareerFit(mentorLevel, menteeLevel) : CareerFit(menteeLevel, mentorLevel);

    private double CareerFit(int? juniorLevel, int? seniorLevel)
    {
        if (juniorLevel is not int low || seniorLevel is not int high)
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

    private static int[] Intern(IEnumerable<string?> values, Dictionary<string, int>? keys = null)
    {
        keys ??= new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var result = new List<int>();
        foreach (string? value in values)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                result.Add(-1);
                continue;
            }

            string key = value.Trim();
            if (!keys.TryGetValue(key, out int id))
            {
                keys[key] = id = keys.Count;
            }

            result.Add(id);
        }

        return [.. result];
    }

    private static Dictionary<string, int> BuildLookup(IReadOnlyList<Participant> participants)
    {
        // Ids and emails are unique; a name shared by two people is left out rather than guessed.
        var lookup = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var ambiguous = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < participants.Count; i++)
        {
            if (!lookup.TryAdd(participants[i].Name, i))
            {
                ambiguous.Add(participants[i].Name);
            }
        }

        foreach (string name in ambiguous)
        {
            lookup.Remove(name);
        }

        for (int i = 0; i < participants.Count; i++)
        {
            lookup[participants[i].Id] = i;
            if (participants[i].Email is { } email)
            {
                lookup[email] = i;
            }
        }

        return lookup;
    }

    private static int[] Resolve(IEnumerable<string> references, Dictionary<string, int> lookup, bool sort)
    {
        var indices = new List<int>();
        foreach (string reference in references)
        {
            if (lookup.TryGetValue(reference.Trim(), out int index) && !indices.Contains(index))
            {
                indices.Add(index);
            }
        }

        if (sort)
        {
            indices.Sort();
        }

        return [.. indices];
    }
}
