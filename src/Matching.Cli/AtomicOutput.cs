// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Matching.Cli;

/// <summary>
/// Replaces a results folder as one unit: every file of a run is written into a fresh staging folder beside the
/// target, and the complete folder is swapped in with renames, under a lock, so that no reader and no crash ever sees
/// a mix of two runs or a half-written set.
/// </summary>
/// <remarks>
/// <para>For a target folder <c>P/out</c> (all names beside it in <c>P</c>, so every rename stays on one file system):</para>
/// <list type="number">
///   <item>take the lock <c>P/.out.lock</c> (an exclusive <see cref="FileShare.None"/> lock, released by the operating
///   system when a process dies); a second run into the same folder waits up to <see cref="LockTimeout"/>, then fails
///   with a clear message (exit 1);</item>
///   <item>finish or undo what a dead run left (below), and delete its staging folders: a run only ever has staging
///   folders while it holds the lock, so any found now belong to no live run;</item>
///   <item>write every file into <c>P/.out.new-ID</c>, each flushed to disk; copy over entries of the old folder
///   that are not part of any result set (a user's own files); write the manifest <see cref="ManifestName"/> last
///   (run id, every file with its SHA-256);</item>
///   <item>rename <c>.out.new-ID</c> → <c>.out.ready-ID</c> (the set is complete), <c>out</c> → <c>.out.old-ID</c>,
///   <c>.out.ready-ID</c> → <c>out</c>; delete <c>.out.old-ID</c>; release the lock.</item>
/// </list>
/// <para>
/// <b>Crash window.</b> A crash before the second rename leaves <c>out</c> as it was (the next run deletes the
/// staging folder). Between the second and third rename <c>out</c> is briefly absent, with both complete sets beside
/// it: the next run renames <c>.out.ready-ID</c> into place (the new set), or, with no ready folder, puts
/// <c>.out.old-ID</c> back. After the third rename the new set is in place and only <c>.out.old-ID</c> is left to
/// delete. So at every moment the folder holds the old complete set or the new one (or, for an instant, nothing),
/// never a mix.
/// </para>
/// <para>Single files (a mapping, a shortlist, a generated survey) use <see cref="TryWriteFile"/>: a temporary file
/// beside the target renamed over it, which is atomic by itself.</para>
/// </remarks>
internal sealed class AtomicOutput : IDisposable
{
    /// <summary>The manifest written last into every results folder.</summary>
    public const string ManifestName = ".match-manifest";

    /// <summary>How long a run waits for another run writing into the same folder.</summary>
    public static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Test hook: milliseconds to pause between the renames of the swap (environment variable
    /// <c>MATCHING_TEST_SWAP_PAUSE_MS</c>), so that a process test can kill a run inside the crash window. 0 normally.
    /// </summary>
    private static readonly int SwapPause =
        int.TryParse(Environment.GetEnvironmentVariable("MATCHING_TEST_SWAP_PAUSE_MS"), CultureInfo.InvariantCulture, out int pause) ? Math.Clamp(pause, 0, 5000) : 0;

    private readonly DirectoryInfo _target;
    private readonly string _parent;
    private readonly string _runId;
    private readonly string _staging;
    private readonly FileStream _lock;
    private readonly List<string> _names = [];
    private bool _committed;

    /// <summary>Takes the folder's lock (waiting up to <paramref name="timeout"/>), repairs what a dead run left, and opens a staging folder.</summary>
    /// <exception cref="IOException">The lock is held by another run for longer than the timeout, or the folder cannot be written.</exception>
    public AtomicOutput(DirectoryInfo target, TimeSpan? timeout = null)
    {
        _target = new DirectoryInfo(Path.TrimEndingDirectorySeparator(target.FullName));
        if (File.Exists(_target.FullName))
        {
            throw new IOException($"'{_target.FullName}' is a file, not a folder.");
        }

        _parent = _target.Parent?.FullName ?? throw new IOException($"'{_target.FullName}' has no parent folder to stage the results in.");
        Directory.CreateDirectory(_parent);
        _lock = AcquireLock(Path.Combine(_parent, $".{_target.Name}.lock"), timeout ?? LockTimeout);
        try
        {
            RecoverAndClean();
            _runId = string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessId}-{Guid.NewGuid():N}");
            _staging = Sibling("new", _runId);
            Directory.CreateDirectory(_staging);
        }
        catch
        {
            _lock.Dispose();
            throw;
        }
    }

    /// <summary>Gets the id of this run, as written in the manifest.</summary>
    public string RunId => _runId;

