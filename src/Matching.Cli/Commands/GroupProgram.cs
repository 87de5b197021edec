// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.CommandLine;
using System.Globalization;
using Matching.Core;
using Matching.Core.Models;
using Matching.Core.Problem;
using Matching.Core.Results;
using Matching.Core.Text;
using Matching.IO.Output;
using Matching.OrTools.Models;
using Spectre.Console;

namespace Matching.Cli.Commands;

/// <summary>
/// The <c>--model pods</c> and <c>--model circles</c> paths of <c>match run</c> and <c>match compare</c>: the group
/// models of <c>Matching.OrTools</c> (CP-SAT), their options, outputs and summaries.
/// </summary>
internal sealed class GroupProgram
{
    internal Option<string> PodSizeOption { get; } = new("--pod-size")
    {
        Description = "With --model pods: pod size as MIN-MAX (e.g. 3-6) or one number; a mentor's capacity also caps their pod.",
        DefaultValueFactory = _ => "3-6",
    };

    internal Option<int> PodHoursOption { get; } = new("--pod-hours")
    {
        Description = "With --model pods: weekly hours the mentor and all members of a pod must share (0 = no rule).",
        DefaultValueFactory = _ => 1,
    };

    internal Option<double> TimeLimitOption { get; } = new("--time-limit")
    {
        Description = "With --model pods or circles: CP-SAT time limit in seconds; the summary reports the bound and gap reached.",
        DefaultValueFactory = _ => 10,
    };

    internal Option<int> CircleSizeOption { get; } = new("--circle-size")
    {
        Description = "With --model circles: the largest circle (a circle runs with at least 2).",
        DefaultValueFactory = _ => 6,
    };

    internal Option<int> CirclesPerMenteeOption { get; } = new("--circles-per-mentee")
    {
        Description = "With --model circles: most circles one mentee joins (K; the stable strategy needs 1).",
        DefaultValueFactory = _ => 1,
    };

    /// <summary>Strategies each group model offers, the exact one first.</summary>
    public static IReadOnlyList<string> StrategiesOf(string model) => model == "pods" ? new PodsModel().StrategyNames : new CirclesModel().StrategyNames;

    public void AddTo(Command command)
    {
        command.Add(PodSizeOption);
        command.Add(PodHoursOption);
        command.Add(TimeLimitOption);
        command.Add(CircleSizeOption);
        command.Add(CirclesPerMenteeOption);
    }

