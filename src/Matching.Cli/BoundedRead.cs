// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;

namespace Matching.Cli;

/// <summary>
/// Reads a whole input file with a size limit enforced while streaming, not from the reported length: devices
/// (<c>/dev/zero</c>), pipes and FIFOs report a length of 0 and can be endless.
/// </summary>
internal static class BoundedRead
{
    /// <summary>Reads at most <paramref name="maxBytes"/> bytes of <paramref name="path"/>.</summary>
    /// <exception cref="IOException">The file is longer than <paramref name="maxBytes"/>, or cannot be read.</exception>
    public static byte[] ReadAllBytes(string path, long maxBytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        // A file says how long it is: read it into one array of that size, not a doubling buffer and a copy (a large
        // survey would fault in three times its size in fresh pages). A pipe or device grows the buffer as it reads.
        long length = stream.CanSeek ? stream.Length : 0;
        using var memory = new MemoryStream(length is > 0 and <= int.MaxValue && length <= maxBytes ? (int)length : 0);
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (memory.Length + read > maxBytes)
            {
                throw new IOException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"the input is longer than {maxBytes / (1024 * 1024)} MiB (the most accepted); a device or pipe without end is refused too."));
            }

            memory.Write(buffer, 0, read);
        }

        return memory.Length == memory.Capacity ? memory.GetBuffer() : memory.ToArray();
    }
}
