// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Scoring;
using Matching.IO.Survey;
using NodaTime;

namespace Matching.IO.Tests.Survey;

public class MappingFileTests
{
    [Fact]
    public void WriteThenRead_RoundTripsEverySetting()
    {
        var mapping = new SurveyMapping
        {
            Columns = new Dictionary<SurveyField, string> { [SurveyField.Email] = "E-Mail", [SurveyField.Role] = "Rolle" },
            Synonyms = new Dictionary<string, string> { ["ML"] = "Machine learning" },
            SensitiveColumns = ["Identität"],
            ProgramStart = new LocalDate(2026, 3, 2),
            Scoring = new ScoringOptions { SkillsWeight = 55, ReverseMentoring = true, MinimumOverlapHours = 2, Department = DepartmentPreference.Same, Minimums = new Dictionary<Criterion, double> { [Criterion.Skills] = 0.25 } },
            UnmatchedPenalty = 30,
        };
        var text = new StringWriter();
        MappingFile.Write(text, mapping);

        var (read, diagnostics) = MappingFile.Read(new StringReader(text.ToString()), "mapping.json");

        Assert.Empty(diagnostics);
        Assert.Equal(mapping.Columns, read!.Columns);
        Assert.Equal("Machine learning", read.Synonyms["ml"]);
        Assert.Equal(["Identität"], read.SensitiveColumns);
        Assert.Equal(new LocalDate(2026, 3, 2), read.ProgramStart);
        Assert.Equal(55, read.Scoring.SkillsWeight);
        Assert.Equal(ScoringOptions.Default.GoalsWeight, read.Scoring.GoalsWeight);
        Assert.True(read.Scoring.ReverseMentoring);
        Assert.Equal(2, read.Scoring.MinimumOverlapHours);
        Assert.Equal(DepartmentPreference.Same, read.Scoring.Department);
        Assert.Equal(0.25, read.Scoring.Minimums[Criterion.Skills]);
        Assert.Equal(30, read.UnmatchedPenalty);
    }

    [Fact]
    public void Read_InvalidJson_NamesLineAndColumn()
    {
        var (mapping, diagnostics) = MappingFile.Read(new StringReader("{\n  \"columns\": {\n    \"Email\": \"E-Mail\"\n    \"Role\": \"Rolle\"\n  }\n}"), "mapping.json");

        Assert.Null(mapping);
        SurveyDiagnostic error = Assert.Single(diagnostics);
        Assert.Equal(4, error.Line);
        Assert.Equal(5, error.Column);
        Assert.StartsWith("not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SemanticErrors_AreAllReportedWithTheirPath()
    {
        const string json = """
            {
              "columns": { "Skils": "Skills" },
              "scoring": { "weights": { "Skills": "lots", "Charm": 3 }, "minimumOverlapHours": 1.5 },
              "matching": { "unmatchedPenalty": -1 },
              "colour": "blue"
            }
            """;

        var (mapping, diagnostics) = MappingFile.Read(new StringReader(json), "m.json");

        Assert.Null(mapping);
        string[] messages = [.. diagnostics.Select(d => d.Message)];
        Assert.Contains(messages, m => m.StartsWith("columns.Skils: unknown field", StringComparison.Ordinal));
        Assert.Contains("scoring.weights.Skills: expected a number", messages);
        Assert.Contains(messages, m => m.StartsWith("scoring.weights.Charm: unknown criterion", StringComparison.Ordinal));
        Assert.Contains("scoring.minimumOverlapHours: expected a whole number", messages);
        Assert.Contains(messages, m => m.StartsWith("matching.unmatchedPenalty", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("colour: unknown setting", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_InconsistentScoring_IsReported()
    {
        var (mapping, diagnostics) = MappingFile.Read(new StringReader("""{ "scoring": { "idealLevelGap": 3, "maximumGoodLevelGap": 1 } }"""), "m.json");

        Assert.Null(mapping);
        Assert.Contains("maximum good level gap", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reader_WithMapping_UsesItsColumnsSynonymsAndHidesSensitiveValues()
    {
        const string csv = "Who,Mail,Side,Can teach,Wants,Identity to match,Match with similar identity\n" +
            "Ann,ann@x.org,Mentee,,ML,Secret-A,perhaps\n" +
            "Bo,bo@x.org,Mentor,Machine learning,,,\n";
        var mapping = new SurveyMapping
        {
            Columns = new Dictionary<SurveyField, string>
            {
                [SurveyField.Name] = "who", [SurveyField.Email] = "Mail", [SurveyField.Role] = "Side", [SurveyField.SkillsOffered] = "Can teach",
                [SurveyField.SkillsWanted] = "Wants", [SurveyField.Identity] = "Identity to match", [SurveyField.AffinityOptIn] = "Match with similar identity",
            },
            Synonyms = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["ML"] = "Machine learning" },
        };

        SurveyReadResult result = SurveyReader.Read(new StringReader(csv), new SurveyReadOptions { FileName = "s.csv", Mapping = mapping });

        SurveyDiagnostic error = Assert.Single(result.Errors);
        Assert.Equal(7, error.Column);
        Assert.Null(error.Value); // a sensitive column's value never appears in a message
        Assert.DoesNotContain("Secret", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Secret", string.Join(",", result.Rejected.Single().Fields), StringComparison.Ordinal);
        Assert.Equal(["Machine learning"], result.Participants.Single().SkillsOffered);
    }

    [Fact]
    public void Reader_MappingNamesAMissingColumn_IsAHeaderError()
    {
        var mapping = new SurveyMapping { Columns = new Dictionary<SurveyField, string> { [SurveyField.Role] = "Role", [SurveyField.Name] = "Full name" } };

        SurveyReadResult result = SurveyReader.Read(new StringReader("Name,Role\nA,Mentor\n"), new SurveyReadOptions { Mapping = mapping });

        Assert.Contains(result.Errors, e => e.Line == 1 && e.Message.Contains("'Full name'", StringComparison.Ordinal));
        Assert.Empty(result.Participants);
    }
}
