// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Matching.Cli.Tests;

public class RealExportsCommandTests
{
    private static string MentorMatch(string name) => Path.Combine(AppContext.BaseDirectory, "MentorMatch", name);

    private static List<Dictionary<string, string>> Rows(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        var rows = new List<Dictionary<string, string>>();
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            rows.Add(csv.HeaderRecord!.ToDictionary(h => h, h => csv.GetField(h)!));
        }

        return rows;
    }

    [Fact]
    public void Run_MentorMatchPair_RunsAsIs_WithTheOrganisationRuleAndTheIdentityOptIn()
    {
        DirectoryInfo work = CliRunner.TempDirectory();
        string output = Path.Combine(work.FullName, "out");

        var (exit, _, stderr) = CliRunner.Run("run", "--mentors", MentorMatch("mentors.csv"), "--mentees", MentorMatch("mentees.csv"), "--out", output);

        Assert.True(exit == 0, stderr);
        var mentors = Rows(MentorMatch("mentors.csv")).ToDictionary(r => r["email address"]);
        var mentees = Rows(MentorMatch("mentees.csv")).ToDictionary(r => r["email address"]);
        var matches = Rows(Path.Combine(output, "matches.csv"));
        Assert.Equal(50, matches.Count);
        Assert.All(matches, m => Assert.NotEqual(mentees[m["Mentee email"]]["organisation"], mentors[m["Mentor email"]]["organisation"]));
        Assert.Contains(matches, m => m["Reasons"].Contains("affinity", StringComparison.Ordinal));

        // The identity answers are sensitive: none appears in any output.
        string[] identities = [.. mentees.Values.Select(r => r["identity to match"]).Concat(mentors.Values.Select(r => r["characteristics"])).Where(v => v.Length > 0).Distinct()];
        Assert.NotEmpty(identities);
        foreach (FileInfo file in new DirectoryInfo(output).GetFiles())
        {
            string text = File.ReadAllText(file.FullName);
            Assert.DoesNotContain(identities, text.Contains);
        }
    }

    [Fact]
    public void Init_WithoutARoleColumn_NamesTheLikelyColumnAndExitsNonZero()
    {
        DirectoryInfo work = CliRunner.TempDirectory();
        string survey = Path.Combine(work.FullName, "s.csv");
        File.WriteAllText(survey, "Name,Email,Mentoring track\nAnn,a@x.org,Giving\nBo,b@x.org,Receiving\n");
        string mapping = Path.Combine(work.FullName, "m.json");

        var (exit, _, stderr) = CliRunner.Run("init", survey, "--out", mapping);

        Assert.Equal(1, exit);
        Assert.Contains("\"Role\": \"Mentoring track\"", stderr, StringComparison.Ordinal);
        Assert.Contains("header problem", stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(mapping));
    }

    [Fact]
    public void Init_PrintsAConfidenceForEachGuess()
    {
        DirectoryInfo work = CliRunner.TempDirectory();
        string mapping = Path.Combine(work.FullName, "m.json");

        var (exit, _, stderr) = CliRunner.Run("init", CliRunner.Sample("survey.csv"), "--out", mapping);

        Assert.Equal(0, exit);
        Assert.Matches(@"Role\s+← '.*'\s+\d+\s?%\s+header and answers", stderr);
    }

    [Fact]
    public void Run_HeaderProblem_SaysSoAndCountsTheRows()
    {
        DirectoryInfo work = CliRunner.TempDirectory();
        string survey = Path.Combine(work.FullName, "s.csv");
        File.WriteAllText(survey, "Name,Email,Track\nAnn,a@x.org,A\nBo,b@x.org,B\n");

        var (exit, _, stderr) = CliRunner.Run("run", survey, "--out", Path.Combine(work.FullName, "out"));

        Assert.Equal(1, exit);
        Assert.Contains("Read s.csv: 2 rows", stderr, StringComparison.Ordinal);
        Assert.Contains("Fix the header problem above", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Fix the rows above", stderr, StringComparison.Ordinal);
    }
}
