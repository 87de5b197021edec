// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Domain;
using Matching.IO.Survey;
using NodaTime;

namespace Matching.IO.Tests.Survey;

public class ValueParsingTests
{
    [Theory]
    [InlineData("Europe/Berlin", "Europe/Berlin")]
    [InlineData("europe/berlin", "Europe/Berlin")]
    [InlineData("CET", "Europe/Berlin")]
    [InlineData("MESZ", "Europe/Berlin")]
    [InlineData("EST", "America/New_York")]
    [InlineData("Berlin (UTC+1)", "Europe/Berlin")]
    [InlineData("New York", "America/New_York")]
    [InlineData("UTC+2", "UTC+02")]
    [InlineData("GMT-5:30", "UTC-05:30")]
    [InlineData("+01:00", "UTC+01")]
    [InlineData("UTC", "UTC")]
    public void TimeZone_KnownForms_Parse(string text, string zoneId)
    {
        Assert.True(TimeZoneParser.TryParse(text, out DateTimeZone? zone, out _));
        Assert.Equal(zoneId, zone!.Id);
    }

    [Theory]
    [InlineData("Mars/Olympus")]
    [InlineData("UTC+25")]
    [InlineData("somewhere")]
    public void TimeZone_Unknown_Fails(string text) => Assert.False(TimeZoneParser.TryParse(text, out _, out _));

    [Fact]
    public void TimeZone_Ist_ParsesWithAmbiguityNote()
    {
        Assert.True(TimeZoneParser.TryParse("IST", out DateTimeZone? zone, out string? note));
        Assert.Equal("Asia/Kolkata", zone!.Id);
        Assert.Contains("Irish", note, StringComparison.Ordinal);
    }

    [Fact]
    public void Availability_BerlinEvening_ShiftsWithDaylightSaving()
    {
        // Monday 18:00 in Berlin is 17:00 UTC in January (CET) and 16:00 UTC in July (CEST).
        DateTimeZone berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
        Assert.True(AvailabilityParser.TryParse("Mon 18-19", berlin, new LocalDate(2026, 1, 5), out WeeklyAvailability winter, out _));
        Assert.True(AvailabilityParser.TryParse("Mon 18-19", berlin, new LocalDate(2026, 7, 6), out WeeklyAvailability summer, out _));

        Assert.True(winter.Contains(17));
        Assert.True(summer.Contains(16));
        Assert.Equal(1, winter.Hours);
    }

    [Theory]
    [InlineData("Weekday evenings", 20)]
    [InlineData("Wochentags nachmittags", 25)]
    [InlineData("Wochentags mittags", 5)]
    [InlineData("Mo-Mi abends", 12)]
    [InlineData("Sat & Sun mornings", 8)]
    [InlineData("Wochenende vormittags", 8)]
    [InlineData("Di 18:30-20:00 Uhr", 2)]
    [InlineData("Tue 18-20, Thu 12-14", 4)]
    [InlineData("Fri-Mon evenings", 16)]
    public void Availability_Forms_CountHours(string text, int hours)
    {
        Assert.True(AvailabilityParser.TryParse(text, DateTimeZone.Utc, new LocalDate(2026, 1, 5), out WeeklyAvailability availability, out string? bad), bad);
        Assert.Equal(hours, availability.Hours);
    }

    [Theory]
    [InlineData("whenever")]
    [InlineData("Tue 20-18")]
    [InlineData("Someday evenings")]
    public void Availability_Unreadable_ReportsTheItem(string text)
    {
        Assert.False(AvailabilityParser.TryParse(text, DateTimeZone.Utc, new LocalDate(2026, 1, 5), out _, out string? bad));
        Assert.Equal(text, bad);
    }

    [Theory]
    [InlineData("Mentor", Roles.Mentor)]
    [InlineData("Mentor:in", Roles.Mentor)]
    [InlineData("Mentee", Roles.Mentee)]
    [InlineData("Both", Roles.Both)]
    [InlineData("Beides", Roles.Both)]
    [InlineData("Mentor and mentee", Roles.Both)]
    [InlineData("", Roles.None)]
    [InlineData("Teacher", Roles.None)]
    public void Role_EnglishAndGerman(string text, Roles expected) => Assert.Equal(expected, ValueParsers.ParseRole(text));

    [Theory]
    [InlineData("3,5", 3.5)]
    [InlineData("3.5", 3.5)]
    [InlineData("1.234,5", 1234.5)]
    [InlineData("1,234.5", 1234.5)]
    [InlineData("12", 12)]
    public void Number_DecimalPointOrComma(string text, double expected)
    {
        Assert.True(ValueParsers.TryParseNumber(text, out double value));
        Assert.Equal(expected, value);
    }

    [Fact]
    public void Tags_SplitTrimDedupeAndNormalize()
    {
        // "Führung" typed with a combining diaeresis (NFD) equals the composed form.
        IReadOnlySet<string> tags = ValueParsers.ParseTags(" Python; python ,Fu\u0308hrung;;Führung ");

        Assert.Equal(2, tags.Count);
        Assert.Contains("Führung", tags);
    }
}
