// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Cli.Tests;

public class PrivacyTests
{
    private const string Survey =
        "Name,Email,Role,Skills to offer,Skills to develop,Would you like a mentor with a similar identity?,Which identity characteristics should we consider?,Health notes,Capacity\n" +
        "Ann,ann@x.org,Mentee,,Python,yes,SecretIdentityA,SecretHealth1,\n" +
        "Bo,bo@x.org,Mentee,,Python,no,SecretIdentityB,SecretHealth2,\n" +
        "Cy,cy@x.org,Mentee,,Python,maybe,SecretIdentityC,SecretHealth3,\n" +
        "Max,max@x.org,Mentor,Python,,,SecretIdentityA,SecretHealth4,2\n" +
        "Noa,noa@x.org,Mentor,Python,,,SecretIdentityD,SecretHealth5,abc\n";

    [Fact]
    public void Run_SensitiveAnswers_NeverReachOutputsLogsOrErrors()
    {
        DirectoryInfo work = CliRunner.TempDirectory();
        string survey = Path.Combine(work.FullName, "s.csv");
        File.WriteAllText(survey, Survey);
        string mapping = Path.Combine(work.FullName, "m.json");
        Assert.Equal(0, CliRunner.Run("init", survey, "--out", mapping).ExitCode);

        // Mark the free-text health column as sensitive too, as a program manager would.
        string text = File.ReadAllText(mapping).Replace("\"sensitiveColumns\": [", "\"sensitiveColumns\": [\n    \"Health notes\",", StringComparison.Ordinal);
        File.WriteAllText(mapping, text);
        string output = Path.Combine(work.FullName, "out");
        var validate = CliRunner.Run("validate", survey, "--mapping", mapping, "--rejects", Path.Combine(work.FullName, "rejects.csv"));
        var run = CliRunner.Run("run", survey, "--mapping", mapping, "--out", output, "--skip-invalid", "--format", "json");
        var explain = CliRunner.Run("explain", survey, "--mapping", mapping, "--mentee", "Ann", "--mentor", "Max");

        Assert.Equal(1, validate.ExitCode);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("an affinity preference was honored", File.ReadAllText(Path.Combine(output, "matches.csv")), StringComparison.Ordinal);
        string everything = string.Join(
            "\n",
            Directory.GetFiles(output).Append(Path.Combine(work.FullName, "rejects.csv")).Select(File.ReadAllText)
                .Concat([validate.Out, validate.Error, run.Out, run.Error, explain.Out, explain.Error]));
        Assert.DoesNotContain("SecretIdentity", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("SecretHealth", everything, StringComparison.Ordinal);
        Assert.Contains("expected yes or no", validate.Error, StringComparison.Ordinal); // Cy's answer is reported, without its value
    }
}
