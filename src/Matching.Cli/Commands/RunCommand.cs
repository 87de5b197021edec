// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Matching.Core;
using Matching.Core.Problem;
using Matching.Core.Results;
using Matching.Core.Rounds;
using Matching.Core.Text;
using Matching.IO.Output;
using Spectre.Console;

namespace Matching.Cli.Commands;

/// <summary><c>match run survey.csv</c>: reads a survey, matches optimally, writes the match list, the unmatched and a summary.</summary>
internal sealed class RunCommand : Command
{
    private readonly CliConsole _console;

    public RunCommand(CliConsole console)
        : base("run", "Match mentees with mentors from a survey export and write the results.\n\nExamples:\n  match run survey.csv\n  match run survey.csv --mapping mapping.json --out results --lang de\n  match run --mentors mentors.csv --mentees mentees.csv\n  match run peers.csv --model peer [--strategy stable]")
    {
        _console = console;
        Inputs.AddTo(this);
        Rounds.AddTo(this);
        Add(OutOption);
        Add(PenaltyOption);
        Add(SkipInvalidOption);
        Add(ExcelOption);
        Add(LanguageOption);
        Add(FormatOption);
        Add(RedactOption);
        Add(ThreadsOption);
        Add(QuietOption);
        Add(ModelOption);
        Add(StrategyOption);
        People.AddTo(this);
        Groups.AddTo(this);
        SetAction((parseResult, cancellationToken) => Task.FromResult(Execute(parseResult, cancellationToken)));
    }

    internal ProgramInputs Inputs { get; } = new();

    internal RoundInputs Rounds { get; } = new();

    internal PersonOutputs People { get; } = new();
    internal GroupProgram Groups { get; } = new();

