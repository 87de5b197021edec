// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.IO.Dimacs;
using Matching.Solvers.Flow;

namespace Matching.IO.Tests.Dimacs;

public class DimacsReaderTests
{
    private const string Sample = """
        c a two-source, two-sink transportation problem
        p min 4 4
        n 1 3
        n 2 2
        n 3 -4
        n 4 -1
        a 1 3 0 3 1
        a 1 4 0 3 4
        a 2 3 0 2 3
        c comments may appear anywhere
        a 2 4 1 2 -2
        """;

    [Fact]
    public void Read_WhenReaderNull_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => DimacsReader.Read(null!));
    }

    [Fact]
    public void Read_WellFormed_BuildsTheNetwork()
    {
        DimacsReadResult result = DimacsReader.Read(new StringReader(Sample));

        Assert.True(result.Success, string.Join("; ", result.Errors));
        FlowNetwork network = result.Value;
        Assert.Equal(4, network.NodeCount);
        Assert.Equal(4, network.ArcCount);
        Assert.Equal([3, 2, -4, -1], network.Supply.ToArray());
        Assert.Equal([0, 0, 1, 1], network.Source.ToArray());
        Assert.Equal([2, 3, 2, 3], network.Target.ToArray());
        Assert.Equal([0, 0, 0, 1], network.Lower.ToArray());
        Assert.Equal([3, 3, 2, 2], network.Capacity.ToArray());
        Assert.Equal([1, 4, 3, -2], network.Cost.ToArray());
    }

    [Fact]
    public void Read_Sample_SolvesToHandWorkedOptimum()
    {
        // 1->3 ×3 (3), 2->3 ×1 (3), 2->4 ×1 (−2): cost 4.
        FlowNetwork network = DimacsReader.Read(new StringReader(Sample)).GetValueOrThrow();

        Assert.Equal(4, new NetworkSimplexSolver().Solve(network).Cost);
    }

    [Fact]
    public void Read_WindowsLineEndingsAndBlankLines_AreAccepted()
    {
        DimacsReadResult result = DimacsReader.Read(new StringReader("p min 2 1\r\n\r\nn 1 1\r\nn 2 -1\r\na 1 2 0 1 5\r\n"));

        Assert.True(result.Success);
        Assert.Equal(5, result.Value.Cost[0]);
    }

    [Theory]
    [InlineData("p min 2 1\nn 1 1\nn 2 -1\na 1 3 0 1 5\n", 4, "head node 3 is outside 1..2")]
    [InlineData("p min 2 1\na 1 2 0 x 5\n", 2, "'x' is not a 64-bit integer")]
    [InlineData("p min 2 1\na 1 2 0 1\n", 2, "expected 5 numbers")]
    [InlineData("p min 2 1\na 1 2 0 1 5 6\n", 2, "too many fields")]
    [InlineData("p min 2 1\na 1 2 3 1 5\n", 2, "capacity 1 is below the lower bound 3")]
    [InlineData("p min 2 1\na 1 2 -1 1 5\n", 2, "negative lower bound")]
    [InlineData("a 1 2 0 1 5\n", 1, "arc line before the problem line")]
    [InlineData("p max 2 1\n", 1, "expected 'p min NODES ARCS'")]
    [InlineData("p min 2 1\nx 1 2\n", 2, "unknown line type 'x'")]
    [InlineData("p min 2 1\np min 2 1\na 1 2 0 1 5\n", 2, "second problem line")]
    [InlineData("c\np min 2 2\na 1 2 0 1 5\n", 2, "declares 2 arcs but 1 were read")]
    [InlineData("p min 2 1\nn 0 1\na 1 2 0 1 5\n", 2, "node 0 is outside 1..2")]
    [InlineData("p min 2 1\na 1 2 0 1 9223372036854775808\n", 2, "'9223372036854775808' is not a 64-bit integer")]
    [InlineData("p min 2 1\na 1 2 0 1 --5\n", 2, "'--5' is not a 64-bit integer")]
    [InlineData("p min 2 1\na 1 2 0 1 -\n", 2, "'-' is not a 64-bit integer")]
    [InlineData("p min 2 1\na 1 2 0 1 5x\n", 2, "'5x' is not a 64-bit integer")]
    public void Read_Malformed_ReportsLineAndReason(string text, int line, string reason)
    {
        DimacsReadResult result = DimacsReader.Read(new StringReader(text));

        Assert.False(result.Success);
        Assert.Null(result.Value);
        Assert.Contains(result.Errors, e => e.Line == line && e.Message.Contains(reason, StringComparison.Ordinal));
        Assert.Throws<FormatException>(() => result.GetValueOrThrow());
        Assert.False(result.TryGetValue(out _));
    }

    [Fact]
    public void Read_SeveralBadLines_ReportsEveryOne()
    {
        DimacsReadResult result = DimacsReader.Read(new StringReader("p min 2 3\na 1 9 0 1 1\na 1 2 0 1 1\na 1 2 0 1 z\n"));

        Assert.Equal([2, 4], result.Errors.Select(e => e.Line).ToArray());
        Assert.StartsWith("line 2: ", result.Errors[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Empty_ReportsMissingProblemLine()
    {
        DimacsReadResult result = DimacsReader.Read(new StringReader(string.Empty));

        Assert.False(result.Success);
        Assert.Contains("no problem line", result.Errors[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-9223372036854775808", long.MinValue)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("+17", 17)]
    [InlineData("-0", 0)]
    [InlineData("000000000000000000000042", 42)]
    [InlineData("-999999999999999999", -999_999_999_999_999_999)]
    public void Read_IntegerForms_ParseAsLongDoes(string cost, long expected)
    {
        DimacsReadResult result = DimacsReader.Read(new StringReader($"p min 2 1\nn 1 1\nn 2 -1\na 1 2 0 1 {cost}\n"));

        Assert.True(result.Success, string.Join("; ", result.Errors));
        Assert.Equal(expected, result.Value.Cost[0]);
    }

    [Fact]
    public void Read_LinesAcrossReadBuffers_AreJoined()
    {
        // Enough arcs (and comment padding) that many lines, and a Windows line break, straddle the reader's
        // 64 K-character buffer; every arc must arrive whole.
        const int Arcs = 20_000;
        var text = new System.Text.StringBuilder($"p min 3 {Arcs}\r\nn 1 {Arcs}\nn 3 -{Arcs}\n");
        for (int a = 0; a < Arcs; a++)
        {
            text.Append(a % 7 == 0 ? "c padding " + new string('x', a % 53) + "\n" : string.Empty);
            text.Append(a % 2 == 0 ? $"a 1 2 0 1 {a}\r\n" : $"a 2 3 0 {Arcs} -{a}\n");
        }

        text.Append($"a 1 3 0 {Arcs} 123456789012");
        DimacsReadResult result = DimacsReader.Read(new StringReader(text.ToString().Replace($"p min 3 {Arcs}", $"p min 3 {Arcs + 1}", StringComparison.Ordinal)));

        Assert.True(result.Success, string.Join("; ", result.Errors));
        FlowNetwork network = result.Value;
        Assert.Equal(Arcs + 1, network.ArcCount);
        for (int a = 0; a < Arcs; a++)
        {
            Assert.Equal(a % 2 == 0 ? a : -a, network.Cost[a]);
            Assert.Equal(a % 2 == 0 ? 1 : Arcs, network.Capacity[a]);
        }

        Assert.Equal(123_456_789_012, network.Cost[Arcs]);
        Assert.Equal(Arcs, network.Supply[0]);
    }
}
