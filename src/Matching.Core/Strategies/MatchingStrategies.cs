// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Core.Strategies;

/// <summary>Creates strategies by their command-line names.</summary>
/// <remarks>The class is stateless and thread-safe.</remarks>
public static class MatchingStrategies
{
    /// <summary>Gets every known strategy name, in the order they are usually compared.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["optimal", "fair", "stable", "stable-mentors", "greedy", "random", "max-matched"];

    /// <summary>Creates the strategy called <paramref name="name"/> (case-insensitive).</summary>
    /// <param name="name">One of <see cref="Names"/>.</param>
    /// <param name="seed">Seed for <c>random</c>.</param>
    /// <param name="options">The program's rules and objective settings, given to every strategy (its flow solver is used by every flow-based strategy); null for the defaults.</param>
    /// <param name="timeProvider">Clock for the runtimes; null for the system clock.</param>
    /// <returns>The strategy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">The name is unknown.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static IMatchingStrategy Create(string name, int seed = 1, MatchingOptions? options = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        options ??= MatchingOptions.Default;
        options.Validate();
        return name.Trim().ToUpperInvariant() switch
        {
            "OPTIMAL" => new OptimalStrategy(options, timeProvider),
            "FAIR" => new FairStrategy(options.FlowSolver, timeProvider) { Options = options },
            "STABLE" or "STABLE-MENTEES" => new StableStrategy(ProposingSide.Mentees, timeProvider: timeProvider) { Options = options },
            "STABLE-MENTORS" => new StableStrategy(ProposingSide.Mentors, timeProvider: timeProvider) { Options = options },
            "GREEDY" => new GreedyStrategy(timeProvider) { Options = options },
            "RANDOM" => new RandomStrategy(seed, timeProvider) { Options = options },
            "MAX-MATCHED" => new MaxMatchedStrategy(options.FlowSolver, timeProvider) { Options = options },
            _ => throw new ArgumentException($"Unknown strategy '{name}'. Known: {string.Join(", ", Names)}.", nameof(name)),
        };
    }
}
