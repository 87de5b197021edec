// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Domain;
using Matching.IO.Survey;
using NodaTime;

namespace Matching.IO.Tests.Survey;

public class RealExportsTests
{
    private static SurveyReadResult Read(string csv, SurveyReadOptions? options = null) =>
        SurveyReader.Read(new StringReader(csv), options ?? new SurveyReadOptions { FileName = "s.csv" });

    private static SurveyReadResult ReadFile(string path, Roles role)
    {
        var (text, _) = SurveyText.Decode(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", path)));
        return SurveyReader.Read(new StringReader(text), new SurveyReadOptions { FileName = Path.GetFileName(path), DefaultRole = role });
    }

    [Fact]
    public void MentorMatchPair_IsReadAsItIs()
    {
        SurveyReadResult mentors = ReadFile("mentor_match/mentors.csv", Roles.Mentor);
        SurveyReadResult mentees = ReadFile("mentor_match/mentees.csv", Roles.Mentee);

        Assert.False(mentors.HasErrors, string.Join("\n", mentors.Errors));
        Assert.False(mentees.HasErrors, string.Join("\n", mentees.Errors));
        Assert.Equal(50, mentors.Participants.Count);
        Assert.Equal(50, mentees.Participants.Count);
        Assert.All(mentors.Participants, p => Assert.Equal(Roles.Mentor, p.Roles));
        Assert.All(mentees.Participants, p => Assert.Equal(Roles.Mentee, p.Roles));

        // mentor,00,mentor.00@gov.uk,yes,Some role,SCS4,Department of Joy,DDaT,,…
        Participant mentor = mentors.Participants[0];
        Assert.Equal(("mentor 00", "mentor.00@gov.uk", 10, "Department of Joy"), (mentor.Name, mentor.Email, mentor.CareerLevel, mentor.Organisation));
        Assert.Equal(["DDaT"], mentor.SkillsOffered);

        // mentee,00,…,HEO,Department of Virtue,Security,yes,Bisexual or pansexual,…
        Participant mentee = mentees.Participants[0];
        Assert.Equal((3, "Department of Virtue", true), (mentee.CareerLevel, mentee.Organisation, mentee.WantsAffinity));
        Assert.Equal(["Security"], mentee.SkillsWanted);
        Assert.Equal(["Bisexual or pansexual"], mentee.Identity);
        Assert.Equal(SurveyField.Identity, mentees.Mapping!.Fields.Single(f => mentees.Mapping.Headers[f.Value] == "identity to match").Key);
    }

    [Fact]
    public void DayWordsAlone_MeanDaytime_AndOtherUnreadableItemsAreGroupedWarnings()
    {
        string csv = "Name,Email,Role,Availability\n"
            + string.Concat(Enumerable.Range(0, 5).Select(i => $"P{i},p{i}@x.org,Mentee,\"Weekends, Tue 18-20\"\n"))
            + "Q,q@x.org,Mentor,Samstag\n"
            + string.Concat(Enumerable.Range(0, 4).Select(i => $"R{i},r{i}@x.org,Mentee,\"whenever, Mon 9-10\"\n"));

        SurveyReadResult result = Read(csv);

        Assert.False(result.HasErrors);
        Assert.Equal(10, result.Participants.Count);
        Participant weekends = result.Participants[0];
        Assert.Equal((2 * 8) + 2, weekends.Availability.Hours);
        Assert.True(weekends.Availability.Contains((5 * 24) + 9) && weekends.Availability.Contains((6 * 24) + 16));
        Assert.Equal(8, result.Participants[5].Availability.Hours);
        Assert.Equal(1, result.Participants[6].Availability.Hours);

        IReadOnlyList<string> lines = DiagnosticGroups.Format(result.Diagnostics);
        string line = Assert.Single(lines);
        Assert.Equal("s.csv:8:4: warning: availability 'whenever' not understood in 4 rows: 8, 9, 10, 11; add a time of day (such as 'whenever evenings' or 'Sat 10-12') or map it in synonyms [column 'Availability']", line);

        SurveyReadResult strict = Read(csv, new SurveyReadOptions { FileName = "s.csv", Strict = true });
        Assert.Equal(4, strict.Errors.Count());
        Assert.Equal(6, strict.Participants.Count);
    }

    [Fact]
    public void Errors_AreSortedByLineThenColumn()
    {
        SurveyReadResult result = Read("Name,Email,Role,Capacity,Time zone\nA,a@x.org,Mentor,abc,Mars\nB,bad,,,\n");

        Assert.Equal([(2, 4), (2, 5), (3, 2), (3, 3)], result.Errors.Select(e => (e.Line, e.Column)));
    }

    [Fact]
    public void TitleRowsAboveTheHeader_AreSkipped()
    {
        string csv = "Mentoring-Programm 2026 – Anmeldungen;;;\nExport vom 30.10.2026\nName;E-Mail;Rolle;Kapazität\nJö;jo@x.de;Mentor:in;2\nAl;al@x.de;Mentee;\n";

        SurveyReadResult result = Read(csv);

        Assert.Equal(';', result.Delimiter);
        Assert.False(result.HasErrors, string.Join("\n", result.Errors));
        Assert.Equal(["jo@x.de", "al@x.de"], result.Participants.Select(p => p.Email));
        Assert.Equal([1, 2], result.Warnings.Where(w => w.Message.Contains("title", StringComparison.Ordinal)).Select(w => w.Line));
        Assert.Equal([4, 5], result.ParticipantLines);
    }

    [Fact]
    public void MissingRole_IsAHeaderProblem_NamingTheLikelyColumnAndTheMappingLine()
    {
        SurveyReadResult result = Read("Name,Email,Mentoring track\nAnn,a@x.org,Giving\nBo,b@x.org,Receiving\nCy,c@x.org,Receiving\n");

        SurveyDiagnostic error = Assert.Single(result.Errors);
        Assert.StartsWith("header problem: no column tells whether each person is a mentor", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"Role\": \"Mentoring track\"", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, result.RowCount);
        Assert.NotNull(result.HeaderColumns);
    }

    [Fact]
    public void Vocabulary_FromTheMapping_ExtendsEveryField()
    {
        string json = """
            {
              "synonyms": { "Tandem": "Both" },
              "vocabulary": {
                "availability": { "Flexible": "Mon-Fri 9-17" },
                "levels": [ "AA", "AO", "EO", "HEO", "SEO", "G7", "G6", "SCS1", "SCS2", "SCS3", "SCS4" ],
                "roles": { "Volunteer": "Mentor", "Learner": "Mentee" },
                "formats": { "Zoom": "Video call" },
                "frequencies": { "Every sprint": "biweekly" }
              }
            }
            """;
        var (mapping, problems) = MappingFile.Read(new StringReader(json), "m.json");
        Assert.Empty(problems);

        string csv = "Name,Email,Role,Availability,Grade,Format,How often\nA,a@x.org,Volunteer,Flexible,G7,Zoom,Every sprint\nB,b@x.org,Learner,Sat 10-12,EO,Chat,monthly\nC,c@x.org,Tandem,,SCS2,,\n";
        SurveyReadResult result = Read(csv, new SurveyReadOptions { FileName = "s.csv", Mapping = mapping });

        Assert.False(result.HasErrors, string.Join("\n", result.Errors));
        var (a, b, c) = (result.Participants[0], result.Participants[1], result.Participants[2]);
        Assert.Equal((Roles.Mentor, Roles.Mentee, Roles.Both), (a.Roles, b.Roles, c.Roles));
        Assert.Equal(40, a.Availability.Hours);
        Assert.Equal((5, 2, 8), (a.CareerLevel, b.CareerLevel, c.CareerLevel));
        Assert.Equal(["Video call"], a.MeetingFormats);
        Assert.Equal("biweekly", a.MeetingFrequency);

        var written = new StringWriter();
        MappingFile.Write(written, mapping!);
        var (again, _) = MappingFile.Read(new StringReader(written.ToString()), "again.json");
        Assert.Equal(mapping!.Levels!.Steps, again!.Levels!.Steps);
        Assert.Equal(mapping.AvailabilityWords["Flexible"], again.AvailabilityWords["flexible"]);
    }

    [Fact]
    public void Vocabulary_WithAnUnreadableMeaning_IsRejected()
    {
        var (mapping, problems) = MappingFile.Read(new StringReader("""{ "vocabulary": { "roles": { "Volunteer": "Helper" }, "frequencies": { "x": "sometimes" }, "levels": "AA" } }"""), "m.json");

        Assert.Null(mapping);
        Assert.Equal(3, problems.Count);
    }

    [Fact]
    public void ProgramStart_IsTheMondayAfterTheLastAnswer_WhenAsked()
    {
        string csv = "Timestamp,Name,Email,Role\n2026/10/27 9:00:00 AM GMT+1,A,a@x.org,Mentor\n2026/10/29 5:30:00 PM GMT+1,B,b@x.org,Mentee\n2026/10/20 8:00:00 AM GMT+1,C,c@x.org,Mentee\n";

        SurveyReadResult asked = Read(csv, new SurveyReadOptions { FileName = "s.csv", ProgramStartFromAnswers = true });
        SurveyReadResult given = Read(csv, new SurveyReadOptions { FileName = "s.csv", ProgramStart = new LocalDate(2027, 1, 4) });

        Assert.Equal(new LocalDate(2026, 10, 29), asked.LastAnswer);
        Assert.Equal(new LocalDate(2026, 11, 2), asked.ProgramStart);
        Assert.Equal(new LocalDate(2027, 1, 4), given.ProgramStart);
        Assert.Equal(3, asked.Participants.Count);
    }

    /// <summary>
    /// The start from the answers (a summer Monday) is known only after the last row, but every availability is
    /// converted to UTC for it, as when that start is given: Berlin's 9 o'clock is 7:00 UTC in summer, 8:00 with the
    /// default (winter) start. The answers' diagnostics are the same either way.
    /// </summary>
    [Fact]
    public void ProgramStartFromAnswers_ConvertsEveryAvailabilityForThatStart()
    {
        string csv = "Timestamp,Name,Email,Role,Time zone,Availability\n"
            + string.Concat(Enumerable.Range(0, 700).Select(i =>
                $"2026/06/{1 + (i % 20):00} 9:00:00 AM GMT+2,P{i},p{i}@x.org,{(i % 3 == 0 ? "Mentor" : "Mentee")},{(i % 2 == 0 ? "Europe/Berlin" : "America/New_York")},Mon 9-{10 + (i % 4)}{(i == 650 ? "; whenever" : string.Empty)}\n"));

        SurveyReadResult asked = Read(csv, new SurveyReadOptions { FileName = "s.csv", ProgramStartFromAnswers = true });
        SurveyReadResult given = Read(csv, new SurveyReadOptions { FileName = "s.csv", ProgramStart = new LocalDate(2026, 6, 22) });
        SurveyReadResult winter = Read(csv, new SurveyReadOptions { FileName = "s.csv" });

        Assert.Equal(new LocalDate(2026, 6, 22), asked.ProgramStart);
        Assert.Equal(700, asked.Participants.Count);
        Assert.Equal(given.Participants.Select(p => p.Availability), asked.Participants.Select(p => p.Availability));
        Assert.Equal(given.Diagnostics.Select(d => d.ToString()), asked.Diagnostics.Select(d => d.ToString()));
        Assert.Contains(asked.Diagnostics, d => d.Line == 652 && d.Message.Contains("'whenever' not understood", StringComparison.Ordinal));
        Assert.True(asked.Participants[0].Availability.Contains(7) && !asked.Participants[0].Availability.Contains(8));
        Assert.True(winter.Participants[0].Availability.Contains(8) && !winter.Participants[0].Availability.Contains(7));
    }

    [Fact]
    public void YearsOfExperience_GiveTheLevel_WhenNoLevelIsAsked()
    {
        SurveyReadResult result = Read("Name,Email,Role,Years of experience\nA,a@x.org,Mentee,2\nB,b@x.org,Mentor,12\n");

        Assert.Equal([1, 4], result.Participants.Select(p => p.CareerLevel));
    }
}
