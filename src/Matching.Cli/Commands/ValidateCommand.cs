// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.CommandLine;
using Matching.Core.Rounds;
using Matching.IO.Output;

namespace Matching.Cli.Commands;

/// <summary><c>match validate survey.csv</c>: lists every problem in a survey without matching.</summary>
internal sealed class ValidateCommand : Command
{
    private readonly CliConsole _console;

    public ValidateCommand(CliConsole console)
        : base("validate", "Check a survey export and list every problem (file, line, column, value, what was expected).\n\nExample:\n  match validate survey.csv --rejects rejected.csv")
    {
        _console = console;
        Inputs.AddTo(this);
        Add(RejectsOption);
        Add(LanguageOption);
        SetAction((parseResult, _) => Task.FromResult(Execute(parseResult)));
    }

    internal ProgramInputs Inputs { get; } = new();

    internal Option<FileInfo?> RejectsOption { get; } = new("--rejects") { Description = "Write the rows that cannot be used, with the reasons, to this CSV file." };

    internal Option<string> LanguageOption { get; } = Cli.LanguageOption.Create();

    private int Execute(ParseResult parseResult)
    {
        Core.Text.TextCatalog text = Cli.LanguageOption.Text(parseResult, LanguageOption);
        LoadedProgram? program = Inputs.Load(_console, parseResult, quiet: false);
        if (program is null)
        {
            return ExitCode.InvalidInput;
        }

        // People who left blank what the enabled criteria need are never silently paired on neutral values.
        IReadOnlyList<IncompleteProfile> incomplete = ProfileCompleteness.Find(program.Participants, program.Mapping?.Scoring);
        foreach (IncompleteProfile profile in incomplete)
        {
            _console.Error.WriteLine($"{program.FileNames}: {text.ProfileIncomplete(profile.Person.Id, string.Join(", ", profile.MissingFields))}");
        }

        int warnings = program.Reads.Sum(r => r.Result.Warnings.Count()) + incomplete.Count;
        int rejected = program.Reads.Sum(r => r.Result.Rejected.Count);
        if (parseResult.GetValue(RejectsOption) is { } rejects && rejected > 0)
        {
            var writer = new ResultCsvWriter { Text = text };
            bool written = AtomicOutput.TryWriteFile(_console, rejects, w =>
            {
                foreach (var (_, read) in program.Reads.Where(r => r.Result.Rejected.Count > 0))
                {
                    writer.WriteRejected(w, read.Mapping!.Headers, read.Rejected);
                }
            });
            if (!written)
            {
                return ExitCode.InvalidInput;
            }
        }

        _console.Out.WriteLine($"{program.FileNames}: {text.ValidateSummary(program.Participants.Count, rejected, program.ErrorCount, warnings)}");
        return program.HasErrors ? ExitCode.InvalidInput : ExitCode.Success;
    }
}
