// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Core.Rules;

/// <summary>A variant of the exact model of <see cref="ProgramRules"/>.</summary>
/// <param name="Threshold">Only pairs whose value is at least this (kept pairs always) are used.</param>
/// <param name="CountOnly">Pairs cost 0, an unmatched mentee 1 and loads nothing: the optimum counts the unmatched.</param>
/// <param name="CoverageFirst">Coverage first even when the options set a finite unmatched penalty.</param>
internal readonly record struct FlowModel(int Threshold, bool CountOnly, bool CoverageFirst)
{
    /// <summary>Gets the program's own model: every allowed pair, the configured objective.</summary>
    public static FlowModel Program => new(int.MinValue, false, false);
}
