// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Matching.Core;
using Matching.Core.Problem;
using Matching.Core.Results;
using Matching.IO;
using Matching.IO.Output;
using Matching.IO.Survey;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;

namespace Matching.Cli.Commands;

/// <summary><c>match run survey.csv</c>: reads a survey, matches optimally, writes the match list, the unmatched and a summary.</summary>
internal sealed class RunCommand : Command
{
    private readonly CliConsole _console;

    public RunCommand(CliConsole console)
        : base("run", "Match mentees with mentors from a survey export and write the results.")
    {
        _console = console;
        Add(SurveyArgument);
        Add(OutOption);
        Add(StartOption);
        Add(PenaltyOption);
        Add(SkipInvalidOption);
        Add(ExcelOption);
        Add(QuietOption);
        SetAction((parseResult, cancellationToken) => Task.FromResult(Execute(parseResult, cancellationToken)));
    }

    internal Argument<FileInfo> SurveyArgument { get; } = new("survey")
    {
        Description = "The survey export (CSV from Google Forms, Microsoft Forms, Typeform or Excel; ',' ';' or tab separated).",
    };

    internal Option<DirectoryInfo> OutOption { get; } = new("--out", "-o")
    {
        Description = "Folder for matches.csv, unmatched.csv, mentors.csv.",
        DefaultValueFactory = _ => new DirectoryInfo("match-results"),
    };

    internal Option<LocalDate> StartOption { get; } = new("--start")
    {
        Description = "First day of the program (yyyy-MM-dd); availability is converted to UTC for that week. Default 2026-01-05.",
        DefaultValueFactory = _ => SurveyReadOptions.DefaultProgramStart,
        CustomParser = result =>
        {
            string text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            ParseResult<LocalDate> parsed = LocalDatePattern.Iso.Parse(text);
            if (!parsed.Success)
            {
                result.AddError($"--start: '{text}' is not a date of the form yyyy-MM-dd.");
                return default;
            }

            return parsed.Value;
        },
    };

    internal Option<double?> PenaltyOption { get; } = new("--unmatched-penalty")
    {
        Description = "Score points (0-100 scale) given up per mentee left unmatched. Default: match as many people as possible first, then maximize the total score.",
    };

    internal Option<bool> SkipInvalidOption { get; } = new("--skip-invalid")
    {
        Description = "Match the valid rows even if some rows have errors (they are listed in rejected.csv).",
    };

    internal Option<bool> ExcelOption { get; } = new("--excel")
    {
        Description = "Write CSV for German Excel: ';' separator, decimal comma, UTF-8 with BOM.",
    };

    internal Option<bool> QuietOption { get; } = new("--quiet", "-q")
    {
        Description = "Print only errors and the summary.",
    };