    /// <summary>The model with the command line's settings and the mapping's quotas, or null after printing why not.</summary>
    public IProgramModel? Create(CliConsole console, ParseResult parseResult, string model, LoadedProgram program)
    {
        double seconds = parseResult.GetValue(TimeLimitOption);
        if (!(seconds is > 0 and <= 86_400))
        {
            console.Error.WriteLine("--time-limit: expected seconds above 0 and at most 86400.");
            return null;
        }

        if (model == "circles")
        {
            int size = parseResult.GetValue(CircleSizeOption), k = parseResult.GetValue(CirclesPerMenteeOption);
            if (size is < 2 or > 1000 || k is < 1 or > 100)
            {
                console.Error.WriteLine("--circle-size: expected 2 to 1000; --circles-per-mentee: expected 1 to 100.");
                return null;
            }

            return new CirclesModel { CircleSize = size, CirclesPerMentee = k, TimeLimit = TimeSpan.FromSeconds(seconds) };
        }

        string text = parseResult.GetValue(PodSizeOption)!.Trim();
        string[] parts = text.Split('-', 2);
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int min)
            | !int.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out int max)
            || min < 1 || max < min || max > 1000)
        {
            console.Error.WriteLine($"--pod-size: expected MIN-MAX with 1 ≤ MIN ≤ MAX ≤ 1000, such as 3-6 (got '{text}').");
            return null;
        }

        int hours = parseResult.GetValue(PodHoursOption);
        if (hours is < 0 or > 168)
        {
            console.Error.WriteLine("--pod-hours: expected 0 to 168.");
            return null;
        }

        return new PodsModel
        {
            MinPodSize = min,
            MaxPodSize = max,
            MinSharedHours = hours,
            TimeLimit = TimeSpan.FromSeconds(seconds),
            Quotas = program.Mapping?.Quotas ?? [],
        };
    }

    public static int Run(CliConsole console, LoadedProgram program, IProgramModel model, MatchingOptions options, string strategy, DirectoryInfo output, bool excel, bool redact, bool quiet, CancellationToken cancellationToken, TextCatalog? text = null)
    {
        if (!model.StrategyNames.Contains(strategy))
        {
            console.Error.WriteLine($"--strategy: {strategy} is not available for --model {model.Name}. Known: {string.Join(", ", model.StrategyNames)}.");
            return ExitCode.InvalidInput;
        }

        MatchingProblem problem = console.Step($"Scoring {program.Participants.Count:N0} people", quiet, () => MatchingProblem.Create(program.Participants, program.Mapping?.Scoring, cancellationToken));
        var redactor = redact ? Redactor.Pseudonyms : Redactor.None;
        PodsOutcome? pods = null;
        ProgramResult result;
        try
        {
            if (model is PodsModel podsModel)
            {
                pods = console.Step("Forming pods with CP-SAT", quiet, () => podsModel.SolvePods(problem, options, strategy, cancellationToken));
                result = pods.Result;
            }
            else
            {
                result = console.Step("Forming circles", quiet, () => model.Solve(problem, options, strategy, cancellationToken));
            }
        }
        catch (ArgumentException e)
        {
            console.Error.WriteLine($"{program.FileNames}: error: {e.Message.Split(" (Parameter", 2)[0]} Nothing was written.");
            return ExitCode.InvalidInput;
        }

        if (pods is { FailedQuotas.Count: > 0 })
        {
            foreach (QuotaFailure failure in pods.FailedQuotas)
            {
                string people = string.Join(", ", failure.People.Select(redactor.NameOf));
                console.Error.WriteLine($"{program.FileNames}: error: quota '{failure.Name}' {(failure.Proven ? "cannot be met by any assignment" : "was not reached within the time limit")}; it concerns {failure.People.Count} people: {(people.Length == 0 ? "nobody" : people)}.");
            }

            console.Error.WriteLine("Nothing was written.");
            return ExitCode.Infeasible;
        }

        if (result.Status != MatchingStatus.Optimal)
        {
            console.Error.WriteLine($"{program.FileNames}: {result.Message}. Nothing was written.");
            return ExitCode.Infeasible;
        }

        var writer = new GroupCsvWriter { ForExcelGerman = excel, Redactor = redactor };
        var unmatchedWriter = new ResultCsvWriter { ForExcelGerman = excel, Redactor = redactor };
        if (!AtomicOutput.TryWriteAll(console, output, files =>
        {
            files.Write("matches.csv", w => writer.WriteMembers(w, result), excel);
            if (pods is not null)
            {
                double[] cohesion = [.. pods.Pods.Select(p => p.Members.Count < 2 ? 0 : (double)p.Cohesion / (p.Members.Count * (p.Members.Count - 1) / 2))];
                files.Write("pods.csv", w => writer.WritePods(w, result, cohesion, program.ProgramStart), excel);
            }
            else
            {
                files.Write("circles.csv", w => writer.WriteCircles(w, result), excel);
            }

            files.Write("unmatched.csv", w => unmatchedWriter.WritePeerUnmatched(w, result), excel);
            files.Write("report.html", w => new HtmlReportWriter { Redactor = redactor, Text = text ?? TextCatalog.English }.WriteProgram(w, result, problem.Participants, program.RunInfo()));
        }))
        {
            return ExitCode.InvalidInput;
        }

        bool isPods = pods is not null;
        var table = new Table().Border(TableBorder.Rounded).Title(isPods ? "Pod matching summary" : "Circle matching summary").HideHeaders();
        table.AddColumn(string.Empty);
        table.AddColumn(new TableColumn(string.Empty).RightAligned());
        var groups = result.PlacementsOf<Group>().ToList();
        int mentees = problem.Mentees.Count;
        int matched = groups.SelectMany(g => g.Members).Distinct().Count();
        table.AddRow("Participants", Invariant($"{problem.Participants.Count} ({mentees} mentees, {problem.Mentors.Count} mentors)"));
        table.AddRow(isPods ? "Pods" : "Circles", Invariant($"{groups.Count}"));
        table.AddRow("Mentees in a group", Invariant($"{matched} of {mentees}"));
        table.AddRow("Unmatched", Invariant($"{result.Unmatched.Length}"));
        if (groups.Count > 0)
        {
            table.AddRow("Group score mean / min / max", Invariant($"{groups.Average(g => g.Score):0.0} / {groups.Min(g => g.Score):0.0} / {groups.Max(g => g.Score):0.0}"));
        }

        if (pods is not null)
        {
            table.AddRow("Objective / best bound / gap", Invariant($"{pods.Objective:N0} / {pods.BestBound:N0} / {pods.Gap:0.##%}"));
        }

        table.AddRow("Strategy", Markup.Escape(result.Strategy + (result.Proof is { } proof ? $": {proof}" : string.Empty)));
        if (result.Message is { } message)
        {
            table.AddRow("Note", Markup.Escape(message));
        }

        table.AddRow("Written to", Markup.Escape(output.FullName));
        console.Ansi.Write(table);
        return ExitCode.Success;
    }

    public static int Compare(CliConsole console, LoadedProgram program, IProgramModel model, MatchingOptions options, IReadOnlyList<string> strategies, DirectoryInfo output, bool quiet, CancellationToken cancellationToken)
    {
        string[] unknown = [.. strategies.Where(s => !model.StrategyNames.Contains(s.Trim().ToLowerInvariant()))];
        if (unknown.Length > 0)
        {
            console.Error.WriteLine($"--strategies: {string.Join(", ", unknown)} not available for --model {model.Name}. Known: {string.Join(", ", model.StrategyNames)}.");
            return ExitCode.InvalidInput;
        }

        MatchingProblem problem = MatchingProblem.Create(program.Participants, program.Mapping?.Scoring, cancellationToken);
        var rows = new List<(string Strategy, int Groups, int Matched, int Unmatched, double Total, double? Mean, double? Min, string Note, TimeSpan Runtime)>();
        foreach (string name in strategies)
        {
            if (!quiet)
            {
                console.Error.WriteLine($"Running {name}...");
            }

            ProgramResult r;
            try
            {
                r = model.Solve(problem, options, name.Trim().ToLowerInvariant(), cancellationToken);
            }
            catch (ArgumentException e)
            {
                console.Error.WriteLine($"{program.FileNames}: error: {e.Message.Split(" (Parameter", 2)[0]}");
                return ExitCode.InvalidInput;
            }

            var groups = r.PlacementsOf<Group>().ToList();
            var memberScores = groups.SelectMany(g => g.Members.Select(_ => g.Score)).ToList();
            int matched = groups.SelectMany(g => g.Members).Distinct().Count();
            rows.Add((r.Strategy, groups.Count, matched, problem.Mentees.Count - matched, memberScores.Sum(), memberScores.Count == 0 ? null : memberScores.Average(), groups.Count == 0 ? null : groups.Min(g => g.Score), string.Join("; ", new[] { r.Message, r.Proof }.OfType<string>()), r.Runtime));
        }

        if (!AtomicOutput.TryWriteAll(console, output, files => files.Write("comparison.csv", w =>
        {
            w.Write("Strategy,Groups,Matched mentees,Unmatched mentees,Total score,Mean score,Minimum group score,Runtime ms,Note\n");
            foreach (var row in rows)
            {
                w.Write(string.Create(CultureInfo.InvariantCulture, $"{row.Strategy},{row.Groups},{row.Matched},{row.Unmatched},{row.Total:0.0},{row.Mean:0.0},{row.Min:0.0},{row.Runtime.TotalMilliseconds:0},\"{row.Note.Replace("\"", "\"\"", StringComparison.Ordinal)}\"\n"));
            }
        })))
        {
            return ExitCode.InvalidInput;
        }

        var table = new Table().Border(TableBorder.Rounded).Title(Invariant($"{(model.Kind == ProgramModelKind.Pods ? "Pod" : "Circle")} strategies on {problem.Mentees.Count} mentees and {problem.Mentors.Count} mentors"));
        foreach (string header in new[] { "Strategy", "Groups", "Matched", "Unmatched", "Total", "Mean", "Min group", "Time", "Note" })
        {
            table.AddColumn(header);
        }

        foreach (var row in rows)
        {
            table.AddRow(
                Markup.Escape(row.Strategy),
                Invariant($"{row.Groups}"),
                Invariant($"{row.Matched}"),
                Invariant($"{row.Unmatched}"),
                Invariant($"{row.Total:0.0}"),
                row.Mean is double mean ? Invariant($"{mean:0.0}") : "–",
                row.Min is double min ? Invariant($"{min:0.0}") : "–",
                Invariant($"{row.Runtime.TotalMilliseconds:0} ms"),
                Markup.Escape(row.Note));
        }

        console.Ansi.Write(table);
        console.Ansi.WriteLine(Invariant($"Written to {output.FullName}"));
        return ExitCode.Success;
    }

    private static string Invariant(FormattableString text) => Markup.Escape(text.ToString(CultureInfo.InvariantCulture));
}
