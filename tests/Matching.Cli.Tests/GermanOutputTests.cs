// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using System.Text.RegularExpressions;

namespace Matching.Cli.Tests;

/// <summary><c>--lang de</c> gives German labels, headers and numbers in every output; data (names, skills) stays as given.</summary>
public class GermanOutputTests
{
    private const string Survey =
        "Name,Email,Role,Skills to offer,Skills to develop,Goals,Languages,Capacity\n" +
        "Ann,ann@x.org,Mentee,,Python;SQL;Cloud,Leadership;Sales,English,\n" +
        "Bea,bea@x.org,Mentee,,Python,Sales,English,\n" +
        "Cem,cem@x.org,Mentee,,Python,Sales,Spanish,\n" +
        "Max,max@x.org,Mentor,Python;SQL,,Leadership,English,1\n" +
        "Noa,noa@x.org,Mentor,Python,,Sales,English,1\n";

    [Fact]
    public void Run_LangDe_WritesGermanHeadersLabelsAndDecimalCommasInEveryFile()
    {
        DirectoryInfo output = CliRunner.TempDirectory();

        var (exit, _, stderr) = CliRunner.Run("run", CliRunner.Sample("survey.csv"), "--out", output.FullName, "--lang", "de", "-q");

        Assert.True(exit == 0, stderr);
        string[] matches = File.ReadAllLines(Path.Combine(output.FullName, "matches.csv"));
        string[] unmatched = File.ReadAllLines(Path.Combine(output.FullName, "unmatched.csv"));
        string[] mentors = File.ReadAllLines(Path.Combine(output.FullName, "mentors.csv"));
        Assert.Equal("Mentee,E-Mail Mentee,Mentor:in,E-Mail Mentor:in,Punktzahl,Gründe", matches[0]);
        Assert.Equal("Name,E-Mail,Nicht vermittelt,Grund", unmatched[0]);
        Assert.Equal("Mentor:in,E-Mail,Mentees,Kapazität", mentors[0]);
        Assert.All(unmatched.Skip(1), row => Assert.Matches("als (Mentee|Mentor:in) \\(ohne (Mentor:in|Mentee)\\)", row));
        // The score column stays parseable with the comma separator; the text of the reasons uses German words.
        Assert.All(matches.Skip(1), row => Assert.Matches(",\\d+\\.\\d,\"?[^,]", row));
        Assert.Contains(matches, row => row.Contains("Kompetenzen", StringComparison.Ordinal));
        Assert.DoesNotContain(matches, row => row.Contains("wanted skills", StringComparison.Ordinal));

        string report = File.ReadAllText(Path.Combine(output.FullName, "report.html"));
        Assert.Contains("<html lang=\"de\">", report, StringComparison.Ordinal);
        foreach (string label in new[] { "Mentoring-Paare", "Vermittelte Mentees", "Mittlere Punktzahl", "Verteilung der Punktzahlen", "Auslastung der Mentor:innen", "<th>Warum</th>", "Nicht vermittelt", "Kompetenzen" })
        {
            Assert.Contains(label, report, StringComparison.Ordinal);
        }

        foreach (string english in new[] { "Mentoring matches", "Mean score", "Score distribution", "Mentor load", "<th>Why</th>", "Not matched", "as mentee (no mentor)", "wanted skills", "Number of matches per score band" })
        {
            Assert.DoesNotContain(english, report, StringComparison.Ordinal);
        }

        // The mean-score card in German uses a decimal comma.
        Assert.Matches("Mittlere Punktzahl</span><b>\\d+,\\d</b>", report);
    }

    [Fact]
    public void Run_LangDeExcel_UsesSemicolonsAndDecimalCommasInTheScoreColumn()
    {
        DirectoryInfo output = CliRunner.TempDirectory();

        var (exit, _, stderr) = CliRunner.Run("run", CliRunner.Sample("survey.csv"), "--out", output.FullName, "--lang", "de", "--excel", "-q");

        Assert.True(exit == 0, stderr);
        string[] matches = File.ReadAllLines(Path.Combine(output.FullName, "matches.csv"));
        Assert.Equal("Mentee;E-Mail Mentee;Mentor:in;E-Mail Mentor:in;Punktzahl;Gründe", matches[0].TrimStart('\uFEFF'));
        Assert.All(matches.Skip(1), row => Assert.Matches(";\\d+,\\d;", row));
    }

    [Fact]
    public void Explain_LangDe_IsGermanAndShowsTheArithmetic()
    {
        string survey = WriteSurvey();

        var (exit, stdout, stderr) = CliRunner.Run("explain", survey, "--mentee", "Ann", "--mentor", "Max", "--lang", "de");

        Assert.True(exit == 0, stderr);
        foreach (string label in new[] { "Kriterium", "Wert", "Gewicht", "Punkte", "Kompetenzen", "Summe", "Punkte = Wert × Gewicht ÷", "Vermittelt, Punktzahl", "Gründe: " })
        {
            Assert.Contains(label, stdout, StringComparison.Ordinal);
        }

        foreach (string english in new[] { "Criterion", "Weight", "Matched, score", "Reasons:", "wanted skills", "Skills" })
        {
            Assert.DoesNotContain(english, stdout, StringComparison.Ordinal);
        }

        Assert.Matches("Vermittelt, Punktzahl \\d+,\\d\\.", stdout);
    }

