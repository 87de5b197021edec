// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.CommandLine;
using Matching.Cli;

try
{
    var configuration = new InvocationConfiguration { EnableDefaultExceptionHandler = false };
    return await CliApp.CreateRootCommand(CliConsole.System()).Parse(args).InvokeAsync(configuration);
}
catch (OperationCanceledException)
{
    await Console.Error.WriteLineAsync("Cancelled; no output was written.");
    return ExitCode.InternalError;
}
#pragma warning disable CA1031 // The process boundary: any escaped exception is an internal error with exit code 3.
catch (Exception e)
#pragma warning restore CA1031
{
    await Console.Error.WriteLineAsync($"internal error: {e}\nPlease report this with the command you ran.");
    return ExitCode.InternalError;
}
