// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using System.Text;
using Matching.Core.Domain;

namespace Matching.IO.Survey;

/// <summary>Parses single survey answers. Each method returns null (or false) and an expectation text on failure.</summary>
internal static class ValueParsers
{
    private static readonly char[] MultiSelectSeparators = [';', ',', '|', '\n'];

    private static readonly (int Level, string[] Words)[] CareerLadder =
    [
        (5, ["director", "executive", "vp", "vice president", "head of", "c-level", "geschäftsführ", "direktor", "vorstand", "bereichsleit"]),
        (4, ["lead", "manager", "principal", "staff", "führungskraft", "teamleit", "abteilungsleit", "leitung"]),
        (3, ["senior"]),
        (0, ["student", "intern", "praktik", "studium", "azubi", "ausbildung", "trainee", "werkstudent"]),
        (1, ["junior", "entry", "berufseinst", "einsteiger", "graduate", "absolvent"]),
        (2, ["mid", "professional", "associate", "erfahren", "fachkraft", "referent", "specialist", "spezialist"]),
    ];

    private static readonly Dictionary<string, string> LanguageNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["deutsch"] = "German",
        ["englisch"] = "English",
        ["französisch"] = "French",
        ["franzoesisch"] = "French",
        ["spanisch"] = "Spanish",
        ["italienisch"] = "Italian",
        ["portugiesisch"] = "Portuguese",
        ["polnisch"] = "Polish",
        ["türkisch"] = "Turkish",
        ["tuerkisch"] = "Turkish",
        ["russisch"] = "Russian",
        ["ukrainisch"] = "Ukrainian",
        ["arabisch"] = "Arabic",
        ["chinesisch"] = "Chinese",
        ["mandarin"] = "Chinese",
        ["japanisch"] = "Japanese",
        ["niederländisch"] = "Dutch",
        ["hindi"] = "Hindi",
        ["de"] = "German",
        ["en"] = "English",
        ["fr"] = "French",
        ["es"] = "Spanish",
        ["it"] = "Italian",
        ["pt"] = "Portuguese",
        ["pl"] = "Polish",
        ["tr"] = "Turkish",
    };

    private static readonly HashSet<string> EnglishLanguageNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "english", "german", "french", "spanish", "italian", "portuguese", "polish", "turkish", "russian", "ukrainian",
        "arabic", "chinese", "japanese", "dutch", "hindi", "korean", "swedish", "danish", "norwegian", "finnish", "greek",
        "czech", "hungarian", "romanian", "bulgarian", "croatian", "serbian", "persian", "farsi", "urdu", "bengali",
        "tamil", "vietnamese", "thai", "indonesian", "hebrew", "welsh", "irish", "cantonese", "punjabi", "gujarati",
        "schwedisch", "dänisch", "norwegisch", "finnisch", "griechisch", "tschechisch", "ungarisch", "rumänisch",
        "koreanisch", "persisch", "hebräisch", "kroatisch", "serbisch", "bulgarisch", "vietnamesisch",
    };

    private static readonly string[] MenteePhrases =
    [
        "mentee", "mentorand", "looking for a mentor", "find a mentor", "want a mentor", "need a mentor", "get a mentor",
        "have a mentor", "be mentored", "receive mentoring", "get mentoring", "suche eine", "suche einen", "mentor:in finden",
        "mentor finden", "betreut werden", "gementort", "mentoring erhalten", "learner", "protégé", "protege",
    ];

    /// <summary>Returns whether <paramref name="tag"/> is the name (or ISO code) of a language, in English or German.</summary>
    public static bool IsLanguageName(string tag) => LanguageNames.ContainsKey(tag) || EnglishLanguageNames.Contains(tag);

    /// <summary>Splits a multi-select answer (joined with <c>;</c>, <c>,</c> or <c>|</c>) into distinct trimmed, NFC-normalized tags.</summary>
    public static IReadOnlySet<string> ParseTags(string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Participant.EmptySet;
        }

        var tags = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (string tag in ParseOrderedTags(value))
        {
            tags.Add(tag);
        }

        return tags.Count == 0 ? Participant.EmptySet : tags;
    }

    /// <summary>Splits a multi-select answer into distinct tags in their original order (for ranked choices).</summary>
    public static IReadOnlyList<string> ParseOrderedTags(string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return [];
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var ordered = new List<string>();
        foreach (string part in value.Split(MultiSelectSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string tag = part.Normalize(NormalizationForm.FormC);
            if (tag.Length > 0 && seen.Add(tag))
            {
                ordered.Add(tag);
            }
        }

        return ordered;
    }

    /// <summary>Parses a yes/no answer in English or German; blank is no; null when unreadable.</summary>
    public static bool? ParseYesNo(string value) => HeaderInference.Normalize(value) switch
    {
        "" or "no" or "n" or "nein" or "false" or "0" or "-" => false,
        "yes" or "y" or "ja" or "j" or "true" or "1" or "x" => true,
        string text when text.StartsWith("yes", StringComparison.Ordinal) || text.StartsWith("ja", StringComparison.Ordinal) => true,
        string text when text.StartsWith("no", StringComparison.Ordinal) || text.StartsWith("nein", StringComparison.Ordinal) => false,
        _ => null,
    };

    /// <summary>Normalizes a meeting-frequency answer to weekly, biweekly, monthly or quarterly; null when unreadable.</summary>
    public static string? ParseFrequency(string value)
    {
        string text = HeaderInference.Normalize(value);
        if (ContainsAny(text, "two weeks", "2 weeks", "biweekly", "bi-weekly", "fortnight", "every other week", "zwei wochen", "2 wochen", "14-tägig", "14 tage", "zweiwöchentlich"))
        {
            return "biweekly";
        }

        if (ContainsAny(text, "week", "wöchentlich", "woche"))
        {
            return "weekly";
        }

        if (ContainsAny(text, "quarter", "quartal", "vierteljähr"))
        {
            return "quarterly";
        }

        return ContainsAny(text, "month", "monat") ? "monthly" : null;
    }

    private static bool ContainsAny(string text, params string[] words) =>
        words.Any(word => text.Contains(word, StringComparison.Ordinal));

    /// <summary>Parses languages, translating German language names, so an English and a German survey agree.</summary>
    public static IReadOnlySet<string> ParseLanguages(string value)
    {
        var languages = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (string tag in ParseTags(value))
        {
            string name = LanguageNames.TryGetValue(tag, out string? english) ? english : TitleCase(tag);
            languages.Add(name);
        }

        return languages.Count == 0 ? Participant.EmptySet : languages;
    }

    /// <summary>Parses a role answer in English or German ("Mentor:in", "I want to be a mentor", "I'm looking for a mentor", "Beides").</summary>
    public static Roles ParseRole(string value)
    {
        string text = HeaderInference.Normalize(value);
        if (text.Length == 0)
        {
            return Roles.None;
        }

        if (text.Contains("both", StringComparison.Ordinal) || text.Contains("beide", StringComparison.Ordinal) || text.Contains("sowohl", StringComparison.Ordinal)
            || (text.Contains("mentor", StringComparison.Ordinal) && text.Contains("mentee", StringComparison.Ordinal)))
        {
            return Roles.Both;
        }

        if (MenteePhrases.Any(p => text.Contains(p, StringComparison.Ordinal)))
        {
            return Roles.Mentee;
        }

        return text.Contains("mentor", StringComparison.Ordinal) ? Roles.Mentor : Roles.None;
    }

    /// <summary>Parses a number written with a decimal point or a decimal comma (<c>3.5</c>, <c>3,5</c>, <c>1.234,5</c>).</summary>
    public static bool TryParseNumber(string value, out double number)
    {
        string text = value.Trim().Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u00A0", string.Empty, StringComparison.Ordinal);
        int comma = text.LastIndexOf(',');
        int dot = text.LastIndexOf('.');
        if (comma >= 0 && dot >= 0)
        {
            // Both present: the later one is the decimal separator, the other groups thousands.
            text = comma > dot
                ? text.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.')
                : text.Replace(",", string.Empty, StringComparison.Ordinal);
        }
        else if (comma >= 0)
        {
            text = text.Replace(',', '.');
        }

        return double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number)
            && double.IsFinite(number);
    }

    /// <summary>Parses a whole number of mentees (<c>2</c>, <c>2,0</c>).</summary>
    public static bool TryParseCapacity(string value, out int capacity)
    {
        capacity = 0;
        if (!TryParseNumber(value, out double number) || number != Math.Floor(number) || number < 0 || number > 50)
        {
            return false;
        }

        capacity = (int)number;
        return true;
    }

    /// <summary>Maps a career-level answer to the program's ladder (0 student … 5 executive), in English or German.</summary>
    public static int? ParseCareerLevel(string value)
    {
        string text = HeaderInference.Normalize(value);
        if (int.TryParse(text.TrimStart('l'), NumberStyles.None, CultureInfo.InvariantCulture, out int level) && level <= 10)
        {
            return level;
        }

        foreach (var (rung, words) in CareerLadder)
        {
            foreach (string word in words)
            {
                if (text.Contains(word, StringComparison.Ordinal))
                {
                    return rung;
                }
            }
        }

        return null;
    }

    private static string TitleCase(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..].ToLowerInvariant();
}
