// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using CsvHelper;
using CsvHelper.Configuration;

namespace Matching.IO.Survey;

/// <summary>One CSV record as the survey reader sees it, with what the parser said while reading it.</summary>
/// <param name="Line">The first line of the record (1-based; after the previous record's last line).</param>
/// <param name="LastLine">The record's last line (a quoted field may span lines).</param>
/// <param name="Record">The fields; null for an item that only carries warnings (a blank record) or the error that ends the file.</param>
/// <param name="Warnings">The parser's warnings raised while reading the record (line, message), or null.</param>
/// <param name="Error">The parser's error that ends the reading at <paramref name="LastLine"/>, or null.</param>
internal readonly record struct FeedItem(int Line, int LastLine, string[]? Record, (int Line, string Message)[]? Warnings, string? Error);

/// <summary>
/// Splits a survey's text into CSV records on another thread, in batches, while the caller turns the records already
/// read into participants: the two halves of reading a large export run on two cores. Records, warnings and the
/// final error come out in file order, exactly as a parser read in the caller's loop would give them.
/// </summary>
/// <remarks>
/// Blank records (every field blank) are dropped here, as the reader skips them; their warnings still come through.
/// The caller may stop early (<see cref="Dispose"/> ends the parsing thread). Not thread-safe for several readers.
/// </remarks>
internal sealed class RecordFeed : IDisposable
{
    private const int BatchSize = 512;

    private readonly BlockingCollection<FeedItem[]> _batches = new(boundedCapacity: 32);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _parsing;
    private FeedItem[] _batch = [];
    private int _at;
    private ExceptionDispatchInfo? _failure;

    /// <summary>Starts parsing <paramref name="text"/>.</summary>
    /// <param name="text">The whole export.</param>
    /// <param name="configuration">The parser's settings; its <see cref="CsvConfiguration.BadDataFound"/> is replaced by the feed's own.</param>
    public RecordFeed(string text, CsvConfiguration configuration)
    {
        var warnings = new List<(int Line, string Message)>();
        CsvConfiguration withWarnings = configuration with
        {
            // Never the field itself in the message: it may be an identity or free-text answer.
            BadDataFound = args => warnings.Add((args.Context.Parser?.RawRow ?? 0, "stray quote in an unquoted field: read as text, check the row")),
        };
        _parsing = Task.Factory.StartNew(() => Parse(text, withWarnings, warnings), _stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>Gets the next record, or false at the end of the file (or after the error that ended it).</summary>
    public bool TryNext(out FeedItem item)
    {
        while (_at == _batch.Length)
        {
            if (!_batches.TryTake(out FeedItem[]? batch, Timeout.Infinite))
            {
                _failure?.Throw();
                item = default;
                return false;
            }

            (_batch, _at) = (batch, 0);
        }

        item = _batch[_at++];
        return true;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            _parsing.Wait();
        }
        catch (AggregateException e) when (e.InnerExceptions.All(x => x is OperationCanceledException))
        {
            // The caller stopped early.
        }

        _batches.Dispose();
        _stop.Dispose();
    }

    private void Parse(string text, CsvConfiguration configuration, List<(int Line, string Message)> warnings)
    {
        var batch = new List<FeedItem>(BatchSize);
        try
        {
            using var parser = new CsvParser(new StringReader(text), configuration);
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
                    // CsvHelper gives up on a record it cannot delimit (for example an unterminated quote at the end).
                    read = false;
                    error = "the file cannot be read past this line: " + e.Message.Split('\n')[0].Trim();
                }

                (int Line, string Message)[]? raised = warnings.Count > 0 ? [.. warnings] : null;
                warnings.Clear();
                if (!read)
                {
                    if (raised is not null || error is not null)
                    {
                        batch.Add(new FeedItem(parser.RawRow, parser.RawRow, null, raised, error));
                    }

                    break;
                }

                string[] record = parser.Record ?? [];
                bool blank = record.All(string.IsNullOrWhiteSpace);
                if (!blank || raised is not null)
                {
                    batch.Add(new FeedItem(previousEnd + 1, parser.RawRow, blank ? null : record, raised, null));
                }

                previousEnd = parser.RawRow;
                if (batch.Count == BatchSize)
                {
                    _batches.Add([.. batch], _stop.Token);
                    batch.Clear();
                }
            }

            if (batch.Count > 0)
            {
                _batches.Add([.. batch], _stop.Token);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // The caller stopped reading.
        }
        catch (Exception e)
        {
            // Anything else reaches the caller at the point the records ran out, as if it had parsed them itself.
            _failure = ExceptionDispatchInfo.Capture(e);
        }
        finally
        {
            _batches.CompleteAdding();
        }
    }
}
