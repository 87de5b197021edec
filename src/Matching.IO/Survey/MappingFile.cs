// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Matching.Core.Scoring;
using NodaTime;
using NodaTime.Text;

namespace Matching.IO.Survey;

/// <summary>
/// Reads and writes the JSON mapping file. Syntax errors name the line and column; every semantic problem names the
/// JSON path and what was expected, and all of them are reported together.
/// </summary>
/// <remarks>
/// Shape (every part optional):
/// <code>
/// {
///   "columns": { "Email": "Email Address", "Role": "Would you like to join as …", … },
///   "synonyms": { "ML": "Machine learning" },
///   "vocabulary": { "availability": { "Flexible": "Mon-Fri 9-17" }, "levels": [ "AA", "AO", "EO", … ],
///                   "roles": { "Volunteer": "Mentor" }, "formats": { "Zoom": "Video call" }, "frequencies": { "Fortnightly": "biweekly" } },
///   "sensitiveColumns": [ "Which identity characteristics …" ],
///   "programStart": "2026-03-02",
///   "scoring": { "weights": { "Skills": 40, … }, "minimums": { "Skills": 0.25 }, "requireSharedLanguage": true, … },
///   "matching": { "unmatchedPenalty": null }
/// }
/// </code>
/// </remarks>
public static class MappingFile
{
    /// <summary>The largest weight a criterion may have in <c>scoring.weights</c>.</summary>
    public const double MaxWeight = 1_000_000;

    /// <summary>The earliest supported program start (NodaTime's time-zone data covers the dates around it).</summary>
    public static readonly LocalDate MinProgramStart = new(1900, 1, 1);

    /// <summary>The latest supported program start.</summary>
    public static readonly LocalDate MaxProgramStart = new(2200, 12, 31);

