// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.CommandLine;
using System.Globalization;
using Matching.Core;
using Matching.Core.Problem;
using Matching.Core.Results;
using Matching.Core.Scoring;
using Spectre.Console;

namespace Matching.Cli.Commands;

/// <summary><c>match explain survey.csv --mentee A --mentor B</c>: why a pair was, or was not, matched.</summary>
internal sealed class ExplainCommand : Command
{
    private readonly CliConsole _console;

    public ExplainCommand(CliConsole console)
        : base("explain", "Explain one mentee-mentor pair: the score breakdown and, if the pair was not chosen, the rule that blocks it or what forcing it would cost.\n\nExample:\n  match explain survey.csv --mentee ana@example.org --mentor jo@example.org")
    {
        _console = console;
        Inputs.AddTo(this);
        Add(MenteeOption);
        Add(MentorOption);
        Add(PenaltyOption);
        Add(LanguageOption);
        SetAction((parseResult, cancellationToken) => Task.FromResult(Execute(parseResult, cancellationToken)));
    }

    internal ProgramInputs Inputs { get; } = new();

    internal Option<string> MenteeOption { get; } = new("--mentee") { Description = "The mentee's email, id or name.", Required = true };

    internal Option<string> MentorOption { get; } = new("--mentor") { Description = "The mentor's email, id or name.", Required = true };

    internal Option<double?> PenaltyOption { get; } = new("--unmatched-penalty") { Description = "As for 'match run'." };

    internal Option<string> LanguageOption { get; } = new Option<string>("--lang")
    {
        Description = "Language of the reasons: en or de.",
        DefaultValueFactory = _ => "en",
    }.AcceptOnlyFromAmong("en", "de");

    private int Execute(ParseResult parseResult, CancellationToken cancellationToken)
    {
        LoadedProgram? program = Inputs.LoadUsable(_console, parseResult, quiet: true);
        if (program is null)
        {
            return ExitCode.InvalidInput;
        }

        MatchingProblem problem = MatchingProblem.Create(program.Participants, program.Mapping?.Scoring, cancellationToken);
        var language = parseResult.GetValue(LanguageOption) == "de" ? ExplanationLanguage.German : ExplanationLanguage.English;
        var engine = new MatchingEngine(program.MatchingOptions(parseResult.GetValue(PenaltyOption), language));
        MatchingResult result = engine.Solve(problem, cancellationToken);
        if (result.Status != MatchingStatus.Optimal)
        {
            _console.Error.WriteLine($"no matching satisfies every rule: {result.Message}");
            return ExitCode.Infeasible;
        }

        PairAnalysis analysis;
        try
        {
            analysis = engine.AnalyzePair(problem, result, parseResult.GetValue(MenteeOption)!, parseResult.GetValue(MentorOption)!, cancellationToken);
        }
        catch (ArgumentException e)
        {
            _console.Error.WriteLine($"error: {e.Message.Split(" (Parameter", 2)[0]} (use an email, id or name from the survey).");
            return ExitCode.InvalidInput;
        }

        Print(analysis, result);
        return ExitCode.Success;
    }

    private void Print(PairAnalysis analysis, MatchingResult result)
    {
        _console.Out.WriteLine($"{analysis.Mentee.Name} → {analysis.Mentor.Name}");
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("Criterion");
        table.AddColumn(new TableColumn("Value").RightAligned());
        table.AddColumn(new TableColumn("Weight").RightAligned());
        table.AddColumn(new TableColumn("Points").RightAligned());
        foreach (CriterionContribution c in analysis.Explanation.Contributions)
        {
            // Privacy: for affinity only whether a preference was honored, never the fraction of shared identity.
            table.AddRow(c.Criterion.ToString(), c.Criterion == Criterion.Affinity ? (c.Value > 0 ? "honored" : "—") : Format(c.Value, "0.00"), Format(c.Weight, "0.#"), c.Criterion == Criterion.Affinity ? "—" : Format(c.Points, "0.0"));
        }

        _console.Ansi.Write(table);
        string verdict;
        if (analysis.IsMatched)
        {
            verdict = $"Matched, score {Format(analysis.Explanation.Score, "0.0")}.";
        }
        else if (analysis.Explanation.Block != Core.Scoring.BlockReason.None)
        {
            verdict = $"Not allowed: {analysis.Explanation.Reasons[0]}.";
        }
        else
        {
            Match? current = result.Matches.FirstOrDefault(m => ReferenceEquals(m.Mentee, analysis.Mentee));
            string now = current is null ? "the mentee is unmatched" : $"the mentee is matched with {current.Mentor.Name} ({Format(current.Score, "0.0")})";
            string cost = analysis.ScoreLoss is double loss
                ? analysis.MatchedLoss is > 0
                    ? $"forcing this pair would leave {analysis.MatchedLoss} more mentee(s) unmatched"
                    : loss <= 0 ? "forcing this pair would cost nothing: it ties with the chosen matching" : $"forcing this pair would lower the program's total score by {Format(loss, "0.0")} points"
                : "this pair cannot be forced without breaking another rule";
            verdict = $"Not chosen (score {Format(analysis.Explanation.Score, "0.0")}): {now}; {cost}.";
        }

        _console.Out.WriteLine(verdict);
        _console.Out.WriteLine("Reasons: " + string.Join("; ", analysis.Explanation.Reasons));
    }

    private static string Format(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
