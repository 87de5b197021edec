// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using CsvHelper;
using Matching.Core.Models;
using Matching.Core.Text;

namespace Matching.IO.Output;

/// <summary>
/// Writes <c>people.csv</c>: one row per participant with their match, the partners' contact, the reasons and a ready
/// introduction text in the run's language, for a mail merge.
/// </summary>
/// <remarks>
/// The column names (<see cref="Columns"/>) and the codes in <c>Role</c>, <c>Status</c> and <c>Partner role</c> are
/// the same in every language, so that a mail-merge template keeps working; only the texts follow
/// <see cref="Text"/>. Never written: identity answers, free text, anything not listed in <see cref="Columns"/>.
/// RFC 4180, formula cells escaped, like every result file. Instances are immutable and thread-safe.
/// </remarks>
public sealed class PeopleCsvWriter
{
    /// <summary>Gets the column names of <c>people.csv</c>, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["Id", "Name", "Email", "Role", "Status", "Partner role", "Partner", "Partner email", "Score", "Reasons", "Introduction"];

    /// <summary>Gets a value indicating whether to write for German Excel: <c>;</c> separator and decimal comma.</summary>
    public bool ForExcelGerman { get; init; }

    /// <summary>Gets how people are named. Default: real names.</summary>
    public Redactor Redactor { get; init; } = Redactor.None;

    /// <summary>Gets the language of the introductions. Default: English.</summary>
    public TextCatalog Text { get; init; } = TextCatalog.English;

    /// <summary>Writes one row per person.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="people">Every person's outcome (see <see cref="PersonOutcome.Of"/>).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void Write(TextWriter writer, IEnumerable<PersonOutcome> people)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(people);
        using CsvWriter csv = ResultCsvWriter.CreateWriter(writer, ForExcelGerman);
        foreach (string column in Columns)
        {
            csv.WriteField(column);
        }

        csv.NextRecord();
        CultureInfo culture = ForExcelGerman ? CultureInfo.GetCultureInfo("de-DE") : CultureInfo.InvariantCulture;

        // A block of people is turned into CSV text on every core, a slice of rows per writer, then written in order:
        // the same file, sooner (the writers share the configuration, and a record's text does not depend on the ones
        // before it).
        PersonOutcome[] all = [.. people];
        var slices = new string[SlicesPerBlock];
        for (int start = 0; start < all.Length; start += RowsPerBlock)
        {
            int count = Math.Min(RowsPerBlock, all.Length - start);
            int perSlice = (count + SlicesPerBlock - 1) / SlicesPerBlock;
            Parallel.For(0, SlicesPerBlock, s =>
            {
                int from = start + (s * perSlice);
                int to = Math.Min(start + count, from + perSlice);
                using var text = new StringWriter(CultureInfo.InvariantCulture);
                using (CsvWriter slice = ResultCsvWriter.CreateWriter(text, ForExcelGerman))
                {
                    for (int t = from; t < to; t++)
                    {
                        WriteRow(slice, all[t], culture);
                    }
                }

                slices[s] = text.ToString();
            });
            csv.Flush();
            foreach (string slice in slices)
            {
                writer.Write(slice);
            }
        }
    }

    private const int RowsPerBlock = 4096;

    private const int SlicesPerBlock = 16;

    private void WriteRow(CsvWriter csv, PersonOutcome person, CultureInfo culture)
    {
        string reasons = PersonText.Reasons(person, Redactor);
        csv.WriteField(PersonText.IdOf(person.Person, Redactor));
        csv.WriteField(Redactor.NameOf(person.Person));
        csv.WriteField(Redactor.EmailOf(person.Person));
        csv.WriteField(PersonText.RoleCode(person));
        csv.WriteField(person.IsMatched ? "matched" : "unmatched");
        csv.WriteField(string.Join("; ", person.Partners.Select(p => PersonText.PartCode(p.Part))));
        csv.WriteField(string.Join("; ", person.Partners.Select(p => Redactor.NameOf(p.Person))));
        csv.WriteField(string.Join("; ", person.Partners.Select(p => Redactor.EmailOf(p.Person))));
        csv.WriteField(person.IsMatched ? MeanScore(person).ToString("0.0", culture) : string.Empty);
        csv.WriteField(reasons);
        csv.WriteField(PersonText.Introduction(person, Text, Redactor, reasons));
        csv.NextRecord();
    }

    /// <summary>
    /// The mean score of a person's placements, each counted once. One partner (every one-to-one person) needs no
    /// distinct placements; several are told apart by reference, since a result holds each placement once (a group is
    /// the same object for every member) and comparing the records would hash both people in full.
    /// </summary>
    private static double MeanScore(PersonOutcome person)
    {
        if (person.Partners.Length == 1)
        {
            return person.Partners[0].Placement.Score;
        }

        var seen = new HashSet<Placement>(ReferenceEqualityComparer.Instance);
        double sum = 0;
        foreach (Partner partner in person.Partners)
        {
            if (seen.Add(partner.Placement))
            {
                sum += partner.Placement.Score;
            }
        }

        return sum / seen.Count;
    }
}
