// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Matching.IO.Survey;

namespace Matching.IO.Tests.Survey;

/// <summary>
/// The reader splits records on another thread (<see cref="RecordFeed"/>). Whatever the timing, it must give exactly
/// what a parser read in the caller's own loop gives: the same records with their lines, blank records dropped, the
/// parser's warnings and its final error at the same records.
/// </summary>
public class RecordFeedTests
{
    private const string StrayQuote = "stray quote in an unquoted field: read as text, check the row";

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(0, 12)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Feed_RandomExports_SameAsAParserReadInline(int seed)
    {
        // Sizes around the feed's batch of 512 records, so batches end at every kind of record.
        string text = RandomCsv(new Random(seed), rows: 600 + (seed * 97));
        var configuration = Configuration(maxField: seed % 3 == 0 ? 40 : 4_000);

        List<FeedItem> expected = Inline(text, configuration);
        var actual = new List<FeedItem>();
        using (var feed = new RecordFeed(text, configuration))
        {
            while (feed.TryNext(out FeedItem item))
            {
                actual.Add(item);
            }
        }

        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.Equal((expected[i].Line, expected[i].LastLine, expected[i].Error), (actual[i].Line, actual[i].LastLine, actual[i].Error));
            Assert.Equal(expected[i].Record, actual[i].Record);
            Assert.Equal(expected[i].Warnings, actual[i].Warnings);
        }

        // The generator makes every kind of item the feed must pass on; with short fields allowed, a long one ends the file.
        if (seed % 3 == 0)
        {
            Assert.NotNull(actual[^1].Error);
        }
        else
        {
            Assert.Contains(actual, i => i.Record is not null && i.LastLine > i.Line);
            Assert.Contains(actual, i => i.Warnings is not null);
            Assert.True(actual.Count > 512, "more records than one batch");
        }
    }

    [Fact]
    public void Feed_UnterminatedQuote_EndsWithTheParsersError()
    {
        string text = "a,b\n1,2\n3,\"never closed\n4,5\n";
        using var feed = new RecordFeed(text, Configuration(maxField: 10));
        var items = new List<FeedItem>();
        while (feed.TryNext(out FeedItem item))
        {
            items.Add(item);
        }

        Assert.Equal([["a", "b"], ["1", "2"]], items.Take(2).Select(i => i.Record));
        FeedItem last = items[^1];
        Assert.Null(last.Record);
        Assert.StartsWith("the file cannot be read past this line: ", last.Error, StringComparison.Ordinal);
        Assert.Equal(Inline(text, Configuration(maxField: 10))[^1].Error, last.Error);
    }

    [Fact]
    public async Task Feed_StoppedEarly_EndsItsThread()
    {
        // Far more records than the feed buffers: its thread is blocked on a full queue when the reader stops.
        string text = string.Concat(Enumerable.Range(0, 200_000).Select(i => $"{i},x\n"));
        var feed = new RecordFeed(text, Configuration(maxField: 100));
        Assert.True(feed.TryNext(out FeedItem first));
        Assert.Equal(["0", "x"], first.Record!);

        // Dispose waits for the thread; a feed that cannot stop would hang here until the limit.
        await Task.Run(feed.Dispose).WaitAsync(TimeSpan.FromMinutes(1));
    }

    private static CsvConfiguration Configuration(int maxField) => new(CultureInfo.InvariantCulture)
    {
        HasHeaderRecord = false,
        IgnoreBlankLines = true,
        MaxFieldSize = maxField,
    };

    /// <summary>The oracle: the parser read in a plain loop, as the reader did before the feed.</summary>
    private static List<FeedItem> Inline(string text, CsvConfiguration configuration)
    {
        var warnings = new List<(int, string)>();
        var items = new List<FeedItem>();
        using var parser = new CsvParser(new StringReader(text), configuration with { BadDataFound = args => warnings.Add((args.Context.Parser!.RawRow, StrayQuote)) });
        int previousEnd = 0;
        while (true)
        {
            bool read;
            string? error = null;
            try
            {
                read = parser.Read();
            }
            catch (CsvHelperException e)
            {
                read = false;
                error = "the file cannot be read past this line: " + e.Message.Split('\n')[0].Trim();
            }

            (int, string)[]? raised = warnings.Count > 0 ? [.. warnings] : null;
            warnings.Clear();
            if (!read)
            {
                if (raised is not null || error is not null)
                {
                    items.Add(new FeedItem(parser.RawRow, parser.RawRow, null, raised, error));
                }

                return items;
            }

            string[] record = parser.Record!;
            bool blank = record.All(string.IsNullOrWhiteSpace);
            if (!blank || raised is not null)
            {
                items.Add(new FeedItem(previousEnd + 1, parser.RawRow, blank ? null : record, raised, null));
            }

            previousEnd = parser.RawRow;
        }
    }

    private static string RandomCsv(Random random, int rows)
    {
        var text = new StringBuilder();
        for (int r = 0; r < rows; r++)
        {
            int fields = random.Next(1, 6);
            for (int f = 0; f < fields; f++)
            {
                text.Append(random.Next(10) switch
                {
                    0 => "\"quoted, with comma\"",
                    1 => "\"two\nlines\"",
                    2 => "stray\"quote",
                    3 => "  ",
                    4 => "\"\"\"escaped\"\"\"",
                    5 => new string('w', random.Next(30, 60)),
                    _ => "v" + random.Next(100),
                });
                text.Append(f < fields - 1 ? "," : string.Empty);
            }

            text.Append(random.Next(8) switch { 0 => "\r\n", 1 => "\n\n", 2 => "\n , ,\n", _ => "\n" });
        }

        return text.ToString();
    }
}
