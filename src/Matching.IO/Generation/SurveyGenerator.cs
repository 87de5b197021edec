// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Matching.IO.Generation;

/// <summary>
/// Writes a realistic synthetic mentoring survey: the columns and answer formats of real form exports, people with
/// skewed skill popularity, several languages and time zones, and mentor capacities of 1–5.
/// </summary>
/// <remarks>
/// The same seed gives the same people in every <see cref="SurveyStyle"/>, so an English and a German export of one
/// program can be compared. Output is byte-identical for the same arguments on any machine.
/// </remarks>
public sealed class SurveyGenerator
{
    private static readonly string[] FirstNames =
    [
        "Anna", "Jürgen", "Mehmet", "Sofia", "Lukas", "Zoë", "Priya", "Björn", "Chloé", "Ahmed", "Lena", "Kai", "Fatma",
        "Jonas", "Elif", "Marta", "Tobias", "Aisha", "Noah", "Hannah", "Rafael", "Ines", "Mateusz", "Yuki", "Grace",
        "Leon", "Amelie", "Omar", "Clara", "Felix", "Sven", "Nora", "Arjun", "Lea", "Ben", "Mia", "Paul", "Emilia",
    ];

    private static readonly string[] LastNames =
    [
        "Müller", "Schmidt", "Özdemir", "Weiß", "Schäfer", "Nowak", "García", "Rossi", "Dubois", "Patel", "Kowalski",
        "Becker", "Hoffmann", "Yılmaz", "Wagner", "Fischer", "Keller", "Brown", "Smith", "Sato", "Jensen", "Novák",
        "Lehmann", "Krüger", "Martin", "Bauer", "Richter", "Wolf", "Neumann", "Schröder",
    ];

    private static readonly (string En, string De)[] Skills =
    [
        ("Python", "Python"), ("Data analysis", "Datenanalyse"), ("Public speaking", "Präsentieren"),
        ("Leadership", "Führung"), ("Product management", "Produktmanagement"), ("Project management", "Projektmanagement"),
        ("UX design", "UX-Design"), ("Cloud architecture", "Cloud-Architektur"), ("Machine learning", "Maschinelles Lernen"),
        ("Negotiation", "Verhandlungsführung"), ("Career planning", "Karriereplanung"), ("Technical writing", "Technisches Schreiben"),
        ("Frontend development", "Frontend-Entwicklung"), ("Backend development", "Backend-Entwicklung"),
        ("Agile coaching", "Agiles Coaching"), ("People management", "Personalführung"), ("Sales", "Vertrieb"),
        ("Marketing", "Marketing"), ("Finance", "Finanzen"), ("Stakeholder management", "Stakeholder-Management"),
    ];

    private static readonly (string En, string De)[] Goals =
    [
        ("Career entry", "Berufseinstieg"), ("Career re-entry", "Wiedereinstieg"), ("Job change", "Jobwechsel"),
        ("Relocation", "Ortswechsel"), ("Leadership", "Führungsrolle"), ("Onboarding", "Onboarding"),
        ("Technical growth", "Fachliche Weiterentwicklung"), ("Networking", "Netzwerken"),
    ];

    private static readonly (string En, string De)[] Formats =
    [
        ("Video call", "Videocall"), ("Chat", "Chat"), ("In person", "Persönlich"), ("Asynchronous", "Asynchron"),
    ];

    private static readonly (string En, string De, double Weight)[] Languages =
    [
        ("English", "Englisch", 0.8), ("German", "Deutsch", 0.6), ("Spanish", "Spanisch", 0.12), ("French", "Französisch", 0.1),
        ("Turkish", "Türkisch", 0.08), ("Polish", "Polnisch", 0.06),
    ];

    private static readonly (string Text, double Weight)[] TimeZones =
    [
        ("Europe/Berlin", 0.35), ("CET", 0.1), ("UTC+1", 0.08), ("Europe/London", 0.1), ("Europe/Madrid", 0.05),
        ("America/New_York", 0.08), ("EST", 0.05), ("GMT-5", 0.03), ("Asia/Kolkata", 0.06), ("PST", 0.04),
        ("UTC+2", 0.03), ("Berlin", 0.03),
    ];

    private static readonly (string En, string De)[] Availability =
    [
        ("Weekday mornings", "Wochentags vormittags"), ("Weekday lunch", "Wochentags mittags"),
        ("Weekday afternoons", "Wochentags nachmittags"), ("Weekday evenings", "Wochentags abends"),
        ("Weekend mornings", "Wochenende vormittags"), ("Tue 18-20", "Di 18-20 Uhr"), ("Thu 12-14", "Do 12-14 Uhr"),
        ("Mon-Wed evenings", "Mo-Mi abends"),
    ];

    private static readonly (string En, string De)[] Levels =
    [
        ("Student / Intern", "Studium / Praktikum"), ("Junior", "Berufseinstieg"), ("Mid-level", "Erfahren"),
        ("Senior", "Senior"), ("Lead / Manager", "Führungskraft"), ("Executive", "Geschäftsführung"),
    ];

