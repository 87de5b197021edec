// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Core.Rounds;

/// <summary>How one pair of an earlier round went, as the program collected it (free text is never read).</summary>
/// <param name="Mentee">The mentee's id, email or name.</param>
/// <param name="Mentor">The mentor's id, email or name.</param>
/// <param name="Rating">The rating from 1 (bad) to 5 (excellent).</param>
/// <param name="WouldContinue">Whether the pair would continue; null when not asked.</param>
public sealed record PairFeedback(string Mentee, string Mentor, int Rating, bool? WouldContinue);
