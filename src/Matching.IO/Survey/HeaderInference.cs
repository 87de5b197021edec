// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using System.Text;
using Matching.Core.Domain;

namespace Matching.IO.Survey;

/// <summary>
/// Guesses which column answers which question from the header texts and the answers of English and German form
/// exports (Google Forms, Microsoft Forms, Typeform, hand-made Excel sheets, the mentor-match tool).
/// </summary>
/// <remarks>
/// <para>
/// Each column gets a header score per field (1 for the first rule its text matches, in a fixed priority order, so a
/// specific question such as "How many mentees can you take?" is claimed before a broad one; ½ for later rules) and a
/// content score: the share of its answers that read as emails, roles, time zones, small whole numbers, language
/// names, availability, frequencies, levels, formats, yes/no or timestamps. A column whose answers plainly are of
/// another kind (yes/no under a "mentor and mentee" header) is not given a field its answers contradict.
/// </para>
/// <para>
/// Fields are then assigned greedily, strongest evidence first, each column answering at most one field. Columns that
/// no header names are placed by their answers alone; skills offered and wanted are told apart by who answered them
/// (mentors or mentees). Instances are stateless.
/// </para>
/// </remarks>
public static class HeaderInference
{
    /// <summary>How many data rows the content inference looks at.</summary>
    public const int SampleRows = 500;

