// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Domain;

namespace Matching.Core.Results;

/// <summary>Why a given mentee–mentor pair was or was not chosen.</summary>
/// <param name="Mentee">The mentee.</param>
/// <param name="Mentor">The mentor.</param>
/// <param name="Explanation">The pair's score breakdown and reasons.</param>
/// <param name="IsMatched">Whether the optimal matching contains the pair.</param>
/// <param name="ScoreLoss">For an allowed pair that was not chosen: how much total score the program loses if the pair is forced (0 for a tie).</param>
/// <param name="MatchedLoss">For an allowed pair that was not chosen: how many fewer mentees are matched if it is forced.</param>
public sealed record PairAnalysis(Participant Mentee, Participant Mentor, PairExplanation Explanation, bool IsMatched, double? ScoreLoss, int? MatchedLoss);
