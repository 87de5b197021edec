// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Scoring;

namespace Matching.Core.Results;

/// <summary>Why a pair scores what it scores, criterion by criterion and in words.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class PairExplanation
{
    internal PairExplanation(double score, BlockReason block, IReadOnlyList<CriterionContribution> contributions, IReadOnlyList<string> reasons)
    {
        Score = score;
        Block = block;
        Contributions = contributions;
        Reasons = reasons;
    }

    /// <summary>Gets the score from 0 to 100 (0 when blocked).</summary>
    public double Score { get; }

    /// <summary>Gets the hard rule that forbids the pair, or <see cref="BlockReason.None"/>.</summary>
    public BlockReason Block { get; }

    /// <summary>Gets every criterion's contribution, in <see cref="Criterion"/> order.</summary>
    public IReadOnlyList<CriterionContribution> Contributions { get; }

    /// <summary>Gets the top reasons in plain words, strongest first.</summary>
    public IReadOnlyList<string> Reasons { get; }
}
