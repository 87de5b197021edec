// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.CommandLine;
using Matching.Cli.Commands;

namespace Matching.Cli.Tests.Commands;

public sealed class SolveCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("matching-solve-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Options_AreDeclared()
    {
        var command = new SolveCommand();

        Assert.Equal("solve", command.Name);
        Assert.True(command.DimacsOption.Required);
        Assert.Equal("--dimacs", command.DimacsOption.Name);
        Assert.Equal("--solver", command.SolverOption.Name);
    }

    [Theory]
    [InlineData("network-simplex")]
    [InlineData("ssp")]
    public async Task Invoke_FeasibleProblem_PrintsCostTimeAndCertificate(string solver)
    {
        string file = Write("p min 4 4\nn 1 3\nn 2 2\nn 3 -4\nn 4 -1\na 1 3 0 3 1\na 1 4 0 3 4\na 2 3 0 2 3\na 2 4 0 2 2\n");

        var (code, output, error) = await InvokeAsync("--dimacs", file, "--solver", solver);

        Assert.Equal(ExitCode.Success, code);
        Assert.Equal(string.Empty, error);
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("cost 8", lines[0]);
        Assert.Matches(@"^solve_ms \d+(\.\d+)?$", lines[1]);
        Assert.Equal("certificate: verified", lines[2]);
    }

    [Fact]
    public async Task Invoke_Infeasible_ExitsWithInfeasibleAndExplains()
    {
        string file = Write("p min 2 1\nn 1 3\nn 2 -3\na 1 2 0 2 1\n");

        var (code, output, error) = await InvokeAsync("--dimacs", file);

        Assert.Equal(ExitCode.Infeasible, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("infeasible", error, StringComparison.Ordinal);
        Assert.Contains("node 1", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_Malformed_ReportsFileAndLine()
    {
        string file = Write("p min 2 1\nn 1 1\nn 2 -1\na 1 2 0 one 5\n");

        var (code, _, error) = await InvokeAsync("--dimacs", file);

        Assert.Equal(ExitCode.InvalidInput, code);
        Assert.Contains(file + ":4: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_MissingFile_IsInvalidInput()
    {
        var (code, _, error) = await InvokeAsync("--dimacs", Path.Combine(_directory, "missing.min"));

        Assert.Equal(ExitCode.InvalidInput, code);
        Assert.Contains("cannot read", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_UnknownSolver_IsAParseError()
    {
        string file = Write("p min 1 0\n");

        var (code, _, _) = await InvokeAsync("--dimacs", file, "--solver", "magic");

        Assert.NotEqual(ExitCode.Success, code);
    }

    private string Write(string text)
    {
        string path = Path.Combine(_directory, Guid.NewGuid().ToString("N") + ".min");
        File.WriteAllText(path, text);
        return path;
    }

    private static async Task<(int Code, string Output, string Error)> InvokeAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = await new SolveCommand().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }
}
