// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Problem;
using Matching.Core.Results;
using Matching.Core.Rules;
using Matching.Solvers.Assignment;
using Matching.Solvers.Flow;

namespace Matching.Core;

/// <summary>
/// Matches a one-to-one program optimally: maximum total value under every rule of the program, solved exactly as a
/// min-cost flow, verified by an independent certificate, and explained pair by pair.
/// </summary>
/// <remarks>
/// <para>
/// The rules and the objective come from <see cref="ProgramRules"/> (the one model every strategy shares). Objective
/// (fixed point, 1,000 points per score point): a pair costs <c>100,000 − points − adjustment</c> (shifted so no cost
/// is negative); an unmatched mentee costs the penalty plus its priority. The default penalty is larger than any
/// difference in pair, load and priority costs, so every optimum matches as many mentees as possible and, among those
/// matchings, has the highest total value.
/// </para>
/// <para>
/// The jobs live in their own homes: rule conflicts in <see cref="ProgramRules.Conflict"/>, result assembly and
/// unmatched reasons in <c>Results</c>, pair analysis in <see cref="AnalyzePair"/>.
/// </para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class MatchingEngine
{
    private readonly MatchingOptions _options;

    /// <summary>Initializes an engine.</summary>
    /// <param name="options">Matching options; null for <see cref="MatchingOptions.Default"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (see <see cref="MatchingOptions.Validate"/>).</exception>
    /// <exception cref="ArgumentException">A pair adjustment names nobody.</exception>
    public MatchingEngine(MatchingOptions? options = null)
    {
        _options = options ?? MatchingOptions.Default;
        _options.Validate();
    }

    /// <summary>Builds the integer assignment problem that <see cref="Solve"/> optimizes.</summary>
    /// <param name="problem">The scored program.</param>
    /// <returns>The assignment problem; mentee i and mentor j are positions in <see cref="MatchingProblem.Mentees"/> and <see cref="MatchingProblem.Mentors"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="problem"/> is null.</exception>
    /// <exception cref="ArgumentException">A locked pair names an unknown person or a forbidden pair.</exception>
    public AssignmentProblem BuildAssignment(MatchingProblem problem)
    {
        ProgramRules rules = ProgramRules.Create(problem, _options);
        foreach (var (i, j) in rules.LockedPairs)
        {
            if (problem.PointsAt(i, j) < 0)
            {
                throw new ArgumentException($"The locked pair {i} → {j} is forbidden by a hard rule ({problem.BlockOf(i, j)}).", nameof(problem));
            }
        }

        return rules.BuildAssignment(null, FlowModel.Program);
    }

    /// <summary>Finds the optimal matching of <paramref name="problem"/>.</summary>
    /// <param name="problem">The scored program.</param>
    /// <param name="cancellationToken">Cancels a long solve.</param>
    /// <returns>The matching with explanations, or the rule that cannot be met.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="problem"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <exception cref="ArgumentException">A locked pair names an unknown person.</exception>
    public MatchingResult Solve(MatchingProblem problem, CancellationToken cancellationToken = default) =>
        SolveRules(ProgramRules.Create(problem, _options), cancellationToken);

    /// <summary>Finds the optimal matching under already-read rules (their options replace the engine's).</summary>
    /// <param name="rules">The program's rules.</param>
    /// <param name="cancellationToken">Cancels a long solve.</param>
    /// <returns>The matching with explanations, or the rule that cannot be met.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static MatchingResult SolveRules(ProgramRules rules, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (rules.Conflict is { } conflict)
        {
            return ResultAssembler.Infeasible(conflict);
        }

        var solver = new AssignmentSolver(rules.Options.FlowSolver ?? new NetworkSimplexSolver());
        AssignmentResult solution = rules.SolvePriced(FlowModel.Program, solver, out PricingReport pricing, cancellationToken);
        if (!solution.Success)
        {
            string message = solution.Status == FlowStatus.Infeasible
                ? "the minimum loads, locked pairs and capacities cannot all be met together (each rule alone can)"
                : solution.Message ?? solution.Status.ToString();
            return ResultAssembler.Infeasible(message);
        }

        // An answer that fails its independent certificate is never reported as a matching.
        if (solution.Certificate is { IsOptimal: false } certificate)
        {
            return ResultAssembler.Unverified(certificate);
        }

        return ResultAssembler.Assemble(rules, solution, pricing);
    }

    /// <summary>
    /// Explains one pair against an optimal matching: its breakdown, and for a pair the solver did not choose, the
    /// hard rule that blocks it or what forcing it would cost (a re-solve with the pair locked).
    /// </summary>
    /// <param name="problem">The scored program.</param>
    /// <param name="result">The optimal matching of <paramref name="problem"/>.</param>
    /// <param name="menteeId">The mentee's id, email or name.</param>
    /// <param name="mentorId">The mentor's id, email or name.</param>
    /// <param name="cancellationToken">Cancels the re-solve.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No mentee or mentor has that name.</exception>
    public PairAnalysis AnalyzePair(MatchingProblem problem, MatchingResult result, string menteeId, string mentorId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(menteeId);
        ArgumentNullException.ThrowIfNull(mentorId);
        return PairAnalyzer.Analyze(_options, problem, result, menteeId, mentorId, cancellationToken);
    }
}
