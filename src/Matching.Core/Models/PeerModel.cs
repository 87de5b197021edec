// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Domain;
using Matching.Core.Problem;
using Matching.Core.Results;
using Matching.Core.Text;
using Matching.Solvers.General;
using Matching.Solvers.Stable;

namespace Matching.Core.Models;

/// <summary>
/// Peer mentoring: one pool (everyone who takes both roles) matched in undirected pairs, nobody twice, nobody with
/// themselves.
/// </summary>
/// <remarks>
/// <para>
/// A pair's score is the mean of both directions' scores, and a pair is blocked when either direction is blocked by a
/// hard rule or excluded (<see cref="MatchingOptions.ForbiddenPairs"/> in either order). Its value adds the pair
/// adjustments of both directions and both people's unmatched priorities (matching a person earns their priority).
/// Kept pairs (<see cref="MatchingOptions.LockedPairs"/>) are placed first. Capacities, minimum loads and load penalties
/// do not apply: everyone has exactly one partner or none.
/// </para>
/// <para>
/// <c>optimal</c>: exact maximum-weight matching on the general graph (Edmonds' blossom algorithm), coverage first (the
/// most pairs, then the highest total value) unless a finite unmatched penalty trades pairs for quality; its dual
/// certificate is checked independently before the result is returned. <c>stable</c>: Irving's stable roommates on
/// the value rankings, which reports plainly when no stable pairing exists. <c>greedy</c> and <c>random</c> are the
/// baselines. Instances are immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class PeerModel : IProgramModel
{
    private const int Max = ScoreTable.MaxPoints;

    /// <inheritdoc/>
    public ProgramModelKind Kind => ProgramModelKind.Peer;

    /// <inheritdoc/>
    public string Name => "peer";

    /// <inheritdoc/>
    public IReadOnlyList<string> StrategyNames { get; } = ["optimal", "stable", "greedy", "random"];

    /// <summary>Gets the seed of the <c>random</c> strategy.</summary>
    public int Seed { get; init; } = 1;

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">The blossom result failed its certificate (a defect, never expected).</exception>
    public ProgramResult Solve(MatchingProblem problem, MatchingOptions options, string strategy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(strategy);
        options.Validate();
        string name = strategy.Trim().ToLowerInvariant();
        if (!StrategyNames.Contains(name))
        {
            throw new ArgumentException($"Unknown peer strategy '{strategy}'. Known: {string.Join(", ", StrategyNames)}.", nameof(strategy));
        }

        long start = TimeProvider.System.GetTimestamp();
        var pool = new PeerPool(problem, options);
        TextCatalog text = TextCatalog.For(options.Language);
        if (pool.Conflict is { } conflict)
        {
            return new ProgramResult(Kind, name, MatchingStatus.Infeasible, [], [], null, conflict);
        }

        int[] mate;
        string? proof = null;
        switch (name)
        {
            case "optimal":
                (mate, proof) = Optimal(pool, options, cancellationToken);
                break;
            case "stable":
                StableRoommatesResult stable = StableRoommates.Solve(pool.Rankings(), cancellationToken);
                if (!stable.Success)
                {
                    string person = problem.Participants[pool.Person(stable.EmptyListPerson)].Name;
                    return new ProgramResult(Kind, name, MatchingStatus.Infeasible, [], [], null, text.NoStablePairing(person));
                }

                mate = stable.GetPartnersOrThrow();
                proof = "stable (no two people would rather be paired with each other)";
                break;
            case "greedy":
                mate = pool.Greedy();
                break;
            default:
                mate = pool.Random(Seed);
                break;
        }

        return Build(problem, options, pool, mate, name, proof, text, TimeProvider.System.GetElapsedTime(start));
    }

    private static (int[] Mate, string Proof) Optimal(PeerPool pool, MatchingOptions options, CancellationToken cancellationToken)
    {
        int n = pool.Count;
        bool coverageFirst = options.UnmatchedPenalty is null;
        long penalty = coverageFirst ? 0 : (long)Math.Round(options.UnmatchedPenalty!.Value * ScoreTable.PointsPerScore);
        var weights = new long[(long)n * n];
        Array.Fill(weights, MaximumWeightMatching.NoEdge);
        for (int a = 0; a < n; a++)
        {
            for (int b = a + 1; b < n; b++)
            {
                if (pool.Value(a, b) is long value)
                {
                    // Per person, a pair costs (100 − score) and staying alone the penalty: worth it when positive.
                    long w = coverageFirst ? value : 2 * (value - (Max - penalty));
                    weights[((long)a * n) + b] = w;
                    weights[((long)b * n) + a] = w;
                }
            }
        }

        GeneralMatchingResult result = MaximumWeightMatching.SolveDense(n, weights, coverageFirst, cancellationToken);
        CertificateVerdict verdict = GeneralMatchingCertificate.CheckDense(n, weights, result);
        if (!verdict.IsOptimal)
        {
            throw new InvalidOperationException("The peer matching failed its certificate: " + verdict);
        }

        int[] mate = result.Mate.ToArray();
        for (int a = 0; a < n; a++)
        {
            // With a finite penalty a pair that gains nothing is not worth forming.
            if (mate[a] > a && !coverageFirst && weights[((long)a * n) + mate[a]] <= 0)
            {
                mate[mate[a]] = -1;
                mate[a] = -1;
            }
        }

        return (mate, verdict.ToString());
    }

    private static ProgramResult Build(MatchingProblem problem, MatchingOptions options, PeerPool pool, int[] mate, string strategy, string? proof, TextCatalog text, TimeSpan runtime)
    {
        var explainer = new Explainer(problem.Participants, problem.Scorer, options.Language);
        var placements = new List<Placement>();
        foreach (var (a, b) in pool.Kept)
        {
            placements.Add(pool.Pair(a, b, explainer));
        }

        int n = pool.Count;
        for (int a = 0; a < n; a++)
        {
            if (mate[a] > a)
            {
                placements.Add(pool.Pair(pool.Person(a), pool.Person(mate[a]), explainer));
            }
        }

        placements.Sort((x, y) => IndexOf(problem, ((PeerPair)x).First).CompareTo(IndexOf(problem, ((PeerPair)y).First)));
        int alone = mate.Count(m => m < 0);
        var unmatched = new List<UnmatchedParticipant>();
        for (int a = 0; a < n; a++)
        {
            if (mate[a] >= 0)
            {
                continue;
            }

            int compatible = 0;
            for (int b = 0; b < n; b++)
            {
                compatible += b != a && pool.Value(a, b) is not null ? 1 : 0;
            }

            string reason = compatible == 0 ? text.PeerNoCompatible
                : alone == 1 && n % 2 == 1 ? text.PeerOddPool
                : strategy is "greedy" or "random" ? text.NotMatchedByStrategy(strategy)
                : text.PeerPartnersTaken(compatible);
            unmatched.Add(new UnmatchedParticipant(problem.Participants[pool.Person(a)], Roles.Both, reason));
        }

        return new ProgramResult(ProgramModelKind.Peer, strategy, MatchingStatus.Optimal, placements, unmatched, proof, null) { Runtime = runtime };
    }

    private static int IndexOf(MatchingProblem problem, Participant person)
    {
        for (int k = 0; k < problem.Participants.Count; k++)
        {
            if (ReferenceEquals(problem.Participants[k], person))
            {
                return k;
            }
        }

        return -1;
    }
}
