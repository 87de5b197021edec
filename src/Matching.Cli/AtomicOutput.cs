// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Text;

namespace Matching.Cli;

/// <summary>
/// Writes a set of output files all-or-nothing: each goes to a temporary file in the target folder, and only when
/// every one is complete are they renamed over the final names. A failure leaves the previous outputs untouched.
/// </summary>
internal sealed class AtomicOutput : IDisposable
{
    private readonly DirectoryInfo _directory;
    private readonly List<(string Temporary, string Final)> _files = [];
    private bool _committed;

    /// <summary>
    /// Writes a set of files through <paramref name="write"/> and commits them, or reports on stderr why the folder
    /// cannot be written (permissions, a full disk, a path that is a file) and returns false; the previous files stay.
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

    public AtomicOutput(DirectoryInfo directory)
    {
        _directory = directory;
        _directory.Create();
    }

    /// <summary>Writes <paramref name="name"/> through <paramref name="write"/> into a temporary file.</summary>
    public void Write(string name, Action<TextWriter> write, bool byteOrderMark = false)
    {
        string final = Path.Combine(_directory.FullName, name);
        RemoveLeftovers(name);
        string temporary = Path.Combine(_directory.FullName, $".{name}.{Guid.NewGuid():N}.tmp");
        _files.Add((temporary, final));
        using var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write);
        using var writer = new StreamWriter(stream, new UTF8Encoding(byteOrderMark));
        write(writer);
    }

    /// <summary>Moves every temporary file over its final name.</summary>
    public void Commit()
    {
        foreach (var (temporary, final) in _files)
        {
            File.Move(temporary, final, overwrite: true);
        }

        _committed = true;
    }

    /// <summary>Deletes temporary files that a killed earlier run left behind for <paramref name="name"/>.</summary>
    private void RemoveLeftovers(string name)
    {
        foreach (FileInfo leftover in _directory.EnumerateFiles($".{name}.*.tmp"))
        {
            try
            {
                leftover.Delete();
            }
            catch (IOException)
            {
                // Another run may be writing it right now; it will clean up after itself.
            }
        }
    }

    public void Dispose()
    {
        if (_committed)
        {
            return;
        }

        foreach (var (temporary, _) in _files)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (IOException)
            {
                // Best effort: a leftover temporary file never replaces an output.
            }
        }
    }
}
