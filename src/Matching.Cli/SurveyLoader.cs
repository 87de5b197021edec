// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.IO;
using Matching.IO.Survey;
using NodaTime;

namespace Matching.Cli;

/// <summary>Opens a survey file, reads it, and reports what was detected and every problem on stderr.</summary>
internal static class SurveyLoader
{
    public static SurveyReadResult? Load(CliConsole console, FileInfo file, LocalDate programStart, bool quiet)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"{file.Name}: error: cannot read the file: {e.Message}");
            return null;
        }

        var (text, encoding) = SurveyText.Decode(bytes);
        var options = new SurveyReadOptions { FileName = file.Name, ProgramStart = programStart };
        SurveyReadResult result = SurveyReader.Read(new StringReader(text), options);
        if (!quiet)
        {
            string delimiter = result.Delimiter switch { '\t' => "tab", ';' => "';'", _ => "','" };
            console.Error.WriteLine($"Read {file.Name}: {result.RowCount} rows, {encoding}, {delimiter}-separated.");
            if (result.Mapping is { } mapping)
            {
                console.Error.WriteLine("Inferred columns (header text → field):");
                foreach (var (field, column) in mapping.Fields)
                {
                    console.Error.WriteLine($"  {column + 1,3}. {Shorten(mapping.Headers[column])} → {field}");
                }

                foreach (int column in mapping.UnmappedColumns)
                {
                    console.Error.WriteLine($"  {column + 1,3}. {Shorten(mapping.Headers[column])} → (not used)");
                }
            }
        }

        foreach (SurveyDiagnostic diagnostic in result.Diagnostics)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Error || !quiet)
            {
                console.Error.WriteLine(diagnostic.ToString());
            }
        }

        return result;
    }

    private static string Shorten(string text) => text.Length <= 70 ? $"'{text}'" : $"'{text[..67]}...'";
}
