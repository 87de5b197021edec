// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.CommandLine;
using System.Globalization;
using Matching.IO.Output;
using Matching.Core;
using Matching.Core.Problem;
using Matching.Core.Strategies;
using Spectre.Console;

namespace Matching.Cli.Commands;

/// <summary>
/// <c>match compare survey.csv --strategies optimal,fair,stable,greedy,random</c>: matches one survey with several
/// strategies and reports the metrics side by side (table, comparison.csv, comparison.html).
/// </summary>
internal sealed class CompareCommand : Command
{
    /// <summary>The strategies compared when <c>--strategies</c> is not given.</summary>
    public const string DefaultStrategies = "optimal,fair,stable,greedy,random";

    private readonly CliConsole _console;

    public CompareCommand(CliConsole console)
        : base("compare", "Match a survey with several strategies and compare coverage, quality, fairness, stability and load.")
    {
        _console = console;
        Inputs.AddTo(this);
        Rounds.AddTo(this, incomplete: false);
        Add(StrategiesOption);
        Add(ModelOption);
        Groups.AddTo(this);
        Add(SeedOption);
        Add(OutOption);
        Add(PenaltyOption);
        Add(SkipInvalidOption);
        Add(QuietOption);
        Add(LanguageOption);
        SetAction((parseResult, cancellationToken) => Task.FromResult(Execute(parseResult, cancellationToken)));
    }

    internal ProgramInputs Inputs { get; } = new();

    internal RoundInputs Rounds { get; } = new();

    internal Option<string[]> StrategiesOption { get; } = new("--strategies", "-s")
    {
        Description = $"Comma-separated strategies: {string.Join(", ", MatchingStrategies.Names)}. Default {DefaultStrategies}.",
        DefaultValueFactory = _ => DefaultStrategies.Split(','),
        CustomParser = result =>
        {
            var names = new List<string>();
            foreach (var token in result.Tokens)
            {
                foreach (string part in token.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    string name = part.ToLowerInvariant();
                    if (!MatchingStrategies.Names.Contains(name))
                    {
                        result.AddError($"--strategies: unknown strategy '{part}'. Known: {string.Join(", ", MatchingStrategies.Names)}.");
                        return [];
                    }

                    if (!names.Contains(name))
                    {
                        names.Add(name);
                    }
                }
            }

            if (names.Count == 0)
            {
                result.AddError("--strategies: name at least one strategy.");
            }

            return [.. names];
        },
    };

    internal Option<int> SeedOption { get; } = new("--seed")
    {
        Description = "Seed for the random strategy. Default 1.",
        DefaultValueFactory = _ => 1,
    };

    internal Option<DirectoryInfo> OutOption { get; } = new("--out", "-o")
    {
        Description = "Folder for comparison.csv and comparison.html.",
        DefaultValueFactory = _ => new DirectoryInfo("match-comparison"),
    };

    internal Option<double?> PenaltyOption { get; } = new("--unmatched-penalty")
    {
        Description = "Unmatched penalty for the 'optimal' strategy, as for 'match run'. Default: coverage first.",
    };

    internal Option<bool> SkipInvalidOption { get; } = new("--skip-invalid")
    {
        Description = "Compare on the valid rows even if some rows have errors.",
    };

    internal Option<bool> QuietOption { get; } = new("--quiet", "-q")
    {
        Description = "Print only errors and the comparison table.",
    };

    internal Option<string> ModelOption { get; } = PeerProgram.CreateModelOption();

    internal Option<string> LanguageOption { get; } = Cli.LanguageOption.Create();
    internal GroupProgram Groups { get; } = new();

