// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.OrTools.Pods;

/// <summary>Limits and search settings for <see cref="PodSolver"/>.</summary>
public sealed record PodSolverOptions
{
    /// <summary>Gets the wall-clock limit of the whole solve. Default 10 s.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets the CP-SAT worker count (<c>num_workers</c>). Default 2.</summary>
    public int Workers { get; init; } = 2;

    /// <summary>Gets the random seed of CP-SAT and of the neighbourhood choice. Default 0.</summary>
    public int Seed { get; init; }

    /// <summary>
    /// Gets the model size (candidate pairs + cohesion pair terms + window clauses) up to which one CP-SAT model
    /// of the whole program is solved; larger programs use large-neighbourhood search. Default 60,000.
    /// </summary>
    public int MaxExactModelSize { get; init; } = 60_000;

    /// <summary>Gets the number of mentors whose pods are re-optimized together in one neighbourhood. Default 8.</summary>
    public int NeighbourhoodMentors { get; init; } = 8;

    /// <summary>Gets the time limit of one neighbourhood solve. Default 0.5 s.</summary>
    public TimeSpan NeighbourhoodTimeLimit { get; init; } = TimeSpan.FromSeconds(0.5);

    /// <summary>Gets whether to use large-neighbourhood search even for small programs (for tests). Default false.</summary>
    public bool ForceNeighbourhoodSearch { get; init; }
}
