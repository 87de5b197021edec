// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.CommandLine;
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

    internal Option<string> LanguageOption { get; } = Cli.LanguageOption.Create();

    private int Execute(ParseResult parseResult, CancellationToken cancellationToken)
    {
        LoadedProgram? program = Inputs.LoadUsable(_console, parseResult, quiet: true);
        if (program is null)
        {
            return ExitCode.InvalidInput;
        }

        MatchingProblem problem = MatchingProblem.Create(program.Participants, program.Mapping?.Scoring, cancellationToken);
        var language = Cli.LanguageOption.Read(parseResult, LanguageOption);
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

        Print(analysis, result, Core.Text.TextCatalog.For(language));
        return ExitCode.Success;
    }

    private void Print(PairAnalysis analysis, MatchingResult result, Core.Text.TextCatalog text)
    {
        _console.Out.WriteLine($"{analysis.Mentee.Name} → {analysis.Mentor.Name}");
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(Markup.Escape(text.CriterionLabel));
        table.AddColumn(new TableColumn(Markup.Escape(text.ValueLabel)).RightAligned());
        table.AddColumn(new TableColumn(Markup.Escape(text.WeightLabel)).RightAligned());
        table.AddColumn(new TableColumn(Markup.Escape(text.PointsLabel)).RightAligned());
        double weightSum = 0;
        double pointSum = 0;
        foreach (CriterionContribution c in analysis.Explanation.Contributions)
        {
            // Privacy: for affinity only whether a preference was honored, never the fraction of shared identity.
            // Its points count in the total but are not shown on their own.
            bool affinity = c.Criterion == Criterion.Affinity;
            weightSum += c.Weight;
            pointSum += c.Points;
            table.AddRow(
                Markup.Escape(text.CriterionName(c.Criterion)),
                affinity ? Markup.Escape(c.Value > 0 ? text.HonoredWord : "—") : text.Number(c.Value, "0.00"),
                text.Number(c.Weight, "0.##"),
                affinity ? "—" : text.Number(c.Points, "0.0"));
        }

        if (analysis.Explanation.Block == BlockReason.None)
        {
            table.AddRow(Markup.Escape(text.TotalLabel), string.Empty, text.Number(weightSum, "0.##"), text.Number(pointSum, "0.0"));
        }

        _console.Ansi.Write(table);
        _console.Out.WriteLine(text.PointsFormula(text.Number(weightSum, "0.##")));
        string verdict;
        if (analysis.IsMatched)
        {
            verdict = text.MatchedVerdict(text.Number(analysis.Explanation.Score, "0.0"));
        }
        else if (analysis.Explanation.Block != BlockReason.None)
        {
            verdict = text.NotAllowedVerdict(analysis.Explanation.Reasons[0]);
        }
        else
        {
            Match? current = result.Matches.FirstOrDefault(m => ReferenceEquals(m.Mentee, analysis.Mentee));
            string now = current is null ? text.MenteeUnmatched : text.MenteeMatchedWith(current.Mentor.Name, text.Number(current.Score, "0.0"));
            string cost = analysis.ScoreLoss is double loss
                ? analysis.MatchedLoss is > 0
                    ? text.ForcingLeavesUnmatched(analysis.MatchedLoss.Value)
                    : loss <= 0 ? text.ForcingCostsNothing : text.ForcingLowersTotal(text.Number(loss, "0.0"))
                : text.CannotForce;
            verdict = text.NotChosenVerdict(text.Number(analysis.Explanation.Score, "0.0"), now, cost);
        }

        _console.Out.WriteLine(verdict);
        _console.Out.WriteLine(text.ReasonsPrefix + string.Join("; ", analysis.Explanation.Reasons));
    }
}
