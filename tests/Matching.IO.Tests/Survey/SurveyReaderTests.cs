// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Domain;
using Matching.IO.Survey;

namespace Matching.IO.Tests.Survey;

public class SurveyReaderTests
{
    [Fact]
    public void Read_GoogleForms_ReadsEveryFieldAndMultiLineAnswers()
    {
        SurveyReadResult result = Fixture.Read("google_forms.csv");

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(',', result.Delimiter);
        Assert.Equal(3, result.Participants.Count);
        Participant ana = result.Participants[0];
        Assert.Equal("ana@example.org", ana.Id);
        Assert.Equal(Roles.Mentee, ana.Roles);
        Assert.Equal(["Python", "SQL"], ana.SkillsWanted.Order());
        Assert.Equal(["English", "Portuguese"], ana.Languages.Order());
        Assert.Equal(1, ana.CareerLevel);
        Assert.Equal(1.5, ana.YearsOfExperience);
        Participant jo = result.Participants[1];
        Assert.Equal(2, jo.Capacity);
        Assert.Equal(4, jo.Availability.Hours); // Tue 18–20 and Thu 12–14
        Participant sam = result.Participants[2];
        Assert.Equal(Roles.Both, sam.Roles);
        Assert.Equal(["Negotiation", "Sales"], sam.SkillsOffered.Order());
        Assert.Equal([2, 3, 4], result.ParticipantLines);
    }

    [Fact]
    public void Read_MicrosoftFormsGerman_HandlesBomSemicolonsDecimalCommaAndUmlauts()
    {
        SurveyReadResult result = Fixture.Read("msforms_de.csv");

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(';', result.Delimiter);
        Participant juergen = result.Participants[0];
        Assert.Equal("Jürgen Müller", juergen.Name);
        Assert.Equal(Roles.Mentor, juergen.Roles);
        Assert.Equal(15.5, juergen.YearsOfExperience);
        Assert.Equal(4, juergen.CareerLevel);
        Assert.Equal(["English", "German"], juergen.Languages.Order());
        Assert.Equal(["Führung", "Präsentieren"], juergen.SkillsOffered.Order());
        Assert.Equal(20, juergen.Availability.Hours); // Mon–Fri 17–21
        Assert.Equal(Roles.Both, result.Participants[2].Roles);
        Assert.Equal("Europe/Berlin", result.Participants[2].TimeZone); // "Berlin" is an unambiguous city
    }