    /// <summary>
    /// Writes a set of files through <paramref name="write"/> and swaps them in as one unit, or reports on stderr why
    /// the folder cannot be written (permissions, a full disk, a path that is a file, another run holding the lock)
    /// and returns false; the previous results stay.
    /// </summary>
    public static bool TryWriteAll(CliConsole console, DirectoryInfo directory, Action<AtomicOutput> write)
    {
        try
        {
            using var files = new AtomicOutput(directory);
            write(files);
            files.Commit();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"{directory.FullName}: error: cannot write the results: {e.Message} Any previous results there are untouched.");
            return false;
        }
    }

    /// <summary>
    /// Writes one file through a temporary file beside it, renamed over it when complete; reports on stderr and
    /// returns false when it cannot be written. Deletes only temporary files of processes that are no longer running.
    /// </summary>
    public static bool TryWriteFile(CliConsole console, FileInfo file, Action<TextWriter> write, bool byteOrderMark = false)
    {
        string directory = file.Directory?.FullName ?? Directory.GetCurrentDirectory();
        string temporary = Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $".{file.Name}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp"));
        try
        {
            Directory.CreateDirectory(directory);
            RemoveDeadTemporaries(directory, file.Name);
            try
            {
                WriteDurably(temporary, write, byteOrderMark);
                File.Move(temporary, file.FullName, overwrite: true);
            }
            finally
            {
                File.Delete(temporary);
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"{file.FullName}: error: cannot write the file: {e.Message} Any previous file there is untouched.");
            return false;
        }
    }

    /// <summary>Writes <paramref name="name"/> through <paramref name="write"/> into the staging folder.</summary>
    public void Write(string name, Action<TextWriter> write, bool byteOrderMark = false)
    {
        if (name != Path.GetFileName(name) || name == ManifestName || _names.Contains(name))
        {
            throw new ArgumentException($"'{name}' is not a new file name of this result set.", nameof(name));
        }

        _names.Add(name);
        WriteDurably(Path.Combine(_staging, name), write, byteOrderMark);
    }

    /// <summary>
    /// Writes several files into the staging folder at once, on every core (each file is written by one writer, and
    /// the writers share nothing mutable); the set lists them in the order given, as if written one by one.
    /// </summary>
    /// <exception cref="ArgumentException">A name is not a new file name of this set.</exception>
    /// <exception cref="IOException">A file cannot be written (the first such error).</exception>
    public void WriteAll(IReadOnlyList<OutputFile> files)
    {
        foreach (OutputFile file in files)
        {
            if (file.Name != Path.GetFileName(file.Name) || file.Name == ManifestName || _names.Contains(file.Name))
            {
                throw new ArgumentException($"'{file.Name}' is not a new file name of this result set.", nameof(files));
            }

            _names.Add(file.Name);
        }

        try
        {
            // One thread per file, so that the largest files are written side by side: a parallel loop would hand the
            // files to the pool's few threads in order, and one large file waited for another (100,000 people:
            // report.html started only when people.csv was done). The writers' own parallel loops share the cores.
            Task[] writes = [.. files.Select(file => Task.Factory.StartNew(
                () => WriteDurably(Path.Combine(_staging, file.Name), file.Write, file.ByteOrderMark),
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default))];
            Task.WaitAll(writes);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // The callers expect the error of the file itself (an IOException, say), as from Write.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }
    }

    /// <summary>Completes the set (the user's other files, the manifest) and swaps it in for the target folder.</summary>
    public void Commit()
    {
        string manifest = Path.Combine(_target.FullName, ManifestName);
        if (_target.Exists)
        {
            var previous = File.Exists(manifest) ? ReadManifest(manifest) : [];
            foreach (FileSystemInfo entry in _target.EnumerateFileSystemInfos())
            {
                // Keep what is no part of a result set: not the old set's files, not a legacy temporary file.
                if (_names.Contains(entry.Name) || entry.Name == ManifestName || previous.Contains(entry.Name)
                    || (entry.Name.StartsWith('.') && entry.Name.EndsWith(".tmp", StringComparison.Ordinal)))
                {
                    continue;
                }

                Copy(entry, Path.Combine(_staging, entry.Name));
            }
        }

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"run {_runId}\n");
        foreach (string name in _names)
        {
            using FileStream stream = File.OpenRead(Path.Combine(_staging, name));
            text.Append(CultureInfo.InvariantCulture, $"file {Convert.ToHexStringLower(SHA256.HashData(stream))} {name}\n");
        }

        WriteDurably(Path.Combine(_staging, ManifestName), w => w.Write(text.ToString()), byteOrderMark: false);

        string ready = Sibling("ready", _runId);
        string old = Sibling("old", _runId);
        Directory.Move(_staging, ready);
        _committed = true;
        Pause();
        if (_target.Exists)
        {
            Directory.Move(_target.FullName, old);
        }

        Pause();
        Directory.Move(ready, _target.FullName);
        Pause();
        TryDelete(old);
    }

    /// <summary>Deletes the staging folder if the set was not committed, and releases the lock.</summary>
    public void Dispose()
    {
        if (!_committed)
        {
            TryDelete(_staging);
        }

        _lock.Dispose();
    }

    /// <summary>Reads the file names listed in a manifest.</summary>
    internal static HashSet<string> ReadManifest(string path) =>
        [.. File.ReadLines(path).Where(l => l.StartsWith("file ", StringComparison.Ordinal)).Select(l => l.Split(' ', 3)[2])];

    private static void Pause()
    {
        if (SwapPause > 0)
        {
            Thread.Sleep(SwapPause);
        }
    }

    private static FileStream AcquireLock(string path, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (clock.Elapsed < timeout && File.Exists(path))
            {
                Thread.Sleep(50);
            }
            catch (IOException e) when (File.Exists(path))
            {
                throw new IOException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"another 'match' run is writing into this folder (lock '{path}' held for more than {timeout.TotalSeconds:0} s); try again when it has finished."), e);
            }
        }
    }

    private static void WriteDurably(string path, Action<TextWriter> write, bool byteOrderMark)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        using (var writer = new StreamWriter(stream, new UTF8Encoding(byteOrderMark), leaveOpen: true))
        {
            write(writer);
        }

        stream.Flush(flushToDisk: true);
    }

    private static void Copy(FileSystemInfo entry, string destination)
    {
        if (entry is FileInfo file)
        {
            file.CopyTo(destination);
            return;
        }

        var directory = (DirectoryInfo)entry;
        Directory.CreateDirectory(destination);
        foreach (FileSystemInfo child in directory.EnumerateFileSystemInfos())
        {
            Copy(child, Path.Combine(destination, child.Name));
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next run into this folder, which deletes it under the lock.
        }
    }

    /// <summary>Deletes <c>.NAME.PID.GUID.tmp</c> files of <paramref name="name"/> whose process is no longer running.</summary>
    private static void RemoveDeadTemporaries(string directory, string name)
    {
        foreach (string leftover in Directory.EnumerateFiles(directory, $".{name}.*.tmp"))
        {
            string[] parts = Path.GetFileName(leftover)[(name.Length + 2)..].Split('.');
            if (parts.Length == 3 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out int pid) && IsRunning(pid))
            {
                continue;
            }

            try
            {
                File.Delete(leftover);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Best effort: a leftover temporary file never replaces an output.
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private string Sibling(string kind, string id) => Path.Combine(_parent, $".{_target.Name}.{kind}-{id}");

    /// <summary>
    /// Under the lock: completes or undoes a swap that a dead run left half done, then deletes every staging,
    /// ready or old folder of dead runs and legacy temporary files in the target.
    /// </summary>
    private void RecoverAndClean()
    {
        string prefix = $".{_target.Name}.";
        string[] leftovers = [.. Directory.EnumerateDirectories(_parent, prefix + "*")
            .Where(d => Path.GetFileName(d)[prefix.Length..] is var rest && (rest.StartsWith("new-", StringComparison.Ordinal) || rest.StartsWith("ready-", StringComparison.Ordinal) || rest.StartsWith("old-", StringComparison.Ordinal)))];
        _target.Refresh();
        if (!_target.Exists)
        {
            // The crash window of a swap: the new set is complete once it is "ready"; otherwise put the old one back.
            string? back = leftovers.FirstOrDefault(d => Path.GetFileName(d).StartsWith(prefix + "ready-", StringComparison.Ordinal))
                ?? leftovers.FirstOrDefault(d => Path.GetFileName(d).StartsWith(prefix + "old-", StringComparison.Ordinal));
            if (back is not null)
            {
                Directory.Move(back, _target.FullName);
            }
        }

        foreach (string leftover in leftovers)
        {
            TryDelete(leftover);
        }

        _target.Refresh();
        if (_target.Exists)
        {
            foreach (FileInfo temporary in _target.EnumerateFiles(".*.tmp"))
            {
                // Temporary files of the earlier one-file-at-a-time design; no run writes into the folder itself now.
                temporary.Delete();
            }
        }
    }
}

/// <summary>One file of a result set: its name, what writes it, and whether it starts with a byte order mark.</summary>
internal sealed record OutputFile(string Name, Action<TextWriter> Write, bool ByteOrderMark = false);
