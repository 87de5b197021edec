// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.CommandLine;
using System.Globalization;
using Matching.Core;
using Matching.Core.Domain;
using Matching.Core.Models;
using Matching.Core.Problem;
using Matching.Core.Results;
using Matching.IO.Output;
using Spectre.Console;

namespace Matching.Cli.Commands;

/// <summary>The <c>--model peer</c> path of <c>match run</c> and <c>match compare</c>: one pool, undirected pairs.</summary>
internal static class PeerProgram
{
    /// <summary>Creates the <c>--model</c> option.</summary>
    public static Option<string> CreateModelOption() => new Option<string>("--model")
    {
        Description = "Program model: one-to-one (mentees and mentors, default), peer (everyone in one pool, undirected pairs), pods (a mentor leads a group with shared weekly time; CP-SAT) or circles (topic circles on mentors' offered skills).",
        DefaultValueFactory = _ => "one-to-one",
    }.AcceptOnlyFromAmong("one-to-one", "peer", "pods", "circles");

    /// <summary>Everyone as a peer: both roles (a peer both gives and gets mentoring), at least one place.</summary>
    public static MatchingProblem Pool(LoadedProgram program, CancellationToken cancellationToken, int? threads = null)
    {
        Participant[] pool = [.. program.Participants.Select(p => p with { Roles = Roles.Both, Capacity = Math.Max(1, p.Capacity) })];
        return MatchingProblem.Create(pool, program.Mapping?.Scoring, cancellationToken, threads);
    }

    public static int Run(CliConsole console, LoadedProgram program, MatchingOptions options, string strategy, DirectoryInfo output, ResultCsvWriter writer, bool excel, bool quiet, CancellationToken cancellationToken, PersonOutputs.Settings? people = null)
    {
        MatchingProblem problem = console.Step($"Scoring {program.Participants.Count:N0} peers", quiet, () => Pool(program, cancellationToken));
        ProgramResult result = console.Step("Pairing the pool", quiet, () => new PeerModel().Solve(problem, options, strategy, cancellationToken));
        if (result.Status != MatchingStatus.Optimal)
        {
            console.Error.WriteLine($"{program.FileNames}: {result.Message}. Nothing was written.");
            return ExitCode.Infeasible;
        }

        if (!AtomicOutput.TryWriteAll(console, output, files =>
        {
            files.Write("matches.csv", w => writer.WritePeerPairs(w, result), excel);
            files.Write("unmatched.csv", w => writer.WritePeerUnmatched(w, result), excel);
            files.Write("report.html", w => new HtmlReportWriter { Redactor = writer.Redactor, Text = writer.Text }.WriteProgram(w, result, problem.Participants, program.RunInfo()));
            people?.WriteCsv(files, result, problem.Participants);
        }) || people?.TryWriteLetters(console, result, problem.Participants) == false)
        {
            return ExitCode.InvalidInput;
        }

        var table = new Table().Border(TableBorder.Rounded).Title("Peer matching summary").HideHeaders();
        table.AddColumn(string.Empty);
        table.AddColumn(new TableColumn(string.Empty).RightAligned());
        int pairs = result.Placements.Length;
        table.AddRow("Peers", Invariant($"{program.Participants.Count}"));
        table.AddRow("Pairs", Invariant($"{pairs}"));
        table.AddRow("Without a partner", Invariant($"{result.Unmatched.Length}"));
        if (pairs > 0)
        {
            table.AddRow("Score mean / min / max", Invariant($"{result.TotalScore / pairs:0.0} / {result.Placements.Min(p => p.Score):0.0} / {result.Placements.Max(p => p.Score):0.0}"));
        }

        table.AddRow("Strategy", Markup.Escape(result.Strategy + (result.Proof is { } proof ? $": {proof}" : string.Empty)));
        table.AddRow("Written to", Markup.Escape(output.FullName));
        console.Ansi.Write(table);
        return ExitCode.Success;
    }

    public static int Compare(CliConsole console, LoadedProgram program, MatchingOptions options, IReadOnlyList<string> strategies, int seed, DirectoryInfo output, bool quiet, CancellationToken cancellationToken)
    {
        var model = new PeerModel { Seed = seed };
        string[] unknown = [.. strategies.Where(s => !model.StrategyNames.Contains(s.Trim().ToLowerInvariant()))];
        if (unknown.Length > 0)
        {
            console.Error.WriteLine($"--strategies: {string.Join(", ", unknown)} not available for --model peer. Known: {string.Join(", ", model.StrategyNames)}.");
            return ExitCode.InvalidInput;
        }

        MatchingProblem problem = Pool(program, cancellationToken);
        var results = new List<ProgramResult>();
        foreach (string name in strategies)
        {
            if (!quiet)
            {
                console.Error.WriteLine($"Running {name}...");
            }

            results.Add(model.Solve(problem, options, name, cancellationToken));
        }

        int people = program.Participants.Count;
        var rows = results.Select(r => (
            r.Strategy,
            Found: r.Status == MatchingStatus.Optimal,
            Pairs: r.Placements.Length,
            Alone: r.Status == MatchingStatus.Optimal ? r.Unmatched.Length : people,
            Total: r.TotalScore,
            Mean: r.Placements.Length == 0 ? (double?)null : r.TotalScore / r.Placements.Length,
            Min: r.Placements.Length == 0 ? (double?)null : r.Placements.Min(p => p.Score),
            Note: r.Message ?? r.Proof ?? string.Empty,
            r.Runtime)).ToList();
        if (!AtomicOutput.TryWriteAll(console, output, files => files.Write("comparison.csv", w =>
        {
            w.Write("Strategy,Pairs,Without partner,Total score,Mean score,Minimum score,Runtime ms,Note\n");
            foreach (var row in rows)
            {
                w.Write(string.Create(CultureInfo.InvariantCulture, $"{row.Strategy},{row.Pairs},{row.Alone},{row.Total:0.0},{row.Mean:0.0},{row.Min:0.0},{row.Runtime.TotalMilliseconds:0},\"{row.Note.Replace("\"", "\"\"", StringComparison.Ordinal)}\"\n"));
            }
        })))
        {
            return ExitCode.InvalidInput;
        }

        var table = new Table().Border(TableBorder.Rounded).Title(Invariant($"Peer strategies on {people} people"));
        foreach (string header in new[] { "Strategy", "Pairs", "Alone", "Total", "Mean", "Min", "Time", "Note" })
        {
            table.AddColumn(header);
        }

        foreach (var row in rows)
        {
            table.AddRow(
                Markup.Escape(row.Strategy),
                Invariant($"{row.Pairs}"),
                Invariant($"{row.Alone}"),
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
