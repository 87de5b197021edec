// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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

    private readonly ScoringOptions _options;
    private readonly TagMatrix _skillsOffered;
    private readonly TagMatrix _skillsWanted;
    private readonly TagMatrix _goals;
    private readonly TagMatrix _formats;
    private readonly TagMatrix _languages;
    private readonly TagMatrix _identity;
    private readonly int[][] _preferences;
    private readonly int[]?[] _declines;
    private readonly double[] _weights;
    private readonly bool _hasMinimums;
    private readonly bool[] _asked;
    private readonly TagMatrix _asyncFormats;

    // Per participant, in one record, what a pair's check and score read: a pair touches two or three cache lines
    // of its mentor instead of one line in each of some twenty arrays (scoring is bound by those memory reads).
    private readonly Profile[] _profiles;

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

        // The texts compared as equal-or-not (departments, organisations, emails) are numbered on other cores while
        // the tag sets are encoded here.
        Task<int[]> departments = Task.Run(() => Intern(participants.Select(p => p.Department)));
        Task<int[]> organisations = Task.Run(() => Intern(participants.Select(p => p.Organisation)));
        Task<(int[] Email, int[] Manager)> emails = Task.Run(() =>
        {
            var keys = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            return (Intern(participants.Select(p => p.Email), keys), Intern(participants.Select(p => p.ManagerEmail), keys));
        });

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
        // Names, ids and emails are looked up only when someone ranked mentors or declined mentees.
        Dictionary<string, int>? lookup = participants.Any(p => p.PreferredMentors.Count > 0 || p.DeclinedMentees.Count > 0) ? BuildLookup(participants) : null;
        _preferences = [.. participants.Select(p => lookup is null ? [] : Resolve(p.PreferredMentors, lookup, sort: false))];
        _declines = [.. participants.Select(p => lookup is not null && Resolve(p.DeclinedMentees, lookup, sort: true) is { Length: > 0 } declined ? declined : null)];
        _weights = [.. Enum.GetValues<Criterion>().Select(_options.WeightOf)];
        _hasMinimums = _options.Minimums.Count > 0;
        var asynchronous = new Dictionary<IReadOnlySet<string>, IReadOnlySet<string>>(ReferenceEqualityComparer.Instance);
        _asyncFormats = new TagMatrix(formats, [.. participants.Select(p => Asynchronous(p.MeetingFormats))]);

        // One subset per distinct set of formats (survey readers share the set between people who answered alike).
        IReadOnlySet<string> Asynchronous(IReadOnlySet<string> all)
        {
            if (!asynchronous.TryGetValue(all, out IReadOnlySet<string>? subset))
            {
                asynchronous[all] = subset = all.Where(IsAsynchronous).ToHashSet(StringComparer.OrdinalIgnoreCase);
            }

            return subset;
        }

        int[] department = departments.Result;
        int[] organisation = organisations.Result;
        (int[] email, int[] manager) = emails.Result;

        // The same Participant object listed twice is one person (a pair of it with itself is never allowed).
        var person = new Dictionary<Participant, int>(ReferenceEqualityComparer.Instance);
        _profiles = new Profile[participants.Count];
        for (int i = 0; i < participants.Count; i++)
        {
            Participant p = participants[i];
            _profiles[i] = new Profile
            {
                Person = person.TryAdd(p, i) ? i : person[p],
                TakesMentees = p.Capacity > 0,
                Declines = _declines[i] is not null,
                Asynchronous = _asyncFormats.CountOf(i) > 0,
                Affinity = p.WantsAffinity && _identity.CountOf(i) > 0,
                Frequency = (sbyte)(p.MeetingFrequency is { } f ? Array.IndexOf(FrequencyLadder, f.ToLowerInvariant()) : -1),
                LanguageCount = _languages.CountOf(i),
                Department = department[i],
                Organisation = organisation[i],
                Manager = manager[i],
                Email = email[i],
                CareerLevel = p.CareerLevel ?? NoLevel,
                Languages = _languages.FirstWord(i),
                Availability = p.Availability,
                SkillsOffered = _skillsOffered.FirstWord(i),
                SkillsWanted = _skillsWanted.FirstWord(i),
                Goals = _goals.FirstWord(i),
                Formats = _formats.FirstWord(i),
                AsyncFormats = _asyncFormats.FirstWord(i),
                Identity = _identity.FirstWord(i),
                SkillsWantedCount = _skillsWanted.CountOf(i),
                GoalCount = _goals.CountOf(i),
                FormatCount = _formats.CountOf(i),
                IdentityCount = _identity.CountOf(i),
            };
        }

        _narrow = _skillsOffered.WordCount == 1 && _goals.WordCount == 1 && _formats.WordCount == 1 && _languages.WordCount == 1 && _identity.WordCount == 1;

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

    private const int NoLevel = int.MinValue;

    // Whether every tag vocabulary fits one 64-bit word, so a profile's first words are the whole bitsets.
    private readonly bool _narrow;

    /// <summary>Gets the options in use.</summary>
    public ScoringOptions Options => _options;

    /// <summary>Gets the number of criteria (the length <see cref="Score"/> expects).</summary>
    public static int CriterionCount { get; } = Enum.GetValues<Criterion>().Length;

    /// <summary>Gets every criterion in order (one array, not one per call as <c>Enum.GetValues</c> makes).</summary>
    internal static ReadOnlySpan<Criterion> Criteria => AllCriteria;

    private static readonly Criterion[] AllCriteria = Enum.GetValues<Criterion>();

    /// <inheritdoc />
    public BlockReason Check(int mentee, int mentor) => CheckWith(mentee, mentor, in _profiles[mentor]);

    /// <summary>Checks a pair with the mentor's profile at hand (see <see cref="MentorProfiles"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private BlockReason CheckWith(int mentee, int mentor, in Profile b)
    {
        ref readonly Profile a = ref _profiles[mentee];
        if (mentee == mentor || a.Person == b.Person)
        {
            return BlockReason.SamePerson;
        }

        if (!b.TakesMentees)
        {
            return BlockReason.NoCapacity;
        }

        if (_options.RequireSharedLanguage && a.LanguageCount > 0 && b.LanguageCount > 0
            && (_narrow ? (a.Languages & b.Languages) == 0 : _languages.IntersectCount(mentee, _languages, mentor) == 0))
        {
            return BlockReason.NoSharedLanguage;
        }

        if (_options.ForbidReportingLine && InReportingLine(in a, in b))
        {
            return BlockReason.ReportingLine;
        }

        if (b.Declines && Array.BinarySearch(_declines[mentor]!, mentee) >= 0)
        {
            return BlockReason.Declined;
        }

        if (_options.MinimumOverlapHours > 0 && !a.Availability.IsEmpty && !b.Availability.IsEmpty
            && a.Availability.OverlapHours(b.Availability) < _options.MinimumOverlapHours)
        {
            return BlockReason.TooLittleOverlap;
        }

        if ((_options.ForbidSameDepartment && a.Department >= 0 && a.Department == b.Department)
            || (_options.ForbidSameOrganisation && a.Organisation >= 0 && a.Organisation == b.Organisation))
        {
            return BlockReason.SameDepartment;
        }

        if (_hasMinimums)
        {
            Span<double> values = stackalloc double[CriterionCount];
            ScoreWith(mentee, mentor, in b, values);
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

    /// <summary>
    /// The profiles of some mentors side by side, in the order given, for passes that check and score one mentee
    /// against many mentors (<see cref="Candidates.MentorIndex"/>): the copies take a few megabytes where the
    /// mentors' own profiles lie scattered among every participant's, so a pass reads memory that stays in the caches
    /// and their address translations. Same rules and scores as <see cref="Check(int, int)"/> and
    /// <see cref="Score(int, int, Span{double})"/>.
    /// </summary>
    /// <param name="mentors">The mentors' participant indices, by position.</param>
    internal MentorProfiles ForMentors(int[] mentors) => new(this, mentors);

    /// <summary>See <see cref="ForMentors"/>. Immutable and thread-safe.</summary>
    internal sealed class MentorProfiles
    {
        private readonly WeightedScorer _scorer;
        private readonly int[] _mentors;
        private readonly Profile[] _profiles;

        public MentorProfiles(WeightedScorer scorer, int[] mentors)
        {
            _scorer = scorer;
            _mentors = mentors;
            _profiles = [.. mentors.Select(j => scorer._profiles[j])];
        }

        /// <summary>As <see cref="WeightedScorer.Check(int, int)"/> for the mentor at <paramref name="position"/>.</summary>
        public BlockReason Check(int mentee, int position) => _scorer.CheckWith(mentee, _mentors[position], in _profiles[position]);

        /// <summary>As <see cref="WeightedScorer.Score(int, int, Span{double})"/> for the mentor at <paramref name="position"/>.</summary>
        public double Score(int mentee, int position, Span<double> criteria) => _scorer.ScoreWith(mentee, _mentors[position], in _profiles[position], criteria);
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
    public double Score(int mentee, int mentor, Span<double> criteria) => ScoreWith(mentee, mentor, in _profiles[mentor], criteria);

    /// <summary>Scores a pair with the mentor's profile at hand (see <see cref="MentorProfiles"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double ScoreWith(int mentee, int mentor, in Profile b, Span<double> criteria)
    {
        if (criteria.Length < CriterionCount)
        {
            throw new ArgumentException($"Need room for {CriterionCount} criteria.", nameof(criteria));
        }

        ref readonly Profile a = ref _profiles[mentee];
        int sharedFormats = Shared(_formats, a.Formats, b.Formats, mentee, mentor);
        criteria[(int)Criterion.Skills] = a.SkillsWantedCount == 0 ? Neutral : Shared(_skillsWanted, a.SkillsWanted, b.SkillsOffered, mentee, mentor, _skillsOffered) / (double)a.SkillsWantedCount;
        criteria[(int)Criterion.Goals] = a.GoalCount == 0 ? Neutral : Shared(_goals, a.Goals, b.Goals, mentee, mentor) / (double)a.GoalCount;
        criteria[(int)Criterion.Availability] = AsynchronousOnly(in a, in b, sharedFormats, mentee, mentor)
            ? 1.0
            : a.Availability.IsEmpty || b.Availability.IsEmpty
            ? Neutral
            : Math.Min(1.0, a.Availability.OverlapHours(b.Availability) / (double)_options.TargetOverlapHours);
        criteria[(int)Criterion.CareerLevel] = _options.ReverseMentoring
            ? CareerFit(Level(b.CareerLevel), Level(a.CareerLevel))
            : CareerFit(Level(a.CareerLevel), Level(b.CareerLevel));
        criteria[(int)Criterion.MeetingFormat] = a.FormatCount == 0 || b.FormatCount == 0
            ? Neutral
            : sharedFormats > 0 ? 1.0 : 0.0;
        criteria[(int)Criterion.MeetingFrequency] = a.Frequency < 0 || b.Frequency < 0
            ? Neutral
            : Math.Abs(a.Frequency - b.Frequency) switch { 0 => 1.0, 1 => 0.5, _ => 0.0 };
        criteria[(int)Criterion.Department] = a.Department < 0 || b.Department < 0
            ? Neutral
            : (a.Department == b.Department) == (_options.Department == DepartmentPreference.Same) ? 1.0 : 0.0;
        criteria[(int)Criterion.Affinity] = a.IdentityCount == 0 ? Neutral : Shared(_identity, a.Identity, b.Identity, mentee, mentor) / (double)a.IdentityCount;
        criteria[(int)Criterion.Preference] = PreferenceFit(mentee, mentor);

        // As Counts(mentee, c), without its call per criterion.
        bool affinity = a.Affinity;
        bool ranked = _preferences[mentee].Length > 0;
        double total = 0;
        double weights = 0;
        for (int c = 0; c < CriterionCount; c++)
        {
            if (c == (int)Criterion.Affinity ? affinity : c == (int)Criterion.Preference ? ranked : _asked[c])
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
        Criterion.Affinity => _profiles[mentee].Affinity,
        Criterion.Preference => _preferences[mentee].Length > 0,
        _ => _asked[(int)criterion],
    };

    /// <summary>
    /// Whether the pair shares meeting formats and every one of them is asynchronous (e-mail, "async …"): then no
    /// shared hours are needed. A shared synchronous format (a call, chat) needs them, whatever else both list.
    /// </summary>
    private bool AsynchronousOnly(in Profile a, in Profile b, int sharedFormats, int mentee, int mentor) =>
        a.Asynchronous && b.Asynchronous && sharedFormats > 0
        && Shared(_asyncFormats, a.AsyncFormats, b.AsyncFormats, mentee, mentor) == sharedFormats;

    /// <summary>Counts the tags two rows share: from the profiles' words when every vocabulary fits one word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Shared(TagMatrix matrix, ulong a, ulong b, int mentee, int mentor, TagMatrix? other = null) =>
        _narrow ? BitOperations.PopCount(a & b) : matrix.IntersectCount(mentee, other ?? matrix, mentor);

    private static int? Level(int level) => level == NoLevel ? null : level;

    private static bool IsAsynchronous(string format) =>
        format.StartsWith("async", StringComparison.OrdinalIgnoreCase) || format.Equals("email", StringComparison.OrdinalIgnoreCase)
        || format.Equals("e-mail", StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns the 0-based rank of <paramref name="mentor"/> among the mentee's choices, or −1.</summary>
    /// <param name="mentee">Index of the mentee.</param>
    /// <param name="mentor">Index of the mentor.</param>
    public int PreferenceRank(int mentee, int mentor) => Array.IndexOf(_preferences[mentee], mentor);

    private static bool InReportingLine(in Profile mentee, in Profile mentor) =>
        (mentee.Manager >= 0 && (mentee.Manager == mentor.Manager || mentee.Manager == mentor.Email))
        || (mentor.Manager >= 0 && mentor.Manager == mentee.Email);

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

    /// <summary>
    /// What a pair's check and score read of one participant, in one record: the hard rules' fields first, then the
    /// criteria's. Tag sets are their first 64-bit word (the whole set when the scorer is narrow).
    /// </summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Profile
    {
        public int Person;
        public bool TakesMentees;
        public bool Declines;
        public bool Asynchronous;
        public bool Affinity;
        public sbyte Frequency;
        public int LanguageCount;
        public int Department;
        public int Organisation;
        public int Manager;
        public int Email;
        public int CareerLevel;
        public ulong Languages;
        public WeeklyAvailability Availability;
        public ulong SkillsOffered;
        public ulong SkillsWanted;
        public ulong Goals;
        public ulong Formats;
        public ulong AsyncFormats;
        public ulong Identity;
        public int SkillsWantedCount;
        public int GoalCount;
        public int FormatCount;
        public int IdentityCount;
    }
}
