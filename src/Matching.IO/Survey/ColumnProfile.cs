// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using Matching.Core.Domain;
using NodaTime;

namespace Matching.IO.Survey;

/// <summary>What the answers of one column look like: the share of non-blank answers that read as each kind of value.</summary>
internal sealed class ColumnProfile
{
    private static readonly string[] FormatWords =
    [
        "video", "call", "zoom", "teams", "chat", "slack", "in person", "in-person", "face to face", "face-to-face", "persönlich",
        "vor ort", "präsenz", "phone", "telefon", "async", "online", "remote", "hybrid", "e-mail", "email", "messenger",
    ];

    private double _email, _role, _yesNo, _zone, _smallInt, _number, _language, _availability, _frequency, _level, _format, _timestamp, _nameLike;
    private string[] _values = [];

    public int Count { get; private set; }

    public int Distinct { get; private set; }

    public double ListShare { get; private set; }

    public double MentorShare { get; private set; }

    public double MenteeShare { get; private set; }

    public bool Consecutive { get; private set; }

    /// <summary>Gets a value indicating whether the answers are text of no recognisable kind (free text or choices).</summary>
    public bool IsText => Count > 0 && Math.Max(_email, Math.Max(_role, Math.Max(_yesNo, Math.Max(_zone, Math.Max(_number, Math.Max(_language,
        Math.Max(_availability, Math.Max(_frequency, Math.Max(_level, Math.Max(_format, _timestamp)))))))))) < 0.5;

    public static ColumnProfile Of(string[] values)
    {
        var profile = new ColumnProfile { _values = values };
        var filled = values.Where(v => v.Length > 0).ToList();
        profile.Count = filled.Count;
        if (filled.Count == 0)
        {
            return profile;
        }

        // Answers repeat (a few dozen distinct choices), so each distinct answer is tested once and weighted by its count.
        double n = filled.Count;
        var distinct = filled.GroupBy(v => v, StringComparer.Ordinal).Select(g => (Value: g.Key, Count: g.Count())).ToList();
        double Share(Func<string, bool> test) => distinct.Where(d => test(d.Value)).Sum(d => d.Count) / n;
        profile.Distinct = filled.Distinct(StringComparer.OrdinalIgnoreCase).Count();
        profile._email = Share(v => v.Contains('@', StringComparison.Ordinal) && !v.Contains(' ', StringComparison.Ordinal) && v.IndexOf('.', v.IndexOf('@', StringComparison.Ordinal)) > 0);
        profile._role = Share(v => v.Length <= 80 && ValueParsers.ParseRole(v) != Roles.None);
        profile._yesNo = Share(v => ValueParsers.ParseYesNo(v) is not null && v.Length <= 20 && !ValueParsers.TryParseNumber(v, out _));
        profile._zone = Share(v => !ValueParsers.TryParseNumber(v, out _) && TimeZoneParser.TryParse(v, out _, out _));
        profile._smallInt = Share(v => ValueParsers.TryParseCapacity(v, out int c) && c <= 20);
        profile._number = Share(v => ValueParsers.TryParseNumber(v, out double x) && x >= 0 && x <= 80);
        profile._language = Share(v => ValueParsers.ParseTags(v) is { Count: > 0 } tags && tags.All(ValueParsers.IsLanguageName));
        profile._availability = Share(v => !ValueParsers.TryParseNumber(v, out _) && AvailabilityParser.TryParse(v, DateTimeZone.Utc, SurveyReadOptions.DefaultProgramStart, out _, out _));
        profile._frequency = Share(v => ValueParsers.ParseFrequency(v) is not null && v.Length <= 60);
        // Levels are single choices: answers joined like a multi-select list are not levels (goals such as "Leadership, Career entry").
        profile._level = Share(v => v.Length <= 40 && v.IndexOfAny([';', ',', '|']) < 0 && !ValueParsers.TryParseNumber(v, out _) && (ValueParsers.ParseCareerLevel(v) is not null || LevelScale.CivilService.IndexOf(v) >= 0));
        profile._format = Share(v => ValueParsers.ParseTags(v) is { Count: > 0 } tags && tags.All(t => FormatWords.Any(w => HeaderInference.Normalize(t).Contains(w, StringComparison.Ordinal))));
        profile._timestamp = Share(v => TimestampParser.TryParse(v, out _));
        profile._nameLike = Share(v => v.Length <= 60 && v.Contains(' ', StringComparison.Ordinal) && v.All(ch => char.IsLetter(ch) || ch is ' ' or '-' or '\'' or '.'));
        profile.ListShare = Share(v => v.IndexOfAny([';', ',', '|', '\n']) >= 0);
        if (profile.ListShare >= 0.2)
        {
            profile._level = 0;
        }
        var numbers = filled.Select(v => ValueParsers.TryParseNumber(v, out double x) ? x : double.NaN).ToList();
        profile.Consecutive = filled.Count >= 10 && numbers.All(double.IsFinite)
            && numbers.Zip(numbers.Skip(1)).All(p => p.Second == p.First + 1);
        return profile;
    }

