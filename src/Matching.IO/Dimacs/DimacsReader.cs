// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using Matching.Solvers.Flow;

namespace Matching.IO.Dimacs;

/// <summary>
/// Reads min-cost-flow problems in the DIMACS format (First DIMACS Implementation Challenge, 1991):
/// <c>c</c> comment lines, one <c>p min NODES ARCS</c> line, <c>n ID SUPPLY</c> node lines (other nodes have
/// supply 0) and <c>a FROM TO LOW CAP COST</c> arc lines. Node IDs are 1-based in the file and 0-based in the
/// resulting <see cref="FlowNetwork"/>; arcs keep their order.
/// </summary>
/// <remarks>
/// Every error is collected with its line number (up to <see cref="MaxErrors"/>), not only the first.
/// O(size of input) time. The class is stateless and thread-safe.
/// </remarks>
public static class DimacsReader
{
    /// <summary>The number of errors after which reading stops.</summary>
    public const int MaxErrors = 100;

    /// <summary>The most nodes a problem line may declare (2²⁶); arrays are sized from it only after this check.</summary>
    public const int MaxNodes = 1 << 26;

    /// <summary>The most arcs a problem line may declare (2²⁸); arc arrays grow as arcs are read, not from the declaration.</summary>
    public const int MaxArcs = 1 << 28;

    /// <summary>The longest line accepted, in characters; a longer one (a binary file, a device such as /dev/zero) stops reading.</summary>
    public const int MaxLineLength = 4096;

    /// <summary>The most arcs (2²³, 256 MiB of arc arrays) reserved up front from the problem line's declared count.</summary>
    private const int PresizedArcs = 1 << 23;

