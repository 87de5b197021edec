// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.CommandLine;
using System.Globalization;
using Matching.IO;
using Matching.IO.Survey;

namespace Matching.Cli.Commands;

/// <summary><c>match init survey.csv</c>: writes a mapping file inferred from the survey's header texts and answers, to review and edit.</summary>
internal sealed class InitCommand : Command
{
    private readonly CliConsole _console;

    public InitCommand(CliConsole console)
        : base("init", "Infer which column is which from a survey's headers and answers and write an editable mapping file.\n\nExample:\n  match init survey.csv --out mapping.json\n  (edit mapping.json, then) match run survey.csv --mapping mapping.json")
    {
        _console = console;
        Add(SurveyArgument);
        Add(OutOption);
        Add(ForceOption);
        SetAction((parseResult, _) => Task.FromResult(Execute(parseResult)));
    }

    internal Argument<FileInfo> SurveyArgument { get; } = new("survey") { Description = "The survey export whose header to read." };

    internal Option<FileInfo> OutOption { get; } = new("--out", "-o")
    {
        Description = "Where to write the mapping.",
        DefaultValueFactory = _ => new FileInfo("mapping.json"),
    };

    internal Option<bool> ForceOption { get; } = new("--force") { Description = "Overwrite an existing mapping file." };

    private int Execute(ParseResult parseResult)
    {
        FileInfo survey = parseResult.GetValue(SurveyArgument)!;
        FileInfo output = parseResult.GetValue(OutOption)!;
        if (output.Exists && !parseResult.GetValue(ForceOption))
        {
            _console.Error.WriteLine($"{output.Name}: error: the file exists; pass --force to overwrite it.");
            return ExitCode.InvalidInput;
        }

        string text;
        try
        {
            text = SurveyText.Decode(File.ReadAllBytes(survey.FullName)).Text;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _console.Error.WriteLine($"{survey.Name}: error: cannot read the file: {e.Message}");
            return ExitCode.InvalidInput;
        }

        // The header and the answers both count: a column is recognised by what it asks and by what people answered.
        SurveyReadResult read = SurveyReader.Read(new StringReader(text), new SurveyReadOptions { FileName = survey.Name });
        ColumnMapping? columns = read.Mapping ?? read.HeaderColumns;
        if (columns is null)
        {
            foreach (SurveyDiagnostic problem in read.Errors)
            {
                _console.Error.WriteLine(problem.ToString());
            }

            return ExitCode.InvalidInput;
        }

        Report(columns);
        if (read.Mapping is null)
        {
            foreach (SurveyDiagnostic problem in read.Errors.Where(e => e.Message.StartsWith("header problem", StringComparison.Ordinal)))
            {
                _console.Error.WriteLine(problem.ToString());
            }

            _console.Error.WriteLine("A required column is missing: the mapping is written with what was found; add the line named above to its \"columns\".");
            int written = Write(output, SurveyMapping.FromInferred(columns));
            return written == ExitCode.Success ? ExitCode.InvalidInput : written;
        }

        return Write(output, SurveyMapping.FromInferred(columns));
    }

    private void Report(ColumnMapping mapping)
    {
        _console.Error.WriteLine("Guessed from the header texts and the answers (confidence, evidence):");
        foreach (var (field, column) in mapping.Fields)
        {
            string sure = mapping.Guesses.TryGetValue(field, out ColumnGuess? guess)
                ? string.Create(CultureInfo.InvariantCulture, $"  {guess.Confidence,4:P0}  {guess.Evidence}")
                : string.Empty;
            _console.Error.WriteLine($"  {field,-18} ← '{mapping.Headers[column]}'{sure}");
        }

        var missing = Enum.GetValues<SurveyField>().Where(f => !mapping.Has(f)).ToList();
        if (missing.Count > 0)
        {
            _console.Error.WriteLine("Not found (optional unless noted): " + string.Join(", ", missing.Select(f => f == SurveyField.Role ? "Role (required for a single survey file)" : f.ToString())));
        }

        foreach (int column in mapping.UnmappedColumns)
        {
            _console.Error.WriteLine($"  not used: '{mapping.Headers[column]}'");
        }
    }

    private int Write(FileInfo output, SurveyMapping mapping)
    {
        if (!AtomicOutput.TryWriteFile(_console, output, w => MappingFile.Write(w, mapping)))
        {
            return ExitCode.InvalidInput;
        }

        _console.Error.WriteLine($"Wrote {output.FullName}. Review it, edit what is wrong, then pass it with --mapping.");
        return ExitCode.Success;
    }
}
