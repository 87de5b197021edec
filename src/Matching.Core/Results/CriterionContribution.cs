// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Scoring;

namespace Matching.Core.Results;

/// <summary>How much one criterion contributed to a pair's score.</summary>
/// <param name="Criterion">The criterion.</param>
/// <param name="Value">The criterion's value in [0, 1].</param>
/// <param name="Weight">The criterion's weight.</param>
/// <param name="Points">Its share of the 0–100 score: weight × value ÷ sum of weights × 100.</param>
public readonly record struct CriterionContribution(Criterion Criterion, double Value, double Weight, double Points);
