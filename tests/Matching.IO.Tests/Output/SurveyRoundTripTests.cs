// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Domain;
using Matching.IO.Output;
using Matching.IO.Survey;

namespace Matching.IO.Tests.Output;

public class SurveyRoundTripTests
{
    private static readonly string[] Words = ["Python", "SQL", "Führung", "Öffentliches Reden", "UX design", "Cloud", "Café \"Kultur\"", "Data analysis"];
    private static readonly string[] LanguageNames = ["English", "German", "Spanish", "Turkish", "Polish"];

    [Fact]
    public void WriteThenRead_GeneratedParticipants_AreReadBackWithoutLoss()
    {
        Gen<Participant[]> people =
            from count in Gen.Choose(1, 12)
            from seeds in Gen.Choose(0, int.MaxValue - 1).ArrayOf(count)
            select seeds.Select((seed, i) => RandomParticipant(seed, i)).ToArray();

        Prop.ForAll(Arb.From(people), original =>
        {
            var text = new StringWriter();
            new SurveyCsvWriter { IncludeSensitive = true }.Write(text, original);
            SurveyReadResult read = SurveyReader.Read(new StringReader(text.ToString()), new SurveyReadOptions { FileName = "roundtrip.csv" });
            if (read.HasErrors || read.Participants.Count != original.Length)
            {
                throw new InvalidOperationException(string.Join("\n", read.Diagnostics) + "\n" + text);
            }

            foreach (var (a, b) in original.Zip(read.Participants))
            {
                if (!Same(a, b))
                {
                    throw new InvalidOperationException($"read back differently: level {a.CareerLevel}/{b.CareerLevel}, years {a.YearsOfExperience}/{b.YearsOfExperience}, roles {a.Roles}/{b.Roles}, formats {string.Join("+", a.MeetingFormats)}/{string.Join("+", b.MeetingFormats)}, mapping {string.Join(", ", read.Mapping!.Fields.Select(f => $"{f.Key}={read.Mapping.Headers[f.Value]}"))}\n{text}");
                }
            }

            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    [Fact]
    public void FormatAvailability_WritesDayRanges()
    {
        var availability = WeeklyAvailability.None.WithHours(17, 4).WithHours(24 + 22, 4);

        Assert.Equal("Mon 17-21; Tue 22-24; Wed 0-2", SurveyCsvWriter.FormatAvailability(availability));
    }

    private static bool Same(Participant a, Participant b) =>
        a.Id == b.Id && a.Name == b.Name && a.Email == b.Email && a.Roles == b.Roles
        && a.SkillsOffered.SetEquals(b.SkillsOffered) && a.SkillsWanted.SetEquals(b.SkillsWanted) && a.Goals.SetEquals(b.Goals)
        && a.MeetingFormats.SetEquals(b.MeetingFormats) && a.Languages.SetEquals(b.Languages)
        && a.MeetingFrequency == b.MeetingFrequency && a.Availability == b.Availability && a.CareerLevel == b.CareerLevel
        && a.YearsOfExperience == b.YearsOfExperience && a.Department == b.Department && a.Capacity == b.Capacity
        && a.ManagerEmail == b.ManagerEmail && a.PreferredMentors.SequenceEqual(b.PreferredMentors)
        && a.DeclinedMentees.SetEquals(b.DeclinedMentees) && a.WantsAffinity == b.WantsAffinity && a.Identity.SetEquals(b.Identity);

    private static Participant RandomParticipant(int seed, int index)
    {
        var random = new Random(seed);
        IReadOnlySet<string> Pick(string[] pool)
        {
            var set = new HashSet<string>(pool.Where(_ => random.Next(3) == 0), StringComparer.OrdinalIgnoreCase);
            return set.Count == 0 ? Participant.EmptySet : set;
        }

        var roles = (Roles)random.Next(1, 4);
        WeeklyAvailability availability = WeeklyAvailability.None;
        for (int n = random.Next(4); n > 0; n--)
        {
            availability = availability.WithHours(random.Next(168), random.Next(1, 30));
        }

        bool hasEmail = random.Next(4) > 0;
        return new Participant
        {
            Id = hasEmail ? $"person{index}@example.org" : $"ID-{index}",
            Name = $"Person {index} {Words[random.Next(Words.Length)]}",
            Email = hasEmail ? $"person{index}@example.org" : null,
            Roles = roles,
            SkillsOffered = Pick(Words),
            SkillsWanted = Pick(Words),
            Goals = Pick(["Leadership", "Career entry", "Onboarding"]),
            MeetingFormats = Pick(["Video call", "Chat", "In person"]),
            MeetingFrequency = random.Next(5) switch { 0 => null, 1 => "weekly", 2 => "biweekly", 3 => "monthly", _ => "quarterly" },
            Languages = Pick(LanguageNames),
            Availability = availability,
            CareerLevel = random.Next(3) == 0 ? null : random.Next(0, 6),
            YearsOfExperience = random.Next(3) == 0 ? null : random.Next(0, 80) / 2.0,
            Department = random.Next(3) == 0 ? null : Words[random.Next(Words.Length)],
            Capacity = roles.HasFlag(Roles.Mentor) ? random.Next(0, 6) : 0,
            ManagerEmail = random.Next(3) == 0 ? $"boss{random.Next(5)}@example.org" : null,
            PreferredMentors = [.. Enumerable.Range(0, random.Next(4)).Select(k => $"mentor{k}@example.org")],
            DeclinedMentees = Pick(["a@example.org", "b@example.org"]),
            WantsAffinity = random.Next(2) == 0,
            Identity = Pick(["Identity A", "Identity B"]),
        };
    }
}
