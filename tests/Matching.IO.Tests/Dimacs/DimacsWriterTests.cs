// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using Matching.IO.Dimacs;
using Matching.Solvers.Flow;

namespace Matching.IO.Tests.Dimacs;

public class DimacsWriterTests
{
    [Fact]
    public void Write_WhenArgumentNull_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => DimacsWriter.Write(null!, new StringWriter()));
        Assert.Throws<ArgumentNullException>(() => DimacsWriter.Write(new FlowNetworkBuilder().Build(), null!));
    }

    [Fact]
    public void Write_SmallNetwork_ProducesExactText()
    {
        var builder = new FlowNetworkBuilder();
        builder.AddNodes(3);
        builder.SetSupply(0, 2);
        builder.SetSupply(2, -2);
        builder.AddArc(0, 1, 0, 2, 5);
        builder.AddArc(1, 2, 1, 3, -4);
        var writer = new StringWriter(CultureInfo.InvariantCulture);

        DimacsWriter.Write(builder.Build(), writer, "made by a test\nsecond line");

        Assert.Equal("c made by a test\nc second line\np min 3 2\nn 1 2\nn 3 -2\na 1 2 0 2 5\na 2 3 1 3 -4\n", writer.ToString());
    }

    [Fact]
    public void Write_ThenRead_RoundTrips()
    {
        var builder = new FlowNetworkBuilder();
        builder.AddNodes(4);
        builder.SetSupply(0, 5);
        builder.SetSupply(3, -5);
        builder.AddArc(0, 1, 0, long.MaxValue, long.MinValue + 1);
        builder.AddArc(1, 3, 2, 7, 0);
        builder.AddArc(0, 3, 0, 5, 12);
        builder.AddArc(2, 2, 0, 1, -1);
        FlowNetwork original = builder.Build();
        var writer = new StringWriter(CultureInfo.InvariantCulture);

        DimacsWriter.Write(original, writer);
        FlowNetwork copy = DimacsReader.Read(new StringReader(writer.ToString())).GetValueOrThrow();

        Assert.Equal(original.Supply.ToArray(), copy.Supply.ToArray());
        Assert.Equal(original.Source.ToArray(), copy.Source.ToArray());
        Assert.Equal(original.Target.ToArray(), copy.Target.ToArray());
        Assert.Equal(original.Lower.ToArray(), copy.Lower.ToArray());
        Assert.Equal(original.Capacity.ToArray(), copy.Capacity.ToArray());
        Assert.Equal(original.Cost.ToArray(), copy.Cost.ToArray());
    }
}