    /// <summary>Reads a min-cost-flow problem.</summary>
    /// <param name="reader">The DIMACS text.</param>
    /// <returns>The network, or every error found with its line number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    public static DimacsReadResult Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var errors = new List<DimacsDiagnostic>();
        FlowNetworkBuilder? builder = null;
        int nodeCount = 0;
        int declaredArcs = 0;
        int problemLine = 0;
        int lineNumber = 0;
        Span<long> values = stackalloc long[5];
        var lines = new LineSource(reader);
        while (errors.Count < MaxErrors && lines.TryNext(out ReadOnlySpan<char> line))
        {
            lineNumber++;
            if (lines.TooLong)
            {
                errors.Add(new DimacsDiagnostic(lineNumber, $"the line is longer than {MaxLineLength} characters; this is not a DIMACS text file"));
                return new DimacsReadResult(null, errors);
            }
            ReadOnlySpan<char> text = line.Trim();
            if (text.IsEmpty || text[0] == 'c')
            {
                continue;
            }

            char kind = text[0];
            if (text.Length > 1 && !char.IsWhiteSpace(text[1]))
            {
                errors.Add(new DimacsDiagnostic(lineNumber, $"unknown line type '{Truncate(text)}'; expected c, p, n or a"));
                continue;
            }

            ReadOnlySpan<char> rest = text[1..];
            switch (kind)
            {
                case 'p':
                    if (builder is not null)
                    {
                        errors.Add(new DimacsDiagnostic(lineNumber, $"second problem line (the first is on line {problemLine})"));
                        break;
                    }

                    rest = rest.TrimStart();
                    if (!rest.StartsWith("min", StringComparison.Ordinal) || (rest.Length > 3 && !char.IsWhiteSpace(rest[3])))
                    {
                        errors.Add(new DimacsDiagnostic(lineNumber, "expected 'p min NODES ARCS'"));
                        return new DimacsReadResult(null, errors);
                    }

                    if (!ParseNumbers(rest[3..], values[..2], lineNumber, "p min NODES ARCS", errors))
                    {
                        return new DimacsReadResult(null, errors);
                    }

                    if (values[0] < 0 || values[0] > MaxNodes || values[1] < 0 || values[1] > MaxArcs)
                    {
                        errors.Add(new DimacsDiagnostic(lineNumber, $"{values[0]} nodes and {values[1]} arcs declared; the supported limits are 0..{MaxNodes} nodes and 0..{MaxArcs} arcs"));
                        return new DimacsReadResult(null, errors);
                    }

                    nodeCount = (int)values[0];
                    declaredArcs = (int)values[1];
                    problemLine = lineNumber;

                    // The declared arc count is a hint: the arrays grow with the arcs actually read. Sized exactly,
                    // they become the network without a copy (FlowNetworkBuilder.Build), which halves the peak
                    // memory; the bound keeps a file that declares far more arcs than it has from reserving gigabytes.
                    builder = new FlowNetworkBuilder(nodeCount, Math.Min(declaredArcs, PresizedArcs));
                    builder.AddNodes(nodeCount);
                    break;

                case 'n':
                    if (builder is null)
                    {
                        errors.Add(new DimacsDiagnostic(lineNumber, "node line before the problem line 'p min NODES ARCS'"));
                        return new DimacsReadResult(null, errors);
                    }

                    if (ParseNumbers(rest, values[..2], lineNumber, "n ID SUPPLY", errors)
                        && CheckNode(values[0], nodeCount, lineNumber, "node", errors))
                    {
                        builder.SetSupply((int)values[0] - 1, values[1]);
                    }

                    break;

                case 'a':
                    if (builder is null)
                    {
                        errors.Add(new DimacsDiagnostic(lineNumber, "arc line before the problem line 'p min NODES ARCS'"));
                        return new DimacsReadResult(null, errors);
                    }

                    if (!ParseNumbers(rest, values, lineNumber, "a FROM TO LOW CAP COST", errors))
                    {
                        break;
                    }

                    bool ok = CheckNode(values[0], nodeCount, lineNumber, "tail node", errors);
                    ok &= CheckNode(values[1], nodeCount, lineNumber, "head node", errors);
                    if (values[2] < 0)
                    {
                        errors.Add(new DimacsDiagnostic(lineNumber, $"negative lower bound {values[2]}"));
                        ok = false;
                    }
                    else if (values[3] < values[2])
                    {
                        errors.Add(new DimacsDiagnostic(lineNumber, $"capacity {values[3]} is below the lower bound {values[2]}"));
                        ok = false;
                    }

                    if (ok)
                    {
                        builder.AddArc((int)values[0] - 1, (int)values[1] - 1, values[2], values[3], values[4]);
                    }

                    break;

                default:
                    errors.Add(new DimacsDiagnostic(lineNumber, $"unknown line type '{kind}'; expected c, p, n or a"));
                    break;
            }
        }

        if (builder is null)
        {
            errors.Add(new DimacsDiagnostic(0, "no problem line 'p min NODES ARCS' found"));
        }
        else if (errors.Count == 0 && builder.ArcCount != declaredArcs)
        {
            errors.Add(new DimacsDiagnostic(problemLine, $"the problem line declares {declaredArcs} arcs but {builder.ArcCount} were read"));
        }

