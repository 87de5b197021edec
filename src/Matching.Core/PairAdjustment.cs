// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Core;

/// <summary>
/// Score points added to one mentee–mentor pair's value in the objective (not to its reported score): positive for a
/// bonus (an existing pair that continues), negative for a penalty (a repeat of an earlier round's pair).
/// </summary>
/// <param name="MenteeId">The mentee's id, email or name.</param>
/// <param name="MentorId">The mentor's id, email or name.</param>
/// <param name="Points">Points on the 0–100 score scale, from −100 to 100.</param>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record PairAdjustment(string MenteeId, string MentorId, double Points);
