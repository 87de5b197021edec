// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Diagnostics;
using System.Globalization;
using Matching.IO.Output;
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
        IsInteractive = interactive;
        ErrorAnsi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(error),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
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

    public TextWriter Error { get; private set; }

    /// <summary>Gets a value indicating whether diagnostics are scrubbed (<c>--redact</c>).</summary>
    public bool IsRedacting { get; private set; }

    /// <summary>
    /// From now on, scrubs every line written to <see cref="Error"/> with <see cref="Redactor.ScrubLine"/>: no quoted
    /// answer and no email address reaches the console (<c>--redact</c> covers the console as well as the files).
    /// </summary>
    public void Redact()
    {
        if (!IsRedacting)
        {
            Error = new ScrubbingWriter(Error);
            IsRedacting = true;
        }
    }

    /// <summary>Gets a Spectre console over <see cref="Out"/> for tables.</summary>
    public IAnsiConsole Ansi { get; }

    /// <summary>Gets a Spectre console over <see cref="Error"/> for progress.</summary>
    public IAnsiConsole ErrorAnsi { get; }

    /// <summary>Gets a value indicating whether a person watches the terminal (progress is shown only then).</summary>
    public bool IsInteractive { get; }

    public static CliConsole System() => new(Console.Out, Console.Error, !Console.IsOutputRedirected && !Console.IsErrorRedirected);

    /// <summary>
    /// Runs <paramref name="work"/> with a spinner and its elapsed time on stderr when a person is watching; otherwise,
    /// unless quiet, prints one line with the time taken when it finishes.
    /// </summary>
    public T Step<T>(string label, bool quiet, Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        T result = IsInteractive && !quiet
            ? ErrorAnsi.Status().Spinner(Spinner.Known.Dots).Start(Markup.Escape(label) + "…", _ => work())
            : work();
        if (!quiet)
        {
            Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label}: {clock.Elapsed.TotalSeconds:0.00} s"));
        }

        return result;
    }
}

/// <summary>A writer that passes on whole lines, each scrubbed by <see cref="Redactor.ScrubLine"/>.</summary>
internal sealed class ScrubbingWriter(TextWriter inner) : TextWriter
{
    private readonly System.Text.StringBuilder _line = new();

    public override System.Text.Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        if (value == '\n')
        {
            inner.Write(Redactor.ScrubLine(_line.ToString().TrimEnd('\r')));
            inner.Write('\n');
            _line.Clear();
        }
        else
        {
            _line.Append(value);
        }
    }

    public override void Write(string? value)
    {
        foreach (char c in value ?? string.Empty)
        {
            Write(c);
        }
    }

    public override void WriteLine(string? value)
    {
        Write(value);
        Write('\n');
    }

    public override void WriteLine() => Write('\n');

    public override void Flush()
    {
        if (_line.Length > 0)
        {
            inner.Write(Redactor.ScrubLine(_line.ToString()));
            _line.Clear();
        }

        inner.Flush();
    }
}