    private int Execute(ParseResult parseResult, CancellationToken cancellationToken)
    {
        Core.Text.TextCatalog text = Cli.LanguageOption.Text(parseResult, LanguageOption);
        DirectoryInfo output = parseResult.GetValue(OutOption)!;
        string[] strategies = parseResult.GetValue(StrategiesOption)!;
        int seed = parseResult.GetValue(SeedOption);
        bool quiet = parseResult.GetValue(QuietOption);
        LoadedProgram? program = Inputs.LoadUsable(_console, parseResult, quiet, parseResult.GetValue(SkipInvalidOption));
        double? penalty = parseResult.GetValue(PenaltyOption) ?? program?.Mapping?.UnmatchedPenalty;
        if (program is null || !ProgramInputs.IsValidPenalty(_console, penalty))
        {
            return ExitCode.InvalidInput;
        }

        // Earlier rounds and feedback apply to every strategy through the engine's inputs (see RoundPlan.ToMatchingOptions).
        if (Rounds.Load(_console, parseResult, program.Participants, program.Mapping?.Scoring) is not { } rounds)
        {
            return ExitCode.InvalidInput;
        }

        MatchingOptions options = rounds.Plan.ToMatchingOptions(
            program.MatchingOptions(penalty, text.Language),
            program.Participants.Where(p => p.Roles.HasFlag(Core.Domain.Roles.Mentor)).Select(p => p.Id));
        if (parseResult.GetValue(ModelOption) is "pods" or "circles")
        {
            string groupModel = parseResult.GetValue(ModelOption)!;
            string[] groupStrategies = parseResult.GetResult(StrategiesOption) is { Implicit: false } ? strategies : [.. GroupProgram.StrategiesOf(groupModel)];
            return Groups.Create(_console, parseResult, groupModel, program) is { } model
                ? GroupProgram.Compare(_console, program, model, options, groupStrategies, output, quiet, cancellationToken)
                : ExitCode.InvalidInput;
        }

        if (parseResult.GetValue(ModelOption) == "peer")
        {
            string[] peerStrategies = parseResult.GetResult(StrategiesOption) is { Implicit: false } ? strategies : ["optimal", "stable", "greedy", "random"];
            return PeerProgram.Compare(_console, program, options, peerStrategies, seed, output, quiet, cancellationToken);
        }

        MatchingProblem problem = MatchingProblem.Create(program.Participants, program.Mapping?.Scoring, cancellationToken);
        if (!problem.IsDense)
        {
            _console.Error.WriteLine($"{program.FileNames}: compare scores every pair, but this program has {(long)problem.Mentees.Count * problem.Mentors.Count:N0} pairs (more than {MatchingProblem.DensePairLimit:N0}); compare a sample of it instead.");
            return ExitCode.InvalidInput;
        }

        var rules = Core.Rules.ProgramRules.Create(problem, options);
        var rows = new List<MatchingMetrics>();
        foreach (string name in strategies)
        {
            if (!quiet)
            {
                _console.Error.WriteLine($"Running {name}...");
            }

            IMatchingStrategy strategy = MatchingStrategies.Create(name, seed, options);
            StrategyResult result = strategy.Solve(problem, cancellationToken);
            rows.Add(MatchingMetrics.Compute(rules, result));
        }

        var mentorNames = problem.Mentors.Select(j => problem.Participants[j].Name).ToArray();
        var capacities = problem.Mentors.Select(j => Math.Max(0, problem.Participants[j].Capacity)).ToArray();
        if (!AtomicOutput.TryWriteAll(_console, output, files =>
        {
            files.Write("comparison.csv", w => ComparisonCsv.Write(w, rows, text));
            files.Write("comparison.html", w => ComparisonHtml.Write(w, program.FileNames, rows, mentorNames, capacities, text));
        }))
        {
            return ExitCode.InvalidInput;
        }

        PrintTables(rows, problem, output, text);
        return ExitCode.Success;
    }

    private void PrintTables(List<MatchingMetrics> rows, MatchingProblem problem, DirectoryInfo output, Core.Text.TextCatalog text)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .Title(Markup.Escape(text.StrategiesOn(problem.Mentees.Count, problem.Mentors.Count)));
        table.AddColumn(Markup.Escape(text.StrategyLabel));
        foreach (string header in new[] { text.MatchedLabel, text.TotalScoreLabel, text.MeanLabel, text.MedianLabel, text.MinLabel, text.Top1Label, text.Top3Label, text.BlockingPairsLabel, text.LoadGiniLabel, text.TimeMsLabel })
        {
            table.AddColumn(new TableColumn(Markup.Escape(header)).RightAligned());
        }

        foreach (MatchingMetrics m in rows)
        {
            table.AddRow(
                Markup.Escape(m.Strategy),
                Invariant($"{m.Matched} ({text.Number(m.MatchedShare, "P0")})"),
                text.Number(m.TotalScore, "0.0"),
                Score(m.MeanScore, text),
                Score(m.MedianScore, text),
                Score(m.MinimumScore, text),
                text.Number(m.Top1Share, "P0"),
                text.Number(m.Top3Share, "P0"),
                Invariant($"{m.BlockingPairs}"),
                text.Number(m.MentorLoadGini, "0.000"),
                text.Number(m.Runtime.TotalMilliseconds, "0"));
        }

        _console.Ansi.Write(table);
        if (rows.Count > 0 && rows[0].Groups.Count > 1)
        {
            var groups = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(text.ComparisonGroupHeading));
            groups.AddColumn(Markup.Escape(text.DepartmentLabel));
            groups.AddColumn(new TableColumn(Markup.Escape(text.MenteesLabel)).RightAligned());
            foreach (MatchingMetrics m in rows)
            {
                groups.AddColumn(new TableColumn(Markup.Escape(m.Strategy)).RightAligned());
            }

            for (int g = 0; g < rows[0].Groups.Count; g++)
            {
                var cells = new List<string> { Markup.Escape(rows[0].Groups[g].Group), Invariant($"{rows[0].Groups[g].Mentees}") };
                cells.AddRange(rows.Select(m => Markup.Escape(text.Number(m.Groups[g].MatchRate, "P0")) + " " + Score(m.Groups[g].MeanScore, text)));
                groups.AddRow([.. cells]);
            }

            _console.Ansi.Write(groups);
        }

        _console.Ansi.WriteLine(Markup.Escape($"{text.WrittenTo} {output.FullName}"));
    }

    private static string Score(double? score, Core.Text.TextCatalog text) => score is double s ? text.Number(s, "0.0") : "–";

    private static string Invariant(FormattableString text) => Markup.Escape(text.ToString(CultureInfo.InvariantCulture));
}
