// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.IO.Survey;

/// <summary>A survey row that could not be used, kept so that nothing is dropped silently.</summary>
/// <param name="Line">The line on which the row starts.</param>
/// <param name="Fields">The row's fields as read, with sensitive columns blanked.</param>
/// <param name="Problems">What is wrong with the row, in words.</param>
public sealed record RejectedRow(int Line, IReadOnlyList<string> Fields, IReadOnlyList<string> Problems);
