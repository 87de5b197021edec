// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;

namespace Matching.Cli.Tests;

/// <summary>End-to-end runs of the per-person outputs: <c>people.csv</c> and <c>--letters</c>, in English and German, and what they never show.</summary>
public partial class PeopleOutputTests
{
    private const string Header = "Id,Name,Email,Role,Status,Partner role,Partner,Partner email,Score,Reasons,Introduction";

    private const string SensitiveSurvey =
        "Name,Email,Role,Skills to offer,Skills to develop,Would you like a mentor with a similar identity?,Which identity characteristics should we consider?,Health notes,Capacity\n" +
        "Annabel Quist,annabel@x.org,Mentee,,Python,yes,SecretIdentityA,SecretHealth1,\n" +
        "Bodo Ramsauer,bodo@x.org,Mentee,,Python,no,SecretIdentityB,SecretHealth2,\n" +
        "Cyra Tollund,cyra@x.org,Mentee,,Python,no,SecretIdentityC,SecretHealth3,\n" +
        "Maximilian Oster,max@x.org,Mentor,Python,,,SecretIdentityA,SecretHealth4,2\n";

    [Theory]
    [InlineData("en", "we are happy to introduce you to your mentor, ", "this round we could not find you a match")]
    [InlineData("de", "wir freuen uns, Ihnen Ihre:n Mentor:in vorzustellen: ", "in dieser Runde konnten wir leider kein Match")]
    public void Run_PeopleCsv_OneRowPerPersonWithTheirPartnerContactAndIntroduction(string language, string introduction, string notMatched)
    {
        DirectoryInfo output = CliRunner.TempDirectory();

        var run = CliRunner.Run("run", CliRunner.Sample("survey.csv"), "--out", output.FullName, "--lang", language, "--quiet");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(Header, File.ReadLines(Path.Combine(output.FullName, "people.csv")).First()); // the same columns in every language
        List<Dictionary<string, string>> people = ReadCsv(Path.Combine(output.FullName, "people.csv"));
        // matches.csv and unmatched.csv speak the run's language; read them under their English column names.
        List<Dictionary<string, string>> matches = ReadCsv(Path.Combine(output.FullName, "matches.csv"), EnglishHeaders);
        List<Dictionary<string, string>> unmatched = ReadCsv(Path.Combine(output.FullName, "unmatched.csv"), EnglishHeaders);
        int surveyRows = ReadCsv(CliRunner.Sample("survey.csv")).Count;
        Assert.Equal(surveyRows, people.Count);
        Assert.Equal(people.Count, people.Select(p => p["Id"]).Distinct(StringComparer.Ordinal).Count());

        var byEmail = people.ToDictionary(p => p["Email"], StringComparer.Ordinal);
        Assert.NotEmpty(matches);
        foreach (Dictionary<string, string> match in matches)
        {
            Dictionary<string, string> mentor = byEmail[match["Mentor email"]];
            Assert.Contains(match["Mentee email"], mentor["Partner email"].Split("; "));
            Assert.Contains(match["Mentee"], mentor["Introduction"], StringComparison.Ordinal);
            Dictionary<string, string> mentee = byEmail[match["Mentee email"]];
            Assert.Equal("matched", mentee["Status"]);
            Assert.Contains(match["Mentor email"], mentee["Partner email"].Split("; "));
            Assert.Contains(introduction + match["Mentor"] + " (" + match["Mentor email"] + ")", mentee["Introduction"], StringComparison.Ordinal);
            if (mentee["Role"] != "mentee")
            {
                continue; // someone who is both also lists their own mentees
            }

            Assert.Equal("mentor", mentee["Partner role"]);
            Assert.Equal(match["Mentor"], mentee["Partner"]);
            Assert.Equal(match["Mentor email"], mentee["Partner email"]);
            Assert.Equal(match["Score"], mentee["Score"]);
            Assert.Equal(match["Reasons"], mentee["Reasons"]);
        }

        // Everyone not in a pair is unmatched, with the reason of unmatched.csv in their introduction.
        Assert.NotEmpty(unmatched);
        foreach (Dictionary<string, string> person in people.Where(p => p["Status"] == "unmatched"))
        {
            Dictionary<string, string> reason = unmatched.First(u => u["Email"] == person["Email"]);
            Assert.Equal(string.Empty, person["Partner"]);
            Assert.Contains(notMatched, person["Introduction"], StringComparison.Ordinal);
            Assert.Contains(reason["Reason"], person["Introduction"], StringComparison.Ordinal);
        }

        int paired = matches.Select(m => m["Mentee email"]).Concat(matches.Select(m => m["Mentor email"])).Distinct(StringComparer.Ordinal).Count();
        Assert.Equal(paired, people.Count(p => p["Status"] == "matched"));
    }

