// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Matching.Core.Problem;
using Matching.Core.Rounds;
using Matching.Core.Scoring;
using Spectre.Console;

namespace Matching.Cli.Commands;

/// <summary><c>match learn survey.csv --feedback feedback.csv</c>: fits criterion weights to how pairs were rated.</summary>
internal sealed class LearnCommand : Command
{
    private readonly CliConsole _console;

    public LearnCommand(CliConsole console)
        : base("learn", "Fit criterion weights to the ratings of earlier pairs (non-negative least squares over each rated pair's criterion values), print them with their fit (n, R², held-out error) and write a mapping snippet to review.\n\nExamples:\n  match learn survey.csv --feedback round1/feedback.csv\n  match learn survey.csv --history rounds --out learned-weights.json")
    {
        _console = console;
        Inputs.AddTo(this);
        Rounds.AddTo(this, incomplete: false);
        Add(FoldsOption);
        Add(OutOption);
        SetAction((parseResult, cancellationToken) => Task.FromResult(Execute(parseResult, cancellationToken)));
    }

    internal ProgramInputs Inputs { get; } = new();

    internal RoundInputs Rounds { get; } = new();

    internal Option<int> FoldsOption { get; } = new("--folds") { Description = "Cross-validation folds for the held-out error.", DefaultValueFactory = _ => 5 };

    internal Option<FileInfo> OutOption { get; } = new("--out", "-o")
    {
        Description = "The mapping snippet to write (JSON: scoring.weights), to review and copy into the mapping file.",
        DefaultValueFactory = _ => new FileInfo("learned-weights.json"),
    };

    private int Execute(ParseResult parseResult, CancellationToken cancellationToken)
    {
        int folds = parseResult.GetValue(FoldsOption);
        if (folds is < 2 or > 20)
        {
            _console.Error.WriteLine("--folds must be 2–20.");
            return ExitCode.InvalidInput;
        }

        LoadedProgram? program = Inputs.LoadUsable(_console, parseResult, quiet: true);
        RoundInputs.Loaded? rounds = program is null ? null : Rounds.Load(_console, parseResult, program.Participants, program.Mapping?.Scoring);
        if (program is null || rounds is null)
        {
            return ExitCode.InvalidInput;
        }

        if (rounds.Feedback.Count == 0)
        {
            _console.Error.WriteLine("error: no ratings to learn from: give --feedback feedback.csv, or --history with feedback.csv in the round folders.");
            return ExitCode.InvalidInput;
        }

        MatchingProblem problem = MatchingProblem.Create(program.Participants, program.Mapping?.Scoring, cancellationToken);
        LearnedWeights learned;
        try
        {
            learned = WeightLearner.Fit(problem, rounds.Feedback, folds);
        }
        catch (ArgumentException e)
        {
            _console.Error.WriteLine($"error: {e.Message.Split(" (Parameter", 2)[0]}");
            return ExitCode.InvalidInput;
        }

        ScoringOptions current = problem.Scorer.Options;
        double fittedTotal = learned.Fitted.Sum(current.WeightOf);
        var table = new Table().Border(TableBorder.Rounded).Title("Fitted criterion weights");
        table.AddColumn("Criterion");
        table.AddColumn(new TableColumn("Current").RightAligned());
        table.AddColumn(new TableColumn("Fitted").RightAligned());
        var proposed = new Dictionary<Criterion, double>();
        foreach (Criterion criterion in Enum.GetValues<Criterion>())
        {
            bool fitted = learned.Weights.TryGetValue(criterion, out double share);

            // Fitted weights keep the current total of the fitted criteria, so the others keep their meaning.
            double weight = fitted ? Math.Round(share * (fittedTotal > 0 ? fittedTotal : 100) / 100, 1) : current.WeightOf(criterion);
            proposed[criterion] = weight;
            table.AddRow(criterion.ToString(), Number(current.WeightOf(criterion)), fitted ? Number(weight) : "(not fitted)");
        }

        _console.Ansi.Write(table);
        _console.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Fit: n = {learned.Count} rated pairs ({learned.Skipped} skipped), R² = {learned.RSquared:0.000}, held-out error = {learned.HeldOutError:0.00} rating points (RMSE, {folds}-fold)."));

        FileInfo output = parseResult.GetValue(OutOption)!;
        bool written = AtomicOutput.TryWriteAll(_console, output.Directory ?? new DirectoryInfo("."), files => files.Write(output.Name, w =>
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
            {
                json.WriteStartObject();
                json.WriteStartObject("scoring");
                json.WriteStartObject("weights");
                foreach (var (criterion, weight) in proposed)
                {
                    json.WriteNumber(criterion.ToString(), weight);
                }

                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
            }

            w.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()).ReplaceLineEndings("\n"));
            w.Write('\n');
        }));
        if (!written)
        {
            return ExitCode.InvalidInput;
        }

        _console.Error.WriteLine($"Wrote the weights to review to {output.FullName}; copy them into the mapping file's \"scoring\" section.");
        return ExitCode.Success;
    }

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