    private static readonly (SurveyField Field, Func<string, bool> Matches)[] Rules =
    [
        (SurveyField.Timestamp, h => Has(h, "timestamp", "zeitstempel", "start time", "startzeit", "completion time", "fertigstellungszeit", "submitted at", "submit date", "submission date", "eingereicht am", "abgeschickt am", "datum der antwort", "zeitpunkt")),
        (SurveyField.Manager, h => Has(h, "manager", "vorgesetzt", "reports to", "berichtet an", "reporting line", "line manager", "führungskraft (e-mail)", "chef")),
        (SurveyField.AffinityOptIn, h => Has(h, "similar identity", "shared identity", "same identity", "affinity", "ähnlicher identität", "ähnliche identität", "gleicher identität", "match with similar", "similar background", "ähnlichem hintergrund")),
        (SurveyField.Email, h => Has(h, "email", "e-mail", "mail address", "mailadresse", "e‑mail", "mail")),
        (SurveyField.Identity, h => Has(h, "identity", "characteristics", "identität", "merkmale")),
        (SurveyField.MentorPreferences, h => Has(h, "preferred mentor", "mentor preference", "mentor choice", "wunschmentor", "bevorzugte mentor", "mentor:innen-wunsch")),
        (SurveyField.Declines, h => Has(h, "decline", "would not like to mentor", "not want to mentor", "nicht betreuen", "ablehnen")),
        (SurveyField.AlsoOtherRole, h => Has(h, "both mentor and mentee", "also be a mentee", "also be a mentor", "also a mentee", "also a mentor", "auch als mentee", "auch als mentor", "sowohl mentor")),
        (SurveyField.Frequency, h => Has(h, "how often", "frequency", "wie oft", "häufigkeit", "rhythmus", "rhythm", "turnus", "cadence")),
        (SurveyField.Capacity, h => Has(h, "how many mentee", "wie viele mentee", "capacity", "kapazität", "max. mentee", "maximum number of mentee", "anzahl mentee", "anzahl der mentee", "number of mentees", "mentees can you", "mentees könnten sie", "wie viele personen", "how many people")),
        (SurveyField.SkillsOffered, h => Has(h, "skill", "kompetenz", "fähigkeit", "expertise", "themen", "topics", "wissen", "knowledge", "strength", "stärken", "areas", "bereiche")
            && Has(h, "offer", "share", "teach", "pass on", "help others", "help with", "mentor others", "weitergeben", "anbieten", "vermitteln", "teilen", "unterstützen", "bring", "support")),
        (SurveyField.SkillsWanted, h => Has(h, "skill", "kompetenz", "fähigkeit", "expertise", "themen", "topics", "wissen", "knowledge", "areas", "bereiche")
            && Has(h, "develop", "learn", "improve", "grow", "want", "entwickeln", "lernen", "verbessern", "ausbauen", "stärken möchten", "erweitern", "need", "brauchen")),
        // A skills header that says neither offer nor want: one question for both roles (after the two above, so a
        // qualified header still goes to its own side).
        (SurveyField.Skills, h => Has(h, "skill", "kompetenz", "fähigkeit", "expertise", "themen", "topics", "wissen", "knowledge")),
        (SurveyField.Role, h => Has(h, "role", "rolle", "teilnehmen als", "participate as", "sign up as", "anmelden als", "join as", "mitmachen als", "i am a", "ich bin", "i'd like to be", "i would like to be", "ich möchte", "register as", "take part as")
            || (Has(h, "mentor") && Has(h, "mentee"))),
        (SurveyField.YearsOfExperience, h => Has(h, "years of experience", "years of professional", "years of work", "years in", "berufsjahre", "jahre berufserfahrung", "jahre erfahrung", "berufserfahrung (jahre)", "berufserfahrung in jahren", "experience (years)", "how many years", "wie viele jahre", "seit wie vielen jahren")),
        (SurveyField.CareerLevel, h => Has(h, "career level", "career stage", "seniority", "karrierestufe", "karrierelevel", "erfahrungsstufe", "job level", "level", "grade", "besoldung", "entgeltgruppe", "gehaltsstufe", "hierarchie", "karrierephase", "laufbahn", "stufe", "position")),
        (SurveyField.TimeZone, h => Has(h, "time zone", "timezone", "zeitzone", "time-zone", "zeit-zone")),
        (SurveyField.Availability, h => Has(h, "availab", "verfügbar", "when can you", "when are you free", "wann haben sie zeit", "wann hast du zeit", "wann können sie", "wann kannst du", "zeitfenster", "time slots", "which times", "welche zeiten", "best time", "beste zeit")),
        (SurveyField.Languages, h => Has(h, "language", "sprache")),
        (SurveyField.MeetingFormat, h => Has(h, "format", "how would you like to meet", "meet ", "treffen", "austauschen?", "modus", "mode", "in person or", "online or")),
        (SurveyField.Goals, h => Has(h, "goal", "ziel", "hope to", "hoping to", "erhoff", "aim", "achieve", "erreichen", "objective")),
        (SurveyField.Profession, h => Has(h, "profession", "berufsgruppe", "fachrichtung", "job family", "berufsfeld", "berufsfamilie", "discipline")),
        (SurveyField.Department, h => Has(h, "department", "abteilung", "team", "bereich", "business unit", "division", "unit", "geschäftsbereich", "org unit")),
        (SurveyField.Organisation, h => Has(h, "organisation", "organization", "unternehmen", "firma", "company", "employer", "arbeitgeber", "behörde", "ministerium", "agency")),
        (SurveyField.Id, h => Has(h, "participant id", "teilnehmer-id", "teilnehmer id", "employee id", "personalnummer", "mitarbeiter-id", "respondent id", "response id") || h is "id" or "#" or "nr." or "nr" or "no."),
        (SurveyField.Name, h => Has(h, "name and surname", "vor- und nachname", "name, vorname", "vorname und nachname", "first and last", "full name", "vollständiger name", "vor- und zuname")),
        (SurveyField.FirstName, h => Has(h, "first name", "given name", "vorname", "firstname")),
        (SurveyField.LastName, h => Has(h, "last name", "surname", "family name", "nachname", "lastname", "familienname")),
        (SurveyField.Name, h => Has(h, "name")),
    ];