    private int Execute(ParseResult parseResult, CancellationToken cancellationToken)
    {
        FileInfo survey = parseResult.GetValue(SurveyArgument)!;
        DirectoryInfo output = parseResult.GetValue(OutOption)!;
        bool quiet = parseResult.GetValue(QuietOption);
        double? penalty = parseResult.GetValue(PenaltyOption);
        if (penalty is < 0 or > 1_000_000 || (penalty is double p && !double.IsFinite(p)))
        {
            _console.Error.WriteLine("--unmatched-penalty: expected a number of score points from 0 to 1,000,000.");
            return ExitCode.InvalidInput;
        }

        SurveyReadResult? read = SurveyLoader.Load(_console, survey, parseResult.GetValue(StartOption), quiet);
        if (read is null)
        {
            return ExitCode.InvalidInput;
        }

        bool skipInvalid = parseResult.GetValue(SkipInvalidOption);
        if (read.HasErrors && (!skipInvalid || read.Mapping is null))
        {
            int errors = read.Errors.Count();
            _console.Error.WriteLine($"{survey.Name}: {errors} error(s); nothing was written. Fix the rows above{(read.Mapping is null ? string.Empty : ", or rerun with --skip-invalid to match the valid rows only")}.");
            return ExitCode.InvalidInput;
        }

        var clock = Stopwatch.StartNew();
        MatchingProblem problem = MatchingProblem.Create(read.Participants, cancellationToken: cancellationToken);
        TimeSpan scoring = clock.Elapsed;
        var engine = new MatchingEngine(new MatchingOptions { UnmatchedPenalty = penalty });
        MatchingResult result = engine.Solve(problem, cancellationToken);
        TimeSpan solving = clock.Elapsed - scoring;
        if (result.Status == MatchingStatus.Infeasible)
        {
            _console.Error.WriteLine($"{survey.Name}: no matching satisfies every rule: {result.Message}. Nothing was written.");
            return ExitCode.Infeasible;
        }

        if (result.Certificate is { IsOptimal: false } certificate)
        {
            _console.Error.WriteLine($"internal error: the solver's answer failed its optimality check: {certificate}. Nothing was written.");
            return ExitCode.InternalError;
        }

        bool excel = parseResult.GetValue(ExcelOption);
        var writer = new ResultCsvWriter { ForExcelGerman = excel };
        using (var files = new AtomicOutput(output))
        {
            files.Write("matches.csv", w => writer.WriteMatches(w, result), excel);
            files.Write("unmatched.csv", w => writer.WriteUnmatched(w, result), excel);
            files.Write("mentors.csv", w => writer.WriteMentorLoads(w, result), excel);
            if (read.HasErrors)
            {
                files.Write("rejected.csv", w => WriteRejected(w, read), excel);
            }

            files.Commit();
        }

        PrintSummary(problem, result, read, output, scoring, solving);
        return ExitCode.Success;
    }

    private static void WriteRejected(TextWriter writer, SurveyReadResult read)
    {
        writer.WriteLine("Line,Column,Problem");
        foreach (SurveyDiagnostic error in read.Errors)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{error.Line},{error.Column},\"{error.Message.Replace("\"", "\"\"", StringComparison.Ordinal)}\""));
        }
    }

    private void PrintSummary(MatchingProblem problem, MatchingResult result, SurveyReadResult read, DirectoryInfo output, TimeSpan scoring, TimeSpan solving)
    {
        int mentees = problem.Mentees.Count;
        int matched = result.Matches.Count;
        int capacity = result.MentorLoads.Sum(l => l.Capacity);
        var table = new Table().Border(TableBorder.Rounded).Title("Matching summary").HideHeaders();
        table.AddColumn("");
        table.AddColumn(new TableColumn("").RightAligned());
        table.AddRow("Participants", Invariant($"{problem.Participants.Count} ({mentees} mentees, {problem.Mentors.Count} mentors)"));
        if (read.HasErrors)
        {
            table.AddRow("Rows rejected", Invariant($"{read.Errors.Select(e => e.Line).Distinct().Count()} (see rejected.csv)"));
        }

        table.AddRow("Mentor places", Invariant($"{capacity}"));
        table.AddRow("Matched mentees", Invariant($"{matched} of {mentees} ({(mentees == 0 ? 0 : 100.0 * matched / mentees):0.#}%)"));
        table.AddRow("Unmatched mentees", Invariant($"{mentees - matched}"));
        if (matched > 0)
        {
            table.AddRow("Score mean / min / max", Invariant($"{result.MeanScore:0.0} / {result.Matches.Min(m => m.Score):0.0} / {result.Matches.Max(m => m.Score):0.0}"));
        }

        table.AddRow("Optimality", Markup.Escape(result.Certificate?.ToString() ?? "n/a"));
        table.AddRow("Time (scoring + solving)", Invariant($"{scoring.TotalMilliseconds:0} ms + {solving.TotalMilliseconds:0} ms"));
        table.AddRow("Written to", Markup.Escape(output.FullName));
        _console.Ansi.Write(table);
    }

    private static string Invariant(FormattableString text) => Markup.Escape(text.ToString(CultureInfo.InvariantCulture));
}
