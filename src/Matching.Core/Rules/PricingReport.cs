// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Core.Rules;

/// <summary>How a solve priced the pairs left out of its network.</summary>
/// <param name="LeftOutPairs">Pairs outside the final network, all proven unable to improve it (in a large program, blocked pairs included).</param>
/// <param name="Rounds">Network solves of a large program's bound-based pricing (0 for a dense program).</param>
/// <param name="ScoredPairs">Pairs the bound-based pricing had to score exactly (0 for a dense program).</param>
/// <param name="AllPairs">Whether the optimum was proven over all pairs.</param>
internal readonly record struct PricingReport(long LeftOutPairs, int Rounds, long ScoredPairs, bool AllPairs);
