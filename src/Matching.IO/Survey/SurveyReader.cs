// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using CsvHelper.Configuration;
using Matching.Core.Domain;
using NodaTime;

namespace Matching.IO.Survey;

/// <summary>
/// Reads a mentoring survey export into <see cref="Participant"/>s, collecting every problem with its file, line
/// and column instead of stopping at the first one.
/// </summary>
/// <remarks>
/// Rows with an error are not turned into participants; they are listed in the diagnostics, so nothing is dropped
/// silently. Blank rows and blank trailing columns are ignored. Instances are stateless and thread-safe.
/// </remarks>
public static class SurveyReader
{
    /// <summary>Reads a whole survey.</summary>
    /// <param name="reader">The text of the export (already decoded; see <see cref="SurveyText"/>).</param>
    /// <param name="options">Reading options; null for the defaults.</param>
    /// <returns>The participants and diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    public static SurveyReadResult Read(TextReader reader, SurveyReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        options ??= new SurveyReadOptions();
        string text = reader.ReadToEnd();
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        char delimiter = options.Delimiter ?? DetectDelimiter(text);
        var session = new Session(options, delimiter);
        return session.Run(text);
    }

    /// <summary>Reads a whole survey file, detecting its encoding like <see cref="SurveyText.Decode"/> (UTF-8 with or without BOM, UTF-16, Windows-1252).</summary>
    /// <param name="path">The export's path.</param>
    /// <param name="options">Reading options; null for the defaults with the file's name in the diagnostics.</param>
    /// <returns>The participants and diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static SurveyReadResult Read(string path, SurveyReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using FileStream stream = File.OpenRead(path);
        return Read(stream, options ?? new SurveyReadOptions { FileName = Path.GetFileName(path) });
    }

    /// <summary>Reads a whole survey from a stream of bytes, detecting its encoding like <see cref="SurveyText.Decode"/>.</summary>
    /// <param name="stream">The export's bytes, read to the end (not closed).</param>
    /// <param name="options">Reading options; null for the defaults.</param>
    /// <returns>The participants and diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static SurveyReadResult Read(Stream stream, SurveyReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        using var reader = new StringReader(SurveyText.Decode(bytes.GetBuffer().AsSpan(0, (int)bytes.Length)).Text);
        return Read(reader, options);
    }

    /// <summary>
    /// Picks the delimiter that occurs most often outside quotes on the first line, or, when that line has fewer than
    /// two (a title row above the header), on the first of the next four lines that has more: comma, semicolon or tab.
    /// </summary>
    /// <param name="text">The file text.</param>
    public static char DetectDelimiter(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int commas = 0, semicolons = 0, tabs = 0, best = -1, lines = 0;
        int c = 0, s = 0, t = 0;
        bool quoted = false;
        for (int i = 0; i <= text.Length && lines < 5; i++)
        {
            char ch = i < text.Length ? text[i] : '\n';
            if (ch == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted)
            {
                switch (ch)
                {
                    case ',': c++; break;
                    case ';': s++; break;
                    case '\t': t++; break;
                    case '\n':
                        if (Math.Max(c, Math.Max(s, t)) > best && best < 2)
                        {
                            (commas, semicolons, tabs, best) = (c, s, t, Math.Max(c, Math.Max(s, t)));
                        }

                        (c, s, t) = (0, 0, 0);
                        lines++;
                        break;
                }
            }
        }

        if (tabs > commas && tabs > semicolons)
        {
            return '\t';
        }

        return semicolons > commas ? ';' : ',';
    }

    private sealed class Session(SurveyReadOptions options, char delimiter)
    {
        private readonly List<SurveyDiagnostic> _diagnostics = [];
        private readonly List<Participant> _participants = [];
        private readonly List<int> _lines = [];
        private readonly Dictionary<string, int> _idLines = new(StringComparer.OrdinalIgnoreCase);
        private ColumnMapping? _mapping;
        private string[] _headers = [];
        private int _line;
        private string[] _record = [];
        private bool _rowHasError;
        private bool[] _sensitive = [];
        private bool _rowShifted;
        private (int Line, int Field)? _unterminatedQuote;
        private int _lastLine;
        private readonly List<RejectedRow> _rejected = [];
        private readonly HashSet<int> _warnedBlankHeader = [];

        // Rows with more fields than the header whose extra fields are empty, and how many rows have each surplus:
        // decided at the end, when the file's own convention (a trailing delimiter on every row, or none) is known.
        private readonly List<(int Participant, int Line, int Surplus)> _surplusRows = [];
        private readonly Dictionary<int, int> _surplusCounts = [];

        // Survey answers repeat a lot (a few dozen distinct skills, zones, schedules), so each distinct text is parsed once.
        private readonly Dictionary<string, IReadOnlySet<string>> _tagCache = new(StringComparer.Ordinal);
        private readonly Dictionary<string, IReadOnlySet<string>> _canonicalTagCache = new(StringComparer.Ordinal);
        private readonly Dictionary<string, IReadOnlySet<string>> _languageCache = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (bool Ok, DateTimeZone? Zone, string? Note)> _zoneCache = new(StringComparer.Ordinal);
        private readonly Dictionary<(string Text, DateTimeZone Zone), (WeeklyAvailability Value, IReadOnlyList<string> Bad)> _availabilityCache = new();
        private readonly Dictionary<string, Roles> _roleCache = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int?> _levelCache = new(StringComparer.Ordinal);
        private Dictionary<string, string>? _availabilityWords;
        private readonly List<string> _rowProblems = [];
        private LocalDate _programStart = options.ProgramStart;
        private LocalDate? _lastAnswer;

        // When the program starts the Monday after the last answer, that day is known only at the end of the file:
        // rows are read as they come, their availability against the given start, and each participant's answer is
        // converted again at the end if the start moved (only the conversion to UTC depends on it).
        private int _timestampColumn = -1;
        private (string Text, DateTimeZone Zone)? _rowAvailability;
        private readonly List<(int Participant, string Text, DateTimeZone Zone)> _availabilityToConvert = [];
        private LevelScale? _levels;
        private ColumnMapping? _headerColumns;

        public SurveyReadResult Run(string text)
        {
            var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
            {
                Delimiter = delimiter.ToString(),
                HasHeaderRecord = false,
                IgnoreBlankLines = true,
                MaxFieldSize = Math.Max(options.MaxFieldLength, 1) * 4.0,

                // Survey answers repeat (roles, languages, zones, schedules): a repeated field is one string, not one per row.
                CacheFields = true,
            };

            // The records are split on another thread while this one reads the rows (see RecordFeed).
            using var feed = new RecordFeed(text, configuration);
            _unterminatedQuote = FindUnterminatedQuote(text, delimiter);
            int rows = 0;

            // The header is decided on the first rows (title rows above it are skipped) and a sample of answers, so
            // records are buffered until then.
            var buffer = new List<(int Line, int LastLine, string[] Record)>();
            bool headerDone = false, headerFailed = false;
            int bufferAt = 0;
            while (true)
            {
                (int Line, int LastLine, string[] Record) next;
                if (headerDone && bufferAt < buffer.Count)
                {
                    next = buffer[bufferAt++];
                }
                else if (feed.TryNext(out FeedItem item))
                {
                    foreach (var (line, message) in item.Warnings ?? [])
                    {
                        AddFileWarning(line, message);
                    }

                    if (item.Error is { } error)
                    {
                        Add(DiagnosticSeverity.Error, item.LastLine, 0, null, null, error);
                    }

                    if (item.Record is null)
                    {
                        continue;
                    }

                    next = (item.Line, item.LastLine, item.Record);

                    if (!headerDone)
                    {
                        buffer.Add(next);
                        if (buffer.Count < TitleRowsLookahead + HeaderInference.SampleRows)
                        {
                            continue;
                        }

                        headerDone = true;
                        headerFailed = !DecideHeader(buffer, ref bufferAt);
                        continue;
                    }
                }
                else if (!headerDone && buffer.Count > 0)
                {
                    headerDone = true;
                    headerFailed = !DecideHeader(buffer, ref bufferAt);
                    continue;
                }
                else
                {
                    break;
                }

                (_line, _lastLine, _record) = next;
                NoteAnswerDay();
                if (headerFailed)
                {
                    rows++;
                    continue;
                }

                if (rows == options.MaxRows)
                {
                    Add(DiagnosticSeverity.Error, _line, 0, null, null, $"the file has more than {options.MaxRows:N0} rows, the configured limit; the rest was not read");
                    break;
                }

                rows++;
                ReadRow();
            }

            if (!headerDone && !_diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                Add(DiagnosticSeverity.Error, 0, 0, null, null, "the file is empty: expected a header row and one row per participant");
            }
            else if (_mapping is not null && rows == 0)
            {
                Add(DiagnosticSeverity.Error, _line, 0, null, null, "the file has a header but no answers");
            }

            ConvertAvailabilityForProgramStart();
            RejectShiftedRows();

            // Errors are listed by line, then column (file-wide problems first); the sort is stable.
            var sorted = _diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column).ToList();
            return new SurveyReadResult(_participants, _lines, sorted, _mapping, delimiter, rows, _rejected, _programStart, _lastAnswer) { HeaderColumns = _headerColumns };
        }

        /// <summary>How many leading rows may be a title above the header.</summary>
        private const int TitleRowsLookahead = 5;

        /// <summary>
        /// Skips title rows (a single filled cell above a wider row), reads the header and infers the mapping from it and
        /// the buffered answers; sets <paramref name="next"/> to the first data row. False when the header is unusable.
        /// </summary>
        private bool DecideHeader(List<(int Line, int LastLine, string[] Record)> buffer, ref int next)
        {
            static int Filled(string[] record) => record.Count(v => !string.IsNullOrWhiteSpace(v));
            int header = 0;
            while (header < Math.Min(TitleRowsLookahead, buffer.Count - 1) && Filled(buffer[header].Record) <= 1
                && buffer.Skip(header + 1).Take(TitleRowsLookahead).Any(b => Filled(b.Record) >= 3))
            {
                Add(DiagnosticSeverity.Warning, buffer[header].Line, 0, null, null, "read as a title above the header and skipped");
                header++;
            }

            (_line, _lastLine, _record) = buffer[header];
            next = header + 1;
            var sample = buffer.Skip(header + 1).Take(HeaderInference.SampleRows).Select(b => (IReadOnlyList<string>)b.Record).ToList();
            ReadHeader(sample);
            if (_mapping is null)
            {
                return false;
            }

            if (options.ProgramStartFromAnswers && _mapping.ColumnOf(SurveyField.Timestamp) is int column and >= 0)
            {
                _timestampColumn = column;
            }

            ChooseLevelScale(sample);
            return true;
        }

        /// <summary>Keeps the latest answer day of the current record (every record after the header, read or not).</summary>
        private void NoteAnswerDay()
        {
            if (_timestampColumn >= 0 && _timestampColumn < _record.Length && TimestampParser.TryParse(_record[_timestampColumn], out LocalDate day)
                && (_lastAnswer is null || day > _lastAnswer))
            {
                _lastAnswer = day;
            }
        }

        /// <summary>
        /// Sets the program start to the Monday after the last answer, when it comes from the answers, and converts
        /// again every availability read against the earlier start (the same answers, other UTC hours across a
        /// change of daylight saving time).
        /// </summary>
        private void ConvertAvailabilityForProgramStart()
        {
            if (_timestampColumn < 0 || _lastAnswer is not LocalDate last)
            {
                return;
            }

            _programStart = TimestampParser.MondayAfter(last);
            if (_programStart == options.ProgramStart)
            {
                return;
            }

            var converted = new Dictionary<(string Text, DateTimeZone Zone), WeeklyAvailability>();
            foreach (var (participant, text, zone) in _availabilityToConvert)
            {
                if (!converted.TryGetValue((text, zone), out WeeklyAvailability value))
                {
                    converted[(text, zone)] = value = AvailabilityParser.Parse(text, zone, _programStart, AvailabilityWords(), out _);
                }

                _participants[participant] = _participants[participant] with { Availability = value };
            }
        }

        /// <summary>Finds a quoted field that is never closed (its line and 0-based field), which would swallow the rest of the file.</summary>
        private static (int Line, int Field)? FindUnterminatedQuote(string text, char delimiter)
        {
            int line = 1, field = 0, openLine = 0, openField = 0;
            bool quoted = false, atFieldStart = true;
            for (int i = 0; i < text.Length; i++)
            {
                char ch = text[i];
                if (quoted)
                {
                    if (ch == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            i++;
                        }
                        else
                        {
                            quoted = false;
                        }
                    }
                    else if (ch == '\n')
                    {
                        line++;
                    }

                    continue;
                }

                if (ch == '"' && atFieldStart)
                {
                    (quoted, openLine, openField) = (true, line, field);
                }
                else if (ch == delimiter)
                {
                    field++;
                    atFieldStart = true;
                    continue;
                }
                else if (ch == '\n')
                {
                    (line, field) = (line + 1, 0);
                    atFieldStart = true;
                    continue;
                }

                atFieldStart = ch == '\r' && atFieldStart;
            }

            return quoted ? (openLine, openField) : null;
        }

        private void ReadHeader(IReadOnlyList<IReadOnlyList<string>> sample)
        {
            if (_record.Length > options.MaxColumns)
            {
                Add(DiagnosticSeverity.Error, _line, 0, null, null, $"header problem: the header has {_record.Length:N0} columns; at most {options.MaxColumns:N0} are supported");
                _mapping = null;
                return;
            }

            _headers = [.. _record.Select(h => h.Trim())];
            ColumnMapping mapping = options.Mapping is { Columns.Count: > 0 } explicitMapping
                ? Resolve(explicitMapping)
                : HeaderInference.Infer(_headers, sample);
            _headerColumns = mapping;
            _sensitive = [.. Enumerable.Range(0, _headers.Length).Select(c =>
                c == mapping.ColumnOf(SurveyField.Identity) || c == mapping.ColumnOf(SurveyField.AffinityOptIn)
                || (options.Mapping?.SensitiveColumns.Any(h => HeaderInference.Normalize(h) == HeaderInference.Normalize(_headers[c])) ?? false))];
            var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (int c = 0; c < _headers.Length; c++)
            {
                if (_headers[c].Length > 0 && !seen.TryAdd(_headers[c], c))
                {
                    Add(DiagnosticSeverity.Warning, _line, c + 1, _headers[c], null, $"duplicate header: the same text as column {seen[_headers[c]] + 1}");
                }
            }

            bool ok = _diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error) == 0;
            if (!mapping.Has(SurveyField.Role) && options.DefaultRole is null)
            {
                int likely = mapping.RoleCandidate >= 0 ? mapping.RoleCandidate : HeaderInference.MostLikely(mapping, SurveyField.Role, sample);
                string hint = likely >= 0
                    ? $"; the most likely column is {likely + 1} ('{Shorten(_headers[likely])}'): add \"Role\": \"{_headers[likely].Replace("\"", "\\\"", StringComparison.Ordinal)}\" to the columns of a mapping file (match init writes one)"
                    : "; map the role column in a mapping file (match init writes one), or pass --mentors/--mentees files";
                Add(DiagnosticSeverity.Error, _line, 0, null, null, "header problem: no column tells whether each person is a mentor, a mentee or both (expected answers such as Mentor, Mentee, Both)" + hint);
                ok = false;
            }

            if (!mapping.Has(SurveyField.Name) && !mapping.Has(SurveyField.FirstName) && !mapping.Has(SurveyField.Email))
            {
                Add(DiagnosticSeverity.Error, _line, 0, null, null, "header problem: no column with names or email addresses (expected a header such as 'Name', 'Full name', 'E-Mail', or answers such as name@example.org)");
                ok = false;
            }

            _mapping = ok ? mapping : null;
        }

        private ColumnMapping Resolve(SurveyMapping explicitMapping)
        {
            var columns = new Dictionary<SurveyField, int>();
            foreach (var (field, header) in explicitMapping.Columns)
            {
                string wanted = HeaderInference.Normalize(header);
                int column = Array.FindIndex(_headers, h => HeaderInference.Normalize(h) == wanted);
                if (column < 0)
                {
                    Add(DiagnosticSeverity.Error, _line, 0, null, null, $"header problem: the mapping names the column '{header}' for {field}, but the header has no such column");
                }
                else
                {
                    columns[field] = column;
                }
            }

            return new ColumnMapping(_headers, columns);
        }

        /// <summary>
        /// Rejects the accepted rows with more (empty) fields than the file's usual row: an unquoted delimiter inside an
        /// answer shifted every answer after it one column to the right, so an identity or free-text answer may now sit
        /// in a column that outputs show. A surplus shared by most rows is the export's trailing delimiter and is kept.
        /// </summary>
        private void RejectShiftedRows()
        {
            if (_surplusRows.Count == 0)
            {
                return;
            }

            int usual = _surplusCounts.OrderByDescending(p => p.Value).ThenBy(p => p.Key).First().Key;
            var rejected = new HashSet<int>();
            foreach (var (participant, line, surplus) in _surplusRows)
            {
                if (surplus <= usual)
                {
                    continue;
                }

                rejected.Add(participant);
                string message = $"the row has {_headers.Length + surplus} fields, {surplus} more than the header's {_headers.Length}: an answer probably contains an unquoted '{delimiter}' that shifted the answers after it into other columns; put that answer in double quotes (or remove the extra '{delimiter}' at the end of the line)";
                Add(DiagnosticSeverity.Error, line, _headers.Length + 1, null, null, message);
                _rejected.Add(new RejectedRow(line, Enumerable.Repeat(string.Empty, _headers.Length + surplus).ToArray(), [message]));
            }

            if (rejected.Count == 0)
            {
                return;
            }

            var participants = new List<Participant>(_participants.Count - rejected.Count);
            var lines = new List<int>(participants.Capacity);
            for (int p = 0; p < _participants.Count; p++)
            {
                if (!rejected.Contains(p))
                {
                    participants.Add(_participants[p]);
                    lines.Add(_lines[p]);
                }
            }

            _participants.Clear();
            _participants.AddRange(participants);
            _lines.Clear();
            _lines.AddRange(lines);
            _rejected.Sort((a, b) => a.Line.CompareTo(b.Line));
        }

        private void ReadRow()
        {
            // Privacy: when the row's field count differs from the header's, an unquoted delimiter may have pushed an
            // identity or free-text answer into any column, so every cell of the row counts as sensitive.
            _rowShifted = _record.Length != _headers.Length;
            int surplus = Math.Max(0, _record.Length - _headers.Length);
            _surplusCounts[surplus] = _surplusCounts.GetValueOrDefault(surplus) + 1;
            _rowHasError = false;
            _rowProblems.Clear();
            _rowAvailability = null;
            ColumnMapping mapping = _mapping!;
            if (_unterminatedQuote is var (quoteLine, quoteField) && quoteLine >= _line && quoteLine <= _lastLine)
            {
                Error(quoteField, $"a quote opened on line {quoteLine} is never closed, so the rest of the file was read as this one answer");
            }

            for (int c = 0; c < Math.Min(_record.Length, _headers.Length); c++)
            {
                if (_record[c].Length > options.MaxFieldLength)
                {
                    Error(c, $"the answer is {_record[c].Length:N0} characters long; at most {options.MaxFieldLength:N0} are accepted");
                    _record[c] = string.Empty;
                }
            }

            for (int c = 0; c < Math.Min(_record.Length, _headers.Length); c++)
            {
                if (_headers[c].Length == 0 && _record[c].Trim().Length > 0 && _warnedBlankHeader.Add(c))
                {
                    Warning(c, "this column has answers but no header, so it is not used; give it a header (or map it) if it matters");
                }
            }

            for (int c = _headers.Length; c < _record.Length; c++)
            {
                if (!string.IsNullOrWhiteSpace(_record[c]))
                {
                    Error(c, $"the row has an answer in column {c + 1}, beyond the {_headers.Length} columns of the header");
                    break;
                }
            }

            string name = Value(SurveyField.Name, mapping);
            if (name.Length == 0)
            {
                name = string.Join(' ', new[] { Value(SurveyField.FirstName, mapping), Value(SurveyField.LastName, mapping) }.Where(s => s.Length > 0));
            }

            string email = Value(SurveyField.Email, mapping);
            if (email.Length > 0 && (!email.Contains('@', StringComparison.Ordinal) || email.Contains(' ', StringComparison.Ordinal)))
            {
                Error(mapping.ColumnOf(SurveyField.Email), "not an email address: expected name@example.org");
            }

            if (name.Length == 0 && email.Length == 0)
            {
                Error(mapping.ColumnOf(mapping.Has(SurveyField.Name) ? SurveyField.Name : SurveyField.FirstName), "missing name: expected a name or an email address");
            }

            string roleText = Value(SurveyField.Role, mapping);
            Roles roles = roleText.Length == 0 && options.DefaultRole is Roles fallback ? fallback : ParseRole(roleText);
            if (roles == Roles.None)
            {
                Error(mapping.ColumnOf(SurveyField.Role), roleText.Length == 0
                    ? "missing role: expected Mentor, Mentee or Both (Mentor:in, Mentee, Beides)"
                    : "unknown role: expected Mentor, Mentee or Both (Mentor:in, Mentee, Beides)");
            }

            int capacity = ReadCapacity(mapping, roles);
            DateTimeZone? zone = ReadTimeZone(mapping);
            WeeklyAvailability availability = ReadAvailability(mapping, zone);
            double? years = ReadYears(mapping);
            int? level = mapping.Has(SurveyField.CareerLevel) ? ReadCareerLevel(mapping) : LevelFromYears(years);

            string? frequency = ReadFrequency(mapping);
            bool wantsAffinity = ReadYesNo(mapping, SurveyField.AffinityOptIn);
            if (mapping.Has(SurveyField.AlsoOtherRole) && ValueParsers.ParseYesNo(Value(SurveyField.AlsoOtherRole, mapping)) is null)
            {
                Soft(mapping.ColumnOf(SurveyField.AlsoOtherRole), "expected yes or no (ja oder nein); read as no");
            }
            string manager = Value(SurveyField.Manager, mapping);
            if (manager.Length > 0 && !manager.Contains('@', StringComparison.Ordinal))
            {
                Error(mapping.ColumnOf(SurveyField.Manager), "not an email address: expected the manager's email, such as name@example.org");
            }

            string id = Value(SurveyField.Id, mapping);
            if (id.Length == 0)
            {
                id = email.Length > 0 ? email.ToLowerInvariant() : $"{name} (line {_line})";
            }

            if (_idLines.TryGetValue(id, out int firstLine))
            {
                int column = mapping.Has(SurveyField.Id) ? mapping.ColumnOf(SurveyField.Id) : mapping.ColumnOf(SurveyField.Email);
                Error(column, $"duplicate participant: the same {(mapping.Has(SurveyField.Id) ? "id" : "email")} as line {firstLine}");
            }

            if (_rowHasError)
            {
                string[] fields = [.. _record.Select((value, c) => _rowShifted || (c < _sensitive.Length && _sensitive[c]) ? string.Empty : value)];
                _rejected.Add(new RejectedRow(_line, fields, [.. _rowProblems]));
                return;
            }

            _idLines[id] = _line;
            if (_record.Length > _headers.Length)
            {
                _surplusRows.Add((_participants.Count, _line, _record.Length - _headers.Length));
            }

            _lines.Add(_line);
            if (_timestampColumn >= 0 && _rowAvailability is var (availabilityText, availabilityZone))
            {
                _availabilityToConvert.Add((_participants.Count, availabilityText, availabilityZone));
            }

            _participants.Add(new Participant
            {
                Id = id,
                Name = name.Length > 0 ? name : email,
                Email = email.Length > 0 ? email : null,
                Roles = roles,
                SkillsOffered = Skills(SurveyField.SkillsOffered, mapping, roles.HasFlag(Roles.Mentor)),
                SkillsWanted = Skills(SurveyField.SkillsWanted, mapping, roles.HasFlag(Roles.Mentee)),
                Goals = Tags(Value(SurveyField.Goals, mapping), canonical: true),
                MeetingFormats = Tags(Value(SurveyField.MeetingFormat, mapping), canonical: false),
                Languages = Languages(Value(SurveyField.Languages, mapping)),
                Organisation = Value(SurveyField.Organisation, mapping) is { Length: > 0 } organisation ? organisation : null,
                TimeZone = zone?.Id,
                Availability = availability,
                CareerLevel = level,
                YearsOfExperience = years,
                Department = Value(SurveyField.Department, mapping) is { Length: > 0 } department ? department : null,
                Capacity = capacity,
                ManagerEmail = manager.Length > 0 ? manager : null,
                MeetingFrequency = frequency,
                WantsAffinity = wantsAffinity,
                Identity = ValueParsers.ParseTags(Value(SurveyField.Identity, mapping)),
                PreferredMentors = [.. ValueParsers.ParseOrderedTags(Value(SurveyField.MentorPreferences, mapping))],
                DeclinedMentees = ValueParsers.ParseTags(Value(SurveyField.Declines, mapping)),
            });
        }

        private IReadOnlySet<string> Tags(string text, bool canonical)
        {
            if (text.Length == 0)
            {
                return Core.Domain.Participant.EmptySet;
            }

            // Canonical and plain tags of the same text differ when synonyms apply, so each has its own cache.
            Dictionary<string, IReadOnlySet<string>> cache = canonical ? _canonicalTagCache : _tagCache;
            if (!cache.TryGetValue(text, out IReadOnlySet<string>? tags))
            {
                tags = ValueParsers.ParseTags(text);
                cache[text] = tags = canonical ? Canonical(tags) : Canonical(tags, options.Mapping?.FormatWords);
            }

            return tags;
        }

        private IReadOnlySet<string> Languages(string text)
        {
            if (!_languageCache.TryGetValue(text, out IReadOnlySet<string>? languages))
            {
                _languageCache[text] = languages = ValueParsers.ParseLanguages(options.Mapping is { Synonyms.Count: > 0 } ? string.Join(';', ValueParsers.ParseTags(text).Select(t => Word(t, null))) : text);
            }

            return languages;
        }

        private IReadOnlySet<string> Canonical(IReadOnlySet<string> tags, IReadOnlyDictionary<string, string>? words = null)
        {
            if (options.Mapping is not { } mapping || (mapping.Synonyms.Count == 0 && (words is null || words.Count == 0)) || tags.Count == 0)
            {
                return tags;
            }

            var canonical = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (string tag in tags)
            {
                canonical.Add(Word(tag, words));
            }

            return canonical;
        }

        /// <summary>Applies the mapping's own words for a field, else its synonyms, to a whole answer or item.</summary>
        private string Word(string text, IReadOnlyDictionary<string, string>? words)
        {
            if (options.Mapping is not { } mapping)
            {
                return text;
            }

            if (words is not null && words.TryGetValue(text, out string? own))
            {
                return own;
            }

            return mapping.Synonyms.TryGetValue(text, out string? synonym) ? synonym : text;
        }

        private Roles ParseRole(string text)
        {
            string word = Word(text, options.Mapping?.RoleWords);
            if (!_roleCache.TryGetValue(word, out Roles roles))
            {
                _roleCache[word] = roles = ValueParsers.ParseRole(word);
            }

            return roles;
        }

        /// <summary>
        /// Skills of a field. Where the survey asks neither offered nor wanted skills, one skills question for both roles
        /// answers it for the person's role, and failing that a profession counts as a skill offered (mentors) or wanted
        /// (mentees).
        /// </summary>
        private IReadOnlySet<string> Skills(SurveyField field, ColumnMapping mapping, bool inRole)
        {
            bool separate = mapping.Has(SurveyField.SkillsOffered) || mapping.Has(SurveyField.SkillsWanted);
            if (mapping.Has(field) || !inRole || separate)
            {
                return Tags(Value(field, mapping), canonical: true);
            }

            SurveyField shared = mapping.Has(SurveyField.Skills) ? SurveyField.Skills : SurveyField.Profession;
            return Tags(Value(shared, mapping), canonical: true);
        }

        private void ChooseLevelScale(IReadOnlyList<IReadOnlyList<string>> sample)
        {
            _levels = options.Mapping?.Levels;
            int column = _mapping!.ColumnOf(SurveyField.CareerLevel);
            if (_levels is not null || column < 0)
            {
                return;
            }

            var answers = sample.Select(r => column < r.Count ? r[column].Trim() : string.Empty).Where(v => v.Length > 0).ToList();
            if (answers.Count > 0 && answers.Count(v => LevelScale.CivilService.IndexOf(v) >= 0) >= 0.9 * answers.Count)
            {
                _levels = LevelScale.CivilService;
            }
        }

        /// <summary>A problem in a soft field: a warning (the item counts as unanswered), or an error with <see cref="SurveyReadOptions.Strict"/>.</summary>
        private void Soft(int column, string message)
        {
            if (_rowShifted)
            {
                // The row's fields are shifted, so the quoted answer may be another column's sensitive text.
                string? header = column >= 0 && column < _headers.Length ? _headers[column] : null;
                message = $"{header ?? "an answer"} not understood (this row has a different number of fields than the header)";
            }

            if (options.Strict)
            {
                Error(column, message);
            }
            else
            {
                Warning(column, message);
            }
        }

        private string? ReadFrequency(ColumnMapping mapping)
        {
            string text = Value(SurveyField.Frequency, mapping);
            if (text.Length == 0)
            {
                return null;
            }

            string? frequency = ValueParsers.ParseFrequency(Word(text, options.Mapping?.FrequencyWords));
            if (frequency is null)
            {
                Soft(mapping.ColumnOf(SurveyField.Frequency), $"meeting frequency '{Shorten(text)}' not understood; expected weekly, every two weeks, monthly or quarterly (wöchentlich, alle zwei Wochen, monatlich, vierteljährlich), or map it in vocabulary.frequencies");
            }

            return frequency;
        }

        private bool ReadYesNo(ColumnMapping mapping, SurveyField field)
        {
            string text = Value(field, mapping);
            bool? answer = ValueParsers.ParseYesNo(text);
            if (answer is null)
            {
                Error(mapping.ColumnOf(field), "expected yes or no (ja oder nein)");
            }

            return answer ?? false;
        }

        private int ReadCapacity(ColumnMapping mapping, Roles roles)
        {
            if (!roles.HasFlag(Roles.Mentor))
            {
                return 0;
            }

            string text = Value(SurveyField.Capacity, mapping);
            if (text.Length == 0)
            {
                if (mapping.Has(SurveyField.Capacity))
                {
                    Warning(mapping.ColumnOf(SurveyField.Capacity), "no capacity given for a mentor: assuming 1 mentee");
                }

                return 1;
            }

            if (!ValueParsers.TryParseCapacity(text, out int capacity))
            {
                Error(mapping.ColumnOf(SurveyField.Capacity), "invalid capacity: expected a whole number of mentees from 0 to 50");
            }

            return capacity;
        }

        private DateTimeZone? ReadTimeZone(ColumnMapping mapping)
        {
            string text = Value(SurveyField.TimeZone, mapping);
            if (text.Length == 0)
            {
                return null;
            }

            int column = mapping.ColumnOf(SurveyField.TimeZone);
            if (!_zoneCache.TryGetValue(text, out var parsed))
            {
                bool ok = TimeZoneParser.TryParse(text, out DateTimeZone? found, out string? ambiguity);
                _zoneCache[text] = parsed = (ok, found, ambiguity);
            }

            var (success, zone, note) = parsed;
            if (!success)
            {
                Error(column, "unknown time zone: expected an IANA id such as Europe/Berlin, an offset such as UTC+2 or GMT-5:30, or an abbreviation such as CET or EST");
                return null;
            }

            if (note is not null)
            {
                Warning(column, "ambiguous time zone: " + note);
            }

            return zone;
        }

        private WeeklyAvailability ReadAvailability(ColumnMapping mapping, DateTimeZone? zone)
        {
            string text = Value(SurveyField.Availability, mapping);
            if (text.Length == 0)
            {
                return WeeklyAvailability.None;
            }

            int column = mapping.ColumnOf(SurveyField.Availability);
            if (zone is null && mapping.Has(SurveyField.TimeZone) && Value(SurveyField.TimeZone, mapping).Length == 0)
            {
                Warning(column, "no time zone given: availability read as UTC");
            }

            var key = (text, zone ?? DateTimeZone.Utc);
            _rowAvailability = key;
            if (!_availabilityCache.TryGetValue(key, out var parsed))
            {
                WeeklyAvailability value = AvailabilityParser.Parse(text, key.Item2, _programStart, AvailabilityWords(), out IReadOnlyList<string> bad);
                _availabilityCache[key] = parsed = (value, bad);
            }

            var (availability, badItems) = parsed;
            foreach (string bad in badItems)
            {
                // Soft never quotes the answer of a shifted row (it may be another column's sensitive text).
                Soft(column, $"availability '{Shorten(bad)}' not understood; add a time of day (such as '{Shorten(bad)} evenings' or 'Sat 10-12') or map it in synonyms");
            }

            return availability;
        }

        private int? ReadCareerLevel(ColumnMapping mapping)
        {
            string text = Value(SurveyField.CareerLevel, mapping);
            if (text.Length == 0)
            {
                return null;
            }

            string word = Word(text, null);
            if (_levels is not null)
            {
                int step = _levels.IndexOf(word);
                if (step < 0)
                {
                    Soft(mapping.ColumnOf(SurveyField.CareerLevel), $"career level '{Shorten(text)}' is not on the program's scale ({string.Join(" < ", _levels.Steps)}); read as unanswered");
                    return null;
                }

                return step;
            }

            if (!_levelCache.TryGetValue(word, out int? level))
            {
                _levelCache[word] = level = ValueParsers.ParseCareerLevel(word);
            }

            if (level is null)
            {
                Soft(mapping.ColumnOf(SurveyField.CareerLevel), $"career level '{Shorten(text)}' not understood; expected Student, Junior, Mid-level, Senior, Lead or Executive (or Praktikum, Berufseinstieg, Erfahren, Senior, Führungskraft, Geschäftsführung), or list the program's scale in vocabulary.levels");
            }

            return level;
        }

        /// <summary>Where the survey asks no career level, years of experience place people on the built-in ladder (0 student … 5 executive).</summary>
        private static int? LevelFromYears(double? years) => years switch
        {
            null => null,
            < 1 => 0,
            < 3 => 1,
            < 6 => 2,
            < 10 => 3,
            < 15 => 4,
            _ => 5,
        };

        private Dictionary<string, string>? AvailabilityWords()
        {
            if (options.Mapping is not { } mapping || (mapping.Synonyms.Count == 0 && mapping.AvailabilityWords.Count == 0))
            {
                return null;
            }

            if (_availabilityWords is null)
            {
                _availabilityWords = new Dictionary<string, string>(mapping.Synonyms, StringComparer.OrdinalIgnoreCase);
                foreach (var (word, meaning) in mapping.AvailabilityWords)
                {
                    _availabilityWords[word] = meaning;
                }
            }

            return _availabilityWords;
        }

        private double? ReadYears(ColumnMapping mapping)
        {
            string text = Value(SurveyField.YearsOfExperience, mapping);
            if (text.Length == 0)
            {
                return null;
            }

            if (!ValueParsers.TryParseNumber(text, out double years) || years < 0 || years > 80)
            {
                Soft(mapping.ColumnOf(SurveyField.YearsOfExperience), "years of experience not understood: expected a number from 0 to 80, such as 4 or 3.5 (3,5); read as unanswered");
                return null;
            }

            return years;
        }

        private string Value(SurveyField field, ColumnMapping mapping)
        {
            int column = mapping.ColumnOf(field);
            return column >= 0 && column < _record.Length ? _record[column].Trim() : string.Empty;
        }

        private void Error(int column, string message)
        {
            _rowHasError = true;
            string? header = column >= 0 && column < _headers.Length ? _headers[column] : null;
            _rowProblems.Add(header is null ? message : $"{header}: {message}");
            AddAt(DiagnosticSeverity.Error, column, message);
        }

        private void Warning(int column, string message) => AddAt(DiagnosticSeverity.Warning, column, message);

        private void AddAt(DiagnosticSeverity severity, int column, string message)
        {
            string? header = column >= 0 && column < _headers.Length ? _headers[column] : null;
            bool sensitive = _rowShifted || (column >= 0 && column < _sensitive.Length && _sensitive[column]);
            string? value = column >= 0 && column < _record.Length && !sensitive ? _record[column] : null;
            Add(severity, _line, column + 1, header, value, message);
        }

        private void AddFileWarning(int line, string message) => Add(DiagnosticSeverity.Warning, line, 0, null, null, message);

        private void Add(DiagnosticSeverity severity, int line, int column, string? header, string? value, string message) =>
            _diagnostics.Add(new SurveyDiagnostic(severity, options.FileName, line, column, header, value, message));

        private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";
    }
}
