// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.CommandLine;
using System.Globalization;
using Matching.Core;
using Matching.Core.Problem;
using Matching.Core.Results;
using Matching.Core.Shortlists;
using Matching.IO.Output;
using Spectre.Console;

namespace Matching.Cli.Commands;

/// <summary><c>match suggest survey.csv</c>: shortlists of mentors for programs where mentees choose.</summary>
internal sealed class SuggestCommand : Command
{
    private readonly CliConsole _console;

    public SuggestCommand(CliConsole console)
        : base("suggest", "Suggest a shortlist of mentors to each mentee (for programs where mentees choose): diverse, capacity-aware, and always containing a choice that lets everyone be matched.\n\nExamples:\n  match suggest survey.csv --mentee ana@example.org\n  match suggest survey.csv --k 4 --out shortlists.csv")
    {
        _console = console;
        Inputs.AddTo(this);
        Add(MenteeOption);
        Add(SizeOption);
        Add(ExposureOption);
        Add(OutOption);
        Add(LanguageOption);
        Add(ActiveOption);
        SetAction((parseResult, cancellationToken) => Task.FromResult(Execute(parseResult, cancellationToken)));
    }

    internal ProgramInputs Inputs { get; } = new();

    internal Option<string?> MenteeOption { get; } = new("--mentee") { Description = "Show the shortlist of one mentee (email, id or name)." };

    internal Option<int> SizeOption { get; } = new("--k") { Description = "Mentors per shortlist.", DefaultValueFactory = _ => 3 };

    internal Option<double> ExposureOption { get; } = new("--exposure") { Description = "A mentor appears on at most capacity × this many shortlists.", DefaultValueFactory = _ => 3 };

    internal Option<FileInfo?> OutOption { get; } = new("--out", "-o") { Description = "Write all shortlists to this CSV file (default: stdout)." };

    internal Option<FileInfo?> ActiveOption { get; } = new("--active")
    {
        Description = "The running pairs (a matches.csv): they count against capacity, a mentor with no room left is never listed, and mentees who have a mentor get no list.",
    };

    internal Option<string> LanguageOption { get; } = Cli.LanguageOption.Create();

    private int Execute(ParseResult parseResult, CancellationToken cancellationToken)
    {
        int k = parseResult.GetValue(SizeOption);
        double exposure = parseResult.GetValue(ExposureOption);
        if (k < 1 || k > 50 || exposure < 1 || !double.IsFinite(exposure))
        {
            _console.Error.WriteLine("--k must be 1–50 and --exposure at least 1.");
            return ExitCode.InvalidInput;
        }

        LoadedProgram? program = Inputs.LoadUsable(_console, parseResult, quiet: true);
        if (program is null)
        {
            return ExitCode.InvalidInput;
        }

        IReadOnlyList<(string Mentee, string Mentor)> active = [];
        if (parseResult.GetValue(ActiveOption) is { } activeFile)
        {
            if (RoundInputs.ReadPairs(_console, activeFile) is not { } pairs)
            {
                return ExitCode.InvalidInput;
            }

            // A running pair with someone who left the program no longer takes a place.
            active = [.. pairs.Where(p => program.Participants.Any(x => x.IsNamedBy(p.Mentee)) && program.Participants.Any(x => x.IsNamedBy(p.Mentor)))];
        }

        MatchingProblem problem = MatchingProblem.Create(program.Participants, program.Mapping?.Scoring, cancellationToken);
        MatchingResult optimal;
        try
        {
            MatchingOptions options = program.MatchingOptions();
            optimal = new MatchingEngine(options with { LockedPairs = [.. options.LockedPairs, .. active] }).Solve(problem, cancellationToken);
        }
        catch (ArgumentException e)
        {
            _console.Error.WriteLine($"error: {e.Message.Split(" (Parameter", 2)[0]}");
            return ExitCode.InvalidInput;
        }

        if (optimal.Status != MatchingStatus.Optimal)
        {
            _console.Error.WriteLine($"no matching satisfies every rule: {optimal.Message}");
            return ExitCode.Infeasible;
        }

        var language = Cli.LanguageOption.Read(parseResult, LanguageOption);
        IReadOnlyList<Shortlist> lists = ShortlistBuilder.Build(problem, optimal, new ShortlistOptions { Size = k, ExposureFactor = exposure, ExcludedPairs = program.ExcludedPairs, ActivePairs = active }, language);
        if (parseResult.GetValue(MenteeOption) is { } who)
        {
            Shortlist? list = lists.FirstOrDefault(l => l.Mentee.IsNamedBy(who));
            if (list is null)
            {
                _console.Error.WriteLine($"error: no mentee is named '{who}' (use an email, id or name from the survey).");
                return ExitCode.InvalidInput;
            }

            var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape($"Mentors suggested to {list.Mentee.Name}"));
            table.AddColumn("Mentor");
            table.AddColumn(new TableColumn("Score").RightAligned());
            table.AddColumn("Why");
            foreach (ShortlistEntry entry in list.Options)
            {
                table.AddRow(Markup.Escape(entry.Mentor.Name), entry.Score.ToString("0.0", CultureInfo.InvariantCulture), Markup.Escape(string.Join("; ", entry.Explanation.Reasons)));
            }

            if (list.Options.Count > 0)
            {
                _console.Ansi.Write(table);
            }

            if (list.Note is { } note)
            {
                _console.Out.WriteLine($"{list.Mentee.Name}: {note}.");
            }

            return ExitCode.Success;
        }

        int empty = lists.Count(l => l.Options.Count == 0 && l.Note is not null && !l.Note.StartsWith("already", StringComparison.Ordinal));
        if (empty > 0)
        {
            _console.Error.WriteLine($"warning: {empty} mentee(s) have no mentor to suggest; the reason is in each one's row.");
        }

        if (parseResult.GetValue(OutOption) is { } file)
        {
            if (!AtomicOutput.TryWriteFile(_console, file, w => new ResultCsvWriter { Text = Core.Text.TextCatalog.For(language) }.WriteShortlists(w, lists)))
            {
                return ExitCode.InvalidInput;
            }

            _console.Error.WriteLine($"Wrote {lists.Count} shortlists to {file.FullName}.");
        }
        else
        {
            new ResultCsvWriter { Text = Core.Text.TextCatalog.For(language) }.WriteShortlists(_console.Out, lists);
        }

        return ExitCode.Success;
    }
}
