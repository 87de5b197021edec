// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Matching.Core.Domain;

namespace Matching.IO.Output;

/// <summary>
/// Writes participants as a survey in the engine's canonical English layout, which <see cref="Survey.SurveyReader"/>
/// reads back without loss: availability as UTC hour ranges, career levels as numbers, multi-select answers joined
/// with <c>;</c>.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class SurveyCsvWriter
{
    private static readonly string[] DayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

    private static readonly string[] Header =
    [
        "Participant ID", "Name", "Email", "Role", "Skills to offer", "Skills to develop", "Goals", "Meeting format",
        "Meeting frequency", "Languages", "Time zone", "Availability", "Career level", "Years of experience", "Department",
        "Capacity", "Manager email", "Preferred mentors", "Declined mentees", "Match with similar identity", "Identity characteristics",
    ];

    /// <summary>Gets whether to write the sensitive identity columns. Default false.</summary>
    public bool IncludeSensitive { get; init; }

    /// <summary>Writes <paramref name="participants"/>.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="participants">The people.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void Write(TextWriter writer, IEnumerable<Participant> participants)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(participants);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n", InjectionOptions = InjectionOptions.None };
        using var csv = new CsvWriter(writer, configuration, leaveOpen: true);
        int columns = IncludeSensitive ? Header.Length : Header.Length - 2;
        foreach (string header in Header.Take(columns))
        {
            csv.WriteField(header);
        }

        csv.NextRecord();
        foreach (Participant p in participants)
        {
            string[] fields =
            [
                p.Id,
                p.Name,
                p.Email ?? string.Empty,
                p.Roles switch { Roles.Mentee => "Mentee", Roles.Mentor => "Mentor", _ => "Both" },
                Join(p.SkillsOffered),
                Join(p.SkillsWanted),
                Join(p.Goals),
                Join(p.MeetingFormats),
                p.MeetingFrequency ?? string.Empty,
                Join(p.Languages),
                p.Availability.IsEmpty ? string.Empty : "UTC",
                FormatAvailability(p.Availability),
                p.CareerLevel?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                p.YearsOfExperience?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty,
                p.Department ?? string.Empty,
                p.Roles.HasFlag(Roles.Mentor) ? p.Capacity.ToString(CultureInfo.InvariantCulture) : string.Empty,
                p.ManagerEmail ?? string.Empty,
                string.Join("; ", p.PreferredMentors),
                Join(p.DeclinedMentees),
                p.WantsAffinity ? "yes" : "no",
                Join(p.Identity),
            ];
            foreach (string field in fields.Take(columns))
            {
                csv.WriteField(field);
            }

            csv.NextRecord();
        }
    }

    /// <summary>Formats UTC hour slots as day ranges such as <c>Mon 17-21; Tue 0-2</c>.</summary>
    /// <param name="availability">The availability.</param>
    public static string FormatAvailability(WeeklyAvailability availability)
    {
        var items = new List<string>();
        for (int day = 0; day < 7; day++)
        {
            int hour = 0;
            while (hour < 24)
            {
                if (!availability.Contains((day * 24) + hour))
                {
                    hour++;
                    continue;
                }

                int start = hour;
                while (hour < 24 && availability.Contains((day * 24) + hour))
                {
                    hour++;
                }

                items.Add(string.Create(CultureInfo.InvariantCulture, $"{DayNames[day]} {start}-{hour}"));
            }
        }

        return string.Join("; ", items);
    }

    private static string Join(IEnumerable<string> tags) => string.Join("; ", tags.Order(StringComparer.Ordinal));
}