    private static readonly (string En, string De)[] Departments =
    [
        ("Engineering", "Entwicklung"), ("Product", "Produkt"), ("Sales", "Vertrieb"), ("Marketing", "Marketing"),
        ("Finance", "Finanzen"), ("People & Culture", "Personal"), ("Operations", "Betrieb"),
    ];

    private static readonly string[] EnglishHeader =
    [
        "Timestamp", "Email Address", "Full name", "Would you like to join as a mentor, a mentee, or both?",
        "Which skills can you offer as a mentor?", "Which skills would you like to develop?",
        "What are your goals for the program?", "How would you like to meet?", "Which languages can you hold sessions in?",
        "Your time zone", "When are you available? (your local time)", "Career level", "Years of professional experience",
        "Department", "How many mentees can you take on? (mentors only)",
    ];

    private static readonly string[] GermanHeader =
    [
        "ID", "Startzeit", "Fertigstellungszeit", "E-Mail", "Name", "Möchten Sie als Mentor:in, Mentee oder beides teilnehmen?",
        "Welche Kompetenzen möchten Sie weitergeben?", "Welche Kompetenzen möchten Sie entwickeln?",
        "Was sind Ihre Ziele für das Programm?", "Wie möchten Sie sich treffen?", "In welchen Sprachen können Sie sich austauschen?",
        "Zeitzone", "Wann haben Sie Zeit? (Ortszeit)", "Karrierestufe", "Jahre Berufserfahrung", "Abteilung",
        "Wie viele Mentees können Sie betreuen? (nur Mentor:innen)",
    ];

    /// <summary>Gets the number of people who only want a mentor.</summary>
    public required int Mentees { get; init; }

    /// <summary>Gets the number of people who only mentor.</summary>
    public required int Mentors { get; init; }

    /// <summary>Gets the number of people who answered "both". Default 0.</summary>
    public int Both { get; init; }

