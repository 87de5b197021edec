// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.TestUtils;

/// <summary>
/// A time limit for one solve in a test. A correct solve of a test instance takes milliseconds; a broken one (a
/// mutant that pivots forever) is cancelled at the solver's next cancellation check, so the test fails and its test
/// host ends instead of spinning on after the run.
/// </summary>
public static class TestTime
{
    /// <summary>How long one solve may take before it is cancelled.</summary>
    public static readonly TimeSpan PerSolve = TimeSpan.FromMinutes(2);

    /// <summary>A token that is cancelled <see cref="PerSolve"/> from now.</summary>
    public static CancellationToken Limit() => new CancellationTokenSource(PerSolve).Token;
}