    private static readonly JsonDocumentOptions ReadOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 16 };

    /// <summary>Reads a mapping file.</summary>
    /// <param name="reader">The JSON text.</param>
    /// <param name="fileName">The file name for diagnostics.</param>
    /// <returns>The mapping, or null, and every problem found.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static (SurveyMapping? Mapping, IReadOnlyList<SurveyDiagnostic> Diagnostics) Read(TextReader reader, string fileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(fileName);
        var diagnostics = new List<SurveyDiagnostic>();
        void Error(string message) => diagnostics.Add(new SurveyDiagnostic(DiagnosticSeverity.Error, fileName, 0, 0, null, null, message));

        JsonDocument document;
        string text = reader.ReadToEnd();
        try
        {
            document = JsonDocument.Parse(text, ReadOptions);
        }
        catch (JsonException e)
        {
            int line = (int)(e.LineNumber ?? 0) + 1;
            int column = (int)(e.BytePositionInLine ?? 0) + 1;
            diagnostics.Add(new SurveyDiagnostic(DiagnosticSeverity.Error, fileName, line, column, null, null, "not valid JSON: " + FirstSentence(e.Message)));
            return (null, diagnostics);
        }

        using (document)
        {
            try
            {
                JsonElement root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    Error("the mapping must be a JSON object");
                    return (null, diagnostics);
                }

                var columns = new Dictionary<SurveyField, string>();
                var synonyms = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                var sensitive = new List<string>();
                Vocabulary vocabulary = new();
                LocalDate? start = null;
                ScoringOptions scoring = ScoringOptions.Default;
                (double? Penalty, int MinimumLoad, double LoadPenalty, List<(string Mentee, string Mentor)> Locked) matching = (null, 0, 0, []);
                List<Core.Models.GroupQuota> quotas = [];
                foreach (JsonProperty property in root.EnumerateObject())
                {
                    switch (property.Name)
                    {
                        case "columns":
                            ForEachString(property.Value, "columns", Error, (name, header) =>
                            {
                                if (Enum.TryParse(name, ignoreCase: true, out SurveyField field) && !int.TryParse(name, out _))
                                {
                                    columns[field] = header;
                                }
                                else
                                {
                                    Error($"columns.{name}: unknown field; expected one of {string.Join(", ", Enum.GetNames<SurveyField>())}");
                                }
                            });
                            break;
                        case "synonyms":
                            ForEachString(property.Value, "synonyms", Error, (from, to) => synonyms[from] = to);
                            break;
                        case "sensitiveColumns":
                            if (property.Value.ValueKind != JsonValueKind.Array)
                            {
                                Error("sensitiveColumns: expected an array of header texts");
                                break;
                            }

                            foreach (JsonElement item in property.Value.EnumerateArray())
                            {
                                if (item.ValueKind == JsonValueKind.String)
                                {
                                    sensitive.Add(item.GetString()!);
                                }
                                else
                                {
                                    Error("sensitiveColumns: every entry must be a header text (a string)");
                                }
                            }

                            break;
                        case "programStart" when property.Value.ValueKind == JsonValueKind.Null:
                            break;
                        case "programStart":
                            ParseResult<LocalDate> date = LocalDatePattern.Iso.Parse(property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : string.Empty);
                            if (date.Success && !IsSupportedProgramStart(date.Value))
                            {
                                Error($"programStart: expected a date from {MinProgramStart:yyyy-MM-dd} to {MaxProgramStart:yyyy-MM-dd}");
                            }
                            else if (date.Success)
                            {
                                start = date.Value;
                            }
                            else
                            {
                                Error("programStart: expected a date such as \"2026-03-02\"");
                            }

                            break;
                        case "scoring":
                            scoring = ReadScoring(property.Value, Error);
                            break;
                        case "matching":
                            matching = ReadMatching(property.Value, Error);
                            break;
                        case "vocabulary":
                            vocabulary = ReadVocabulary(property.Value, Error);
                            break;
                        case "quotas":
                            quotas = MappingQuotas.Read(property.Value, text, (line, message) => diagnostics.Add(new SurveyDiagnostic(DiagnosticSeverity.Error, fileName, line, 0, null, null, message)));
                            break;
                        case "$comment":
                            break;
                        default:
                            Error($"{property.Name}: unknown setting; expected columns, synonyms, vocabulary, sensitiveColumns, programStart, scoring, matching or quotas");
                            break;
                    }
                }

                if (diagnostics.Count > 0)
                {
                    return (null, diagnostics);
                }

                try
                {
                    scoring.Validate();
                }
                catch (ArgumentException e)
                {
                    Error("scoring: " + e.Message);
                    return (null, diagnostics);
                }

                return (new SurveyMapping
                {
                    Columns = columns,
                    Synonyms = synonyms,
                    AvailabilityWords = vocabulary.Availability,
                    RoleWords = vocabulary.Roles,
                    FormatWords = vocabulary.Formats,
                    FrequencyWords = vocabulary.Frequencies,
                    Levels = vocabulary.Levels,
                    SensitiveColumns = sensitive,
                    ProgramStart = start,
                    Scoring = scoring,
                    UnmatchedPenalty = matching.Penalty,
                    MinimumLoad = matching.MinimumLoad,
                    LoadPenalty = matching.LoadPenalty,
                    LockedPairs = matching.Locked,
                    Quotas = quotas,
                }, diagnostics);
            }
            catch (InvalidOperationException)
            {
                // System.Text.Json refuses to turn an escaped lone surrogate (such as \uD800) into a string.
                Error("a name or text is not valid Unicode (an unpaired surrogate escape such as \\uD800)");
                return (null, diagnostics);
            }
        }
    }

    /// <summary>
    /// Gets a value indicating whether <paramref name="start"/> lies in <see cref="MinProgramStart"/> to
    /// <see cref="MaxProgramStart"/>, the range in which availability can be converted to UTC (a date such as
    /// 9999-12-31 leaves no week after it).
    /// </summary>
    /// <param name="start">The first day of the program.</param>
    public static bool IsSupportedProgramStart(LocalDate start) => start >= MinProgramStart && start <= MaxProgramStart;

    /// <summary>Writes a mapping as indented JSON, with every scoring setting spelled out so it can be edited.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="mapping">The mapping.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(TextWriter writer, SurveyMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(mapping);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$comment", "Matching mapping file: which survey column answers which field, and how to score. Edit and pass with --mapping.");
            json.WriteStartObject("columns");
            foreach (var (field, header) in mapping.Columns.OrderBy(c => c.Key))
            {
                json.WriteString(field.ToString(), header);
            }

            json.WriteEndObject();
            json.WriteStartObject("synonyms");
            foreach (var (from, to) in mapping.Synonyms.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                json.WriteString(from, to);
            }

            json.WriteEndObject();
            WriteVocabulary(json, mapping);
            json.WriteStartArray("sensitiveColumns");
            foreach (string header in mapping.SensitiveColumns)
            {
                json.WriteStringValue(header);
            }

            json.WriteEndArray();
            if (mapping.ProgramStart is LocalDate programStart)
            {
                json.WriteString("programStart", LocalDatePattern.Iso.Format(programStart));
            }
            else
            {
                // Null: the Monday after the survey's last answer (or 2026-01-05 when it has no timestamps).
                json.WriteNull("programStart");
            }
            ScoringOptions s = mapping.Scoring;
            json.WriteStartObject("scoring");
            json.WriteStartObject("weights");
            foreach (Criterion criterion in Enum.GetValues<Criterion>())
            {
                json.WriteNumber(criterion.ToString(), s.WeightOf(criterion));
            }

            json.WriteEndObject();
            json.WriteStartObject("minimums");
            foreach (var (criterion, minimum) in s.Minimums.OrderBy(m => m.Key))
            {
                json.WriteNumber(criterion.ToString(), minimum);
            }

            json.WriteEndObject();
            json.WriteBoolean("requireSharedLanguage", s.RequireSharedLanguage);
            json.WriteBoolean("forbidReportingLine", s.ForbidReportingLine);
            json.WriteBoolean("forbidSameDepartment", s.ForbidSameDepartment);
            json.WriteBoolean("forbidSameOrganisation", s.ForbidSameOrganisation);
            json.WriteString("department", s.Department.ToString());
            json.WriteBoolean("reverseMentoring", s.ReverseMentoring);
            json.WriteNumber("minimumOverlapHours", s.MinimumOverlapHours);
            json.WriteNumber("targetOverlapHours", s.TargetOverlapHours);
            json.WriteNumber("idealLevelGap", s.IdealLevelGap);
            json.WriteNumber("maximumGoodLevelGap", s.MaximumGoodLevelGap);
            json.WriteEndObject();
            json.WriteStartObject("matching");
            if (mapping.UnmatchedPenalty is double penalty)
            {
                json.WriteNumber("unmatchedPenalty", penalty);
            }
            else
            {
                json.WriteNull("unmatchedPenalty");
            }

            json.WriteNumber("minimumLoad", mapping.MinimumLoad);
            json.WriteNumber("loadPenalty", mapping.LoadPenalty);
            json.WriteStartArray("lockedPairs");
            foreach (var (mentee, mentor) in mapping.LockedPairs)
            {
                json.WriteStartObject();
                json.WriteString("mentee", mentee);
                json.WriteString("mentor", mentor);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        writer.Write(Encoding.UTF8.GetString(stream.ToArray()));
        writer.Write('\n');
    }

    private static void WriteVocabulary(Utf8JsonWriter json, SurveyMapping mapping)
    {
        json.WriteStartObject("vocabulary");
        foreach (var (name, words) in new[] { ("availability", mapping.AvailabilityWords), ("roles", mapping.RoleWords), ("formats", mapping.FormatWords), ("frequencies", mapping.FrequencyWords) })
        {
            json.WriteStartObject(name);
            foreach (var (from, to) in words.OrderBy(w => w.Key, StringComparer.Ordinal))
            {
                json.WriteString(from, to);
            }

            json.WriteEndObject();
        }

        if (mapping.Levels is { } levels)
        {
            json.WriteStartArray("levels");
            foreach (string step in levels.Steps)
            {
                json.WriteStringValue(step);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static Vocabulary ReadVocabulary(JsonElement element, Action<string> error)
    {
        var vocabulary = new Vocabulary();
        if (element.ValueKind != JsonValueKind.Object)
        {
            error("vocabulary: expected an object with availability, levels, roles, formats or frequencies");
            return vocabulary;
        }

        foreach (JsonProperty p in element.EnumerateObject())
        {
            string path = "vocabulary." + p.Name;
            switch (p.Name)
            {
                case "availability":
                    ForEachString(p.Value, path, error, (word, meaning) =>
                    {
                        if (AvailabilityParser.Parse(meaning, NodaTime.DateTimeZone.Utc, SurveyReadOptions.DefaultProgramStart, null, out IReadOnlyList<string> bad) is var _ && bad.Count > 0)
                        {
                            error($"{path}.{word}: '{bad[0]}' is not an availability; expected {AvailabilityParser.Expected}");
                        }

                        vocabulary.Availability[word] = meaning;
                    });
                    break;
                case "roles":
                    ForEachString(p.Value, path, error, (word, meaning) =>
                    {
                        if (ValueParsers.ParseRole(meaning) == Core.Domain.Roles.None)
                        {
                            error($"{path}.{word}: expected Mentor, Mentee or Both, not '{meaning}'");
                        }

                        vocabulary.Roles[word] = meaning;
                    });
                    break;
                case "formats":
                    ForEachString(p.Value, path, error, (word, meaning) => vocabulary.Formats[word] = meaning);
                    break;
                case "frequencies":
                    ForEachString(p.Value, path, error, (word, meaning) =>
                    {
                        if (ValueParsers.ParseFrequency(meaning) is null)
                        {
                            error($"{path}.{word}: expected weekly, biweekly, monthly or quarterly, not '{meaning}'");
                        }

                        vocabulary.Frequencies[word] = meaning;
                    });
                    break;
                case "levels":
                    if (p.Value.ValueKind != JsonValueKind.Array || p.Value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String) || p.Value.GetArrayLength() < 2)
                    {
                        error($"{path}: expected an array of at least two level names, most junior first, e.g. [\"AA\", \"AO\", \"EO\"]");
                        break;
                    }

                    vocabulary.Levels = new LevelScale(p.Value.EnumerateArray().Select(v => v.GetString()!));
                    break;
                default:
                    error($"{path}: unknown vocabulary; expected availability, levels, roles, formats or frequencies");
                    break;
            }
        }

        return vocabulary;
    }

    /// <summary>The mapping file's own answer words, by field.</summary>
    private sealed class Vocabulary
    {
        public Dictionary<string, string> Availability { get; } = new(StringComparer.OrdinalIgnoreCase);

        public Dictionary<string, string> Roles { get; } = new(StringComparer.OrdinalIgnoreCase);

        public Dictionary<string, string> Formats { get; } = new(StringComparer.OrdinalIgnoreCase);

        public Dictionary<string, string> Frequencies { get; } = new(StringComparer.OrdinalIgnoreCase);

        public LevelScale? Levels { get; set; }
    }

    private static ScoringOptions ReadScoring(JsonElement element, Action<string> error)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            error("scoring: expected an object");
            return ScoringOptions.Default;
        }

        var weights = Enum.GetValues<Criterion>().ToDictionary(c => c, ScoringOptions.Default.WeightOf);
        var minimums = new Dictionary<Criterion, double>();
        ScoringOptions d = ScoringOptions.Default;
        bool language = d.RequireSharedLanguage, reporting = d.ForbidReportingLine, sameDepartment = d.ForbidSameDepartment, reverse = d.ReverseMentoring;
        bool sameOrganisation = d.ForbidSameOrganisation;
        int minimumOverlap = d.MinimumOverlapHours, targetOverlap = d.TargetOverlapHours, idealGap = d.IdealLevelGap, maxGap = d.MaximumGoodLevelGap;
        DepartmentPreference department = d.Department;
        foreach (JsonProperty p in element.EnumerateObject())
        {
            string path = "scoring." + p.Name;
            switch (p.Name)
            {
                case "weights":
                    ReadCriterionNumbers(p.Value, path, error, weights);
                    break;
                case "minimums":
                    ReadCriterionNumbers(p.Value, path, error, minimums);
                    break;
                case "requireSharedLanguage": language = Bool(p.Value, path, error, language); break;
                case "forbidReportingLine": reporting = Bool(p.Value, path, error, reporting); break;
                case "forbidSameDepartment": sameDepartment = Bool(p.Value, path, error, sameDepartment); break;
                case "forbidSameOrganisation": sameOrganisation = Bool(p.Value, path, error, sameOrganisation); break;
                case "reverseMentoring": reverse = Bool(p.Value, path, error, reverse); break;
                case "minimumOverlapHours": minimumOverlap = Int(p.Value, path, error, minimumOverlap); break;
                case "targetOverlapHours": targetOverlap = Int(p.Value, path, error, targetOverlap); break;
                case "idealLevelGap": idealGap = Int(p.Value, path, error, idealGap); break;
                case "maximumGoodLevelGap": maxGap = Int(p.Value, path, error, maxGap); break;
                case "department":
                    if (p.Value.ValueKind == JsonValueKind.String && Enum.TryParse(p.Value.GetString(), ignoreCase: true, out DepartmentPreference parsed))
                    {
                        department = parsed;
                    }
                    else
                    {
                        error($"{path}: expected \"Different\" or \"Same\"");
                    }

                    break;
                default:
                    error($"{path}: unknown setting");
                    break;
            }
        }

        return new ScoringOptions
        {
            SkillsWeight = weights[Criterion.Skills],
            GoalsWeight = weights[Criterion.Goals],
            AvailabilityWeight = weights[Criterion.Availability],
            CareerLevelWeight = weights[Criterion.CareerLevel],
            MeetingFormatWeight = weights[Criterion.MeetingFormat],
            MeetingFrequencyWeight = weights[Criterion.MeetingFrequency],
            DepartmentWeight = weights[Criterion.Department],
            AffinityWeight = weights[Criterion.Affinity],
            PreferenceWeight = weights[Criterion.Preference],
            Minimums = minimums,
            RequireSharedLanguage = language,
            ForbidReportingLine = reporting,
            ForbidSameDepartment = sameDepartment,
            ForbidSameOrganisation = sameOrganisation,
            ReverseMentoring = reverse,
            MinimumOverlapHours = minimumOverlap,
            TargetOverlapHours = targetOverlap,
            IdealLevelGap = idealGap,
            MaximumGoodLevelGap = maxGap,
            Department = department,
        };
    }

    private static (double? Penalty, int MinimumLoad, double LoadPenalty, List<(string Mentee, string Mentor)> Locked) ReadMatching(JsonElement element, Action<string> error)
    {
        var locked = new List<(string Mentee, string Mentor)>();
        if (element.ValueKind != JsonValueKind.Object)
        {
            error("matching: expected an object");
            return (null, 0, 0, locked);
        }

        double? penalty = null;
        int minimumLoad = 0;
        double loadPenalty = 0;
        foreach (JsonProperty p in element.EnumerateObject())
        {
            switch (p.Name)
            {
                case "unmatchedPenalty":
                    if (p.Value.ValueKind == JsonValueKind.Number && p.Value.GetDouble() is >= 0 and <= 1_000_000)
                    {
                        penalty = p.Value.GetDouble();
                    }
                    else if (p.Value.ValueKind != JsonValueKind.Null)
                    {
                        error("matching.unmatchedPenalty: expected null or a number of score points from 0 to 1,000,000");
                    }

                    break;
                case "minimumLoad":
                    minimumLoad = Int(p.Value, "matching.minimumLoad", error, 0);
                    if (minimumLoad < 0)
                    {
                        error("matching.minimumLoad: expected a whole number ≥ 0");
                    }

                    break;
                case "loadPenalty":
                    if (p.Value.ValueKind == JsonValueKind.Number && p.Value.GetDouble() is >= 0 and <= 100)
                    {
                        loadPenalty = p.Value.GetDouble();
                    }
                    else
                    {
                        error("matching.loadPenalty: expected a number of score points from 0 to 100");
                    }

                    break;
                case "lockedPairs":
                    if (p.Value.ValueKind != JsonValueKind.Array)
                    {
                        error("matching.lockedPairs: expected an array of { \"mentee\": …, \"mentor\": … }");
                        break;
                    }

                    int index = 0;
                    foreach (JsonElement pair in p.Value.EnumerateArray())
                    {
                        if (pair.ValueKind == JsonValueKind.Object
                            && pair.TryGetProperty("mentee", out JsonElement mentee) && mentee.ValueKind == JsonValueKind.String
                            && pair.TryGetProperty("mentor", out JsonElement mentor) && mentor.ValueKind == JsonValueKind.String)
                        {
                            locked.Add((mentee.GetString()!, mentor.GetString()!));
                        }
                        else
                        {
                            error($"matching.lockedPairs[{index}]: expected {{ \"mentee\": \"email or name\", \"mentor\": \"email or name\" }}");
                        }

                        index++;
                    }

                    break;
                default:
                    error($"matching.{p.Name}: unknown setting; expected unmatchedPenalty, minimumLoad, loadPenalty or lockedPairs");
                    break;
            }
        }

        return (penalty, minimumLoad, loadPenalty, locked);
    }

    private static void ReadCriterionNumbers(JsonElement element, string path, Action<string> error, Dictionary<Criterion, double> into)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            error($"{path}: expected an object of criterion names and numbers");
            return;
        }

        foreach (JsonProperty p in element.EnumerateObject())
        {
            if (!Enum.TryParse(p.Name, ignoreCase: true, out Criterion criterion) || int.TryParse(p.Name, out _))
            {
                error($"{path}.{p.Name}: unknown criterion; expected one of {string.Join(", ", Enum.GetNames<Criterion>())}");
            }
            else if (p.Value.ValueKind != JsonValueKind.Number)
            {
                error($"{path}.{p.Name}: expected a number");
            }
            else if (path.EndsWith("weights", StringComparison.Ordinal) && p.Value.GetDouble() > MaxWeight)
            {
                // Weights far beyond this range turn every normalised score into 0 (or overflow to infinity); a
                // negative weight is reported by ScoringOptions.Validate below.
                error($"{path}.{p.Name}: expected a weight from 0 to {MaxWeight:N0}");
            }
            else
            {
                into[criterion] = p.Value.GetDouble();
            }
        }
    }

    private static void ForEachString(JsonElement element, string path, Action<string> error, Action<string, string> each)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            error($"{path}: expected an object of names and texts");
            return;
        }

        foreach (JsonProperty p in element.EnumerateObject())
        {
            if (p.Value.ValueKind == JsonValueKind.String)
            {
                if (!TryGetText(p.Value, out string? text) || !IsWellFormed(p.Name))
                {
                    error($"{path}: an entry is not valid Unicode text (an unpaired surrogate such as \\uD800)");
                    continue;
                }

                each(p.Name, text);
            }
            else
            {
                error($"{path}.{p.Name}: expected a text");
            }
        }
    }

    /// <summary>Reads a JSON string; false when it holds an escaped lone surrogate, which is no text at all.</summary>
    private static bool TryGetText(JsonElement value, [NotNullWhen(true)] out string? text)
    {
        try
        {
            text = value.GetString()!;
            return IsWellFormed(text);
        }
        catch (InvalidOperationException)
        {
            text = null;
            return false;
        }
    }

    private static bool IsWellFormed(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Bool(JsonElement value, string path, Action<string> error, bool fallback)
    {
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        error($"{path}: expected true or false");
        return fallback;
    }

    private static int Int(JsonElement value, string path, Action<string> error, int fallback)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int number))
        {
            return number;
        }

        error($"{path}: expected a whole number");
        return fallback;
    }

    private static string FirstSentence(string message)
    {
        int end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end < 0 ? message : message[..end]).Trim().TrimEnd('.').ToString(CultureInfo.InvariantCulture);
    }
}
