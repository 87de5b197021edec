// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Text;

namespace Matching.Cli.Tests;

/// <summary>
/// Privacy as a property (issue 16, cases 1–3): random surveys with identity and sensitive free-text answers, mutated
/// by column shifts (an unquoted comma inside an answer), stray quotes and bad values; no sensitive answer may appear
/// in stdout, stderr or any output file of validate, run (with and without --redact), explain, suggest or compare, and
/// with --redact no email address reaches the console either.
/// </summary>
public class PrivacyPropertyTests
{
    private const string Header =
        "Name,Email,Role,Skills to offer,Skills to develop,Would you like a mentor with a similar identity?,Which identity characteristics should we consider?,Health notes,Capacity";

    private static readonly string[] Identities = ["Woman", "Man", "Nonbinary", "Transgender", "Disabled", "Black", "Queer"];

    [Fact]
    public void AllCommands_MutatedSurveysWithSensitiveAnswers_NeverShowASensitiveAnswer()
    {
        for (int seed = 1; seed <= 12; seed++)
        {
            var random = new Random(seed);
            DirectoryInfo work = CliRunner.TempDirectory();
            string survey = Path.Combine(work.FullName, "s.csv");
            File.WriteAllText(survey, Survey(random, out string mentee, out string mentor));
            string mapping = Path.Combine(work.FullName, "m.json");
            File.WriteAllText(mapping, "{ \"sensitiveColumns\": [ \"Health notes\" ] }");
            string output = Path.Combine(work.FullName, "out");
            string redacted = Path.Combine(work.FullName, "redacted");
            string compared = Path.Combine(work.FullName, "compared");
            string rejects = Path.Combine(work.FullName, "rejects.csv");
            string shortlists = Path.Combine(work.FullName, "shortlists.csv");

            var results = new List<(string Command, int Exit, string Out, string Error)>();
            void Run(params string[] args)
            {
                var (exit, stdout, stderr) = CliRunner.Run(args);
                results.Add((args[0] + (args.Contains("--redact") ? " --redact" : string.Empty), exit, stdout, stderr));
            }

            Run("validate", survey, "--mapping", mapping, "--rejects", rejects);
            Run("run", survey, "--mapping", mapping, "--out", output, "--skip-invalid", "--format", "json");
            Run("run", survey, "--mapping", mapping, "--out", redacted, "--skip-invalid", "--format", "json", "--redact");
            Run("explain", survey, "--mapping", mapping, "--mentee", mentee, "--mentor", mentor);
            Run("suggest", survey, "--mapping", mapping, "--out", shortlists);
            Run("compare", survey, "--mapping", mapping, "--out", compared, "--skip-invalid", "-s", "optimal,greedy");

            Assert.All(results, r => Assert.True(r.Exit is 0 or 1 or 2, $"seed {seed}: {r.Command} exit {r.Exit}: {r.Error}"));
            Assert.Contains(results, r => r.Command == "run" && r.Exit == 0);
            var texts = results.SelectMany(r => new[] { ($"{r.Command} stdout", r.Out), ($"{r.Command} stderr", r.Error) })
                .Concat(new[] { output, redacted, compared }.Where(Directory.Exists).SelectMany(Directory.GetFiles)
                    .Concat(new[] { rejects, shortlists }.Where(File.Exists))
                    .Select(f => (f, File.ReadAllText(f))));
            foreach (var (where, text) in texts)
            {
                Assert.False(text.Contains("Secret", StringComparison.Ordinal), $"seed {seed}: a sensitive answer in {where}:\n{text}");
            }

            var redactedRun = results.Single(r => r.Command == "run --redact");
            Assert.DoesNotContain("@x.org", redactedRun.Out + redactedRun.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("see rejected", redactedRun.Out, StringComparison.Ordinal);
            Assert.Empty(Directory.GetFiles(redacted, "rejected*.csv"));
        }
    }

    /// <summary>
    /// Two clean rows (a mentee and a mentor, so a run always has something to match), then 4–10 random rows, each
    /// possibly mutated. Every identity and health answer carries a unique "Secret…" token.
    /// </summary>
    private static string Survey(Random random, out string mentee, out string mentor)
    {
        var text = new StringBuilder(Header).Append('\n');
        mentee = "Ann";
        mentor = "Max";
        text.Append("Ann,ann@x.org,Mentee,,Python,yes,Woman SecretIdAnn,SecretHealthAnn,\n");
        text.Append("Max,max@x.org,Mentor,Python,,,Woman SecretIdMax,SecretHealthMax,2\n");
        int rows = random.Next(4, 11);
        for (int i = 0; i < rows; i++)
        {
            bool isMentor = random.Next(2) == 0;
            string identity = $"{Identities[random.Next(Identities.Length)]} SecretId{i}x{random.Next(1000)}";
            string health = $"SecretHealth{i}x{random.Next(1000)}";
            string optIn = isMentor ? string.Empty : (random.Next(2) == 0 ? "yes" : "no");
            string capacity = isMentor ? "2" : string.Empty;
            string role = isMentor ? "Mentor" : "Mentee";
            switch (random.Next(7))
            {
                case 0: // an unquoted comma inside the identity answer shifts every later column (into a non-empty last one)
                    identity = $"{Identities[random.Next(Identities.Length)]}, Secret{i}Shifted";
                    capacity = isMentor ? capacity : "1";
                    break;
                case 1: // a stray quote inside an unquoted identity answer
                    identity = $"Woman \"Secret{i}Quoted\" Disabled";
                    break;
                case 2: // a stray quote inside the sensitive free text
                    health = $"see \"Secret{i}Note\" here";
                    break;
                case 3: // bad values
                    capacity = isMentor ? "abc" : "x";
                    optIn = "maybe";
                    break;
                case 4: // an unquoted comma in the free text
                    health = $"Secret{i}Health, more Secret{i}Text";
                    capacity = isMentor ? capacity : "1";
                    break;
                case 5:
                    role = "Mentorx";
                    break;
            }

            string name = $"P{i}";
            text.Append(CultureInfoInvariant($"{name},{name.ToLowerInvariant()}@x.org,{role},{(isMentor ? "Python" : string.Empty)},{(isMentor ? string.Empty : "Python")},{optIn},{identity},{health},{capacity}\n"));
        }

        return text.ToString();
    }

    private static string CultureInfoInvariant(FormattableString text) => FormattableString.Invariant(text);
}