    internal Option<DirectoryInfo> OutOption { get; } = new("--out", "-o")
    {
        Description = "Folder for matches.csv, unmatched.csv, mentors.csv, summary.json and report.html.",
        DefaultValueFactory = _ => new DirectoryInfo("match-results"),
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

    internal Option<string> LanguageOption { get; } = Cli.LanguageOption.Create();

    internal Option<string> FormatOption { get; } = new Option<string>("--format")
    {
        Description = "csv (default): the CSV files, summary.json and report.html; json: also result.json with every match, criterion and reason for apps.",
        DefaultValueFactory = _ => "csv",
    }.AcceptOnlyFromAmong("csv", "json");

    internal Option<bool> RedactOption { get; } = new("--redact")
    {
        Description = "Replace names and emails with stable pseudonyms in every output, for sharing with analysts.",
    };

    internal Option<int?> ThreadsOption { get; } = new("--threads")
    {
        Description = "Most cores to use for scoring (default: all). Outputs are byte-identical for any value.",
    };

    internal Option<bool> QuietOption { get; } = new("--quiet", "-q")
    {
        Description = "Print only errors and the summary.",
    };

    internal Option<string> ModelOption { get; } = PeerProgram.CreateModelOption();

    internal Option<string> StrategyOption { get; } = new Option<string>("--strategy")
    {
        Description = "With --model peer: optimal (exact, blossom; default), stable (stable roommates), greedy or random; pods: optimal or greedy; circles: optimal, stable or greedy. One-to-one always runs optimal.",
        DefaultValueFactory = _ => "optimal",
    }.AcceptOnlyFromAmong("optimal", "stable", "greedy", "random");

    private int Execute(ParseResult parseResult, CancellationToken cancellationToken)
    {
        DirectoryInfo output = parseResult.GetValue(OutOption)!;
        bool quiet = parseResult.GetValue(QuietOption);
        if (parseResult.GetValue(RedactOption)) { _console.Redact(); }
        LoadedProgram? program = Inputs.LoadUsable(_console, parseResult, quiet, parseResult.GetValue(SkipInvalidOption));
        double? penalty = parseResult.GetValue(PenaltyOption) ?? program?.Mapping?.UnmatchedPenalty;
        if (program is null || !ProgramInputs.IsValidPenalty(_console, penalty))
        {
            return ExitCode.InvalidInput;
        }

        RoundInputs.Loaded? rounds = Rounds.Load(_console, parseResult, program.Participants, program.Mapping?.Scoring);
        if (rounds is null)
        {
            return ExitCode.InvalidInput;
        }

        RoundReport.WarnIncomplete(_console, rounds, quiet);

        if (parseResult.GetValue(ModelOption) is "pods" or "circles")
        {
            string groupModel = parseResult.GetValue(ModelOption)!;
            MatchingOptions groupOptions = program.MatchingOptions(penalty, parseResult.GetValue(LanguageOption) == "de" ? ExplanationLanguage.German : ExplanationLanguage.English);
            if (rounds.ChangesMatching)
            {
                groupOptions = rounds.Plan.ToMatchingOptions(groupOptions, program.Participants.Where(p => p.Roles.HasFlag(Core.Domain.Roles.Mentor)).Select(p => p.Id));
            }

            return Groups.Create(_console, parseResult, groupModel, program) is { } model
                ? GroupProgram.Run(_console, program, model, groupOptions, parseResult.GetValue(StrategyOption)!, output, parseResult.GetValue(ExcelOption), parseResult.GetValue(RedactOption), quiet, cancellationToken, TextCatalog.For(Cli.LanguageOption.Read(parseResult, LanguageOption)))
                : ExitCode.InvalidInput;
        }

        if (parseResult.GetValue(ModelOption) == "peer")
        {
            var peerLanguage = Cli.LanguageOption.Read(parseResult, LanguageOption);
            bool peerExcel = parseResult.GetValue(ExcelOption);
            var peerWriter = new ResultCsvWriter { ForExcelGerman = peerExcel, Text = TextCatalog.For(peerLanguage), Redactor = parseResult.GetValue(RedactOption) ? Redactor.Pseudonyms : Redactor.None };
            MatchingOptions peerOptions = program.MatchingOptions(penalty, peerLanguage);
            if (rounds.ChangesMatching)
            {
                // Everyone in a peer pool can be on either side: a repeat is a repeat in either direction.
                peerOptions = rounds.Plan.ToMatchingOptions(peerOptions, program.Participants.Select(p => p.Id));
            }

            PersonOutputs.Settings peerPeople = People.From(parseResult, Core.Text.TextCatalog.For(peerLanguage), peerWriter.Redactor, peerExcel);
            return peerPeople.IsValid(_console, output)
                ? PeerProgram.Run(_console, program, peerOptions, parseResult.GetValue(StrategyOption)!, output, peerWriter, peerExcel, quiet, cancellationToken, peerPeople)
                : ExitCode.InvalidInput;
        }

        if (parseResult.GetValue(StrategyOption) != "optimal")
        {
            _console.Error.WriteLine("--strategy: only --model peer offers strategies in run; use `match compare` for one-to-one strategies.");
            return ExitCode.InvalidInput;
        }

        var clock = Stopwatch.StartNew();
        int? threads = parseResult.GetValue(ThreadsOption);
        if (threads is < 1)
        {
            _console.Error.WriteLine("--threads: expected a whole number ≥ 1.");
            return ExitCode.InvalidInput;
        }

        long pairs = (long)program.Participants.Count(p => p.Roles.HasFlag(Core.Domain.Roles.Mentee)) * program.Participants.Count(p => p.Roles.HasFlag(Core.Domain.Roles.Mentor));
        // Beyond a million pairs, each mentee's best mentors are found by score bounds and the rest priced (optimal
        // over all pairs either way): faster and smaller than scoring every pair.
        int? kept = pairs > MatchingDefaults.PricedFromPairs ? MatchingProblem.DefaultCandidatesPerMentee : null;
        string step = kept is int k
            ? $"Finding each mentee's {k} best mentors among {pairs:N0} pairs"
            : $"Scoring {pairs:N0} pairs";
        MatchingProblem problem = _console.Step(
            step,
            quiet,
            () => MatchingProblem.Create(program.Participants, program.Mapping?.Scoring, cancellationToken, threads, kept));
        TimeSpan scoring = clock.Elapsed;
        var language = Cli.LanguageOption.Read(parseResult, LanguageOption);
        // Earlier rounds, feedback and incomplete profiles reach the engine through its inputs (see RoundPlan.ToMatchingOptions).
        MatchingOptions matchingOptions = program.MatchingOptions(penalty, language);
        if (rounds.ChangesMatching)
        {
            matchingOptions = rounds.Plan.ToMatchingOptions(matchingOptions, program.Participants.Where(p => p.Roles.HasFlag(Core.Domain.Roles.Mentor)).Select(p => p.Id));
        }

        var engine = new MatchingEngine(matchingOptions);
        MatchingResult result;
        try
        {
            result = _console.Step("Solving the assignment exactly", quiet, () => engine.Solve(problem, cancellationToken));
        }
        catch (ArgumentException e)
        {
            // A locked pair in the mapping names someone who is not in the survey.
            _console.Error.WriteLine($"{program.FileNames}: error: {e.Message.Split(" (Parameter", 2)[0]} Nothing was written.");
            return ExitCode.InvalidInput;
        }

        TimeSpan solving = clock.Elapsed - scoring;
        if (result.Status == MatchingStatus.Infeasible)
        {
            _console.Error.WriteLine($"{program.FileNames}: no matching satisfies every rule: {result.Message}. Nothing was written.");
            return ExitCode.Infeasible;
        }

        if (result.Certificate is { IsOptimal: false } certificate)
        {
            _console.Error.WriteLine($"internal error: the solver's answer failed its optimality check: {certificate}. Nothing was written.");
            return ExitCode.InternalError;
        }

        bool excel = parseResult.GetValue(ExcelOption);
        Redactor redactor = parseResult.GetValue(RedactOption) ? Redactor.Pseudonyms : Redactor.None;
        var writer = new ResultCsvWriter { ForExcelGerman = excel, Redactor = redactor, Text = TextCatalog.For(language) };
        var json = new JsonResultWriter { Redactor = redactor };
        PersonOutputs.Settings people = People.From(parseResult, TextCatalog.For(language), redactor, excel);
        if (!people.IsValid(_console, output))
        {
            return ExitCode.InvalidInput;
        }

        MatchingSummary summary = MatchingSummary.From(problem, result);
        var run = new RunInfo(
            CliApp.Version,
            [.. program.InputHashes, .. rounds.Hashes],
            program.MappingSha256,
            [
                ("programStart", program.ProgramStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                ("unmatchedPenalty", penalty?.ToString(CultureInfo.InvariantCulture) ?? "coverage first"),
                ("language", parseResult.GetValue(LanguageOption)!),
                ("redacted", redactor.IsRedacting ? "yes" : "no"),
            ],
            Seed: null);
        bool written = AtomicOutput.TryWriteAll(_console, output, files =>
        {
            // The files are independent: written at once, on every core.
            List<OutputFile> set =
            [
                new("matches.csv", w => writer.WriteMatches(w, result), excel),
                new("unmatched.csv", w => writer.WriteUnmatched(w, result), excel),
                new("mentors.csv", w => writer.WriteMentorLoads(w, result), excel),
                new("summary.json", w => json.WriteSummary(w, result, summary, run)),
                people.CsvFile(Core.Models.OneToOneModel.FromEngine(result), problem.Participants),
                new("report.html", w => new HtmlReportWriter { Redactor = redactor, Text = TextCatalog.For(language), Participants = problem.Participants }.Write(w, result, summary, run)),
            ];
            if (parseResult.GetValue(FormatOption) == "json")
            {
                set.Add(new("result.json", w => json.WriteResult(w, result, summary, run)));
            }

            if (rounds.Rounds.Count > 0)
            {
                set.Add(new("rounds.csv", w => RoundReport.WriteRounds(w, RoundFairness.Of(program.Participants, [.. rounds.Rounds, RoundFairness.FromResult("this round", result)]))));
            }

            foreach (var (file, read) in program.Reads.Where(r => r.Result.Rejected.Count > 0 && !redactor.IsRedacting))
            {
                string name = program.Reads.Count == 1 ? "rejected.csv" : $"rejected-{Path.GetFileNameWithoutExtension(file.Name)}.csv";
                set.Add(new(name, w => writer.WriteRejected(w, read.Mapping!.Headers, read.Rejected), excel));
            }

            files.WriteAll(set);
        });
        if (!written || !people.TryWriteLetters(_console, Core.Models.OneToOneModel.FromEngine(result), problem.Participants))
        {
            return ExitCode.InvalidInput;
        }

        PrintSummary(problem, result, program, output, scoring, solving);
        if (rounds.Rounds.Count > 0)
        {
            RoundReport.PrintFairness(_console, RoundFairness.Of(program.Participants, [.. rounds.Rounds, RoundFairness.FromResult("this round", result)]));
        }

        return ExitCode.Success;
    }

    private void PrintSummary(MatchingProblem problem, MatchingResult result, LoadedProgram program, DirectoryInfo output, TimeSpan scoring, TimeSpan solving)
    {
        int mentees = problem.Mentees.Count;
        int matched = result.Matches.Count;
        int capacity = result.MentorLoads.Sum(l => l.Capacity);
        var table = new Table().Border(TableBorder.Rounded).Title("Matching summary").HideHeaders();
        table.AddColumn(string.Empty);
        table.AddColumn(new TableColumn(string.Empty).RightAligned());
        table.AddRow("Participants", Invariant($"{problem.Participants.Count} ({mentees} mentees, {problem.Mentors.Count} mentors)"));
        int rejected = program.Reads.Sum(r => r.Result.Rejected.Count);
        if (rejected > 0)
        {
            table.AddRow("Rows rejected", _console.IsRedacting ? Invariant($"{rejected} (not written to a file with --redact; run 'match validate')") : Invariant($"{rejected} (see rejected*.csv)"));
        }

        table.AddRow("Mentor places", Invariant($"{capacity}"));
        table.AddRow("Matched mentees", Invariant($"{matched} of {mentees} ({(mentees == 0 ? 0 : 100.0 * matched / mentees):0.#}%)"));
        table.AddRow("Unmatched mentees", Invariant($"{mentees - matched}"));
        if (matched > 0)
        {
            table.AddRow("Score mean / min / max", Invariant($"{result.MeanScore:0.0} / {result.Matches.Min(m => m.Score):0.0} / {result.Matches.Max(m => m.Score):0.0}"));
        }

        string optimality = result.Certificate?.ToString() ?? "n/a";
        if (result.CandidatesPerMentee is int kept)
        {
            optimality += string.Create(CultureInfo.InvariantCulture, $"; among each mentee's {kept} best mentors");
        }

        if (result.PricingRounds > 0)
        {
            optimality += string.Create(CultureInfo.InvariantCulture, $"; over all pairs: {result.PricedPairs:N0} left-out pairs priced by score bounds in {result.PricingRounds} rounds, {result.PricingScoredPairs:N0} scored");
        }
        else if (result.PricedPairs > 0)
        {
            optimality += string.Create(CultureInfo.InvariantCulture, $"; {result.PricedPairs:N0} left-out pairs priced");
        }

        table.AddRow("Optimality", Markup.Escape(optimality));
        table.AddRow("Time (scoring + solving)", Invariant($"{scoring.TotalMilliseconds:0} ms + {solving.TotalMilliseconds:0} ms"));
        table.AddRow("Written to", Markup.Escape(output.FullName));
        _console.Ansi.Write(table);
    }

    private static string Invariant(FormattableString text) => Markup.Escape(text.ToString(CultureInfo.InvariantCulture));
}
