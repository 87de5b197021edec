// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Cli.Commands;

namespace Matching.Cli.Tests;

/// <summary>
/// <c>match solve</c> at the 64-bit limits (issue 16, cases 5, 6 and 10): every file in <c>TestData/Dimacs</c> states
/// its expected exit code and messages; both solvers must meet them, and neither may ever exit 3.
/// </summary>
public sealed class SolveLimitsTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (string file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "Dimacs"), "*.min").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file), SolveCommand.NetworkSimplex);
            data.Add(Path.GetFileName(file), SolveCommand.SuccessiveShortestPath);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Solve_LimitCase_GivesTheStatedOutcome(string name, string solver)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "TestData", "Dimacs", name);
        string[] expectations = [.. File.ReadLines(path).Where(l => l.StartsWith("c expect", StringComparison.Ordinal))];
        Assert.NotEmpty(expectations);

        var (exit, stdout, stderr) = CliRunner.Run("solve", "--dimacs", path, "--solver", solver);

        Assert.NotEqual(ExitCode.InternalError, exit);
        foreach (string line in expectations)
        {
            string[] parts = line.Split(' ', 4);
            switch (parts[1], parts[2])
            {
                case ("expect", "exit"):
                    Assert.True(int.Parse(parts[3], System.Globalization.CultureInfo.InvariantCulture) == exit, $"{name} ({solver}): exit {exit}\n{stdout}{stderr}");
                    break;
                case ("expect", "out"):
                    Assert.Contains(parts[3], stdout, StringComparison.Ordinal);
                    break;
                case ("expect", "err"):
                    Assert.Contains(parts[3], stderr, StringComparison.Ordinal);
                    break;
                case ("expect-not", _):
                    string text = line["c expect-not ".Length..];
                    Assert.DoesNotContain(text, stdout + stderr, StringComparison.Ordinal);
                    break;
                default:
                    Assert.Fail($"{name}: unknown expectation '{line}'");
                    break;
            }
        }
    }

    [SkippableFact]
    public void Solve_DevZero_StopsWithAClearError()
    {
        Skip.IfNot(File.Exists("/dev/zero"), "needs /dev/zero");

        var (exit, _, stderr) = CliRunner.Run("solve", "--dimacs", "/dev/zero");

        Assert.Equal(ExitCode.InvalidInput, exit);
        Assert.Contains("longer than 4096", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void SolveHelp_DocumentsTheSupportedRange()
    {
        var (_, stdout, _) = CliRunner.Run("solve", "--help");

        Assert.Contains("(nodes + 1) x max |cost| <= 2^59", stdout, StringComparison.Ordinal);
        Assert.Contains("means unlimited, for both solvers", stdout, StringComparison.Ordinal);
    }
}