    [Fact]
    public void Explain_PointsAreValueTimesWeightOverTheWeightSum_AndAddUpToTheTotal()
    {
        string survey = WriteSurvey();

        var (exit, stdout, stderr) = CliRunner.Run("explain", survey, "--mentee", "Ann", "--mentor", "Max");

        Assert.True(exit == 0, stderr);
        double weightSum = double.Parse(Regex.Match(stdout, "value × weight ÷ ([0-9.]+) \\(the sum of the counted weights\\)").Groups[1].Value, CultureInfo.InvariantCulture);
        var rows = stdout.Split('\n')
            .Select(line => line.Split('│', StringSplitOptions.TrimEntries))
            .Where(cells => cells.Length == 6 && double.TryParse(cells[4], CultureInfo.InvariantCulture, out _))
            .Select(cells => (Name: cells[1], Value: cells[2], Weight: double.Parse(cells[3], CultureInfo.InvariantCulture), Points: double.Parse(cells[4], CultureInfo.InvariantCulture)))
            .ToList();
        var total = Assert.Single(rows, r => r.Name == "Total");
        var criteria = rows.Where(r => r.Name != "Total").ToList();
        Assert.True(criteria.Count >= 2, stdout);
        Assert.Equal(weightSum, total.Weight, 2);
        Assert.Equal(criteria.Sum(r => r.Weight), total.Weight, 2);
        Assert.Equal(total.Points, criteria.Sum(r => r.Points), 0.05 * criteria.Count); // each shown rounded to 0.1
        foreach (var row in criteria)
        {
            double value = double.Parse(row.Value, CultureInfo.InvariantCulture);
            Assert.Equal(value * row.Weight / weightSum * 100, row.Points, 0.05 + (0.005 * row.Weight / weightSum * 100));
        }

        string score = Regex.Match(stdout, "Matched, score ([0-9.]+)\\.").Groups[1].Value;
        Assert.Equal(double.Parse(score, CultureInfo.InvariantCulture), total.Points, 1);
    }

    [Fact]
    public void Compare_LangDe_WritesGermanTableCsvAndPage()
    {
        DirectoryInfo output = CliRunner.TempDirectory();

        var (exit, stdout, stderr) = CliRunner.Run("compare", CliRunner.Sample("survey.csv"), "-s", "optimal,greedy", "--out", output.FullName, "--lang", "de", "-q");

        Assert.True(exit == 0, stderr);
        Assert.Contains("Strategie", stdout, StringComparison.Ordinal);
        Assert.Contains("Geschrieben nach", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Written to", stdout, StringComparison.Ordinal);
        string[] csv = File.ReadAllLines(Path.Combine(output.FullName, "comparison.csv"));
        Assert.StartsWith("Strategie,Merkmal,Gruppe,Mentees,Vermittelt,Anteil,", csv[0], StringComparison.Ordinal);
        Assert.Equal(27, csv[0].Split(',').Length);
        Assert.Contains("Neid", csv[0], StringComparison.Ordinal);
        Assert.Contains(csv, row => row.StartsWith("optimal,(alle),(alle),", StringComparison.Ordinal));
        Assert.Contains(csv, row => row.StartsWith("optimal,Abteilung,", StringComparison.Ordinal));
        // Numeric columns stay parseable (comma-separated, decimal point).
        string[] optimal = csv.First(row => row.StartsWith("optimal,(alle),(alle),", StringComparison.Ordinal)).Split(',');
        Assert.True(double.TryParse(optimal[7], CultureInfo.InvariantCulture, out _), optimal[7]);
        string page = File.ReadAllText(Path.Combine(output.FullName, "comparison.html"));
        Assert.Contains("<html lang=\"de\">", page, StringComparison.Ordinal);
        Assert.Contains("Vergleich der Strategien", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Strategy comparison", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Load per mentor", page, StringComparison.Ordinal);
        foreach (string legend in new[] { "Was die Spalten bedeuten", "<dt>Top-1 / Top-3</dt>", "<dt>Blockierende Paare</dt>", "<dt>Neid</dt>", "<dt>Gini der Auslastung</dt>", "<dt>Rang (Mentee)</dt>" })
        {
            Assert.Contains(legend, page, StringComparison.Ordinal);
        }

        foreach (string english in new[] { "What the columns mean", "<dt>Blocking pairs</dt>", "would rather", "stable uses each side" })
        {
            Assert.DoesNotContain(english, page, StringComparison.Ordinal);
        }

        Assert.Contains("Jede Strategie gibt jeder Mentor:in dieselbe Last", page + stdout, StringComparison.Ordinal);
        Assert.Matches("<td>\\d+,\\d</td>", page); // a mean score with a decimal comma
    }

    [Fact]
    public void Validate_LangDe_SummaryIsGerman()
    {
        string survey = WriteSurvey();

        var (exit, stdout, stderr) = CliRunner.Run("validate", survey, "--lang", "de");

        Assert.True(exit == 0, stderr);
        Assert.Contains("5 verwendbare Teilnehmende, 0 Zeile(n) abgelehnt, 0 Fehler", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("usable", stdout, StringComparison.Ordinal);
    }

    private static string WriteSurvey()
    {
        DirectoryInfo work = CliRunner.TempDirectory();
        string survey = Path.Combine(work.FullName, "s.csv");
        File.WriteAllText(survey, Survey);
        return survey;
    }
}