    // Fields whose answers have a recognisable shape, so a column may be placed by its answers alone.
    private static readonly SurveyField[] ContentFields =
    [
        SurveyField.Timestamp, SurveyField.Email, SurveyField.Role, SurveyField.TimeZone, SurveyField.Availability,
        SurveyField.Languages, SurveyField.Frequency, SurveyField.CareerLevel, SurveyField.MeetingFormat,
        SurveyField.Capacity, SurveyField.YearsOfExperience, SurveyField.Name,
    ];

    /// <summary>Infers the mapping of <paramref name="headers"/> from their texts alone.</summary>
    /// <param name="headers">The header texts, in file order.</param>
    /// <returns>The mapping; fields without a matching column are absent.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="headers"/> is null.</exception>
    public static ColumnMapping Infer(IReadOnlyList<string> headers) => Infer(headers, []);

    /// <summary>Infers the mapping of <paramref name="headers"/> from their texts and a sample of the answers.</summary>
    /// <param name="headers">The header texts, in file order.</param>
    /// <param name="rows">Data rows (the first <see cref="SampleRows"/> are used); may be empty.</param>
    /// <returns>The mapping, with a confidence for each guess; fields without a matching column are absent.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ColumnMapping Infer(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        int fieldCount = Enum.GetValues<SurveyField>().Length;
        var header = new double[fieldCount, headers.Count];
        for (int c = 0; c < headers.Count; c++)
        {
            string text = Normalize(headers[c]);
            if (text.Length == 0)
            {
                continue;
            }

            bool first = true;
            foreach (var (field, matches) in Rules)
            {
                if (matches(text))
                {
                    header[(int)field, c] = Math.Max(header[(int)field, c], first ? 1.0 : 0.5);
                    first = false;
                }
            }
        }

        var sample = rows.Take(SampleRows).ToList();
        var profiles = new ColumnProfile[headers.Count];
        for (int c = 0; c < headers.Count; c++)
        {
            profiles[c] = ColumnProfile.Of([.. sample.Select(r => c < r.Count ? r[c].Trim() : string.Empty)]);
        }

        // Who answered what: the role column (by header, else by answers) tells mentor-only from mentee-only questions.
        int roleColumn = Best(SurveyField.Role, header, profiles);
        if (roleColumn >= 0)
        {
            Roles[] roles = [.. sample.Select(r => roleColumn < r.Count ? ValueParsers.ParseRole(r[roleColumn]) : Roles.None)];
            foreach (ColumnProfile profile in profiles)
            {
                profile.SetRoles(roles);
            }
        }

        var candidates = new List<(double Score, int Priority, SurveyField Field, int Column, double Confidence, string Evidence)>();
        for (int c = 0; c < headers.Count; c++)
        {
            for (int f = 0; f < fieldCount; f++)
            {
                var field = (SurveyField)f;
                double h = header[f, c];
                double k = profiles[c].Fit(field);
                if (profiles[c].Contradicts(field))
                {
                    continue;
                }

                bool byContent = Array.IndexOf(ContentFields, field) >= 0 && k >= 0.9;
                if (h <= 0 && !byContent)
                {
                    continue;
                }

                double confidence = h > 0
                    ? (profiles[c].Count == 0 ? 0.6 * h : h * (0.7 + (0.3 * Math.Max(k, 0.5))))
                    : 0.55 + (0.3 * k);
                string evidence = h > 0 && k >= 0.9 ? "header and answers" : h > 0 ? "header" : "answers";
                candidates.Add(((2 * h) + k, PriorityOf(field), field, c, Math.Round(confidence, 2), evidence));
            }
        }

        var columns = new Dictionary<SurveyField, int>();
        var guesses = new Dictionary<SurveyField, ColumnGuess>();
        var taken = new bool[headers.Count];
        foreach (var candidate in candidates.OrderByDescending(x => x.Score).ThenBy(x => x.Priority).ThenBy(x => x.Column))
        {
            if (taken[candidate.Column] || columns.ContainsKey(candidate.Field))
            {
                continue;
            }

            columns[candidate.Field] = candidate.Column;
            taken[candidate.Column] = true;
            guesses[candidate.Field] = new ColumnGuess(candidate.Field, candidate.Column, candidate.Confidence, candidate.Evidence);
        }

