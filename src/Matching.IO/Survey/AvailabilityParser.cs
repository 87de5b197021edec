// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using Matching.Core.Domain;
using NodaTime;

namespace Matching.IO.Survey;

/// <summary>
/// Reads weekly availability in local time, in English or German, and converts it to UTC hour slots for the
/// program's start week (daylight saving is applied as it is in force that week).
/// </summary>
/// <remarks>
/// Each item of the multi-select answer is <c>[days] (period | from-to)</c>: days are <c>Mon</c>…<c>Sun</c>,
/// <c>Mo</c>…<c>So</c>, full names, ranges (<c>Mon-Fri</c>, <c>Mo–Fr</c>), <c>weekdays</c>/<c>wochentags</c> or
/// <c>weekends</c>/<c>Wochenende</c> (no days means weekdays; days without a time mean daytime 09–17); periods are mornings 08–12, lunch 12–13,
/// afternoons 12–17, evenings 17–21 (<c>vormittags</c>, <c>mittags</c>, <c>nachmittags</c>, <c>abends</c>);
/// times are <c>18-20</c> or <c>18:30–20:00</c> (partial hours count as whole ones).
/// </remarks>
internal static partial class AvailabilityParser
{
    private static readonly ConcurrentDictionary<(DateTimeZone Zone, LocalDate WeekStart), int[]> SlotMaps = new();

    /// <summary>The hours a day word alone stands for ("Samstag" = Saturday 09–17).</summary>
    public const int DaytimeStart = 9, DaytimeEnd = 17;

    public const string Expected = "items such as 'Weekday evenings', 'Sat mornings', 'Tue 18-20' or 'Mo-Fr abends'";

    private static readonly (string Word, int Start, int End)[] Periods =
    [
        // "nachmittag" and "vormittag" contain "mittag": the longer words must be tried first.
        ("afternoon", 12, 17), ("nachmittag", 12, 17),
        ("morning", 8, 12), ("vormittag", 8, 12), ("morgens", 8, 12), ("früh", 8, 12),
        ("lunch", 12, 13), ("mittag", 12, 13),
        ("evening", 17, 21), ("abend", 17, 21), ("after work", 17, 21), ("feierabend", 17, 21),
        ("night", 20, 23), ("nachts", 20, 23),
    ];

    private static readonly (string Word, int Day)[] DayNames =
    [
        ("monday", 0), ("montag", 0), ("mon", 0), ("mo", 0),
        ("tuesday", 1), ("dienstag", 1), ("tue", 1), ("tues", 1), ("di", 1),
        ("wednesday", 2), ("mittwoch", 2), ("wed", 2), ("mi", 2),
        ("thursday", 3), ("donnerstag", 3), ("thu", 3), ("thurs", 3), ("do", 3),
        ("friday", 4), ("freitag", 4), ("fri", 4), ("fr", 4),
        ("saturday", 5), ("samstag", 5), ("sat", 5), ("sa", 5),
        ("sunday", 6), ("sonntag", 6), ("sun", 6), ("so", 6),
    ];

    /// <summary>Parses <paramref name="text"/> for a person in <paramref name="zone"/>; returns the first bad item on failure.</summary>
    public static bool TryParse(string text, DateTimeZone zone, LocalDate weekStart, out WeeklyAvailability availability, out string? badItem)
    {
        availability = Parse(text, zone, weekStart, null, out IReadOnlyList<string> bad);
        badItem = bad.Count > 0 ? bad[0] : null;
        return bad.Count == 0;
    }

