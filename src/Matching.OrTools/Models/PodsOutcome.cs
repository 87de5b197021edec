// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Models;
using Matching.OrTools.Pods;

namespace Matching.OrTools.Models;

/// <summary>What <see cref="PodsModel.SolvePods"/> found: the program result, the solver's figures and any quota it cannot meet.</summary>
/// <param name="Result">The program result: one <see cref="Group"/> per pod (in pod id order), the unmatched with reasons.</param>
/// <param name="Pods">The pods as the solver returned them, in the same order as the groups (shared window, cohesion).</param>
/// <param name="Objective">The objective of the assignment.</param>
/// <param name="BestBound">A proven upper bound on the objective.</param>
/// <param name="Gap">The relative gap between the two.</param>
/// <param name="FailedQuotas">The quotas that cannot be met, with the people they concern; empty when all hold.</param>
public sealed record PodsOutcome(ProgramResult Result, IReadOnlyList<Pod> Pods, long Objective, long BestBound, double Gap, IReadOnlyList<QuotaFailure> FailedQuotas);