    [Fact]
    public void Read_Windows1252Excel_DecodesAndIgnoresTrailingEmptyColumnsAndRows()
    {
        byte[] bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "excel_1252.csv"));
        var (text, encoding) = SurveyText.Decode(bytes);
        SurveyReadResult result = SurveyReader.Read(new StringReader(text), new SurveyReadOptions { FileName = "excel_1252.csv" });

        Assert.StartsWith("Windows-1252", encoding, StringComparison.Ordinal);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(2, result.RowCount);
        Assert.Equal("Jörg Schäfer", result.Participants[0].Name);
        Assert.Equal("Märta Öberg", result.Participants[1].Name);
        Assert.Equal(2, result.Participants[0].Capacity);
    }

    [Fact]
    public void Read_Typeform_MapsTopicQuestionsAndAbbreviatedZones()
    {
        SurveyReadResult result = Fixture.Read("typeform.csv");

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(["Product management", "UX design"], result.Participants[0].SkillsWanted.Order());
        Assert.Equal(["Leadership", "Product management"], result.Participants[1].SkillsOffered.Order());
        Assert.Equal("America/Los_Angeles", result.Participants[0].TimeZone);
        Assert.Equal(3, result.Participants[1].Capacity);
    }

    [Fact]
    public void Read_BadRows_ReportsEveryErrorWithLineColumnAndMessage()
    {
        SurveyReadResult result = Fixture.Read("errors.csv");

        var errors = result.Errors.ToList();
        Assert.Equal(4, errors.Count);
        AssertError(errors[0], 3, 3, "Role", "missing role: expected Mentor, Mentee or Both");
        AssertError(errors[1], 4, 8, "Capacity", "invalid capacity: expected a whole number");
        AssertError(errors[2], 5, 7, "Time zone", "unknown time zone: expected an IANA id");
        AssertError(errors[3], 6, 2, "Email", "duplicate participant: the same email as line 2");
        Assert.Equal(["good@example.org"], result.Participants.Select(p => p.Id));
        Assert.Equal("errors.csv:4:8: error: invalid capacity: expected a whole number of mentees from 0 to 50 [column 'Capacity'] (value: 'abc')", errors[1].ToString());
    }

    [Theory]
    [InlineData("Email", "not-an-address", 2, "not an email address", true)]
    [InlineData("Career level", "Wizard", 5, "career level 'Wizard' not understood", false)]
    [InlineData("Years of experience", "lots", 6, "years of experience not understood", false)]
    [InlineData("Availability", "whenever", 7, "availability 'whenever' not understood", false)]
    [InlineData("How often would you like to meet?", "sometimes", 8, "meeting frequency 'sometimes' not understood", false)]
    [InlineData("Manager email", "Boss", 9, "not an email address: expected the manager's email", true)]
    public void Read_EachFieldProblem_NamesLineColumnAndExpectation_HardErrorsSoftWarnings(string header, string value, int column, string message, bool hard)
    {
        string[] headers = ["Name", "Email", "Role", "Skills to offer", "Career level", "Years of experience", "Availability", "How often would you like to meet?", "Manager email"];
        string[] good = ["Ann", "ann@x.org", "Mentee", "", "Junior", "2", "Mon 18-20", "weekly", "boss@x.org"];
        string[] bad = [.. good];
        bad[Array.IndexOf(headers, header)] = value;
        string csv = string.Join(",", headers) + "\n" + string.Join(",", good).Replace("ann@", "bo@", StringComparison.Ordinal) + "\n" + string.Join(",", bad) + "\n";

        foreach (bool strict in new[] { false, true })
        {
            SurveyReadResult result = SurveyReader.Read(new StringReader(csv), new SurveyReadOptions { FileName = "f.csv", Strict = strict });

            bool error = hard || strict;
            SurveyDiagnostic problem = Assert.Single(error ? result.Errors : result.Warnings);
            Assert.Equal(error ? [] : (IEnumerable<SurveyDiagnostic>)[], error ? result.Warnings : result.Errors);
            Assert.Equal(("f.csv", 3, column, header), (problem.File, problem.Line, problem.Column, problem.ColumnName));
            Assert.StartsWith(message, problem.Message, StringComparison.Ordinal);
            Assert.Equal(value, problem.Value);
            Assert.Equal(error ? 1 : 2, result.Participants.Count);
        }
    }

    [Fact]
    public void Read_AnswerBeyondTheHeader_IsAnError()
    {
        SurveyReadResult result = SurveyReader.Read(new StringReader("Name,Role\nAnn,Mentee,surprise\n"), new SurveyReadOptions { FileName = "x.csv" });

        SurveyDiagnostic error = Assert.Single(result.Errors);
        Assert.Equal((2, 3), (error.Line, error.Column));
        Assert.Contains("beyond the 2 columns of the header", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RowShiftedIntoAnEmptyLastAnswer_IsRejectedWithoutQuotingIt()
    {
        // Bo's identity answer holds an unquoted comma: every later answer moves one column right, and the empty last
        // answer (goals) leaves an empty extra field, so nothing lies beyond the header but the columns are wrong.
        const string text = "Name,Role,Identity,Skills,Goals\nAnn,Mentee,,Python,\nBo,Mentee,Woman, SecretText,Python,\nCy,Mentor,,Python,Career\n";

        SurveyReadResult result = SurveyReader.Read(new StringReader(text), new SurveyReadOptions { FileName = "s.csv" });

        SurveyDiagnostic error = Assert.Single(result.Errors);
        Assert.Equal((3, 6), (error.Line, error.Column));
        Assert.Contains("6 fields, 1 more than the header's 5", error.Message, StringComparison.Ordinal);
        Assert.Contains("unquoted ','", error.Message, StringComparison.Ordinal);
        Assert.Null(error.Value);
        Assert.Equal(["Ann", "Cy"], result.Participants.Select(p => p.Name));
        Assert.Equal([2, 4], result.ParticipantLines);
        RejectedRow rejected = Assert.Single(result.Rejected);
        Assert.Equal(3, rejected.Line);
        Assert.All(rejected.Fields, f => Assert.Empty(f));
        Assert.DoesNotContain(result.Diagnostics, d => (d.Message + d.Value).Contains("Secret", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_TrailingDelimiterOnEveryRow_IsTheExportsConvention()
    {
        const string text = "Name;Role;Skills\nAnn;Mentee;Python;\nBo;Mentee;Go;\nCy;Mentor;Python;\n";

        SurveyReadResult result = SurveyReader.Read(new StringReader(text), new SurveyReadOptions { FileName = "s.csv" });

        Assert.Empty(result.Errors);
        Assert.Equal(["Ann", "Bo", "Cy"], result.Participants.Select(p => p.Name));
    }

    [Theory]
    [InlineData("Zeitstempel;E-Mail-Adresse;Name;Rolle;Kompetenzen;Abteilung")]
    [InlineData("Timestamp;Email;Name;Role;Skills;Department")]
    public void Read_OneSkillsQuestionForBothRoles_IsOfferedForMentorsAndWantedForMentees(string headers)
    {
        string text = headers + "\n2026-01-01;a@x.de;Ana;Mentee;Python, SQL;IT\n2026-01-01;b@x.de;Bo;Mentee;Go;HR\n"
            + "2026-01-01;c@x.de;Cy;Mentor;Python;Finance\n2026-01-01;d@x.de;Dee;Mentor;Go, Rust;IT\n";

        SurveyReadResult result = SurveyReader.Read(new StringReader(text), new SurveyReadOptions { FileName = "s.csv" });

        Assert.Empty(result.Errors);
        Assert.Equal(4, result.Mapping!.ColumnOf(SurveyField.Skills));
        Assert.Equal(5, result.Mapping.ColumnOf(SurveyField.Department));
        Participant ana = result.Participants.Single(p => p.Name == "Ana");
        Participant dee = result.Participants.Single(p => p.Name == "Dee");
        Assert.Equal(["python", "sql"], ana.SkillsWanted.Select(s => s.ToLowerInvariant()).Order());
        Assert.Empty(ana.SkillsOffered);
        Assert.Equal(["go", "rust"], dee.SkillsOffered.Select(s => s.ToLowerInvariant()).Order());
        Assert.Empty(dee.SkillsWanted);
        Assert.Equal("IT", dee.Department);
    }

    [Fact]
    public void Read_SeparateSkillsQuestions_StillGoToTheirOwnSide()
    {
        const string text = "Name,Role,Which skills can you offer?,Which skills would you like to develop?\nAna,Mentee,,Python\nCy,Mentor,Go,\n";

        SurveyReadResult result = SurveyReader.Read(new StringReader(text), new SurveyReadOptions { FileName = "s.csv" });

        Assert.Equal(2, result.Mapping!.ColumnOf(SurveyField.SkillsOffered));
        Assert.Equal(3, result.Mapping.ColumnOf(SurveyField.SkillsWanted));
        Assert.False(result.Mapping.Has(SurveyField.Skills));
    }

    [Fact]
    public void Read_NoRoleColumn_IsAFileLevelError()
    {
        SurveyReadResult result = SurveyReader.Read(new StringReader("Name,Email\nA,a@example.org\n"), new SurveyReadOptions { FileName = "x.csv" });

        SurveyDiagnostic error = Assert.Single(result.Errors);
        Assert.Equal(1, error.Line);
        Assert.Contains("mentor, a mentee or both", error.Message, StringComparison.Ordinal);
        Assert.Empty(result.Participants);
    }

    [Fact]
    public void Read_AnswersUnderABlankHeader_AreReportedOnce()
    {
        SurveyReadResult result = SurveyReader.Read(new StringReader("Name,Role,\nAnn,Mentee,likes cats\nBo,Mentor,likes dogs\n"), new SurveyReadOptions { FileName = "b.csv" });

        SurveyDiagnostic warning = Assert.Single(result.Warnings);
        Assert.Equal((2, 3), (warning.Line, warning.Column));
        Assert.Contains("no header", warning.Message, StringComparison.Ordinal);
        Assert.Equal(2, result.Participants.Count);
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("Name,Role\n", "the file has a header but no answers")]
    public void Read_EmptyFiles_SayWhatIsMissing(string text, string message)
    {
        SurveyReadResult result = SurveyReader.Read(new StringReader(text));

        Assert.Contains(message, Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a,b;c\n", ',')]
    [InlineData("a;b;c,d\n", ';')]
    [InlineData("a\tb\tc\n", '\t')]
    [InlineData("\"x;y;z\",b\n", ',')]
    public void DetectDelimiter_CountsOutsideQuotes(string text, char expected) =>
        Assert.Equal(expected, SurveyReader.DetectDelimiter(text));

    private static void AssertError(SurveyDiagnostic error, int line, int column, string header, string message)
    {
        Assert.Equal("errors.csv", error.File);
        Assert.Equal(line, error.Line);
        Assert.Equal(column, error.Column);
        Assert.Equal(header, error.ColumnName);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }
}
