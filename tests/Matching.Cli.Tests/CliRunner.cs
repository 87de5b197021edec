// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.CommandLine;

namespace Matching.Cli.Tests;

/// <summary>Runs <c>match</c> in-process with captured stdout and stderr.</summary>
internal static class CliRunner
{
    public static (int ExitCode, string Out, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = new CliConsole(output, error, interactive: false);
        int exit = CliApp.CreateRootCommand(console).Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    public static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "Samples", name);

    public static DirectoryInfo TempDirectory()
    {
        var directory = new DirectoryInfo(Path.Combine(Path.GetTempPath(), "match-tests", Guid.NewGuid().ToString("N")));
        directory.Create();
        return directory;
    }
}
