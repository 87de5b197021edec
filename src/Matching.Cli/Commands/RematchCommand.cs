// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.CommandLine;
using System.Globalization;
using Matching.Core.Problem;
using Matching.Core.Results;
using Matching.Core.Rounds;
using Matching.IO.Output;

namespace Matching.Cli.Commands;

/// <summary><c>match rematch survey.csv --active matches.csv --ended ended.csv</c>: places only the people whose pair ended (and newcomers), keeping every running pair.</summary>
internal sealed class RematchCommand : Command
{
    private readonly CliConsole _console;

    public RematchCommand(CliConsole console)
        : base("rematch", "Rematch a running program after some pairs ended: running pairs are kept (or moved only when the gain exceeds --disruption-cost per moved pair), an ended pair is never proposed again, and freed places go first to the mentees whose pair ended. Writes changes.csv beside matches.csv, unmatched.csv and mentors.csv.\n\nExamples:\n  match rematch survey.csv --active round1/matches.csv --ended ended.csv --out round1b\n  match rematch survey.csv --active matches.csv --ended ended.csv --disruption-cost 15")
    {
        _console = console;
        Inputs.AddTo(this);
        Rounds.AddTo(this, history: false, incomplete: false);
        Add(ActiveOption);
        Add(EndedOption);
        Add(DisruptionOption);
        Add(PenaltyOption);
        Add(OutOption);
        SetAction((parseResult, cancellationToken) => Task.FromResult(Execute(parseResult, cancellationToken)));
    }

    internal ProgramInputs Inputs { get; } = new();

    internal RoundInputs Rounds { get; } = new();

    internal Option<FileInfo> ActiveOption { get; } = new("--active") { Description = "The running pairs: the matches.csv of the current round.", Required = true };

    internal Option<FileInfo?> EndedOption { get; } = new("--ended") { Description = "The pairs that ended (Mentee and Mentor columns)." };

    internal Option<double?> DisruptionOption { get; } = new("--disruption-cost")
    {
        Description = "Score points a running pair is worth keeping: it moves only when the matching gains more than this per moved pair. Default: running pairs never move.",
    };

    internal Option<double?> PenaltyOption { get; } = new("--unmatched-penalty")
    {
        Description = "Score points given up per mentee left unmatched (also what matching one more mentee gains against the disruption cost). Default: coverage first.",
    };

    internal Option<DirectoryInfo> OutOption { get; } = new("--out", "-o")
    {
        Description = "Folder for matches.csv, unmatched.csv, mentors.csv and changes.csv.",
        DefaultValueFactory = _ => new DirectoryInfo("match-rematch"),
    };

    private int Execute(ParseResult parseResult, CancellationToken cancellationToken)
    {
        double? disruption = parseResult.GetValue(DisruptionOption);
        double? penalty = parseResult.GetValue(PenaltyOption);
        if (disruption is < 0 or > 1_000_000 || (disruption is double d && !double.IsFinite(d)))
        {
            _console.Error.WriteLine("--disruption-cost: expected a number of score points from 0 to 1,000,000.");
            return ExitCode.InvalidInput;
        }

        LoadedProgram? program = Inputs.LoadUsable(_console, parseResult, quiet: true);
        if (program is null || !ProgramInputs.IsValidPenalty(_console, penalty))
        {
            return ExitCode.InvalidInput;
        }

        var active = RoundInputs.ReadPairs(_console, parseResult.GetValue(ActiveOption)!);
        var ended = parseResult.GetValue(EndedOption) is { } endedFile ? RoundInputs.ReadPairs(_console, endedFile) : [];
        RoundInputs.Loaded? rounds = Rounds.Load(_console, parseResult, program.Participants, program.Mapping?.Scoring);
        if (active is null || ended is null || rounds is null)
        {
            return ExitCode.InvalidInput;
        }

        MatchingProblem problem = MatchingProblem.Create(program.Participants, program.Mapping?.Scoring, cancellationToken);
        RematchResult rematch;
        try
        {
            rematch = Rematch.Solve(problem, active, ended, new RematchOptions { DisruptionCost = disruption }, program.MatchingOptions(penalty), rounds.Plan, cancellationToken);
        }
        catch (ArgumentException e)
        {
            _console.Error.WriteLine($"error: {e.Message.Split(" (Parameter", 2)[0]} Nothing was written.");
            return ExitCode.InvalidInput;
        }

        MatchingResult result = rematch.Result;
        if (result.Status != MatchingStatus.Optimal)
        {
            _console.Error.WriteLine($"{program.FileNames}: no rematch satisfies every rule: {result.Message}. Nothing was written.");
            return ExitCode.Infeasible;
        }

        DirectoryInfo output = parseResult.GetValue(OutOption)!;
        var writer = new ResultCsvWriter();
        bool written = AtomicOutput.TryWriteAll(_console, output, files =>
        {
            files.Write("matches.csv", w => writer.WriteMatches(w, result));
            files.Write("unmatched.csv", w => writer.WriteUnmatched(w, result));
            files.Write("mentors.csv", w => writer.WriteMentorLoads(w, result));
            files.Write("changes.csv", w => new RoundCsvWriter().WriteChanges(w, rematch.Changes));
        });
        if (!written)
        {
            return ExitCode.InvalidInput;
        }

        int Count(PairChangeKind kind) => rematch.Changes.Count(c => c.Kind == kind);
        _console.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Rematch: {Count(PairChangeKind.Kept)} kept, {Count(PairChangeKind.Moved)} moved, {Count(PairChangeKind.New)} new, {Count(PairChangeKind.StillUnmatched)} still unmatched. Written to {output.FullName}."));
        return ExitCode.Success;
    }
}
