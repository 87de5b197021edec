// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Matching.Core.Domain;
using Matching.IO.Survey;

namespace Matching.IO.Tests.Survey;

/// <summary>
/// A generated survey, re-exported as other tools would (random header phrasings from the corpus, delimiter, encoding,
/// role words, a title row), reads back as the same people as the original export.
/// </summary>
public class SurveyVariantsPropertyTests
{
    private static readonly SurveyField[] Fields =
    [
        SurveyField.Timestamp, SurveyField.Email, SurveyField.Name, SurveyField.Role, SurveyField.SkillsOffered, SurveyField.SkillsWanted,
        SurveyField.Goals, SurveyField.MeetingFormat, SurveyField.Languages, SurveyField.TimeZone, SurveyField.Availability,
        SurveyField.CareerLevel, SurveyField.YearsOfExperience, SurveyField.Department, SurveyField.Capacity,
    ];

    private static readonly Dictionary<string, string[]> RoleWords = new()
    {
        ["Mentor"] = ["Mentor", "Mentor:in", "I want to be a mentor", "MENTOR"],
        ["Mentee"] = ["Mentee", "I'm looking for a mentor", "mentee", "Ich suche eine:n Mentor:in"],
        ["Both"] = ["Both", "Beides", "Both mentor and mentee", "beide"],
    };

    [Fact]
    public void Reexported_GeneratedSurvey_ReadsBackAsTheSamePeople()
    {
        var corpus = HeaderInferenceTests.Corpus().GroupBy(c => c.Field).ToDictionary(g => g.Key, g => g.Select(c => c.Header).ToArray());
        Gen<(int Seed, int Delimiter, int Encoding, bool Title, int Phrasing, int Roles)> variants =
            from seed in Gen.Choose(0, 10_000)
            from delimiter in Gen.Choose(0, 2)
            from encoding in Gen.Choose(0, 3)
            from title in Gen.Elements(true, false)
            from phrasing in Gen.Choose(0, int.MaxValue - 1)
            from roles in Gen.Choose(0, 3)
            select (seed, delimiter, encoding, title, phrasing, roles);

        Prop.ForAll(Arb.From(variants), v =>
        {
            var (headers, rows) = HeaderInferenceTests.Generated(v.Seed, 24);
            var original = new StringWriter(CultureInfo.InvariantCulture);
            Write(original, ',', headers, rows.Select(r => r.ToArray()));
            SurveyReadResult expected = SurveyReader.Read(new StringReader(original.ToString()));
            if (expected.HasErrors || expected.Participants.Count != rows.Count)
            {
                throw new InvalidOperationException("the original export does not read: " + string.Join("\n", expected.Errors));
            }

            var random = new Random(v.Phrasing);
            string[] phrased = [.. headers.Select((h, c) => corpus.TryGetValue(Fields[c], out string[]? options) ? options[random.Next(options.Length)] : h)];
            int roleColumn = Array.IndexOf(Fields, SurveyField.Role);
            var reworded = rows.Select(r => r.Select((value, c) => c == roleColumn ? RoleWords[value][v.Roles] : value).ToArray());
            char delimiter = ",;\t"[v.Delimiter];
            var text = new StringWriter(CultureInfo.InvariantCulture);
            if (v.Title)
            {
                text.Write("Mentoring sign-ups 2026 (export)\n");
            }

            Write(text, delimiter, phrased, reworded);
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            byte[] bytes = v.Encoding switch
            {
                0 => Encoding.UTF8.GetBytes(text.ToString()),
                1 => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text.ToString())],
                2 => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text.ToString())],
                _ => Encoding.GetEncoding(1252).GetBytes(text.ToString()),
            };
            SurveyReadResult actual = SurveyReader.Read(new StringReader(SurveyText.Decode(bytes).Text));

            string context = $"variant {v}; headers: {string.Join(" | ", phrased)}\n{string.Join("\n", actual.Errors.Take(5))}";
            if (actual.HasErrors || actual.Participants.Count != expected.Participants.Count)
            {
                throw new InvalidOperationException(context);
            }

            foreach (var (a, b) in expected.Participants.Zip(actual.Participants))
            {
                if (!Same(a, b, names: v.Encoding != 3))
                {
                    throw new InvalidOperationException($"{a.Id} reads differently; {context}");
                }
            }

            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(60));
    }

    private static void Write(TextWriter writer, char delimiter, string[] headers, IEnumerable<string[]> rows)
    {
        using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = delimiter.ToString(), NewLine = "\n" }, leaveOpen: true);
        foreach (string[] record in rows.Prepend(headers))
        {
            foreach (string field in record)
            {
                csv.WriteField(field);
            }

            csv.NextRecord();
        }
    }

    // Windows-1252 cannot spell every name (e.g. "Yılmaz"), so names are compared only for Unicode encodings.
    private static bool Same(Participant a, Participant b, bool names) =>
        a.Id == b.Id && (!names || a.Name == b.Name) && a.Roles == b.Roles
        && a.SkillsOffered.SetEquals(b.SkillsOffered) && a.SkillsWanted.SetEquals(b.SkillsWanted) && a.Goals.SetEquals(b.Goals)
        && a.MeetingFormats.SetEquals(b.MeetingFormats) && a.Languages.SetEquals(b.Languages) && a.TimeZone == b.TimeZone
        && a.Availability == b.Availability && a.CareerLevel == b.CareerLevel && a.YearsOfExperience == b.YearsOfExperience
        && (!names || a.Department == b.Department) && a.Capacity == b.Capacity;
}
