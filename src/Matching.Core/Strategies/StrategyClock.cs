// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Core.Strategies;

/// <summary>Times a strategy body with an injected <see cref="TimeProvider"/>.</summary>
internal static class StrategyClock
{
    public static StrategyResult Run(string name, TimeProvider time, Func<int[]> body)
    {
        long start = time.GetTimestamp();
        int[] mentorOf = body();
        return StrategyResult.Own(name, mentorOf, time.GetElapsedTime(start));
    }
}
