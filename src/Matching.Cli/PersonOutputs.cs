// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.CommandLine;
using Matching.Core.Domain;
using Matching.Core.Models;
using Matching.Core.Text;
using Matching.IO.Output;

namespace Matching.Cli;

/// <summary>
/// The per-person outputs of <c>match run</c>: <c>people.csv</c> in the results folder (part of its one-unit swap),
/// and with <c>--letters DIR</c> one Markdown letter per person, written as a set of its own through
/// <see cref="AtomicOutput"/> (all letters or none) right after the results.
/// </summary>
internal sealed class PersonOutputs
{
    internal Option<DirectoryInfo?> LettersOption { get; } = new("--letters")
    {
        Description = "Also write one short Markdown letter per person (introduction, contact, reasons) into this folder, in the --lang language.",
    };

    public void AddTo(Command command) => command.Add(LettersOption);

    /// <summary>Reads the settings of one run.</summary>
    public Settings From(ParseResult parseResult, TextCatalog text, Redactor redactor, bool excel) =>
        new(parseResult.GetValue(LettersOption), text, redactor, excel);

    /// <summary>The settings of one run's per-person outputs.</summary>
    internal sealed record Settings(DirectoryInfo? Letters, TextCatalog Text, Redactor Redactor, bool Excel)
    {
        /// <summary>Checks the letters folder against the results folder: neither may hold the other (each is swapped as one unit).</summary>
        public bool IsValid(CliConsole console, DirectoryInfo output)
        {
            if (Letters is null)
            {
                return true;
            }

            string letters = Path.TrimEndingDirectorySeparator(Letters.FullName) + Path.DirectorySeparatorChar;
            string results = Path.TrimEndingDirectorySeparator(output.FullName) + Path.DirectorySeparatorChar;
            if (letters.StartsWith(results, StringComparison.Ordinal) || results.StartsWith(letters, StringComparison.Ordinal))
            {
                console.Error.WriteLine("--letters: choose a folder outside the results folder (--out), and not one that contains it.");
                return false;
            }

            return true;
        }

        /// <summary>Writes <c>people.csv</c> into the results set.</summary>
        public void WriteCsv(AtomicOutput files, ProgramResult result, IEnumerable<Participant> people)
        {
            OutputFile file = CsvFile(result, people);
            files.Write(file.Name, file.Write, file.ByteOrderMark);
        }

        /// <summary>Gets <c>people.csv</c> as a file of a result set (see <see cref="AtomicOutput.WriteAll"/>).</summary>
        public OutputFile CsvFile(ProgramResult result, IEnumerable<Participant> people) =>
            new("people.csv", w => new PeopleCsvWriter { ForExcelGerman = Excel, Redactor = Redactor, Text = Text }.Write(w, PersonOutcome.Of(result, people)), Excel);

        /// <summary>Writes the letters, when asked for, as one set; false (reported) when the folder cannot be written.</summary>
        public bool TryWriteLetters(CliConsole console, ProgramResult result, IEnumerable<Participant> people)
        {
            if (Letters is null)
            {
                return true;
            }

            var outcomes = PersonOutcome.Of(result, people);
            var writer = new LetterWriter { Redactor = Redactor, Text = Text };
            IReadOnlyList<string> names = writer.FileNames(outcomes);
            return AtomicOutput.TryWriteAll(console, Letters, files =>
            {
                for (int i = 0; i < outcomes.Length; i++)
                {
                    PersonOutcome person = outcomes[i];
                    files.Write(names[i], w => writer.Write(w, person));
                }
            });
        }
    }
}
