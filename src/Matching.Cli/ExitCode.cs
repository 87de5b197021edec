// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Cli;

/// <summary>The documented exit codes of <c>match</c>.</summary>
internal static class ExitCode
{
    /// <summary>Success.</summary>
    public const int Success = 0;

    /// <summary>The input is invalid: a file is missing or malformed, or an option is wrong.</summary>
    public const int InvalidInput = 1;

    /// <summary>The program's rules cannot all be met (no feasible matching).</summary>
    public const int Infeasible = 2;

    /// <summary>An unexpected internal error; please report it.</summary>
    public const int InternalError = 3;
}
