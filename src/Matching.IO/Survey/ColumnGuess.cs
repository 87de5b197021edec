// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.IO.Survey;

/// <summary>One inferred column: which field it answers, how sure the guess is, and what it rests on.</summary>
/// <param name="Field">The field.</param>
/// <param name="Column">The 0-based column.</param>
/// <param name="Confidence">From 0 to 1: about 0.95 when header and answers agree, 0.6–0.85 on one of them alone.</param>
/// <param name="Evidence">"header and answers", "header", "answers" or "answers (who answered)".</param>
public sealed record ColumnGuess(SurveyField Field, int Column, double Confidence, string Evidence);
