// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using System.IO.Compression;

namespace Matching.Solvers.Tests;

/// <summary>Opens the files under TestData/ (copied next to the test assembly), decompressing <c>.gz</c> files.</summary>
internal static class TestData
{
    public static TextReader Open(params string[] relativePath)
    {
        string path = Path.Combine([AppContext.BaseDirectory, "TestData", .. relativePath]);
        Stream stream = File.OpenRead(path);
        if (path.EndsWith(".gz", StringComparison.Ordinal))
        {
            stream = new GZipStream(stream, CompressionMode.Decompress);
        }

        return new StreamReader(stream);
    }

    /// <summary>Reads an OR-Library assignment instance: n, then n·n costs row-major.</summary>
    public static (int N, long[] Costs) ReadOrLibrary(string file)
    {
        using TextReader reader = Open("orlib", file);
        string[] tokens = reader.ReadToEnd().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        int n = int.Parse(tokens[0], CultureInfo.InvariantCulture);
        Assert.Equal(1 + (n * n), tokens.Length);
        var costs = new long[n * n];
        for (int k = 0; k < costs.Length; k++)
        {
            costs[k] = long.Parse(tokens[k + 1], CultureInfo.InvariantCulture);
        }

        return (n, costs);
    }
}