    [Theory]
    [InlineData("en", "# Your match in the mentoring program", "- your mentor: ")]
    [InlineData("de", "# Ihr Match im Mentoring-Programm", "- Ihr:e Mentor:in: ")]
    public void Run_Letters_OneSafelyNamedLetterPerPerson(string language, string title, string mentorLine)
    {
        DirectoryInfo work = CliRunner.TempDirectory();
        string output = Path.Combine(work.FullName, "out");
        string letters = Path.Combine(work.FullName, "letters");

        var run = CliRunner.Run("run", CliRunner.Sample("survey.csv"), "--out", output, "--letters", letters, "--lang", language, "--quiet");

        Assert.True(run.ExitCode == 0, run.Error);
        List<Dictionary<string, string>> people = ReadCsv(Path.Combine(output, "people.csv"));
        string[] files = [.. Letters(letters).Select(Path.GetFileName).OfType<string>()];
        Assert.Equal(people.Count, files.Length);
        Assert.All(files, f => Assert.Matches(SafeFileName(), f));
        foreach (Dictionary<string, string> person in people.Where(p => p["Role"] == "mentee" && p["Status"] == "matched"))
        {
            // The sample's ids are emails: the file name is their slug, never the address itself.
            string file = Path.Combine(letters, SlugOf(person["Id"]) + ".md");
            string letter = File.ReadAllText(file);
            Assert.StartsWith(title + "\n", letter, StringComparison.Ordinal);
            Assert.Contains(mentorLine + person["Partner"] + " (" + person["Partner email"] + ")", letter, StringComparison.Ordinal);
            Assert.Contains(person["Reasons"].Split("; ")[0], letter, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Run_PeerModel_PeopleCsvNamesEachPeerPartnerBothWays()
    {
        DirectoryInfo work = CliRunner.TempDirectory();
        string output = Path.Combine(work.FullName, "out");

        var run = CliRunner.Run("run", CliRunner.Sample("peer.csv"), "--model", "peer", "--out", output, "--letters", Path.Combine(work.FullName, "letters"), "--quiet");

        Assert.True(run.ExitCode == 0, run.Error);
        List<Dictionary<string, string>> people = ReadCsv(Path.Combine(output, "people.csv"));
        Assert.Equal(25, people.Count);
        Assert.All(people, p => Assert.Equal("peer", p["Role"]));
        var byEmail = people.ToDictionary(p => p["Email"], StringComparer.Ordinal);
        foreach (Dictionary<string, string> person in people.Where(p => p["Status"] == "matched"))
        {
            Assert.Equal("peer", person["Partner role"]);
            Assert.Equal(person["Email"], byEmail[person["Partner email"]]["Partner email"]);
            Assert.Contains("your peer partner, " + person["Partner"], person["Introduction"], StringComparison.Ordinal);
        }

        Assert.Single(people, p => p["Status"] == "unmatched"); // 25 people: one is left out
        Assert.Equal(25, Letters(Path.Combine(work.FullName, "letters")).Length);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("de")]
    public void Run_PeopleCsvAndLetters_NeverShowIdentityOrSensitiveFreeText_AndWithRedactNoEmailOrName(string language)
    {
        DirectoryInfo work = CliRunner.TempDirectory();
        string survey = Path.Combine(work.FullName, "s.csv");
        File.WriteAllText(survey, SensitiveSurvey);
        string mapping = Path.Combine(work.FullName, "m.json");
        Assert.Equal(0, CliRunner.Run("init", survey, "--out", mapping).ExitCode);
        File.WriteAllText(mapping, File.ReadAllText(mapping).Replace("\"sensitiveColumns\": [", "\"sensitiveColumns\": [\n    \"Health notes\",", StringComparison.Ordinal));

        foreach (bool redact in new[] { false, true })
        {
            string output = Path.Combine(work.FullName, $"out-{redact}");
            string letters = Path.Combine(work.FullName, $"letters-{redact}");
            string[] args = ["run", survey, "--mapping", mapping, "--out", output, "--letters", letters, "--lang", language];
            var run = CliRunner.Run(redact ? [.. args, "--redact"] : args);

            Assert.True(run.ExitCode == 0, run.Error);
            string[] letterFiles = Letters(letters);
            Assert.Equal(4, letterFiles.Length);
            string everything = string.Join("\n", letterFiles.Select(File.ReadAllText).Append(File.ReadAllText(Path.Combine(output, "people.csv"))).Concat(letterFiles));
            Assert.Contains(language == "de" ? "Hallo " : "Hello ", everything, StringComparison.Ordinal); // the outputs were read
            Assert.DoesNotContain("SecretIdentity", everything, StringComparison.Ordinal);
            Assert.DoesNotContain("SecretHealth", everything, StringComparison.Ordinal);
            if (redact)
            {
                Assert.DoesNotContain("@", everything, StringComparison.Ordinal);
                foreach (string name in new[] { "Annabel", "Quist", "Bodo", "Ramsauer", "Cyra", "Tollund", "Maximilian", "Oster", "annabel", "max" })
                {
                    Assert.DoesNotContain(name, everything, StringComparison.Ordinal);
                }

                Assert.Contains("P-", everything, StringComparison.Ordinal);
            }
            else
            {
                Assert.Contains("max@x.org", everything, StringComparison.Ordinal);
                Assert.Contains("Maximilian Oster", everything, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Run_LettersInsideTheResultsFolder_IsRejectedBeforeWriting()
    {
        DirectoryInfo work = CliRunner.TempDirectory();
        string output = Path.Combine(work.FullName, "out");

        var run = CliRunner.Run("run", CliRunner.Sample("survey.csv"), "--out", output, "--letters", Path.Combine(output, "letters"), "--quiet");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--letters: choose a folder outside the results folder", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    /// <summary>The letters in a folder, without the result set's manifest.</summary>
    private static string[] Letters(string folder) => [.. Directory.GetFiles(folder).Where(f => Path.GetFileName(f) != AtomicOutput.ManifestName)];

    private static string SlugOf(string id) => Regex.Replace(id.ToLowerInvariant(), "[^a-z0-9]+", "-").Trim('-');

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*\\.md$")]
    private static partial Regex SafeFileName();

    /// <summary>Every German column label of the catalogue, mapped to its English label.</summary>
    private static readonly Dictionary<string, string> EnglishHeaders = typeof(Core.Text.TextCatalog).GetProperties()
        .Where(p => p.PropertyType == typeof(string) && p.Name.EndsWith("Label", StringComparison.Ordinal))
        .Select(p => (German: (string)p.GetValue(Core.Text.TextCatalog.German)!, English: (string)p.GetValue(Core.Text.TextCatalog.English)!))
        .GroupBy(pair => pair.German, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().English, StringComparer.Ordinal);

    private static List<Dictionary<string, string>> ReadCsv(string path, Dictionary<string, string>? rename = null)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        var rows = new List<Dictionary<string, string>>();
        csv.Read();
        csv.ReadHeader();
        string[] header = [.. csv.HeaderRecord!.Select(h => rename is not null && rename.TryGetValue(h, out string? english) ? english : h)];
        while (csv.Read())
        {
            rows.Add(header.Select((h, i) => (h, csv.GetField(i) ?? string.Empty)).GroupBy(c => c.h).ToDictionary(g => g.Key, g => g.First().Item2, StringComparer.Ordinal));
        }

        return rows;
    }
}
