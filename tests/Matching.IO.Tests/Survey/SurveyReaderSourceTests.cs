// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Text;
using Matching.IO.Survey;

namespace Matching.IO.Tests.Survey;

/// <summary>Reading a survey from a path or a stream detects the encoding and gives the same people as reading decoded text.</summary>
public class SurveyReaderSourceTests
{
    private const string Csv = "Name,Email,Role,Skills to offer,Skills to develop,Capacity\nJürgen Weiß,j@x.org,Mentor,Python,,2\nZoë Çelik,z@x.org,Mentee,,Python,\n";

    public static TheoryData<string> Encodings => ["utf-8", "utf-8-bom", "utf-16", "windows-1252"];

    [Theory]
    [MemberData(nameof(Encodings))]
    public void ReadPathAndStream_DetectEncoding_LikeReadingDecodedText(string encoding)
    {
        byte[] bytes = Encode(encoding);
        string path = Path.Combine(Path.GetTempPath(), $"survey-{Guid.NewGuid():N}.csv");
        File.WriteAllBytes(path, bytes);
        try
        {
            SurveyReadResult expected = SurveyReader.Read(new StringReader(Csv));
            SurveyReadResult fromPath = SurveyReader.Read(path);
            SurveyReadResult fromStream = SurveyReader.Read(new MemoryStream(bytes));

            Assert.Equal(["Jürgen Weiß", "Zoë Çelik"], expected.Participants.Select(p => p.Name));
            Assert.Equal(expected.Participants.Select(p => (p.Name, p.Email, p.Roles)), fromPath.Participants.Select(p => (p.Name, p.Email, p.Roles)));
            Assert.Equal(expected.Participants.Select(p => (p.Name, p.Email, p.Roles)), fromStream.Participants.Select(p => (p.Name, p.Email, p.Roles)));
            Assert.DoesNotContain(fromPath.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReadPath_NamesTheFileInDiagnostics()
    {
        string path = Path.Combine(Path.GetTempPath(), $"named-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "Name,Email,Role,Capacity\nAnn,a@x.org,Mentor,lots\n");
        try
        {
            SurveyReadResult result = SurveyReader.Read(path);

            Assert.Contains(result.Diagnostics, d => d.ToString().Contains(Path.GetFileName(path), StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static byte[] Encode(string encoding) => encoding switch
    {
        "utf-8" => Encoding.UTF8.GetBytes(Csv),
        "utf-8-bom" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Csv)],
        "utf-16" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Csv)],
        _ => CodePagesLatin1(Csv),
    };

    /// <summary>Windows-1252 for these characters equals Latin-1, which .NET has built in.</summary>
    private static byte[] CodePagesLatin1(string text) => Encoding.Latin1.GetBytes(text);
}
