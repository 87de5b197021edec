// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Text;
using Matching.IO.Survey;

namespace Matching.IO.Tests.Fuzz;

/// <summary>Hostile and broken input: every case ends in a correct read or a clear error, never an exception or a hang.</summary>
public class HostileInputTests
{
    private const string Header = "Name,Email,Role,Skills to offer,Skills to develop,Languages,Time zone,Availability,Capacity\n";

    private static readonly char[] CsvAlphabet = ['"', ',', ';', '\t', '\n', '\r', 'a', 'M', 'é', ' ', '\uFEFF', '@', '-', '1', 'x', '\0'];

    [Fact]
    public void Read_RandomBytes_NeverThrows()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes => ReadsCleanly(bytes))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(2000));
    }

    [Fact]
    public void Read_RandomCsvLikeText_NeverThrowsAndAccountsForEveryRow()
    {
        Gen<string> text = Gen.Elements(CsvAlphabet).ArrayOf().Select(chars => Header + new string(chars));
        Prop.ForAll(Arb.From(text), csv =>
        {
            SurveyReadResult result = SurveyReader.Read(new StringReader(csv), new SurveyReadOptions { FileName = "fuzz.csv" });

            // Nothing is dropped silently: every non-blank row is either a participant or a rejected row.
            return result.Participants.Count + result.Rejected.Count == result.RowCount || result.HasErrors;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000));
    }

    [Fact]
    public void Read_TruncatedSample_NeverThrows()
    {
        string full = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "google_forms.csv"));
        for (int length = 0; length <= full.Length; length++)
        {
            SurveyReadResult result = SurveyReader.Read(new StringReader(full[..length]), new SurveyReadOptions { FileName = "cut.csv" });
            Assert.True(result.Participants.Count <= 3);
        }
    }

    [Fact]
    public void Read_HugeField_IsRejectedWithItsPosition()
    {
        string csv = Header + "Ann,ann@x.org,Mentee,," + new string('x', 50_000) + ",English,UTC,,\n";

        SurveyReadResult result = SurveyReader.Read(new StringReader(csv), new SurveyReadOptions { FileName = "big.csv" });

        SurveyDiagnostic error = Assert.Single(result.Errors);
        Assert.Equal((2, 5), (error.Line, error.Column));
        Assert.Contains("50,000 characters long", error.Message, StringComparison.Ordinal);
        Assert.True(error.ToString().Length < 400, "the message must not echo the whole field");
    }

    [Fact]
    public void Read_UnterminatedQuote_IsAClearErrorOrRejection()
    {
        string csv = Header + "Ann,ann@x.org,Mentee,,\"Python,English,UTC,,\nBo,bo@x.org,Mentor,Python,,English,UTC,,1\n";

        SurveyReadResult result = SurveyReader.Read(new StringReader(csv), new SurveyReadOptions { FileName = "q.csv" });

        // The open quote swallows Bo's row; that must be an error, not a silent loss.
        SurveyDiagnostic error = Assert.Single(result.Errors);
        Assert.Equal((2, 5), (error.Line, error.Column));
        Assert.Contains("never closed", error.Message, StringComparison.Ordinal);
        Assert.Empty(result.Participants);
    }

    [Fact]
    public void Read_DeeplyQuotedCell_ReadsLiterally()
    {
        string quoted = "\"" + string.Concat(Enumerable.Repeat("\"\"", 5_000)) + "\"";
        string csv = Header + $"Ann,ann@x.org,Mentee,,{quoted},English,UTC,,\n";

        SurveyReadResult result = SurveyReader.Read(new StringReader(csv), new SurveyReadOptions { FileName = "quotes.csv" });

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(new string('"', 5_000), Assert.Single(Assert.Single(result.Participants).SkillsWanted));
    }

    [Fact]
    public void Read_MillionColumns_IsRefusedQuickly()
    {
        string csv = "Name" + new string(',', 1_000_000) + "\n";

        SurveyReadResult result = SurveyReader.Read(new StringReader(csv), new SurveyReadOptions { FileName = "wide.csv" });

        Assert.Contains("1,000,001 columns", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TooManyRows_StopsAtTheLimitAndSaysSo()
    {
        var csv = new StringBuilder(Header);
        for (int i = 0; i < 50; i++)
        {
            csv.Append("P").Append(i).Append(",p").Append(i).Append("@x.org,Mentee,,Python,English,UTC,,\n");
        }

        SurveyReadResult result = SurveyReader.Read(new StringReader(csv.ToString()), new SurveyReadOptions { FileName = "many.csv", MaxRows = 10 });

        Assert.Equal(10, result.Participants.Count);
        Assert.Contains("more than 10 rows", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidUtf8_FallsBackToWindows1252()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes(Header), .. Encoding.ASCII.GetBytes("J"), 0xF6, .. Encoding.ASCII.GetBytes("rg,j@x.org,Mentor,Python,,English,UTC,,1\n")];

        var (text, encoding) = SurveyText.Decode(bytes);
        SurveyReadResult result = SurveyReader.Read(new StringReader(text));

        Assert.StartsWith("Windows-1252", encoding, StringComparison.Ordinal);
        Assert.Equal("Jörg", Assert.Single(result.Participants).Name);
    }

    [Fact]
    public void MappingFile_RandomText_NeverThrows()
    {
        Gen<string> json = Gen.Elements('{', '}', '[', ']', '"', ':', ',', 'a', '1', ' ', '\n', 't', 'n', '-', '.', 'e')
            .ArrayOf().Select(chars => new string(chars));
        Prop.ForAll(Arb.From(json), text =>
        {
            var (mapping, diagnostics) = MappingFile.Read(new StringReader(text), "fuzz.json");
            return mapping is not null || diagnostics.Count > 0;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(3000));
    }

    [Fact]
    public void MappingFile_DeepNesting_IsAClearError()
    {
        string deep = "{\"scoring\":" + new string('[', 10_000) + new string(']', 10_000) + "}";

        var (mapping, diagnostics) = MappingFile.Read(new StringReader(deep), "deep.json");

        Assert.Null(mapping);
        Assert.StartsWith("not valid JSON", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }

    private static bool ReadsCleanly(byte[] bytes)
    {
        var (text, _) = SurveyText.Decode(bytes);
        SurveyReadResult result = SurveyReader.Read(new StringReader(text), new SurveyReadOptions { FileName = "random.bin" });
        return result.Participants.Count + result.Rejected.Count <= result.RowCount;
    }
}
