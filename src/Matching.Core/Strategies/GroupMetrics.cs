// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Core.Strategies;

/// <summary>How one group of mentees (by department) fared in a matching.</summary>
/// <param name="Group">The mentees' department, or <c>(none)</c> when they gave none.</param>
/// <param name="Mentees">Mentees in the group.</param>
/// <param name="Matched">Of those, how many got a mentor.</param>
/// <param name="MatchRate">Matched ÷ mentees (0 for an empty group).</param>
/// <param name="MeanScore">Mean score of the group's pairs, or null when none was matched.</param>
public sealed record GroupMetrics(string Group, int Mentees, int Matched, double MatchRate, double? MeanScore);
