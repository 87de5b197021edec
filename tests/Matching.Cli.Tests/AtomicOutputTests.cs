// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Cli.Tests;

public class AtomicOutputTests
{
    [Fact]
    public void Write_FailureMidWrite_KeepsEveryPreviousFileAndLeavesNoTemporaryFile()
    {
        DirectoryInfo directory = CliRunner.TempDirectory();
        File.WriteAllText(Path.Combine(directory.FullName, "a.csv"), "old a");
        File.WriteAllText(Path.Combine(directory.FullName, "b.csv"), "old b");

        var error = Assert.Throws<IOException>(() =>
        {
            using var files = new AtomicOutput(directory);
            files.Write("a.csv", w => w.Write("new a, complete"));
            files.Write("b.csv", w =>
            {
                w.Write("new b, half");
                w.Flush();
                throw new IOException("disk full");
            });
            files.Commit();
        });

        Assert.Equal("disk full", error.Message);
        Assert.Equal("old a", File.ReadAllText(Path.Combine(directory.FullName, "a.csv")));
        Assert.Equal("old b", File.ReadAllText(Path.Combine(directory.FullName, "b.csv")));
        Assert.Equal(["a.csv", "b.csv"], directory.GetFiles().Select(f => f.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Write_AfterAKilledRun_RemovesItsLeftoverTemporaryFiles()
    {
        DirectoryInfo directory = CliRunner.TempDirectory();
        File.WriteAllText(Path.Combine(directory.FullName, ".a.csv.0123abcd.tmp"), "half-written by a killed run");

        using (var files = new AtomicOutput(directory))
        {
            files.Write("a.csv", w => w.Write("complete"));
            files.Commit();
        }

        Assert.Equal(["a.csv"], directory.GetFiles().Select(f => f.Name));
        Assert.Equal("complete", File.ReadAllText(Path.Combine(directory.FullName, "a.csv")));
    }
}
