// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using NodaTime;

namespace Matching.IO.Survey;

/// <summary>
/// Reads the submission time of a form export: Google Forms (<c>2025/11/03 8:58:00 AM GMT+1</c>), Microsoft Forms
/// (<c>03.11.2025 08:58:00</c>, <c>11/3/2025 8:58:00</c>), Typeform (<c>2025-11-03 08:00:00</c>) and ISO 8601.
/// A trailing zone (<c>GMT+1</c>, <c>UTC</c>, <c>Z</c>) is ignored: only the day matters.
/// </summary>
internal static class TimestampParser
{
    private static readonly string[] Formats =
    [
        "yyyy/MM/dd h:mm:ss tt", "yyyy/MM/dd H:mm:ss", "yyyy/MM/dd",
        "dd.MM.yyyy HH:mm:ss", "dd.MM.yyyy H:mm:ss", "dd.MM.yyyy HH:mm", "dd.MM.yyyy H:mm", "dd.MM.yyyy", "d.M.yyyy H:mm:ss", "d.M.yyyy H:mm", "d.M.yyyy",
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF", "yyyy-MM-dd",
        "M/d/yyyy h:mm:ss tt", "M/d/yyyy H:mm:ss", "M/d/yyyy h:mm tt", "M/d/yyyy H:mm", "M/d/yyyy",
    ];

    /// <summary>Parses <paramref name="text"/>; false when it is not a date and time of a known export.</summary>
    public static bool TryParse(string text, out LocalDate date)
    {
        date = default;
        string value = text.Trim();
        foreach (string suffix in new[] { " GMT", " UTC", " MEZ", " MESZ", " CET", " CEST" })
        {
            int at = value.IndexOf(suffix, StringComparison.OrdinalIgnoreCase);
            if (at > 0)
            {
                value = value[..at];
            }
        }

        if (value.EndsWith('Z'))
        {
            value = value[..^1];
        }

        if (value.Length < 8 || !char.IsAsciiDigit(value[0]))
        {
            return false;
        }

        if (DateTime.TryParseExact(value, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out DateTime parsed))
        {
            date = new LocalDate(parsed.Year, parsed.Month, parsed.Day);
            return true;
        }

        return false;
    }

    /// <summary>Returns the Monday after <paramref name="lastAnswer"/> (a week later when it is itself a Monday).</summary>
    public static LocalDate MondayAfter(LocalDate lastAnswer) => lastAnswer.Next(IsoDayOfWeek.Monday);
}
