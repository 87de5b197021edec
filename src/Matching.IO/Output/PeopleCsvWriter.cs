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

        // The texts of a block of people are built on every core, then written in order: the same file, sooner.
        PersonOutcome[] all = [.. people];
        var rows = new string[Math.Min(all.Length, RowsPerBlock)][];
        for (int start = 0; start < all.Length; start += RowsPerBlock)
        {
            int count = Math.Min(RowsPerBlock, all.Length - start);
            Parallel.For(0, count, t => rows[t] = Row(all[start + t], culture));
            for (int t = 0; t < count; t++)
            {
                foreach (string field in rows[t])
                {
                    csv.WriteField(field);
                }

                csv.NextRecord();
            }
        }
    }

    private const int RowsPerBlock = 4096;

    private string[] Row(PersonOutcome person, CultureInfo culture) =>
    [
        PersonText.IdOf(person.Person, Redactor),
        Redactor.NameOf(person.Person),
        Redactor.EmailOf(person.Person),
        PersonText.RoleCode(person),
        person.IsMatched ? "matched" : "unmatched",
        string.Join("; ", person.Partners.Select(p => PersonText.PartCode(p.Part))),
        string.Join("; ", person.Partners.Select(p => Redactor.NameOf(p.Person))),
        string.Join("; ", person.Partners.Select(p => Redactor.EmailOf(p.Person))),
        person.IsMatched ? MeanScore(person).ToString("0.0", culture) : string.Empty,
        PersonText.Reasons(person, Redactor),
        PersonText.Introduction(person, Text, Redactor),
    ];

    /// <summary>The mean score of a person's placements; one partner (every one-to-one person) needs no distinct placements, whose record comparison hashes both people in full.</summary>
    private static double MeanScore(PersonOutcome person) =>
        person.Partners.Length == 1 ? person.Partners[0].Placement.Score : person.Partners.Select(p => p.Placement).Distinct().Average(p => p.Score);
}
