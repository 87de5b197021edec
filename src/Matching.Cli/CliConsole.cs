// Copyright (c) Matching contributors. Licensed under the MIT License.

using Spectre.Console;

namespace Matching.Cli;

/// <summary>
/// Where a command writes: results to <see cref="Out"/> (stdout), diagnostics and progress to <see cref="Error"/>
/// (stderr). Tests pass string writers to run commands in-process.
/// </summary>
internal sealed class CliConsole
{
    public CliConsole(TextWriter output, TextWriter error, bool interactive)
    {
        Out = output;
        Error = error;
        Ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!interactive)
        {
            Ansi.Profile.Width = 120;
        }
    }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    /// <summary>Gets a Spectre console over <see cref="Out"/> for tables.</summary>
    public IAnsiConsole Ansi { get; }

    public static CliConsole System() => new(Console.Out, Console.Error, !Console.IsOutputRedirected);
}
