// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Solvers.Flow;

namespace Matching.Solvers.Tests.Flow;

public class FlowNetworkBuilderTests
{
    [Theory]
    [InlineData(4)] // exactly full: the network takes the builder's arrays without a copy
    [InlineData(16)] // not full: the network gets trimmed copies
    public void Build_ThenAddMoreArcs_LeavesTheBuiltNetworkUnchanged(int arcCapacity)
    {
        var builder = new FlowNetworkBuilder(3, arcCapacity);
        builder.AddNodes(3);
        builder.SetSupply(0, 2);
        builder.SetSupply(2, -2);
        for (int a = 0; a < 4; a++)
        {
            builder.AddArc(a % 2, (a % 2) + 1, 0, 5 + a, 10 + a);
        }

        FlowNetwork first = builder.Build();
        builder.AddArc(0, 2, 1, 9, 99);
        builder.SetSupply(0, 3);
        builder.SetSupply(1, -1);
        FlowNetwork second = builder.Build();

        Assert.Equal(4, first.ArcCount);
        Assert.Equal([0, 1, 0, 1], first.Source.ToArray());
        Assert.Equal([1, 2, 1, 2], first.Target.ToArray());
        Assert.Equal([0L, 0, 0, 0], first.Lower.ToArray());
        Assert.Equal([5L, 6, 7, 8], first.Capacity.ToArray());
        Assert.Equal([10L, 11, 12, 13], first.Cost.ToArray());
        Assert.Equal([2L, 0, -2], first.Supply.ToArray());

        Assert.Equal(5, second.ArcCount);
        Assert.Equal([0, 1, 0, 1, 0], second.Source.ToArray());
        Assert.Equal([1, 2, 1, 2, 2], second.Target.ToArray());
        Assert.Equal([0L, 0, 0, 0, 1], second.Lower.ToArray());
        Assert.Equal([5L, 6, 7, 8, 9], second.Capacity.ToArray());
        Assert.Equal([10L, 11, 12, 13, 99], second.Cost.ToArray());
        Assert.Equal([3L, -1, -2], second.Supply.ToArray());
    }
}
