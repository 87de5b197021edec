// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Problem;
using Matching.Core.Rules;

namespace Matching.Core.Strategies;

/// <summary>Reads a program's rules and times a strategy body with an injected <see cref="TimeProvider"/>.</summary>
internal static class StrategyClock
{
    public static StrategyResult Run(string name, TimeProvider time, Func<int[]> body)
    {
        long start = time.GetTimestamp();
        int[] mentorOf = body();
        return StrategyResult.Own(name, mentorOf, time.GetElapsedTime(start));
    }

    /// <summary>The rules of <paramref name="problem"/> under <paramref name="options"/>, for a strategy that scores every pair.</summary>
    /// <exception cref="NotSupportedException">The program is too large to score every pair.</exception>
    public static ProgramRules DenseRules(MatchingProblem problem, MatchingOptions options)
    {
        ArgumentNullException.ThrowIfNull(problem);
        _ = problem.DenseScores;
        return ProgramRules.Create(problem, options);
    }
}
