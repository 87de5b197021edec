// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.CommandLine;
using System.Globalization;
using Matching.Core.Problem;
using Matching.Core.Results;
using Matching.Core.Rounds;
using Matching.Core.Shortlists;
using Matching.IO.Output;
using Spectre.Console;

namespace Matching.Cli.Commands;

/// <summary><c>match place survey.csv --active matches.csv --person EMAIL</c>: the always-on directory, one newcomer at a time.</summary>
internal sealed class PlaceCommand : Command
{
    private readonly CliConsole _console;

    public PlaceCommand(CliConsole console)
        : base("place", "Place one newcomer now with the best compatible mentor who has room (running pairs count against capacity and are never changed), or show a shortlist.\n\nExamples:\n  match place survey.csv --active matches.csv --person ana@example.org\n  match place survey.csv --active matches.csv --person ana@example.org --shortlist --k 5\n  match place survey.csv --active matches.csv --person ana@example.org --out next")
    {
        _console = console;
        Inputs.AddTo(this);
        Rounds.AddTo(this, incomplete: false);
        Add(ActiveOption);
        Add(PersonOption);
        Add(ShortlistOption);
        Add(SizeOption);
        Add(OutOption);
        Add(LanguageOption);
        SetAction((parseResult, cancellationToken) => Task.FromResult(Execute(parseResult, cancellationToken)));
    }

    internal ProgramInputs Inputs { get; } = new();

    internal RoundInputs Rounds { get; } = new();

    internal Option<FileInfo?> ActiveOption { get; } = new("--active") { Description = "The running pairs (a matches.csv); they count against capacity and never change." };

    internal Option<string> PersonOption { get; } = new("--person") { Description = "The newcomer (email, id or name) to place.", Required = true };

    internal Option<bool> ShortlistOption { get; } = new("--shortlist") { Description = "Only list the mentors with room; place nobody." };

    internal Option<int> SizeOption { get; } = new("--k") { Description = "Alternatives to list besides the placement.", DefaultValueFactory = _ => 3 };

    internal Option<DirectoryInfo?> OutOption { get; } = new("--out", "-o") { Description = "Write the running pairs plus the new one (matches.csv, unmatched.csv, mentors.csv) to this folder." };

    internal Option<string> LanguageOption { get; } = Cli.LanguageOption.Create();

    private int Execute(ParseResult parseResult, CancellationToken cancellationToken)
    {
        int k = parseResult.GetValue(SizeOption);
        if (k is < 0 or > 50)
        {
            _console.Error.WriteLine("--k must be 0–50.");
            return ExitCode.InvalidInput;
        }

        LoadedProgram? program = Inputs.LoadUsable(_console, parseResult, quiet: true);
        if (program is null)
        {
            return ExitCode.InvalidInput;
        }

        var active = parseResult.GetValue(ActiveOption) is { } file ? RoundInputs.ReadPairs(_console, file) : [];
        RoundInputs.Loaded? rounds = Rounds.Load(_console, parseResult, program.Participants, program.Mapping?.Scoring);
        if (active is null || rounds is null)
        {
            return ExitCode.InvalidInput;
        }

        MatchingProblem problem = MatchingProblem.Create(program.Participants, program.Mapping?.Scoring, cancellationToken);
        var language = Cli.LanguageOption.Read(parseResult, LanguageOption);
        string person = parseResult.GetValue(PersonOption)!;
        Placement placement;
        try
        {
            placement = DirectoryPlacement.Place(problem, active, person, rounds.Plan, k, language);
        }
        catch (ArgumentException)
        {
            _console.Error.WriteLine($"error: no mentee is named '{person}' (use an email, id or name from the survey).");
            return ExitCode.InvalidInput;
        }

        bool listOnly = parseResult.GetValue(ShortlistOption);
        if (placement.Placed is not { } placed)
        {
            _console.Out.WriteLine($"{placement.Person.Name}: nobody to offer: {placement.Reason}.");
            return ExitCode.Success;
        }

        IReadOnlyList<ShortlistEntry> entries = [placed, .. placement.Alternatives];
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(listOnly ? $"Mentors with room for {placement.Person.Name}" : $"{placement.Person.Name} placed with {placed.Mentor.Name}"));
        table.AddColumn("Mentor");
        table.AddColumn(new TableColumn("Score").RightAligned());
        table.AddColumn("Why");
        foreach (ShortlistEntry entry in entries)
        {
            string name = !listOnly && ReferenceEquals(entry, placed) ? entry.Mentor.Name + " (placed)" : entry.Mentor.Name;
            table.AddRow(Markup.Escape(name), entry.Score.ToString("0.0", CultureInfo.InvariantCulture), Markup.Escape(string.Join("; ", entry.Explanation.Reasons)));
        }

        _console.Ansi.Write(table);
        if (!listOnly && parseResult.GetValue(OutOption) is { } output)
        {
            var writer = new ResultCsvWriter();
            MatchingResult result = placement.Result;
            if (!AtomicOutput.TryWriteAll(_console, output, files =>
            {
                files.Write("matches.csv", w => writer.WriteMatches(w, result));
                files.Write("unmatched.csv", w => writer.WriteUnmatched(w, result));
                files.Write("mentors.csv", w => writer.WriteMentorLoads(w, result));
            }))
            {
                return ExitCode.InvalidInput;
            }

            _console.Error.WriteLine($"Wrote the running pairs plus the new one to {output.FullName}.");
        }

        return ExitCode.Success;
    }
}
