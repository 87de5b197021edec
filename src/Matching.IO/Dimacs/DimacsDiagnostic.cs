// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.IO.Dimacs;

/// <summary>A problem found in DIMACS input, with the 1-based line it is on.</summary>
/// <param name="Line">The 1-based line number (0 when the problem concerns the whole input).</param>
/// <param name="Message">What is wrong, in words.</param>
public readonly record struct DimacsDiagnostic(int Line, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Line > 0 ? $"line {Line}: {Message}" : Message;
}
