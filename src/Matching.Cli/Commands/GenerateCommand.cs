// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.CommandLine;
using Matching.IO.Generation;

namespace Matching.Cli.Commands;

/// <summary><c>match generate</c>: writes a realistic synthetic survey of any size.</summary>
internal sealed class GenerateCommand : Command
{
    private readonly CliConsole _console;

    public GenerateCommand(CliConsole console)
        : base("generate", "Write a synthetic mentoring survey (for trying the tool, tests and benchmarks).")
    {
        _console = console;
        Add(MenteesOption);
        Add(MentorsOption);
        Add(BothOption);
        Add(SeedOption);
        Add(StyleOption);
        Add(OutOption);
        SetAction((parseResult, _) => Task.FromResult(Execute(parseResult)));
    }

    internal Option<int> MenteesOption { get; } = new("--mentees") { Description = "Number of mentees.", DefaultValueFactory = _ => 50 };

    internal Option<int> MentorsOption { get; } = new("--mentors") { Description = "Number of mentors.", DefaultValueFactory = _ => 30 };

    internal Option<int> BothOption { get; } = new("--both") { Description = "Number of people who are both mentor and mentee.", DefaultValueFactory = _ => 0 };

    internal Option<int> SeedOption { get; } = new("--seed") { Description = "Random seed; the same seed gives the same file.", DefaultValueFactory = _ => 42 };

    internal Option<string> StyleOption { get; } = new Option<string>("--style")
    {
        Description = "Export style: 'google' (English Google Forms) or 'msforms-de' (German Microsoft Forms, ';' and BOM).",
        DefaultValueFactory = _ => "google",
    }.AcceptOnlyFromAmong("google", "msforms-de");

    internal Option<FileInfo> OutOption { get; } = new("--out", "-o") { Description = "The file to write.", Required = true };

    private int Execute(ParseResult parseResult)
    {
        int mentees = parseResult.GetValue(MenteesOption);
        int mentors = parseResult.GetValue(MentorsOption);
        int both = parseResult.GetValue(BothOption);
        if (mentees < 0 || mentors < 0 || both < 0 || (long)mentees + mentors + both > 10_000_000)
        {
            _console.Error.WriteLine("--mentees, --mentors and --both must be ≥ 0 and add up to at most 10,000,000.");
            return ExitCode.InvalidInput;
        }

        bool german = parseResult.GetValue(StyleOption) == "msforms-de";
        FileInfo file = parseResult.GetValue(OutOption)!;
        var generator = new SurveyGenerator { Mentees = mentees, Mentors = mentors, Both = both, Seed = parseResult.GetValue(SeedOption) };
        if (!AtomicOutput.TryWriteFile(_console, file, w => generator.Write(w, german ? SurveyStyle.MicrosoftFormsGerman : SurveyStyle.GoogleFormsEnglish), byteOrderMark: german))
        {
            return ExitCode.InvalidInput;
        }

        _console.Error.WriteLine($"Wrote {mentees + mentors + both} responses to {file.FullName}.");
        return ExitCode.Success;
    }
}
