// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using Matching.Core.Domain;
using Matching.IO;
using Matching.IO.Survey;
using NodaTime;
using NodaTime.Text;

namespace Matching.Cli;

/// <summary>
/// The survey inputs shared by every command that reads a program: one survey file with a role column, or separate
/// <c>--mentors</c> and <c>--mentees</c> files; an optional mapping file; the program start.
/// </summary>
internal sealed class ProgramInputs
{
    public Argument<FileInfo?> SurveyArgument { get; } = new("survey")
    {
        Description = "The survey export (CSV from Google Forms, Microsoft Forms, Typeform or Excel; ',' ';' or tab separated).",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public Option<FileInfo?> MentorsOption { get; } = new("--mentors") { Description = "A separate file of mentors (instead of one survey with a role column)." };

    public Option<FileInfo?> MenteesOption { get; } = new("--mentees") { Description = "A separate file of mentees (instead of one survey with a role column)." };

    public Option<FileInfo?> MappingOption { get; } = new("--mapping", "-m") { Description = "Mapping file (JSON) from 'match init': columns, synonyms, scoring weights and rules." };

    public Option<FileInfo[]> ExcludePairsOption { get; } = new("--exclude-pairs")
    {
        Description = "A matches.csv of earlier rounds (or any CSV with Mentee and Mentor columns): these pairs are not formed again. Repeatable.",
    };

    public Option<FileInfo[]> KeepPairsOption { get; } = new("--keep-pairs")
    {
        Description = "A CSV of pairs that continue (Mentee and Mentor columns): they are kept while everyone else is rematched. Repeatable.",
    };

    public Option<LocalDate?> StartOption { get; } = new("--start")
    {
        Description = "First day of the program (yyyy-MM-dd); availability is converted to UTC for that week. Default: the mapping's, else the Monday after the survey's last answer (its timestamps), else 2026-01-05.",
        CustomParser = result =>
        {
            string text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            ParseResult<LocalDate> parsed = LocalDatePattern.Iso.Parse(text);
            if (!parsed.Success)
            {
                result.AddError($"--start: '{text}' is not a date of the form yyyy-MM-dd.");
                return null;
            }

            return parsed.Value;
        },
    };

    public Option<bool> StrictOption { get; } = new("--strict")
    {
        Description = "Treat an unreadable answer in a soft field (availability, format, frequency, level, experience) as an error instead of a warning.",
    };

    public void AddTo(Command command)
    {
        command.Add(StrictOption);
        command.Add(SurveyArgument);
        command.Add(MentorsOption);
        command.Add(MenteesOption);
        command.Add(MappingOption);
        command.Add(StartOption);
        command.Add(ExcludePairsOption);
        command.Add(KeepPairsOption);
        command.Validators.Add(result =>
        {
            bool survey = result.GetValue(SurveyArgument) is not null;
            bool split = result.GetValue(MentorsOption) is not null || result.GetValue(MenteesOption) is not null;
            if (survey == split)
            {
                result.AddError("Give either one survey file, or --mentors and/or --mentees files.");
            }
        });
    }

    /// <summary>
    /// Reads the program and refuses it when any row has an error (unless <paramref name="skipInvalid"/> and the header
    /// is fine), saying so on stderr. Null means: exit with <see cref="ExitCode.InvalidInput"/>.
    /// </summary>
    public LoadedProgram? LoadUsable(CliConsole console, ParseResult parseResult, bool quiet, bool? skipInvalid = null)
    {
        LoadedProgram? program = Load(console, parseResult, quiet);
        if (program is null || !program.HasErrors || (skipInvalid == true && !program.HasHeaderErrors))
        {
            return program;
        }

        string hint = program.HasHeaderErrors || skipInvalid is null ? string.Empty : ", or rerun with --skip-invalid to use the valid rows only";
        string what = program.HasHeaderErrors ? "the header problem above (no row was read)" : "the rows above";
        console.Error.WriteLine($"{program.FileNames}: {program.ErrorCount} error(s); nothing was written. Fix {what}{hint}.");
        return null;
    }

    /// <summary>Checks an unmatched penalty given on the command line; false (reported) when out of range.</summary>
    public static bool IsValidPenalty(CliConsole console, double? penalty)
    {
        if (penalty is < 0 or > 1_000_000 || (penalty is double p && !double.IsFinite(p)))
        {
            console.Error.WriteLine("--unmatched-penalty: expected a number of score points from 0 to 1,000,000.");
            return false;
        }

        return true;
    }

    /// <summary>Reads the program; reports what was detected and every problem on stderr. Null when a file cannot be read at all.</summary>
    public LoadedProgram? Load(CliConsole console, ParseResult parseResult, bool quiet)
    {
        SurveyMapping? mapping = null;
        string? mappingHash = null;
        var hashes = new List<(string File, string Sha256)>();
        if (parseResult.GetValue(MappingOption) is { } mappingFile)
        {
            byte[]? bytes = ReadBytes(console, mappingFile);
            if (bytes is null)
            {
                return null;
            }

            mappingHash = Convert.ToHexStringLower(SHA256.HashData(bytes));
            string text = SurveyText.Decode(bytes).Text;

            var (parsed, problems) = MappingFile.Read(new StringReader(text), mappingFile.Name);
            foreach (SurveyDiagnostic problem in problems)
            {
                console.Error.WriteLine(problem.ToString());
            }

            if (parsed is null)
            {
                return null;
            }

            mapping = parsed;
        }

        LocalDate? given = parseResult.GetValue(StartOption) ?? mapping?.ProgramStart;
        bool strict = parseResult.GetValue(StrictOption);
        // One survey file without a given start: its reader takes the start from its own timestamps in the same pass.
        bool oneFile = parseResult.GetValue(MentorsOption) is null && parseResult.GetValue(MenteesOption) is null;
        bool startFromOwnAnswers = given is null && oneFile;
        LocalDate start = given ?? (oneFile ? null : StartFromAnswers(parseResult, mapping, console, quiet)) ?? SurveyReadOptions.DefaultProgramStart;
        var reads = new List<(FileInfo File, SurveyReadResult Result)>();
        if (parseResult.GetValue(SurveyArgument) is { } survey)
        {
            if (ReadSurvey(console, survey, mapping, null, start, quiet, hashes, strict, startFromOwnAnswers) is not { } result)
            {
                return null;
            }

            reads.Add((survey, result));
        }

        foreach (var (option, role) in new[] { (MentorsOption, Roles.Mentor), (MenteesOption, Roles.Mentee) })
        {
            if (parseResult.GetValue(option) is { } file)
            {
                if (ReadSurvey(console, file, mapping, role, start, quiet, hashes, strict) is not { } result)
                {
                    return null;
                }

                reads.Add((file, result));
            }
        }

        var excluded = new List<(string Mentee, string Mentor)>();
        var kept = new List<(string Mentee, string Mentor)>();
        foreach (var (option, into) in new[] { (ExcludePairsOption, excluded), (KeepPairsOption, kept) })
        {
            foreach (FileInfo file in parseResult.GetValue(option) ?? [])
            {
                if (ReadBytes(console, file) is not { } bytes)
                {
                    return null;
                }

                hashes.Add((file.Name, Convert.ToHexStringLower(SHA256.HashData(bytes))));
                var (pairs, problems) = PairListReader.Read(new StringReader(SurveyText.Decode(bytes).Text), file.Name);
                foreach (SurveyDiagnostic problem in problems)
                {
                    console.Error.WriteLine(problem.ToString());
                }

                if (problems.Any(p => p.Severity == DiagnosticSeverity.Error))
                {
                    return null;
                }

                into.AddRange(pairs);
            }
        }

        if (startFromOwnAnswers && reads.Count == 1)
        {
            start = reads[0].Result.ProgramStart;
        }

        return new LoadedProgram(reads, Merge(reads, console), mapping, hashes, mappingHash, start) { ExcludedPairs = excluded, KeptPairs = kept };
    }

    /// <summary>
    /// The Monday after the last answer of all survey files (their timestamp columns), said on stderr; null when no
    /// file has timestamps. Only the header and the timestamp column matter here, so problems are left to the real read.
    /// </summary>
    private LocalDate? StartFromAnswers(ParseResult parseResult, SurveyMapping? mapping, CliConsole console, bool quiet)
    {
        LocalDate? last = null;
        var files = new[] { (parseResult.GetValue(SurveyArgument), (Roles?)null), (parseResult.GetValue(MentorsOption), Roles.Mentor), (parseResult.GetValue(MenteesOption), Roles.Mentee) };
        foreach (var (file, role) in files)
        {
            if (file is null || !file.Exists || file.Length > MaxFileBytes)
            {
                continue;
            }

            try
            {
                string text = SurveyText.Decode(File.ReadAllBytes(file.FullName)).Text;
                var options = new SurveyReadOptions { FileName = file.Name, Mapping = mapping, DefaultRole = role, ProgramStartFromAnswers = true };
                if (SurveyReader.Read(new StringReader(text), options).LastAnswer is LocalDate day && (last is null || day > last))
                {
                    last = day;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Reported by the real read.
            }
        }

        if (last is not LocalDate lastAnswer)
        {
            return null;
        }

        LocalDate start = lastAnswer.Next(IsoDayOfWeek.Monday);
        if (!quiet)
        {
            console.Error.WriteLine(StartMessage(start, lastAnswer));
        }

        return start;
    }

    private static string StartMessage(LocalDate start, LocalDate lastAnswer) =>
        string.Create(CultureInfo.InvariantCulture, $"Program start: {start:yyyy-MM-dd}, the Monday after the last answer ({lastAnswer:yyyy-MM-dd}); pass --start to change it.");

    private static SurveyReadResult? ReadSurvey(CliConsole console, FileInfo file, SurveyMapping? mapping, Roles? role, LocalDate start, bool quiet, List<(string File, string Sha256)> hashes, bool strict, bool startFromAnswers = false)
    {
        if (ReadBytes(console, file) is not { } bytes)
        {
            return null;
        }

        hashes.Add((file.Name, Convert.ToHexStringLower(SHA256.HashData(bytes))));

        var (text, encoding) = SurveyText.Decode(bytes);
        var options = new SurveyReadOptions { FileName = file.Name, ProgramStart = start, Mapping = mapping, DefaultRole = role, Strict = strict, ProgramStartFromAnswers = startFromAnswers };
        SurveyReadResult result = SurveyReader.Read(new StringReader(text), options);
        if (!quiet && startFromAnswers && result.LastAnswer is LocalDate lastAnswer)
        {
            console.Error.WriteLine(StartMessage(result.ProgramStart, lastAnswer));
        }

        if (!quiet)
        {
            string delimiter = result.Delimiter switch { '\t' => "tab", ';' => "';'", _ => "','" };
            console.Error.WriteLine($"Read {file.Name}: {result.RowCount} rows, {encoding}, {delimiter}-separated.");
            if (result.Mapping is { } columns)
            {
                console.Error.WriteLine(mapping is { Columns.Count: > 0 } ? "Columns (from the mapping file):" : "Inferred columns (header text → field):");
                foreach (var (field, column) in columns.Fields)
                {
                    string sure = columns.Guesses.TryGetValue(field, out ColumnGuess? guess) ? string.Create(CultureInfo.InvariantCulture, $" ({guess.Confidence:P0}, {guess.Evidence})") : string.Empty;
                    console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {column + 1,3}. {Shorten(columns.Headers[column])} → {field}{sure}"));
                }

                foreach (int column in columns.UnmappedColumns)
                {
                    console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {column + 1,3}. {Shorten(columns.Headers[column])} → (not used)"));
                }
            }
        }

        foreach (string line in DiagnosticGroups.Format(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error || !quiet)))
        {
            console.Error.WriteLine(line);
        }

        return result;
    }

    /// <summary>Joins separate mentor and mentee files: someone in both (same id) takes both roles.</summary>
    private static List<Participant> Merge(List<(FileInfo File, SurveyReadResult Result)> reads, CliConsole console)
    {
        var merged = new List<Participant>();
        var byId = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (file, result) in reads)
        {
            foreach (Participant p in result.Participants)
            {
                if (!byId.TryGetValue(p.Id, out int at))
                {
                    byId[p.Id] = merged.Count;
                    merged.Add(p);
                    continue;
                }

                Participant first = merged[at];
                if ((first.Roles & p.Roles) != 0)
                {
                    console.Error.WriteLine($"{file.Name}: warning: {p.Id} appears twice with the same role; the first answer is used");
                    continue;
                }

                Participant mentor = first.Roles.HasFlag(Roles.Mentor) ? first : p;
                Participant mentee = ReferenceEquals(mentor, first) ? p : first;
                // A record copy: every field not named here is the mentor's answer, so no field is ever dropped.
                merged[at] = mentor with
                {
                    Roles = Roles.Both,
                    SkillsWanted = mentee.SkillsWanted,
                    Goals = mentee.Goals.Count > 0 ? mentee.Goals : mentor.Goals,
                    CareerLevel = mentor.CareerLevel ?? mentee.CareerLevel,
                    YearsOfExperience = mentor.YearsOfExperience ?? mentee.YearsOfExperience,
                    Department = mentor.Department ?? mentee.Department,
                    Organisation = mentor.Organisation ?? mentee.Organisation,
                    ManagerEmail = mentor.ManagerEmail ?? mentee.ManagerEmail,
                    MeetingFrequency = mentor.MeetingFrequency ?? mentee.MeetingFrequency,
                    WantsAffinity = mentee.WantsAffinity,
                    Identity = mentee.Identity.Count > 0 ? mentee.Identity : mentor.Identity,
                    PreferredMentors = mentee.PreferredMentors,
                };
            }
        }

        return merged;
    }

    /// <summary>The largest input file accepted (a survey of several million rows); larger files are refused before reading.</summary>
    internal const long MaxFileBytes = 512L * 1024 * 1024;

    private static byte[]? ReadBytes(CliConsole console, FileInfo file)
    {
        try
        {
            if (file.Exists && file.Length > MaxFileBytes)
            {
                console.Error.WriteLine($"{file.Name}: error: the file is {file.Length / (1024 * 1024)} MiB; at most {MaxFileBytes / (1024 * 1024)} MiB are accepted");
                return null;
            }

            return BoundedRead.ReadAllBytes(file.FullName, MaxFileBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"{file.Name}: error: cannot read the file: {e.Message}");
            return null;
        }
    }

    private static string Shorten(string text) => text.Length <= 70 ? $"'{text}'" : $"'{text[..67]}...'";
}
