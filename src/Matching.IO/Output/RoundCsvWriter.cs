// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Matching.Core.Rounds;

namespace Matching.IO.Output;

/// <summary>Writes the files of programs over time: <c>rounds.csv</c> (fairness across rounds) and a rematch's <c>changes.csv</c>.</summary>
/// <remarks>Invariant culture, comma separated, formula-like cells escaped. Instances are immutable and thread-safe.</remarks>
public sealed class RoundCsvWriter
{
    /// <summary>Gets how people are named. Default: real names.</summary>
    public Redactor Redactor { get; init; } = Redactor.None;

    /// <summary>Writes one row per round (pairs, unmatched mentees, load Gini), then the people unmatched in two or more rounds and repeated pairs.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="fairness">The fairness report.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void WriteRounds(TextWriter writer, RoundFairness fairness)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(fairness);
        using var csv = Create(writer);
        foreach (string header in new[] { "Round", "Pairs", "Unmatched mentees", "Load Gini" })
        {
            csv.WriteField(header);
        }

        csv.NextRecord();
        foreach (RoundLine line in fairness.Rounds)
        {
            csv.WriteField(line.Name);
            csv.WriteField(line.Pairs);
            csv.WriteField(line.UnmatchedMentees);
            csv.WriteField(line.LoadGini.ToString("0.000", CultureInfo.InvariantCulture));
            csv.NextRecord();
        }

        if (Redactor.IsRedacting)
        {
            // Ids are emails: with redaction only the counts are written.
            csv.WriteField("unmatched in 2+ rounds");
            csv.WriteField(fairness.RepeatedlyUnmatched.Count);
            csv.NextRecord();
            csv.WriteField("repeated pairs");
            csv.WriteField(fairness.RepeatedPairs.Count);
            csv.NextRecord();
            return;
        }

        foreach (string who in fairness.RepeatedlyUnmatched)
        {
            csv.WriteField("unmatched in 2+ rounds");
            csv.WriteField(who);
            csv.NextRecord();
        }

        foreach (var (mentee, mentor) in fairness.RepeatedPairs)
        {
            csv.WriteField("repeated pair");
            csv.WriteField(mentee);
            csv.WriteField(mentor);
            csv.NextRecord();
        }
    }

    /// <summary>Writes one row per mentee of a rematch: kept, moved, new or still unmatched, mentor before and after, and why.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="changes">The changes.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void WriteChanges(TextWriter writer, IEnumerable<PairChange> changes)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(changes);
        using var csv = Create(writer);
        foreach (string header in new[] { "Mentee", "Mentee email", "Change", "Mentor before", "Mentor after", "Mentor after email", "Reason" })
        {
            csv.WriteField(header);
        }

        csv.NextRecord();
        foreach (PairChange change in changes)
        {
            csv.WriteField(Redactor.NameOf(change.Mentee));
            csv.WriteField(Redactor.EmailOf(change.Mentee));
            csv.WriteField(change.Kind switch
            {
                PairChangeKind.Kept => "kept",
                PairChangeKind.Moved => "moved",
                PairChangeKind.New => "new",
                _ => "still unmatched",
            });
            csv.WriteField(change.Before is null ? string.Empty : Redactor.NameOf(change.Before));
            csv.WriteField(change.After is null ? string.Empty : Redactor.NameOf(change.After));
            csv.WriteField(change.After is null ? string.Empty : Redactor.EmailOf(change.After));
            csv.WriteField(Redactor.Scrub(change.Reason, new[] { change.Mentee, change.Before, change.After }.OfType<Core.Domain.Participant>()));
            csv.NextRecord();
        }
    }

    private static CsvWriter Create(TextWriter writer) => new(writer, new CsvConfiguration(CultureInfo.InvariantCulture)
    {
        InjectionOptions = InjectionOptions.Escape,
        NewLine = "\n",
    }, leaveOpen: true);
}
