// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Domain;

namespace Matching.OrTools.Models;

/// <summary>A quota no assignment meets (or none was found meeting it in the time limit), and the people it concerns.</summary>
/// <param name="Name">The quota's name from the mapping file.</param>
/// <param name="People">The mentees (or mentors) the quota concerns.</param>
/// <param name="Proven">True when impossibility is proven, false when only unreached within the time limit.</param>
public sealed record QuotaFailure(string Name, IReadOnlyList<Participant> People, bool Proven);
