// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using System.Text;

namespace Matching.IO.Survey;

/// <summary>
/// Guesses which column answers which question from the header texts of English and German form exports
/// (Google Forms, Microsoft Forms, Typeform, hand-made Excel sheets).
/// </summary>
/// <remarks>
/// Rules are tried in a fixed priority order, so a more specific question ("How many mentees can you take?") is
/// claimed before a broader one ("mentor or mentee?"). Each field takes the first column that matches it; each column
/// answers at most one field. Instances are stateless.
/// </remarks>
public static class HeaderInference
{
    private static readonly (SurveyField Field, Func<string, bool> Matches)[] Rules =
    [
        (SurveyField.Timestamp, h => Has(h, "timestamp", "zeitstempel", "start time", "startzeit", "completion time", "fertigstellungszeit", "submitted at", "submit date")),
        (SurveyField.Manager, h => Has(h, "manager", "vorgesetzt", "reports to", "berichtet an", "reporting line")),
        (SurveyField.Email, h => Has(h, "email", "e-mail", "mail address", "mailadresse")),
        (SurveyField.AffinityOptIn, h => Has(h, "similar identity", "shared identity", "same identity", "affinity", "ähnlicher identität", "ähnliche identität", "gleicher identität")),
        (SurveyField.Identity, h => Has(h, "identity", "characteristics", "identität", "merkmale")),
        (SurveyField.MentorPreferences, h => Has(h, "preferred mentor", "mentor preference", "mentor choice", "wunschmentor", "bevorzugte mentor", "mentor:innen-wunsch")),
        (SurveyField.Declines, h => Has(h, "decline", "would not like to mentor", "not want to mentor", "nicht betreuen", "ablehnen")),
        (SurveyField.Frequency, h => Has(h, "how often", "frequency", "wie oft", "häufigkeit")),
        (SurveyField.Capacity, h => Has(h, "how many mentee", "wie viele mentee", "capacity", "kapazität", "max. mentee", "maximum number of mentee", "anzahl mentee")),
        (SurveyField.SkillsOffered, h => Has(h, "skill", "kompetenz", "fähigkeit", "expertise", "themen", "topics")
            && Has(h, "offer", "share", "teach", "pass on", "help others", "mentor others", "weitergeben", "anbieten", "vermitteln", "teilen")),
        (SurveyField.SkillsWanted, h => Has(h, "skill", "kompetenz", "fähigkeit", "expertise", "themen", "topics")
            && Has(h, "develop", "learn", "improve", "grow", "want", "entwickeln", "lernen", "verbessern", "ausbauen")),
        (SurveyField.Role, h => Has(h, "role", "rolle", "teilnehmen als", "participate as", "sign up as", "anmelden als")
            || (Has(h, "mentor") && Has(h, "mentee"))),
        (SurveyField.YearsOfExperience, h => Has(h, "years of experience", "years of professional", "berufsjahre", "jahre berufserfahrung", "jahre erfahrung", "berufserfahrung (jahre)")),
        (SurveyField.CareerLevel, h => Has(h, "career level", "career stage", "seniority", "karrierestufe", "karrierelevel", "erfahrungsstufe", "job level", "level")),
        (SurveyField.TimeZone, h => Has(h, "time zone", "timezone", "zeitzone")),
        (SurveyField.Availability, h => Has(h, "availab", "verfügbar", "when can you meet", "wann haben sie zeit", "wann können sie")),
        (SurveyField.Languages, h => Has(h, "language", "sprache")),
        (SurveyField.MeetingFormat, h => Has(h, "format", "how would you like to meet", "meet ", "treffen")),
        (SurveyField.Goals, h => Has(h, "goal", "ziel")),
        (SurveyField.Department, h => Has(h, "department", "abteilung", "team", "bereich", "business unit")),
        (SurveyField.Id, h => Has(h, "participant id", "teilnehmer-id", "teilnehmer id", "employee id", "personalnummer", "mitarbeiter-id")),
        (SurveyField.FirstName, h => Has(h, "first name", "given name", "vorname")),
        (SurveyField.LastName, h => Has(h, "last name", "surname", "family name", "nachname")),
        (SurveyField.Name, h => Has(h, "name")),
    ];

    /// <summary>Infers the mapping of <paramref name="headers"/>.</summary>
    /// <param name="headers">The header texts, in file order.</param>
    /// <returns>The mapping; fields without a matching column are absent.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="headers"/> is null.</exception>
    public static ColumnMapping Infer(IReadOnlyList<string> headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var columns = new Dictionary<SurveyField, int>();
        var taken = new bool[headers.Count];
        foreach (var (field, matches) in Rules)
        {
            for (int c = 0; c < headers.Count; c++)
            {
                if (!taken[c] && Normalize(headers[c]) is { Length: > 0 } header && matches(header))
                {
                    columns[field] = c;
                    taken[c] = true;
                    break;
                }
            }
        }

        return new ColumnMapping(headers, columns);
    }

    /// <summary>Lower-cases, composes (NFC) and collapses whitespace, so header variants compare equal.</summary>
    internal static string Normalize(string text)
    {
        string composed = text.Normalize(NormalizationForm.FormC).ToLower(CultureInfo.InvariantCulture);
        var builder = new StringBuilder(composed.Length);
        bool space = false;
        foreach (char ch in composed)
        {
            if (char.IsWhiteSpace(ch))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(ch);
        }

        return builder.ToString();
    }

    private static bool Has(string header, params string[] words)
    {
        foreach (string word in words)
        {
            if (header.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
