// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Matching.Core.Domain;
using Matching.Core.Models;
using NodaTime;

namespace Matching.IO.Output;

/// <summary>
/// CSV files of a group program (pods, circles): <c>matches.csv</c> with the group id, <c>pods.csv</c> with each
/// pod's shared weekly window in every member's own time zone, <c>circles.csv</c> with each circle's topic. Same
/// conventions as <see cref="ResultCsvWriter"/>: invariant culture (or German Excel), formula injection escaped,
/// names through the <see cref="Redactor"/>.
/// </summary>
public sealed class GroupCsvWriter
{
    /// <summary>Gets a value indicating whether to write for German Excel (<c>;</c>, decimal comma).</summary>
    public bool ForExcelGerman { get; init; }

    /// <summary>Gets the redactor for names and emails.</summary>
    public Redactor Redactor { get; init; } = Redactor.None;

    /// <summary>The id of the k-th group (from 0) of a model: <c>P1</c>, <c>P2</c>… for pods, <c>C1</c>… for circles.</summary>
    /// <param name="model">The model.</param>
    /// <param name="index">The group's index among the result's groups.</param>
    /// <returns>The id.</returns>
    public static string GroupId(ProgramModelKind model, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{(model == ProgramModelKind.Circles ? "C" : "P")}{index + 1}");

    /// <summary>Writes one row per member of a group: group id, (topic,) mentee, mentor, score, reasons.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="result">A pods or circles result.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void WriteMembers(TextWriter writer, ProgramResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        bool circles = result.Model == ProgramModelKind.Circles;
        using var csv = CreateWriter(writer);
        string[] headers = circles
            ? ["Circle", "Topic", "Mentee", "Mentee email", "Mentor", "Mentor email", "Score"]
            : ["Pod", "Mentee", "Mentee email", "Mentor", "Mentor email", "Pod score", "Reasons"];
        WriteHeader(csv, headers);
        int k = 0;
        foreach (Group group in result.PlacementsOf<Group>())
        {
            string id = GroupId(result.Model, k++);
            foreach (Participant member in group.Members)
            {
                csv.WriteField(id);
                if (circles)
                {
                    csv.WriteField(group.Reasons.FirstOrDefault() ?? string.Empty);
                }

                csv.WriteField(Redactor.NameOf(member));
                csv.WriteField(Redactor.EmailOf(member));
                csv.WriteField(group.Leader is null ? string.Empty : Redactor.NameOf(group.Leader));
                csv.WriteField(group.Leader is null ? string.Empty : Redactor.EmailOf(group.Leader));
                csv.WriteField(Number(group.Score));
                if (!circles)
                {
                    csv.WriteField(string.Join("; ", group.Reasons));
                }

                csv.NextRecord();
            }
        }
    }

