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

    private const string Help =
        "Match a survey with several strategies and compare coverage, quality, each side's ranks, stability, envy and load.\n\n"
        + "Examples:\n"
        + "  match compare survey.csv --strategies optimal,greedy,stable\n"
        + "  match compare survey.csv -s optimal,fair,stable,stable-mentors,greedy,random --random-seeds 50 --out cmp --lang de\n\n"
        + "Columns (every one is explained on comparison.html):\n"
        + "  Top-1/Top-3      mentees whose mentor is their 1st / among their first 3 in their OWN ranking\n"
        + "  Mentee rank      mean rank of each mentee's mentor in the mentee's own list (1 = first choice)\n"
        + "  Mentor rank      per mentor, mean rank of its mentees in the mentor's own list, averaged\n"
        + "  Blocking pairs   unpaired mentee-mentor pairs who would both rather be together (each side's own preferences)\n"
        + "  Envy             mentees who would rather have another mentee's mentor\n"
        + "  Load Gini        spread of load / capacity over mentors (0 = all use the same share of their places)\n"
        + "Mentees rank mentors by what they asked for (wanted skills, goals, their own choices, format, frequency, hours);\n"
        + "mentors rank mentees by what they offer (their skills the mentee wants, level gap, hours, format, frequency).\n"
        + "stable uses these rankings; when both coincide with the pair score, stable equals greedy and the output says so.";

    private readonly CliConsole _console;

    public CompareCommand(CliConsole console)
        : base("compare", Help)
    {
        _console = console;
        Inputs.AddTo(this);
        Rounds.AddTo(this, incomplete: false);
        Add(StrategiesOption);
        Add(ModelOption);
        Groups.AddTo(this);
        Add(SeedOption);
        Add(RandomSeedsOption);
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
        Description = $"Comma-separated strategies, e.g. --strategies optimal,greedy,stable. Known: {string.Join(", ", MatchingStrategies.Names)}. Default {DefaultStrategies}.",
        HelpName = "name,name,...",
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

    internal Option<int> RandomSeedsOption { get; } = new("--random-seeds")
    {
        Description = $"How many seeds the random strategy runs with (--seed, --seed + 1, ...) for a mean and a 95 % confidence interval. Default {MatchingDefaults.RandomSeeds}.",
        DefaultValueFactory = _ => MatchingDefaults.RandomSeeds,
        CustomParser = result =>
        {
            string token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
            if (!int.TryParse(token, NumberStyles.Integer, CultureInfo.InvariantCulture, out int seeds) || seeds < 1 || seeds > 1000)
            {
                result.AddError($"--random-seeds: expected a whole number from 1 to 1000, not '{token}'.");
                return MatchingDefaults.RandomSeeds;
            }

            return seeds;
        },
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
        bool strategiesGiven = parseResult.GetResult(StrategiesOption) is { Implicit: false };
        string[] strategies = strategiesGiven ? parseResult.GetValue(StrategiesOption)! : DefaultStrategies.Split(',');
        int randomSeeds = parseResult.GetValue(RandomSeedsOption);
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
            string[] groupStrategies = strategiesGiven ? strategies : [.. GroupProgram.StrategiesOf(groupModel)];
            return Groups.Create(_console, parseResult, groupModel, program) is { } model
                ? GroupProgram.Compare(_console, program, model, options, groupStrategies, output, quiet, cancellationToken)
                : ExitCode.InvalidInput;
        }

        if (parseResult.GetValue(ModelOption) == "peer")
        {
            string[] peerStrategies = strategiesGiven ? strategies : ["optimal", "stable", "greedy", "random"];
            return PeerProgram.Compare(_console, program, options, peerStrategies, seed, output, quiet, cancellationToken);
        }

        MatchingProblem problem = MatchingProblem.Create(program.Participants, program.Mapping?.Scoring, cancellationToken);
        if (!problem.IsDense)
        {
            _console.Error.WriteLine($"{program.FileNames}: compare scores every pair, but this program has {(long)problem.Mentees.Count * problem.Mentors.Count:N0} pairs (more than {MatchingProblem.DensePairLimit:N0}); compare a sample of it instead.");
            return ExitCode.InvalidInput;
        }

        StrategyComparison comparison = StrategyComparison.Run(
            problem,
            strategies,
            options,
            seed,
            randomSeeds,
            progress: quiet ? null : name => _console.Error.WriteLine($"Running {name}..."),
            cancellationToken: cancellationToken);
        var mentorNames = problem.Mentors.Select(j => problem.Participants[j].Name).ToArray();
        var capacities = problem.Mentors.Select(j => Math.Max(0, problem.Participants[j].Capacity)).ToArray();
        if (!AtomicOutput.TryWriteAll(_console, output, files =>
        {
            files.Write("comparison.csv", w => ComparisonCsv.Write(w, comparison, text));
            files.Write("comparison.html", w => ComparisonHtml.Write(w, program.FileNames, comparison, mentorNames, capacities, text));
        }))
        {
            return ExitCode.InvalidInput;
        }

        PrintTables(comparison, problem, output, text);
        return ExitCode.Success;
    }

    private void PrintTables(StrategyComparison comparison, MatchingProblem problem, DirectoryInfo output, Core.Text.TextCatalog text)
    {
        IReadOnlyList<MatchingMetrics> rows = comparison.Rows;
        var table = new Table().Border(TableBorder.Rounded)
            .Title(Markup.Escape(text.StrategiesOn(problem.Mentees.Count, problem.Mentors.Count)));
        table.AddColumn(Markup.Escape(text.StrategyLabel));
        foreach (string header in new[] { text.MatchedLabel, text.MeanLabel, text.MinLabel, text.Top1Label, text.Top3Label, text.MenteeRankLabel, text.MentorRankLabel, text.BlockingPairsLabel, text.EnviousLabel, text.LoadGiniLabel, text.TimeMsLabel })
        {
            table.AddColumn(new TableColumn(Markup.Escape(header)).RightAligned());
        }

        foreach (MatchingMetrics m in rows)
        {
            table.AddRow(
                Markup.Escape(m.Strategy),
                Invariant($"{m.Matched} ({text.Number(m.MatchedShare, "P0")})"),
                Score(m.MeanScore, text),
                Score(m.MinimumScore, text),
                text.Number(m.Top1Share, "P0"),
                text.Number(m.Top3Share, "P0"),
                Score(m.MeanMenteeRank, text, "0.00"),
                Score(m.MeanMentorRank, text, "0.00"),
                Invariant($"{m.BlockingPairs}"),
                Invariant($"{m.EnviousMentees}"),
                text.Number(m.MentorLoadGini, "0.000"),
                text.Number(m.Runtime.TotalMilliseconds, "0"));
        }

        _console.Ansi.Write(table);
        if (rows.Count > 0 && rows[0].Groups.Count > 1)
        {
            var groups = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(text.ComparisonGroupHeading));
            groups.AddColumn(Markup.Escape(text.DimensionLabel));
            groups.AddColumn(Markup.Escape(text.GroupLabel));
            groups.AddColumn(new TableColumn(Markup.Escape(text.MenteesLabel)).RightAligned());
            foreach (MatchingMetrics m in rows)
            {
                groups.AddColumn(new TableColumn(Markup.Escape(m.Strategy)).RightAligned());
            }

            for (int g = 0; g < rows[0].Groups.Count; g++)
            {
                GroupMetrics first = rows[0].Groups[g];
                var cells = new List<string> { Markup.Escape(text.DimensionName(first.Dimension)), Markup.Escape(text.GroupValue(first)), Invariant($"{first.Mentees}") };
                cells.AddRange(rows.Select(m => Markup.Escape(text.Number(m.Groups[g].MatchRate, "P0")) + " " + Score(m.Groups[g].MeanScore, text)));
                groups.AddRow([.. cells]);
            }

            _console.Ansi.Write(groups);
        }

        if (comparison.Random is { Runs.Count: > 1 } random)
        {
            _console.Ansi.WriteLine(Markup.Escape(
                $"{text.RandomSeedsHeading(random.Runs.Count, random.Level)}: {text.MeanLabel} {Interval(random.MeanScore, "0.0", text)}, "
                + $"{text.Top1Label} {Interval(random.Top1Share, "P1", text)}, {text.MenteeRankLabel} {Interval(random.MeanMenteeRank, "0.00", text)}, "
                + $"{text.BlockingPairsLabel} {Interval(random.BlockingPairs, "0.0", text)}, {text.EnviousLabel} {Interval(random.EnvyShare, "P1", text)}"));
        }

        foreach (string note in comparison.Notes(text))
        {
            _console.Ansi.WriteLine(Markup.Escape("* " + note));
        }

        _console.Ansi.WriteLine(Markup.Escape($"{text.WrittenTo} {output.FullName}"));
    }

    private static string Score(double? score, Core.Text.TextCatalog text, string format = "0.0") => score is double s ? text.Number(s, format) : "–";

    private static string Interval(ConfidenceInterval ci, string format, Core.Text.TextCatalog text) =>
        ci.Count == 0 ? "–" : text.Number(ci.Mean, format) + (ci.HalfWidth is double h ? " ± " + text.Number(h, format) : string.Empty);

    private static string Invariant(FormattableString text) => Markup.Escape(text.ToString(CultureInfo.InvariantCulture));
}
