// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Matching.IO.Dimacs;
using Matching.Solvers.Flow;

namespace Matching.Cli.Commands;

/// <summary>
/// <c>match solve --dimacs FILE [--solver network-simplex|ssp]</c>: solves a DIMACS min-cost-flow problem exactly,
/// checks the optimality certificate, and prints <c>cost</c>, <c>solve_ms</c> (excluding parsing) and
/// <c>certificate: verified</c> on stdout.
/// </summary>
/// <remarks>
/// Exit codes: <see cref="ExitCode.Success"/>; <see cref="ExitCode.InvalidInput"/> for a missing or malformed file
/// (each problem on stderr as <c>file:line: message</c>); <see cref="ExitCode.Infeasible"/> when no optimal flow
/// exists, infeasible or unbounded (reason on stderr, nodes numbered from 1 as in the file); also
/// <see cref="ExitCode.InvalidInput"/> when the numbers are outside <see cref="FlowLimits"/> (see <see cref="RangeHelp"/>);
/// <see cref="ExitCode.InternalError"/> only if the certificate check fails.
/// </remarks>
internal sealed class SolveCommand : Command
{
    /// <summary>The solver names accepted by <c>--solver</c>.</summary>
    internal const string NetworkSimplex = "network-simplex";

    /// <summary>The successive-shortest-path solver's name for <c>--solver</c>.</summary>
    internal const string SuccessiveShortestPath = "ssp";

    /// <summary>The supported range, as shown by <c>match solve --help</c> (and in the README).</summary>
    internal const string RangeHelp =
        "Supported range (checked before solving; outside it the answer is exit 1 naming the limit, never a wrong result):\n" +
        "  at most 67,108,864 nodes and 268,435,456 arcs, lines of at most 4096 characters;\n" +
        "  (nodes + 1) x max |cost| <= 2^59;\n" +
        "  sum |supply| + sum lower bound + sum finite capacity <= 2^60;\n" +
        "  a capacity of 9223372036854775807 (2^63-1) means unlimited, for both solvers;\n" +
        "  the optimal cost must fit in 64 bits.\n" +
        "Nodes and arcs in messages are numbered from 1, as in the file.\n" +
        "Exit codes: 0 optimal, 1 invalid input or out of range, 2 infeasible or unbounded.";

    /// <summary>Initializes the command and its options.</summary>
    public SolveCommand()
        : base("solve", "Solve a DIMACS min-cost-flow problem exactly and verify its optimality certificate.\n\n" + RangeHelp)
    {
        DimacsOption = new Option<FileInfo>("--dimacs")
        {
            Description = "The DIMACS min-cost-flow file ('p min NODES ARCS', 'n ID SUPPLY', 'a FROM TO LOW CAP COST').",
            Required = true,
        };
        SolverOption = new Option<string>("--solver")
        {
            Description = "The exact solver: network-simplex (fast, default) or ssp (successive shortest paths, simple reference).",
            DefaultValueFactory = _ => NetworkSimplex,
        };
        SolverOption.AcceptOnlyFromAmong(NetworkSimplex, SuccessiveShortestPath);
        Options.Add(DimacsOption);
        Options.Add(SolverOption);
        SetAction((ParseResult parseResult, CancellationToken cancellationToken) =>
        {
            InvocationConfiguration io = parseResult.InvocationConfiguration;
            int code = Execute(
                parseResult.GetValue(DimacsOption)!,
                parseResult.GetValue(SolverOption) ?? NetworkSimplex,
                io.Output,
                io.Error,
                cancellationToken);
            return Task.FromResult(code);
        });
    }

    /// <summary>Gets the <c>--dimacs FILE</c> option.</summary>
    internal Option<FileInfo> DimacsOption { get; }

    /// <summary>Gets the <c>--solver</c> option.</summary>
    internal Option<string> SolverOption { get; }

    /// <summary>Reads, solves and reports; returns the exit code.</summary>
    internal static int Execute(FileInfo file, string solverName, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        CultureInfo invariant = CultureInfo.InvariantCulture;
        DimacsReadResult read;
        try
        {
            using var reader = new StreamReader(file.FullName);
            read = DimacsReader.Read(reader);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{file}: cannot read: {exception.Message}");
            return ExitCode.InvalidInput;
        }

        if (!read.TryGetValue(out FlowNetwork? network))
        {
            foreach (DimacsDiagnostic diagnostic in read.Errors)
            {
                error.WriteLine(diagnostic.Line > 0
                    ? string.Create(invariant, $"{file}:{diagnostic.Line}: {diagnostic.Message}")
                    : $"{file}: {diagnostic.Message}");
            }

            return ExitCode.InvalidInput;
        }

        IMinCostFlowSolver solver = solverName == SuccessiveShortestPath
            ? new SuccessiveShortestPathSolver()
            : new NetworkSimplexSolver();
        long started = Stopwatch.GetTimestamp();
        FlowResult result = solver.Solve(network, cancellationToken);
        TimeSpan elapsed = Stopwatch.GetElapsedTime(started);
        if (result.Status == FlowStatus.OutOfRange)
        {
            error.WriteLine($"{file}: out of range: {result.Describe(1)}");
            return ExitCode.InvalidInput;
        }

        if (!result.Success)
        {
            error.WriteLine($"{file}: {(result.Status == FlowStatus.Unbounded ? "unbounded" : "infeasible")}: {result.Describe(1)}");
            return ExitCode.Infeasible;
        }

        output.WriteLine(string.Create(invariant, $"cost {result.Cost}"));
        output.WriteLine(string.Create(invariant, $"solve_ms {elapsed.TotalMilliseconds:0.###}"));
        CertificateReport certificate = FlowCertificate.Check(network, result);
        if (!certificate.IsOptimal)
        {
            error.WriteLine($"{file}: internal error: the solver's answer failed the certificate check: {certificate}");
            return ExitCode.InternalError;
        }

        output.WriteLine("certificate: verified");
        return ExitCode.Success;
    }
}
