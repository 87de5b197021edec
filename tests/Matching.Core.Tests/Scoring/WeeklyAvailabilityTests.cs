// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Domain;

namespace Matching.Core.Tests.Scoring;

public class WeeklyAvailabilityTests
{
    [Fact]
    public void OverlapHours_CountsSharedSlots()
    {
        var a = WeeklyAvailability.None.WithHours(17, 4); // Monday 17–21 UTC
        var b = WeeklyAvailability.None.WithHours(19, 4); // Monday 19–23 UTC

        Assert.Equal(2, a.OverlapHours(b));
        Assert.Equal(4, a.Hours);
    }

    [Fact]
    public void WithHours_WrapsAroundTheWeek()
    {
        // Sunday 22:00 for 4 hours ends Monday 02:00; a negative start (a UTC shift) wraps too.
        var late = WeeklyAvailability.None.WithHours(166, 4);
        var shifted = WeeklyAvailability.None.WithHours(-2, 4);

        Assert.True(late.Contains(167));
        Assert.True(late.Contains(0));
        Assert.True(late.Contains(1));
        Assert.False(late.Contains(2));
        Assert.Equal(late, shifted);
    }

    [Fact]
    public void OverlapHours_IsSymmetric_Property()
    {
        var slots = Gen.Choose(0, 167).ArrayOf().Select(xs => xs.Aggregate(WeeklyAvailability.None, (w, s) => w.WithHours(s, 1)));
        Prop.ForAll(Arb.From(slots), Arb.From(slots), (a, b) =>
            a.OverlapHours(b) == b.OverlapHours(a) && a.OverlapHours(a) == a.Hours && a.OverlapHours(b) <= Math.Min(a.Hours, b.Hours))
            .QuickCheckThrowOnFailure();
    }
}
