// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace Matching.IO.Survey;

/// <summary>
/// Reads a free-text time zone answer: IANA ids (<c>Europe/Berlin</c>), offsets (<c>UTC+2</c>, <c>GMT-5:30</c>,
/// <c>+02:00</c>), common abbreviations (<c>CET</c>, <c>EST</c>, <c>MESZ</c>) and unambiguous city names (<c>Berlin</c>).
/// </summary>
/// <remarks>Abbreviations map to a zone with daylight-saving rules, so availability converts correctly in summer and winter.</remarks>
internal static partial class TimeZoneParser
{
    private static readonly Dictionary<string, (string Zone, string? Ambiguity)> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["CET"] = ("Europe/Berlin", null),
        ["CEST"] = ("Europe/Berlin", null),
        ["MEZ"] = ("Europe/Berlin", null),
        ["MESZ"] = ("Europe/Berlin", null),
        ["WET"] = ("Europe/Lisbon", null),
        ["WEST"] = ("Europe/Lisbon", null),
        ["EET"] = ("Europe/Athens", null),
        ["EEST"] = ("Europe/Athens", null),
        ["BST"] = ("Europe/London", "BST also means Bangladesh Standard Time; read as British Summer Time (Europe/London)"),
        ["EST"] = ("America/New_York", null),
        ["EDT"] = ("America/New_York", null),
        ["ET"] = ("America/New_York", null),
        ["CST"] = ("America/Chicago", "CST also means China Standard Time; read as US Central (America/Chicago)"),
        ["CDT"] = ("America/Chicago", null),
        ["CT"] = ("America/Chicago", null),
        ["MST"] = ("America/Denver", null),
        ["MDT"] = ("America/Denver", null),
        ["PST"] = ("America/Los_Angeles", null),
        ["PDT"] = ("America/Los_Angeles", null),
        ["PT"] = ("America/Los_Angeles", null),
        ["IST"] = ("Asia/Kolkata", "IST also means Irish and Israel Standard Time; read as India (Asia/Kolkata)"),
        ["JST"] = ("Asia/Tokyo", null),
        ["SGT"] = ("Asia/Singapore", null),
        ["HKT"] = ("Asia/Hong_Kong", null),
        ["AEST"] = ("Australia/Sydney", null),
        ["AEDT"] = ("Australia/Sydney", null),
        ["NZST"] = ("Pacific/Auckland", null),
    };

    private static readonly Lazy<Dictionary<string, string>> ZoneIds = new(BuildZoneIds);

    /// <summary>Parses <paramref name="text"/>; on success <paramref name="zone"/> is set and <paramref name="note"/> may report an ambiguity.</summary>
    public static bool TryParse(string text, out DateTimeZone? zone, out string? note)
    {
        zone = null;
        note = null;
        string value = text.Trim();
        if (value.Length == 0)
        {
            return false;
        }

        if (TryParseOne(value, out zone, out note))
        {
            return true;
        }

        // "Berlin (CET)", "UTC+1 / Berlin": try each part, first success wins.
        foreach (string part in value.Split([' ', '(', ')', '/', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (TryParseOne(part, out zone, out note))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryParseOne(string value, out DateTimeZone? zone, out string? note)
    {
        note = null;
        zone = null;
        // Abbreviations first: tzdb also has legacy ids "EST" and "CET", but people who write EST mean US Eastern
        // time with daylight saving, not a fixed UTC−5.
        if (Abbreviations.TryGetValue(value, out var abbreviation))
        {
            zone = DateTimeZoneProviders.Tzdb[abbreviation.Zone];
            note = abbreviation.Ambiguity;
            return true;
        }

        if (ZoneIds.Value.TryGetValue(value.Replace(' ', '_'), out string? id))
        {
            zone = DateTimeZoneProviders.Tzdb[id];
            return true;
        }

        Match offset = OffsetPattern().Match(value);
        if (offset.Success)
        {
            int hours = offset.Groups["h"].Success ? int.Parse(offset.Groups["h"].Value, CultureInfo.InvariantCulture) : 0;
            int minutes = offset.Groups["m"].Success ? int.Parse(offset.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
            if (hours > 14 || minutes > 59)
            {
                return false;
            }

            int sign = offset.Groups["s"].Value == "-" || offset.Groups["s"].Value == "−" ? -1 : 1;
            zone = DateTimeZone.ForOffset(Offset.FromHoursAndMinutes(sign * hours, sign * minutes));
            return true;
        }

        return false;
    }

    private static Dictionary<string, string> BuildZoneIds()
    {
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var cities = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (string id in DateTimeZoneProviders.Tzdb.Ids)
        {
            ids[id] = id;
            int slash = id.LastIndexOf('/');
            if (slash > 0 && !id.StartsWith("Etc/", StringComparison.Ordinal))
            {
                string city = id[(slash + 1)..];
                if (!cities.TryGetValue(city, out var list))
                {
                    cities[city] = list = [];
                }

                list.Add(id);
            }
        }

        foreach (var (city, zones) in cities)
        {
            if (zones.Count == 1 && !ids.ContainsKey(city))
            {
                ids[city] = zones[0];
            }
        }

        return ids;
    }

    [GeneratedRegex(@"^(?:(?:UTC|GMT|Z)\s*)?(?<s>[+\-−])\s*(?<h>\d{1,2})(?:[:.]?(?<m>\d{2}))?\s*(?:h|hours|std\.?)?$|^(?:UTC|GMT|Z)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OffsetPattern();
}