    /// <summary>Records each sampled row's role, so mentor-only and mentee-only questions can be told apart.</summary>
    public void SetRoles(Roles[] roles)
    {
        int mentors = 0, mentees = 0, mentorAnswers = 0, menteeAnswers = 0;
        for (int r = 0; r < Math.Min(roles.Length, _values.Length); r++)
        {
            bool answered = _values[r].Length > 0;
            if (roles[r] == Roles.Mentor)
            {
                mentors++;
                mentorAnswers += answered ? 1 : 0;
            }
            else if (roles[r] == Roles.Mentee)
            {
                mentees++;
                menteeAnswers += answered ? 1 : 0;
            }
        }

        MentorShare = mentors == 0 ? 0 : mentorAnswers / (double)mentors;
        MenteeShare = mentees == 0 ? 0 : menteeAnswers / (double)mentees;
    }

    /// <summary>How well the answers fit <paramref name="field"/>: 0 to 1 for fields of a recognisable kind, 0.3 for free text.</summary>
    public double Fit(SurveyField field)
    {
        if (Count == 0)
        {
            return 0;
        }

        return field switch
        {
            SurveyField.Email or SurveyField.Manager => _email,
            SurveyField.Role => _role,
            SurveyField.AffinityOptIn or SurveyField.AlsoOtherRole => _yesNo,
            SurveyField.TimeZone => _zone,
            SurveyField.Capacity => Consecutive ? 0 : _smallInt * (MenteeShare > 0.3 ? 0.5 : 1.0),
            SurveyField.YearsOfExperience => Consecutive ? 0 : _number * (_smallInt >= 0.99 && MenteeShare <= 0.3 && MentorShare > 0 ? 0.5 : 1.0),
            SurveyField.Languages => _language,
            SurveyField.Availability => _availability,
            SurveyField.Frequency => _frequency,
            SurveyField.CareerLevel => _level,
            SurveyField.MeetingFormat => _format,
            SurveyField.Timestamp => _timestamp,
            SurveyField.Name => Distinct >= 0.9 * Count ? _nameLike : _nameLike / 2,
            _ => IsText ? 0.3 : 0,
        };
    }

    /// <summary>Whether the answers plainly are of another kind than <paramref name="field"/> expects (so its header is not trusted).</summary>
    public bool Contradicts(SurveyField field)
    {
        if (Count == 0)
        {
            return false;
        }

        double fit = Fit(field);
        bool strict = field is SurveyField.Email or SurveyField.Manager or SurveyField.Role or SurveyField.TimeZone or SurveyField.Capacity
            or SurveyField.YearsOfExperience or SurveyField.AffinityOptIn or SurveyField.AlsoOtherRole or SurveyField.Timestamp;
        if (strict && fit < 0.5)
        {
            // An answer kind the field does not take, e.g. yes/no under "both mentor and mentee", numbers under "Role".
            return _yesNo >= 0.9 || _email >= 0.9 || _number >= 0.9 || _timestamp >= 0.9 || _role >= 0.9;
        }

        bool takesEmails = field is SurveyField.Id or SurveyField.MentorPreferences or SurveyField.Declines;
        return fit < 0.2 && ((_email >= 0.9 && !takesEmails) || _timestamp >= 0.9 || (_yesNo >= 0.9 && field is not (SurveyField.Identity or SurveyField.Declines)));
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Count} answers, {Distinct} distinct");
}
