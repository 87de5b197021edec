// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Core.Tests.Strategies;

/// <summary>A clock whose timestamp advances by a fixed step every time it is read.</summary>
internal sealed class SteppingClock(TimeSpan step) : TimeProvider
{
    private long _ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp()
    {
        long now = _ticks;
        _ticks += step.Ticks;
        return now;
    }
}
