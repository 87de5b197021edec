// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Domain;
using Matching.Core.Problem;
using Matching.Core.Results;
using Matching.Core.Strategies;
using Matching.Core.Text;

namespace Matching.Core.Models;

/// <summary>The one-to-one model: the <see cref="MatchingEngine"/> for <c>optimal</c>, the <see cref="MatchingStrategies"/> otherwise.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class OneToOneModel : IProgramModel
{
    /// <inheritdoc/>
    public ProgramModelKind Kind => ProgramModelKind.OneToOne;

    /// <inheritdoc/>
    public string Name => "one-to-one";

    /// <inheritdoc/>
    public IReadOnlyList<string> StrategyNames => MatchingStrategies.Names;

    /// <summary>Gets the seed of the <c>random</c> strategy.</summary>
    public int Seed { get; init; } = 1;

    /// <inheritdoc/>
    public ProgramResult Solve(MatchingProblem problem, MatchingOptions options, string strategy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(strategy);
        if (string.Equals(strategy.Trim(), "optimal", StringComparison.OrdinalIgnoreCase))
        {
            return FromEngine(new MatchingEngine(options).Solve(problem, cancellationToken));
        }

        StrategyResult result;
        try
        {
            result = MatchingStrategies.Create(strategy, Seed, options).Solve(problem, cancellationToken);
        }
        catch (InvalidOperationException e)
        {
            return new ProgramResult(Kind, strategy, MatchingStatus.Infeasible, [], [], null, e.Message);
        }

        var explainer = new Explainer(problem.Participants, problem.Scorer, options.Language);
        TextCatalog text = TextCatalog.For(options.Language);
        var placements = new List<Placement>();
        var unmatched = new List<UnmatchedParticipant>();
        for (int i = 0; i < result.MentorOf.Length; i++)
        {
            int j = result.MentorOf[i];
            Participant mentee = problem.Participants[problem.Mentees[i]];
            if (j < 0)
            {
                unmatched.Add(new UnmatchedParticipant(mentee, Roles.Mentee, text.NotMatchedByStrategy(result.Strategy)));
                continue;
            }

            placements.Add(new DirectedPair(mentee, problem.Participants[problem.Mentors[j]], problem.ScoreOf(i, j) ?? 0, explainer.Explain(problem.Mentees[i], problem.Mentors[j])));
        }

        return new ProgramResult(Kind, result.Strategy, MatchingStatus.Optimal, placements, unmatched, null, null) { Runtime = result.Runtime };
    }

    /// <summary>Wraps an engine result as a program result (directed pairs, the certificate as proof).</summary>
    /// <param name="result">The engine's result.</param>
    /// <returns>The program result, with <see cref="ProgramResult.OneToOne"/> set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static ProgramResult FromEngine(MatchingResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new ProgramResult(
            ProgramModelKind.OneToOne,
            "optimal",
            result.Status,
            result.Matches.Select(m => new DirectedPair(m.Mentee, m.Mentor, m.Score, m.Explanation)),
            result.Unmatched,
            result.Certificate?.ToString(),
            result.Message)
        {
            OneToOne = result,
        };
    }
}
