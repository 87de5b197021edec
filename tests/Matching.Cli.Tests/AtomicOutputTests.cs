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

        Assert.Equal([AtomicOutput.ManifestName, "a.csv"], directory.GetFiles().Select(f => f.Name).Order(StringComparer.Ordinal));
        Assert.Equal("complete", File.ReadAllText(Path.Combine(directory.FullName, "a.csv")));
    }

    [Fact]
    public void Commit_ReplacesTheWholeSet_KeepsTheUsersOwnFilesAndDropsStaleResults()
    {
        DirectoryInfo directory = CliRunner.TempDirectory();
        File.WriteAllText(Path.Combine(directory.FullName, "notes.txt"), "mine");
        Commit(directory, ("a.csv", "first a"), ("result.json", "first json"));

        Commit(directory, ("a.csv", "second a"));

        Assert.Equal([AtomicOutput.ManifestName, "a.csv", "notes.txt"], directory.GetFiles().Select(f => f.Name).Order(StringComparer.Ordinal));
        Assert.Equal("second a", File.ReadAllText(Path.Combine(directory.FullName, "a.csv")));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(directory.FullName, "notes.txt")));
        Assert.Equal(["a.csv"], AtomicOutput.ReadManifest(Path.Combine(directory.FullName, AtomicOutput.ManifestName)));
        Assert.Empty(directory.Parent!.GetFileSystemInfos($".{directory.Name}.*-*"));
    }

    [Theory]
    [InlineData("new", false)]
    [InlineData("ready", true)]
    public void Constructor_AfterACrashInTheSwap_RestoresOneCompleteSet(string left, bool expectNew)
    {
        // A dead run renamed the target away ("old") and left its new set as "new" (incomplete) or "ready" (complete).
        DirectoryInfo directory = CliRunner.TempDirectory();
        Commit(directory, ("a.csv", "old a"), ("b.csv", "old b"));
        string parent = directory.Parent!.FullName;
        Directory.Move(directory.FullName, Path.Combine(parent, $".{directory.Name}.old-1-x"));
        string staged = Path.Combine(parent, $".{directory.Name}.{left}-1-x");
        Directory.CreateDirectory(staged);
        File.WriteAllText(Path.Combine(staged, "a.csv"), "new a");
        File.WriteAllText(Path.Combine(staged, "b.csv"), "new b");

        using (new AtomicOutput(directory))
        {
            Assert.Equal(expectNew ? "new b" : "old b", File.ReadAllText(Path.Combine(directory.FullName, "b.csv")));
            Assert.Equal(expectNew ? "new a" : "old a", File.ReadAllText(Path.Combine(directory.FullName, "a.csv")));
            Assert.False(Directory.Exists(staged));
        }

        Assert.Empty(Directory.GetDirectories(parent, $".{directory.Name}.*-*"));
    }

    [Fact]
    public void Constructor_WhileAnotherRunHoldsTheLock_FailsClearlyAfterTheTimeout()
    {
        DirectoryInfo directory = CliRunner.TempDirectory();
        using var first = new AtomicOutput(directory);

        var error = Assert.Throws<IOException>(() => new AtomicOutput(directory, TimeSpan.FromMilliseconds(200)));

        Assert.Contains("another 'match' run is writing into this folder", error.Message, StringComparison.Ordinal);
    }

    private static void Commit(DirectoryInfo directory, params (string Name, string Text)[] files)
    {
        using var output = new AtomicOutput(directory);
        foreach (var (name, text) in files)
        {
            output.Write(name, w => w.Write(text));
        }

        output.Commit();
    }
}
