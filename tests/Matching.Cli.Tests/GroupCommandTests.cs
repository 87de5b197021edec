// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;

namespace Matching.Cli.Tests;

/// <summary>End-to-end runs of <c>--model pods</c> and <c>--model circles</c> (CP-SAT kept small: time limits of a few seconds).</summary>
public class GroupCommandTests
{
    private const string Header = "Email Address,Full name,\"Would you like to join as a mentor, a mentee, or both?\",Which skills can you offer as a mentor?,Which skills would you like to develop?,What are your goals for the program?,Which languages can you hold sessions in?,Your time zone,When are you available? (your local time),How many mentees can you take on? (mentors only)";

    // Issue 12: two mentors with capacity 3, three mentees free only on Monday and three only on Tuesday.
    private static readonly string[] MondayTuesday =
    [
        Header,
        "m1@example.org,Mona One,Mentor,\"Python, Leadership\",,,English,UTC,\"Mon 18-20, Tue 18-20\",3",
        "m2@example.org,Max Two,Mentor,\"Python, Leadership\",,,English,UTC,\"Mon 18-20, Tue 18-20\",3",
        "a1@example.org,Ann Mon,Mentee,,Python,Networking,English,UTC,Mon 18-20,",
        "b1@example.org,Dee Tue,Mentee,,Python,Networking,English,UTC,Tue 18-20,",
        "a2@example.org,Ben Mon,Mentee,,Python,Networking,English,UTC,Mon 18-20,",
        "b2@example.org,Eve Tue,Mentee,,Leadership,Networking,English,UTC,Tue 18-20,",
        "a3@example.org,Cal Mon,Mentee,,Leadership,Networking,English,UTC,Mon 18-20,",
        "b3@example.org,Fay Tue,Mentee,,Python,Networking,English,UTC,Tue 18-20,",
    ];

    [Fact]
    public void Run_Pods_MondayAndTuesdayMentees_GiveAMondayPodAndATuesdayPod()
    {
        DirectoryInfo work = CliRunner.TempDirectory();
        string survey = Path.Combine(work.FullName, "program.csv");
        File.WriteAllLines(survey, MondayTuesday);
        string output = Path.Combine(work.FullName, "out");

        var (exit, stdout, stderr) = CliRunner.Run("run", survey, "--model", "pods", "--pod-size", "3-3", "--time-limit", "5", "--out", output);

        Assert.True(exit == 0, stderr);
        Assert.Contains("Objective / best bound / gap", stdout, StringComparison.Ordinal);
        string[][] pods = [.. File.ReadAllLines(Path.Combine(output, "pods.csv")).Skip(1).Select(Cells)];
        Assert.Equal(2, pods.Length);
        var memberSets = pods.Select(p => p[2].Split("; ").Order(StringComparer.Ordinal).ToArray()).OrderBy(s => s[0], StringComparer.Ordinal).ToArray();
        Assert.Equal(["Ann Mon", "Ben Mon", "Cal Mon"], memberSets[0]);
        Assert.Equal(["Dee Tue", "Eve Tue", "Fay Tue"], memberSets[1]);
        Assert.All(pods, p => Assert.Equal("2", p[6])); // Mon or Tue 18-20 UTC, shared by the whole pod
        Assert.Contains(pods, p => p[7].Contains("Ann Mon: Mon 18:00–20:00 (UTC)", StringComparison.Ordinal));
        string[] matches = File.ReadAllLines(Path.Combine(output, "matches.csv"));
        Assert.Equal("Pod,Mentee,Mentee email,Mentor,Mentor email,Pod score,Reasons", matches[0]);
        Assert.Equal(6, matches.Length - 1);
        Assert.Single(File.ReadAllLines(Path.Combine(output, "unmatched.csv"))); // header only
    }