        if (roleColumn >= 0 && columns.ContainsKey(SurveyField.Role))
        {
            PlaceByWhoAnswered(profiles, taken, columns, guesses);
        }

        return new ColumnMapping(headers, columns) { Guesses = guesses, RoleCandidate = roleColumn };
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

    /// <summary>Columns no header names: lists answered mostly by mentors are skills offered, by mentees skills wanted, by everyone goals.</summary>
    private static void PlaceByWhoAnswered(ColumnProfile[] profiles, bool[] taken, Dictionary<SurveyField, int> columns, Dictionary<SurveyField, ColumnGuess> guesses)
    {
        void Place(SurveyField field, Func<ColumnProfile, bool> fits, double confidence)
        {
            if (columns.ContainsKey(field))
            {
                return;
            }

            for (int c = 0; c < profiles.Length; c++)
            {
                if (!taken[c] && profiles[c].Count > 0 && fits(profiles[c]))
                {
                    columns[field] = c;
                    taken[c] = true;
                    guesses[field] = new ColumnGuess(field, c, confidence, "answers (who answered)");
                    return;
                }
            }
        }

        Place(SurveyField.SkillsOffered, p => p.IsText && p.MentorShare >= 0.7 && p.MenteeShare <= 0.15, 0.7);
        Place(SurveyField.SkillsWanted, p => p.IsText && p.MenteeShare >= 0.7 && p.MentorShare <= 0.15, 0.7);
        Place(SurveyField.Goals, p => p.IsText && p.ListShare >= 0.1 && p.MentorShare >= 0.5 && p.MenteeShare >= 0.5, 0.6);
        Place(SurveyField.Department, p => p.IsText && p.ListShare < 0.05 && p.Distinct <= Math.Max(3, p.Count / 4), 0.55);
    }

    private static int Best(SurveyField field, double[,] header, ColumnProfile[] profiles)
    {
        int best = -1;
        double bestScore = 0;
        for (int c = 0; c < profiles.Length; c++)
        {
            double h = header[(int)field, c];
            double k = profiles[c].Fit(field);
            if (profiles[c].Contradicts(field) || (h <= 0 && k < 0.9))
            {
                continue;
            }

            double score = (2 * h) + k;
            if (score > bestScore)
            {
                (best, bestScore) = (c, score);
            }
        }

        return best;
    }

    /// <summary>Returns the column most likely to answer <paramref name="field"/> even when the evidence is too weak to assign it, or −1.</summary>
    internal static int MostLikely(ColumnMapping mapping, SurveyField field, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        int best = -1;
        double bestScore = 0;
        for (int c = 0; c < mapping.Headers.Count; c++)
        {
            var profile = ColumnProfile.Of([.. rows.Take(SampleRows).Select(r => c < r.Count ? r[c].Trim() : string.Empty)]);
            double score = profile.Fit(field) + (Rules.Any(r => r.Field == field && r.Matches(Normalize(mapping.Headers[c]))) ? 1 : 0);
            if (field == SurveyField.Role && Has(Normalize(mapping.Headers[c]), "mentor", "mentee", "role", "rolle"))
            {
                score += 0.5;
            }

            if (score > bestScore && !mapping.Fields.Any(f => f.Value == c && f.Key != field))
            {
                (best, bestScore) = (c, score);
            }
        }

        return bestScore >= 0.3 ? best : -1;
    }

    private static int PriorityOf(SurveyField field)
    {
        for (int i = 0; i < Rules.Length; i++)
        {
            if (Rules[i].Field == field)
            {
                return i;
            }
        }

        return Rules.Length;
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