    /// <summary>
    /// Writes one row per pod: id, mentor, members, size, score, cohesion, shared hours, and the shared window shown in
    /// the mentor's and each member's own time zone (UTC when unknown).
    /// </summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="result">A pods result.</param>
    /// <param name="cohesion">Each pod's mean member similarity (0–100), in group order.</param>
    /// <param name="weekStart">The date hour 0 of the availability week falls on (the program start).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void WritePods(TextWriter writer, ProgramResult result, IReadOnlyList<double> cohesion, LocalDate weekStart)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(cohesion);
        using var csv = CreateWriter(writer);
        WriteHeader(csv, ["Pod", "Mentor", "Members", "Size", "Pod score", "Cohesion", "Shared hours", "Shared window by person"]);
        int k = 0;
        foreach (Group group in result.PlacementsOf<Group>())
        {
            Participant[] people = [.. group.People];
            int[] hours = [.. Enumerable.Range(0, WeeklyAvailability.SlotCount).Where(h => people.All(p => p.Availability.IsEmpty || p.Availability.Contains(h)))];
            csv.WriteField(GroupId(result.Model, k));
            csv.WriteField(group.Leader is null ? string.Empty : Redactor.NameOf(group.Leader));
            csv.WriteField(string.Join("; ", group.Members.Select(Redactor.NameOf)));
            csv.WriteField(group.Members.Length);
            csv.WriteField(Number(group.Score));
            csv.WriteField(Number(k < cohesion.Count ? cohesion[k] : 0));
            csv.WriteField(hours.Length);
            csv.WriteField(string.Join(" | ", people.Select(p => $"{Redactor.NameOf(p)}: {Window(hours, p.TimeZone, weekStart)}")));
            csv.NextRecord();
            k++;
        }
    }

    /// <summary>Writes one row per circle: id, topic, mentor, members, size, mean score.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="result">A circles result.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void WriteCircles(TextWriter writer, ProgramResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        using var csv = CreateWriter(writer);
        WriteHeader(csv, ["Circle", "Topic", "Mentor", "Members", "Size", "Mean score"]);
        int k = 0;
        foreach (Group group in result.PlacementsOf<Group>())
        {
            csv.WriteField(GroupId(result.Model, k++));
            csv.WriteField(group.Reasons.FirstOrDefault() ?? string.Empty);
            csv.WriteField(group.Leader is null ? string.Empty : Redactor.NameOf(group.Leader));
            csv.WriteField(string.Join("; ", group.Members.Select(Redactor.NameOf)));
            csv.WriteField(group.Members.Length);
            csv.WriteField(Number(group.Score));
            csv.NextRecord();
        }
    }

    /// <summary>UTC hours of the week as local ranges in a zone, e.g. <c>Mon 18:00–20:00 (Europe/Berlin)</c>.</summary>
    /// <param name="hours">Increasing UTC hour slots, 0 = <paramref name="weekStart"/> 00:00 UTC.</param>
    /// <param name="zoneId">The person's zone id, or null for UTC.</param>
    /// <param name="weekStart">The date of slot 0.</param>
    /// <returns>The ranges, <c>;</c>-separated, or <c>none</c>.</returns>
    public static string Window(IReadOnlyList<int> hours, string? zoneId, LocalDate weekStart)
    {
        ArgumentNullException.ThrowIfNull(hours);
        DateTimeZone zone = (zoneId is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId)) ?? DateTimeZone.Utc;
        if (hours.Count == 0)
        {
            return "none";
        }

        Instant origin = weekStart.AtMidnight().InUtc().ToInstant();
        var text = new StringBuilder();
        int start = 0;
        for (int k = 1; k <= hours.Count; k++)
        {
            if (k < hours.Count && hours[k] == hours[k - 1] + 1)
            {
                continue;
            }

            ZonedDateTime from = (origin + Duration.FromHours(hours[start])).InZone(zone);
            ZonedDateTime to = (origin + Duration.FromHours(hours[k - 1] + 1)).InZone(zone);
            if (text.Length > 0)
            {
                text.Append("; ");
            }

            text.Append(from.ToString("ddd HH:mm", CultureInfo.InvariantCulture)).Append('–')
                .Append(to.Date == from.Date ? to.ToString("HH:mm", CultureInfo.InvariantCulture) : to.ToString("ddd HH:mm", CultureInfo.InvariantCulture));
            start = k;
        }

        return text.Append(" (").Append(zone.Id).Append(')').ToString();
    }

    private static void WriteHeader(CsvWriter csv, IEnumerable<string> headers)
    {
        foreach (string header in headers)
        {
            csv.WriteField(header);
        }

        csv.NextRecord();
    }

    private CsvWriter CreateWriter(TextWriter writer) => new(writer, new CsvConfiguration(ForExcelGerman ? CultureInfo.GetCultureInfo("de-DE") : CultureInfo.InvariantCulture)
    {
        Delimiter = ForExcelGerman ? ";" : ",",
        InjectionOptions = InjectionOptions.Escape,
        NewLine = "\n",
    }, leaveOpen: true);

    private string Number(double value) => value.ToString("0.0", ForExcelGerman ? CultureInfo.GetCultureInfo("de-DE") : CultureInfo.InvariantCulture);
}
