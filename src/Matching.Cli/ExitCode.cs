// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Cli;

/// <summary>The process exit codes of the <c>match</c> command.</summary>
internal static class ExitCode
{
    /// <summary>The command succeeded.</summary>
    public const int Success = 0;

    /// <summary>The input was malformed or missing (the message names the file and line).</summary>
    public const int InvalidInput = 1;

    /// <summary>The input was well formed but has no solution under its rules.</summary>
    public const int Infeasible = 2;

    /// <summary>An unexpected internal error occurred.</summary>
    public const int InternalError = 3;
}
