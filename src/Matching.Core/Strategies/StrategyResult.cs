// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Matching.Core.Strategies;

/// <summary>The matching a strategy produced: for each mentee position, a mentor position or −1.</summary>
/// <remarks>Positions index <see cref="Problem.MatchingProblem.Mentees"/> and <see cref="Problem.MatchingProblem.Mentors"/>. Instances are immutable and thread-safe.</remarks>
public sealed class StrategyResult
{
    /// <summary>Initializes a result.</summary>
    /// <param name="strategy">The strategy's name.</param>
    /// <param name="mentorOf">For each mentee position, its mentor position or −1; copied.</param>
    /// <param name="runtime">Time the strategy took.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public StrategyResult(string strategy, IReadOnlyList<int> mentorOf, TimeSpan runtime)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        ArgumentNullException.ThrowIfNull(mentorOf);
        Strategy = strategy;
        MentorOf = [.. mentorOf];
        Runtime = runtime;
    }

    private StrategyResult(string strategy, int[] mentorOf, TimeSpan runtime)
    {
        Strategy = strategy;
        MentorOf = ImmutableCollectionsMarshal.AsImmutableArray(mentorOf);
        Runtime = runtime;
    }

    /// <summary>Gets the name of the strategy that produced this matching.</summary>
    public string Strategy { get; }

    /// <summary>Gets, for each mentee position, the matched mentor position, or −1 when unmatched.</summary>
    public ImmutableArray<int> MentorOf { get; }

    /// <summary>Gets the wall-clock time the strategy took (scoring excluded).</summary>
    public TimeSpan Runtime { get; }

    /// <summary>Gets the number of matched mentees.</summary>
    public int MatchedCount
    {
        get
        {
            int count = 0;
            foreach (int j in MentorOf)
            {
                if (j >= 0)
                {
                    count++;
                }
            }

            return count;
        }
    }

    /// <summary>Wraps an array the caller gives up (no copy).</summary>
    internal static StrategyResult Own(string strategy, int[] mentorOf, TimeSpan runtime) => new(strategy, mentorOf, runtime);
}