        return errors.Count > 0 ? new DimacsReadResult(null, errors) : new DimacsReadResult(builder!.Build(), errors);
    }

    private static bool ParseNumbers(ReadOnlySpan<char> text, Span<long> values, int line, string shape, List<DimacsDiagnostic> errors)
    {
        int count = 0;
        while (true)
        {
            text = text.TrimStart();
            if (text.IsEmpty)
            {
                break;
            }

            int end = 0;
            while (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            ReadOnlySpan<char> token = text[..end];
            if (count >= values.Length)
            {
                errors.Add(new DimacsDiagnostic(line, $"too many fields; expected '{shape}'"));
                return false;
            }

            if (!TryParseInteger(token, out values[count]))
            {
                errors.Add(new DimacsDiagnostic(line, $"'{Truncate(token)}' is not a 64-bit integer; expected '{shape}'"));
                return false;
            }

            count++;
            text = text[end..];
        }

        if (count < values.Length)
        {
            errors.Add(new DimacsDiagnostic(line, $"expected {values.Length} numbers in '{shape}', found {count}"));
            return false;
        }

        return true;
    }

    /// <summary>
    /// Parses a 64-bit integer as <see cref="long.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider?, out long)"/>
    /// with a leading sign and the invariant culture does; plain numbers of up to 18 digits, nearly every DIMACS field,
    /// take a short path of the same result.
    /// </summary>
    private static bool TryParseInteger(ReadOnlySpan<char> token, out long value)
    {
        bool negative = token.Length > 1 && token[0] == '-';
        ReadOnlySpan<char> digits = negative ? token[1..] : token;
        if (digits.Length is > 0 and <= 18)
        {
            long result = 0;
            int i = 0;
            for (; i < digits.Length; i++)
            {
                uint digit = (uint)(digits[i] - '0');
                if (digit > 9)
                {
                    break;
                }

                result = (result * 10) + digit;
            }

            if (i == digits.Length)
            {
                value = negative ? -result : result;
                return true;
            }
        }

        return long.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    private static bool CheckNode(long id, int nodeCount, int line, string what, List<DimacsDiagnostic> errors)
    {
        if (id < 1 || id > nodeCount)
        {
            errors.Add(new DimacsDiagnostic(line, $"{what} {id} is outside 1..{nodeCount}"));
            return false;
        }

        return true;
    }

    /// <summary>
    /// Reads lines through a fixed buffer so that no line longer than <see cref="MaxLineLength"/> is ever held in
    /// memory, whatever the input (an endless device or pipe reports no length to check up front).
    /// </summary>
    /// <summary>
    /// Splits the text into lines without allocating: a line that lies within the read buffer is returned as a span
    /// over it, one that spans two reads is copied into a line buffer. A line longer than
    /// <see cref="MaxLineLength"/> is cut and flagged.
    /// </summary>
    private sealed class LineSource(TextReader reader)
    {
        private readonly char[] _buffer = new char[65536];
        private readonly char[] _line = new char[MaxLineLength + 1];
        private int _lineLength;
        private int _position;
        private int _length;

        /// <summary>Gets a value indicating whether the last line returned was cut at <see cref="MaxLineLength"/>.</summary>
        public bool TooLong { get; private set; }

        /// <summary>Reads the next line (without its line break); false at the end of the text.</summary>
        /// <param name="line">The line, valid until the next call.</param>
        public bool TryNext(out ReadOnlySpan<char> line)
        {
            _lineLength = 0;
            TooLong = false;
            while (true)
            {
                if (_position == _length)
                {
                    _length = reader.Read(_buffer, 0, _buffer.Length);
                    _position = 0;
                    if (_length == 0)
                    {
                        line = _line.AsSpan(0, _lineLength);
                        return _lineLength > 0;
                    }
                }

                ReadOnlySpan<char> rest = _buffer.AsSpan(_position, _length - _position);
                int end = rest.IndexOf('\n');
                ReadOnlySpan<char> piece = end < 0 ? rest : rest[..end];
                _position = end < 0 ? _length : _position + end + 1;
                if (_lineLength + piece.Length > MaxLineLength)
                {
                    TooLong = true;
                    line = [];
                    return true;
                }

                if (end >= 0 && _lineLength == 0)
                {
                    // The whole line is in the buffer: no copy.
                    line = piece.EndsWith('\r') ? piece[..^1] : piece;
                    return true;
                }

                piece.CopyTo(_line.AsSpan(_lineLength));
                _lineLength += piece.Length;
                if (end >= 0)
                {
                    line = _line.AsSpan(0, _lineLength);
                    if (line.EndsWith('\r'))
                    {
                        line = line[..^1];
                    }

                    return true;
                }
            }
        }
    }

    private static string Truncate(ReadOnlySpan<char> text) =>
        text.Length <= 40 ? text.ToString() : string.Concat(text[..40], "…");
}