    /// <summary>Gets the random seed. Default 42.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Writes the survey in <paramref name="style"/> to <paramref name="writer"/> (without a BOM; the caller adds one for Excel).</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="style">The export style.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public void Write(TextWriter writer, SurveyStyle style)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentOutOfRangeException.ThrowIfNegative(Mentees);
        ArgumentOutOfRangeException.ThrowIfNegative(Mentors);
        ArgumentOutOfRangeException.ThrowIfNegative(Both);
        bool german = style == SurveyStyle.MicrosoftFormsGerman;
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = german ? ";" : ",",
            NewLine = german ? "\r\n" : "\n",
            InjectionOptions = InjectionOptions.None,
        };
        using var csv = new CsvWriter(writer, configuration, leaveOpen: true);
        foreach (string header in german ? GermanHeader : EnglishHeader)
        {
            csv.WriteField(header);
        }

        csv.NextRecord();
        var random = new Random(Seed);
        int total = Mentees + Mentors + Both;
        var start = new DateTime(2025, 11, 3, 8, 0, 0, DateTimeKind.Unspecified);
        var usedEmails = new HashSet<string>(StringComparer.Ordinal);
        int[] roles = ShuffledRoles(random);
        for (int i = 0; i < total; i++)
        {
            Person p = NewPerson(random, roles[i], usedEmails);
            DateTime submitted = start.AddMinutes((i * 97) + random.Next(0, 90));
            foreach (string field in german ? GermanRow(p, i, submitted) : EnglishRow(p, submitted))
            {
                csv.WriteField(field);
            }

            csv.NextRecord();
        }
    }

    private static Person NewPerson(Random random, int role, HashSet<string> usedEmails)
    {
        string first = FirstNames[random.Next(FirstNames.Length)];
        string last = LastNames[random.Next(LastNames.Length)];
        string email = $"{Ascii(first)}.{Ascii(last)}@example.org";
        for (int n = 2; !usedEmails.Add(email); n++)
        {
            email = $"{Ascii(first)}.{Ascii(last)}{n}@example.org";
        }

        bool mentor = role != 0;
        int level = mentor ? random.Next(2, 6) : random.Next(0, 4);
        return new Person(
            first + " " + last,
            email,
            role,
            mentor ? Pick(random, Skills.Length, random.Next(2, 6)) : [],
            role != 1 ? Pick(random, Skills.Length, random.Next(1, 4)) : [],
            Pick(random, Goals.Length, random.Next(1, 3)),
            Pick(random, Formats.Length, random.Next(1, 3)),
            PickLanguages(random),
            Weighted(random, TimeZones.Select(t => t.Weight).ToArray()),
            Pick(random, Availability.Length, random.Next(1, 4)),
            level,
            Math.Round(Math.Max(0, (level * 3.2) + (random.NextDouble() * 4) - 1.5) * 2) / 2,
            random.Next(Departments.Length),
            mentor ? 1 + Weighted(random, [0.25, 0.30, 0.20, 0.15, 0.10]) : 0);
    }

    private int[] ShuffledRoles(Random random)
    {
        // Exact counts, in a random order, so every part of the file has a realistic mix.
        int[] roles = [.. Enumerable.Repeat(0, Mentees), .. Enumerable.Repeat(1, Mentors), .. Enumerable.Repeat(2, Both)];
        for (int i = roles.Length - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (roles[i], roles[j]) = (roles[j], roles[i]);
        }

        return roles;
    }

    private static string[] EnglishRow(Person p, DateTime submitted) =>
    [
        submitted.ToString("yyyy/MM/dd h:mm:ss tt", CultureInfo.InvariantCulture) + " GMT+1",
        p.Email,
        p.Name,
        p.Role switch { 0 => "Mentee", 1 => "Mentor", _ => "Both" },
        string.Join(", ", p.Offered.Select(s => Skills[s].En)),
        string.Join(", ", p.Wanted.Select(s => Skills[s].En)),
        string.Join(", ", p.Goals.Select(g => Goals[g].En)),
        string.Join(", ", p.Formats.Select(f => Formats[f].En)),
        string.Join(", ", p.Languages.Select(l => Languages[l].En)),
        TimeZones[p.TimeZone].Text,
        string.Join(", ", p.Availability.Select(a => Availability[a].En)),
        Levels[p.Level].En,
        p.Years.ToString("0.#", CultureInfo.InvariantCulture),
        Departments[p.Department].En,
        p.Role == 0 ? string.Empty : p.Capacity.ToString(CultureInfo.InvariantCulture),
    ];

    private static string[] GermanRow(Person p, int index, DateTime submitted) =>
    [
        (index + 1).ToString(CultureInfo.InvariantCulture),
        submitted.ToString("dd.MM.yyyy HH:mm:ss", CultureInfo.InvariantCulture),
        submitted.AddMinutes(3 + (index * 5 % 9)).ToString("dd.MM.yyyy HH:mm:ss", CultureInfo.InvariantCulture),
        p.Email,
        p.Name,
        p.Role switch { 0 => "Mentee", 1 => "Mentor:in", _ => "Beides" },
        Joined(p.Offered.Select(s => Skills[s].De)),
        Joined(p.Wanted.Select(s => Skills[s].De)),
        Joined(p.Goals.Select(g => Goals[g].De)),
        Joined(p.Formats.Select(f => Formats[f].De)),
        Joined(p.Languages.Select(l => Languages[l].De)),
        TimeZones[p.TimeZone].Text,
        Joined(p.Availability.Select(a => Availability[a].De)),
        Levels[p.Level].De,
        p.Years.ToString("0.#", CultureInfo.GetCultureInfo("de-DE")),
        Departments[p.Department].De,
        p.Role == 0 ? string.Empty : p.Capacity.ToString(CultureInfo.InvariantCulture),
    ];

    // Microsoft Forms ends every multi-select answer with a semicolon.
    private static string Joined(IEnumerable<string> values)
    {
        string text = string.Join(";", values);
        return text.Length == 0 ? text : text + ";";
    }

    private static int[] Pick(Random random, int count, int take)
    {
        // Skewed popularity: low indices are picked more often, as real answers cluster on a few topics.
        var chosen = new SortedSet<int>();
        while (chosen.Count < Math.Min(take, count))
        {
            double u = random.NextDouble();
            chosen.Add((int)(count * u * u));
        }

        return [.. chosen];
    }

    private static int[] PickLanguages(Random random)
    {
        var chosen = new List<int>();
        for (int l = 0; l < Languages.Length; l++)
        {
            if (random.NextDouble() < Languages[l].Weight)
            {
                chosen.Add(l);
            }
        }

        if (chosen.Count == 0)
        {
            chosen.Add(random.Next(2));
        }

        return [.. chosen];
    }

    private static int Weighted(Random random, double[] weights)
    {
        double u = random.NextDouble() * weights.Sum();
        for (int i = 0; i < weights.Length; i++)
        {
            u -= weights[i];
            if (u < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    private static string Ascii(string name) => name.ToLowerInvariant()
        .Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal)
        .Replace("ü", "ue", StringComparison.Ordinal).Replace("ß", "ss", StringComparison.Ordinal)
        .Replace("é", "e", StringComparison.Ordinal).Replace("ë", "e", StringComparison.Ordinal)
        .Replace("ı", "i", StringComparison.Ordinal).Replace("í", "i", StringComparison.Ordinal)
        .Replace("á", "a", StringComparison.Ordinal).Replace("ø", "o", StringComparison.Ordinal);

    private sealed record Person(
        string Name,
        string Email,
        int Role,
        int[] Offered,
        int[] Wanted,
        int[] Goals,
        int[] Formats,
        int[] Languages,
        int TimeZone,
        int[] Availability,
        int Level,
        double Years,
        int Department,
        int Capacity);
}