    [Fact]
    public void Run_Pods_ImpossibleQuota_ExitsTwoNamingTheQuotaAndItsPeople_AndWritesNothing()
    {
        DirectoryInfo work = CliRunner.TempDirectory();
        string survey = Path.Combine(work.FullName, "program.csv");
        // A third mentor: six mentees in pods of exactly three cannot give all three mentors a pod.
        File.WriteAllLines(survey, [.. MondayTuesday, "m3@example.org,Mia Three,Mentor,Python,,,English,UTC,Mon 18-20,3"]);
        string mapping = Path.Combine(work.FullName, "mapping.json");
        File.WriteAllText(mapping, "{\n  \"quotas\": [\n    { \"name\": \"every mentor leads a pod\", \"everyMentorServed\": true }\n  ]\n}\n");
        string output = Path.Combine(work.FullName, "out");

        var (exit, _, stderr) = CliRunner.Run("run", survey, "--mapping", mapping, "--model", "pods", "--pod-size", "3-3", "--time-limit", "5", "--out", output);

        Assert.Equal(2, exit);
        Assert.Contains("quota 'every mentor leads a pod' cannot be met", stderr, StringComparison.Ordinal);
        Assert.Contains("Mona One, Max Two, Mia Three", stderr, StringComparison.Ordinal);
        string quotaLine = stderr.Split('\n').Single(l => l.Contains("quota '", StringComparison.Ordinal));
        Assert.DoesNotContain("@example.org", quotaLine, StringComparison.Ordinal); // names only, nothing else
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Run_Pods_ReachQuota_IsHonored()
    {
        DirectoryInfo work = CliRunner.TempDirectory();
        string survey = Path.Combine(work.FullName, "program.csv");
        // One Berlin mentee among Monday people: with only room for three, a reach quota must place her.
        string[] lines = [Header, MondayTuesday[1], "c1@example.org,Zoe Berlin,Mentee,,Sales,Networking,English,Europe/Berlin,Mon 20-22,", MondayTuesday[3], MondayTuesday[5], MondayTuesday[7]];
        File.WriteAllLines(survey, lines);
        string mapping = Path.Combine(work.FullName, "mapping.json");
        File.WriteAllText(mapping, "{ \"quotas\": [ { \"name\": \"Berlin reach\", \"field\": \"TimeZone\", \"value\": \"Europe/Berlin\", \"minMatched\": 1 } ] }");
        string output = Path.Combine(work.FullName, "out");

        var (exit, _, stderr) = CliRunner.Run("run", survey, "--mapping", mapping, "--model", "pods", "--pod-size", "3-3", "--time-limit", "5", "--out", output);

        Assert.True(exit == 0, stderr);
        Assert.Contains(File.ReadAllLines(Path.Combine(output, "matches.csv")), l => l.Contains("c1@example.org", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_Pods_BadQuotaSection_ExitsOneWithFileAndLine()
    {
        DirectoryInfo work = CliRunner.TempDirectory();
        string survey = Path.Combine(work.FullName, "program.csv");
        File.WriteAllLines(survey, MondayTuesday);
        string mapping = Path.Combine(work.FullName, "mapping.json");
        File.WriteAllText(mapping, "{\n  \"quotas\": [\n    { \"name\": \"ok\", \"everyMentorServed\": true },\n    { \"name\": \"bad\", \"field\": \"Colour\", \"minMatched\": 0 }\n  ]\n}\n");

        var (exit, _, stderr) = CliRunner.Run("run", survey, "--mapping", mapping, "--model", "pods", "--out", Path.Combine(work.FullName, "out"));

        Assert.Equal(1, exit);
        Assert.Contains("mapping.json:4: error: quotas[1] (\"bad\"): field: expected one of Department", stderr, StringComparison.Ordinal);
        Assert.Contains("minMatched: expected a whole number ≥ 1", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Pods_Sample_EveryPodInRangeWithSharedTime_NobodyTwice_Redacted()
    {
        DirectoryInfo output = CliRunner.TempDirectory();

        var (exit, stdout, stderr) = CliRunner.Run("run", CliRunner.Sample("pods.csv"), "--model", "pods", "--pod-size", "3-6", "--time-limit", "3", "--redact", "--out", output.FullName);

        Assert.True(exit == 0, stderr);
        Assert.Contains("Pod matching summary", stdout, StringComparison.Ordinal);
        string[][] pods = [.. File.ReadAllLines(Path.Combine(output.FullName, "pods.csv")).Skip(1).Select(Cells)];
        Assert.NotEmpty(pods);
        Assert.All(pods, p => Assert.InRange(int.Parse(p[3], CultureInfo.InvariantCulture), 3, 6));
        Assert.All(pods, p => Assert.True(int.Parse(p[6], CultureInfo.InvariantCulture) >= 1));
        string[][] matches = [.. File.ReadAllLines(Path.Combine(output.FullName, "matches.csv")).Skip(1).Select(Cells)];
        Assert.Equal(matches.Length, matches.Select(m => m[1]).Distinct().Count());
        string[] unmatched = File.ReadAllLines(Path.Combine(output.FullName, "unmatched.csv"));
        Assert.Equal(30, matches.Length + unmatched.Count(l => l.Contains("mentee", StringComparison.Ordinal)));
        foreach (string file in Directory.GetFiles(output.FullName, "*.csv"))
        {
            Assert.DoesNotContain("@example.org", File.ReadAllText(file), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("optimal")]
    [InlineData("stable")]
    public void Run_Circles_Sample_EachMenteeInOneCircleOnAWantedTopic(string strategy)
    {
        DirectoryInfo output = CliRunner.TempDirectory();

        var (exit, stdout, stderr) = CliRunner.Run("run", CliRunner.Sample("circles.csv"), "--model", "circles", "--strategy", strategy, "--circle-size", "5", "--time-limit", "5", "--out", output.FullName);

        Assert.True(exit == 0, stderr);
        Assert.Contains("Circle matching summary", stdout, StringComparison.Ordinal);
        string[][] circles = [.. File.ReadAllLines(Path.Combine(output.FullName, "circles.csv")).Skip(1).Select(Cells)];
        Assert.NotEmpty(circles);
        Assert.All(circles, c => Assert.InRange(int.Parse(c[4], CultureInfo.InvariantCulture), strategy == "optimal" ? 2 : 1, 5));
        string[][] matches = [.. File.ReadAllLines(Path.Combine(output.FullName, "matches.csv")).Skip(1).Select(Cells)];
        Assert.Equal(matches.Length, matches.Select(m => m[3]).Distinct().Count()); // K = 1
        Assert.Equal(circles.Sum(c => int.Parse(c[4], CultureInfo.InvariantCulture)), matches.Length);
    }

    [Theory]
    [InlineData("pods", "pods.csv")]
    [InlineData("circles", "circles.csv")]
    public void Compare_GroupModels_OptimalMatchesAtLeastAsManyAsGreedy(string model, string sample)
    {
        DirectoryInfo output = CliRunner.TempDirectory();

        var (exit, _, stderr) = CliRunner.Run("compare", CliRunner.Sample(sample), "--model", model, "--time-limit", "3", "--out", output.FullName);

        Assert.True(exit == 0, stderr);
        string[] csv = File.ReadAllLines(Path.Combine(output.FullName, "comparison.csv"));
        Assert.Equal("Strategy,Groups,Matched mentees,Unmatched mentees,Total score,Mean score,Minimum group score,Runtime ms,Note", csv[0]);
        var rows = csv.Skip(1).Select(l => l.Split(',')).ToDictionary(c => c[0], c => int.Parse(c[2], CultureInfo.InvariantCulture));
        Assert.Contains("greedy", rows.Keys);
        Assert.True(rows["optimal"] >= rows["greedy"]);
    }

    [Fact]
    public void Generate_GroupSamples_AreReproducibleFromTheDocumentedCommand()
    {
        // samples/pods.csv and samples/circles.csv are written by the commands in samples/README.md.
        DirectoryInfo work = CliRunner.TempDirectory();
        string pods = Path.Combine(work.FullName, "pods.csv");
        string circles = Path.Combine(work.FullName, "circles.csv");

        CliRunner.Run("generate", "--mentees", "30", "--mentors", "8", "--seed", "12", "--out", pods);
        CliRunner.Run("generate", "--mentees", "30", "--mentors", "6", "--seed", "13", "--out", circles);

        Assert.Equal(File.ReadAllBytes(CliRunner.Sample("pods.csv")), File.ReadAllBytes(pods));
        Assert.Equal(File.ReadAllBytes(CliRunner.Sample("circles.csv")), File.ReadAllBytes(circles));
    }

    // The cells checked here never contain quoted commas (names, counts, ids); windows are the last column.
    private static string[] Cells(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        bool quoted = false;
        foreach (char ch in line)
        {
            if (ch == '"')
            {
                quoted = !quoted;
            }
            else if (ch == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(ch);
            }
        }

        cells.Add(cell.ToString());
        return [.. cells];
    }
}
