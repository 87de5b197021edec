// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Matching.IO.Generation;
using Matching.IO.Survey;

namespace Matching.IO.Tests.Survey;

public class HeaderInferenceTests
{
    // The generator's English columns, in order (see SurveyGenerator).
    private static readonly SurveyField[] EnglishFields =
    [
        SurveyField.Timestamp, SurveyField.Email, SurveyField.Name, SurveyField.Role, SurveyField.SkillsOffered, SurveyField.SkillsWanted,
        SurveyField.Goals, SurveyField.MeetingFormat, SurveyField.Languages, SurveyField.TimeZone, SurveyField.Availability,
        SurveyField.CareerLevel, SurveyField.YearsOfExperience, SurveyField.Department, SurveyField.Capacity,
    ];

    public static TheoryData<string> CorpusFields() => [.. Corpus().Select(c => c.Field.ToString()).Distinct()];

    [Theory]
    [MemberData(nameof(CorpusFields))]
    public void Infer_EveryPhrasingOfTheCorpus_FindsItsField(string fieldName)
    {
        var field = Enum.Parse<SurveyField>(fieldName);
        var (headers, rows) = Generated(seed: 3, count: 60);
        int column = Array.IndexOf(EnglishFields, field);
        var phrasings = Corpus().Where(c => c.Field == field).Select(c => c.Header).ToList();
        Assert.True(phrasings.Count >= 30, $"{field}: only {phrasings.Count} phrasings");

        var wrong = new List<string>();
        foreach (string phrasing in phrasings)
        {
            string[] renamed = [.. headers];
            renamed[column] = phrasing;
            ColumnMapping mapping = HeaderInference.Infer(renamed, rows);
            if (mapping.ColumnOf(field) != column)
            {
                int found = mapping.ColumnOf(field);
                wrong.Add($"'{phrasing}' → {(found < 0 ? "not found" : $"column {found} '{renamed[found]}'")}; the column went to {string.Join(",", mapping.Fields.Where(f => f.Value == column).Select(f => f.Key))}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void Infer_HeadersThatSayNothing_FindsEveryFieldFromTheAnswers()
    {
        var (headers, rows) = Generated(seed: 11, count: 200);

        // Q1 … Q14: the form's questions without their texts (the timestamp column left out).
        string[] blind = [.. headers.Skip(1).Select((_, i) => $"Q{i + 1}")];
        var blindRows = rows.Select(r => (IReadOnlyList<string>)[.. r.Skip(1)]).ToList();
        ColumnMapping mapping = HeaderInference.Infer(blind, blindRows);

        var expected = EnglishFields.Skip(1).Select((f, i) => (Field: f, Column: i)).ToList();
        Assert.All(expected, e => Assert.True(mapping.ColumnOf(e.Field) == e.Column, $"{e.Field}: expected Q{e.Column + 1}, got {mapping.ColumnOf(e.Field) + 1}"));
        Assert.All(mapping.Guesses.Values, g => Assert.InRange(g.Confidence, 0.5, 1.0));
        Assert.All(mapping.Guesses.Values, g => Assert.StartsWith("answers", g.Evidence, StringComparison.Ordinal));
    }

    [Fact]
    public void Infer_YesNoUnderAMentorAndMenteeHeader_IsNotTheRole()
    {
        string[] headers = ["first name", "last name", "email address", "both mentor and mentee", "grade"];
        IReadOnlyList<string>[] rows =
        [
            ["mentor", "00", "mentor.00@gov.uk", "yes", "SCS4"],
            ["mentor", "01", "mentor.01@gov.uk", "no", "HEO"],
            ["mentor", "02", "mentor.02@gov.uk", "no", "EO"],
        ];

        ColumnMapping mapping = HeaderInference.Infer(headers, rows);

        Assert.False(mapping.Has(SurveyField.Role));
        Assert.Equal(3, mapping.ColumnOf(SurveyField.AlsoOtherRole));
        Assert.Equal(0, mapping.ColumnOf(SurveyField.FirstName));
        Assert.Equal(4, mapping.ColumnOf(SurveyField.CareerLevel));
    }

    [Fact]
    public void Infer_RoleAskedInTheFormsOwnWords_IsFoundByItsAnswers()
    {
        string[] headers = ["Email Address", "What brings you here?", "Name"];
        IReadOnlyList<string>[] rows =
        [
            ["a@x.org", "I want to be a mentor", "Ann A"],
            ["b@x.org", "I'm looking for a mentor", "Bo B"],
            ["c@x.org", "Both", "Cy C"],
            ["d@x.org", "I'm looking for a mentor", "Di D"],
        ];

        ColumnMapping mapping = HeaderInference.Infer(headers, rows);

        Assert.Equal(1, mapping.ColumnOf(SurveyField.Role));
        Assert.Equal("answers", mapping.Guesses[SurveyField.Role].Evidence);
        Assert.Equal(Core.Domain.Roles.Mentee, ValueParsers.ParseRole("I'm looking for a mentor"));
        Assert.Equal(Core.Domain.Roles.Mentor, ValueParsers.ParseRole("I want to be a mentor"));
    }

    internal static (string[] Headers, List<IReadOnlyList<string>> Rows) Generated(int seed, int count)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        new SurveyGenerator { Mentees = count * 6 / 10, Mentors = count * 3 / 10, Both = count - (count * 6 / 10) - (count * 3 / 10), Seed = seed }
            .Write(writer, SurveyStyle.GoogleFormsEnglish);
        var records = Records(writer.ToString(), ',');
        return (records[0], [.. records.Skip(1).Select(r => (IReadOnlyList<string>)r)]);
    }

    internal static List<string[]> Records(string text, char delimiter)
    {
        using var parser = new CsvParser(new StringReader(text), new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = delimiter.ToString(), HasHeaderRecord = false });
        var records = new List<string[]>();
        while (parser.Read())
        {
            records.Add(parser.Record!);
        }

        return records;
    }

    internal static IEnumerable<(SurveyField Field, string Header)> Corpus() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "header_phrasings.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(parts => (Enum.Parse<SurveyField>(parts[0]), parts[1]));
}