    /// <summary>
    /// Parses every item of <paramref name="text"/> that can be read; the others are returned in <paramref name="badItems"/>.
    /// <paramref name="words"/> (from the mapping file) replaces a whole item by an availability text first, e.g.
    /// "Flexible" → "Mon-Fri 9-17".
    /// </summary>
    public static WeeklyAvailability Parse(string text, DateTimeZone zone, LocalDate weekStart, IReadOnlyDictionary<string, string>? words, out IReadOnlyList<string> badItems)
    {
        var availability = WeeklyAvailability.None;
        List<string>? bad = null;
        int[] toUtc = SlotMaps.GetOrAdd((zone, weekStart), key => BuildSlotMap(key.Zone, key.WeekStart));
        foreach (string raw in text.Split([';', ',', '|', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (words is not null && words.TryGetValue(raw, out string? replacement))
            {
                availability = Union(availability, Parse(replacement, zone, weekStart, null, out IReadOnlyList<string> inner));
                if (inner.Count > 0)
                {
                    (bad ??= []).Add(raw);
                }

                continue;
            }

            string item = HeaderInference.Normalize(raw);
            if (!TryParseItem(item, out bool[] days, out int start, out int end))
            {
                (bad ??= []).Add(raw);
                continue;
            }

            for (int day = 0; day < 7; day++)
            {
                if (!days[day])
                {
                    continue;
                }

                for (int hour = start; hour < end; hour++)
                {
                    availability = availability.WithHours(toUtc[(day * 24) + hour], 1);
                }
            }
        }

        badItems = bad ?? (IReadOnlyList<string>)[];
        return availability;
    }

    private static WeeklyAvailability Union(WeeklyAvailability a, WeeklyAvailability b)
    {
        for (int slot = 0; slot < WeeklyAvailability.SlotCount; slot++)
        {
            if (b.Contains(slot))
            {
                a = a.WithHours(slot, 1);
            }
        }

        return a;
    }

    /// <summary>Maps each local hour slot of the week to its UTC slot, once per zone and week (DST applied hour by hour).</summary>
    private static int[] BuildSlotMap(DateTimeZone zone, LocalDate weekStart)
    {
        Instant weekStartUtc = weekStart.AtMidnight().InUtc().ToInstant();
        var map = new int[WeeklyAvailability.SlotCount];
        for (int slot = 0; slot < map.Length; slot++)
        {
            LocalDateTime local = weekStart.PlusDays(slot / 24).At(new LocalTime(slot % 24, 0));
            Instant instant = local.InZoneLeniently(zone).ToInstant();
            map[slot] = (int)Math.Floor((instant - weekStartUtc).TotalHours);
        }

        return map;
    }

    private static bool TryParseItem(string item, out bool[] days, out int start, out int end)
    {
        days = new bool[7];
        start = end = 0;
        Match time = TimeRange().Match(item);
        string rest = item;
        if (time.Success)
        {
            start = int.Parse(time.Groups["h1"].Value, CultureInfo.InvariantCulture);
            end = int.Parse(time.Groups["h2"].Value, CultureInfo.InvariantCulture);
            if (time.Groups["m2"].Success && time.Groups["m2"].Value != "00")
            {
                end++;
            }

            if (start > 23 || end > 24 || end <= start)
            {
                return false;
            }

            rest = item.Remove(time.Index, time.Length);
        }
        else
        {
            bool found = false;
            foreach (var (word, from, to) in Periods)
            {
                int at = rest.IndexOf(word, StringComparison.Ordinal);
                if (at >= 0)
                {
                    // Drop the whole word ("evenings", "abends"), not just the stem.
                    int wordStart = at;
                    while (wordStart > 0 && char.IsLetter(rest[wordStart - 1]))
                    {
                        wordStart--;
                    }

                    int wordEnd = at + word.Length;
                    while (wordEnd < rest.Length && char.IsLetter(rest[wordEnd]))
                    {
                        wordEnd++;
                    }

                    (start, end, found) = (from, to, true);
                    rest = rest.Remove(wordStart, wordEnd - wordStart);
                    break;
                }
            }

            if (!found)
            {
                // A day word alone ("weekends", "Wochenende", "Samstag") means daytime on those days.
                (start, end) = (DaytimeStart, DaytimeEnd);
                return TryParseDays(rest, days) && rest.Length > 0;
            }
        }

        return TryParseDays(rest, days);
    }

    private static bool TryParseDays(string text, bool[] days)
    {
        string rest = text.Replace("(", " ", StringComparison.Ordinal).Replace(")", " ", StringComparison.Ordinal).Trim(' ', '.', ':');
        if (rest.Length == 0 || ContainsAny(rest, "weekday", "wochentag", "werktag", "workday", "arbeitstag"))
        {
            Array.Fill(days, true, 0, 5);
            return rest.Length == 0 || !ContainsAny(rest, "weekend", "wochenende");
        }

        if (ContainsAny(rest, "weekend", "wochenende"))
        {
            days[5] = days[6] = true;
            return true;
        }

        if (ContainsAny(rest, "daily", "every day", "täglich", "jeden tag"))
        {
            Array.Fill(days, true);
            return true;
        }

        string[] tokens = rest.Split([' ', '-', '–', '+', '&', '/'], StringSplitOptions.RemoveEmptyEntries);
        bool range = rest.Contains('-', StringComparison.Ordinal) || rest.Contains('–', StringComparison.Ordinal);
        var found = new List<int>();
        foreach (string token in tokens)
        {
            if (token is "and" or "und")
            {
                continue;
            }

            int day = DayOf(token.TrimEnd('.', 's'));
            if (day < 0)
            {
                day = DayOf(token.TrimEnd('.'));
            }

            if (day < 0)
            {
                return false;
            }

            found.Add(day);
        }

        if (found.Count == 0)
        {
            return false;
        }

        if (range && found.Count == 2)
        {
            for (int d = found[0]; ; d = (d + 1) % 7)
            {
                days[d] = true;
                if (d == found[1])
                {
                    break;
                }
            }
        }
        else
        {
            foreach (int d in found)
            {
                days[d] = true;
            }
        }

        return true;
    }

    private static int DayOf(string token)
    {
        foreach (var (word, day) in DayNames)
        {
            if (token == word)
            {
                return day;
            }
        }

        return -1;
    }

    private static bool ContainsAny(string text, params string[] words) =>
        words.Any(word => text.Contains(word, StringComparison.Ordinal));

    [GeneratedRegex(@"(?<h1>\d{1,2})(?::(?<m1>\d{2}))?\s*(?:uhr)?\s*(?:-|–|to|bis)\s*(?<h2>\d{1,2})(?::(?<m2>\d{2}))?\s*(?:uhr|h)?", RegexOptions.CultureInvariant)]
    private static partial Regex TimeRange();
}
