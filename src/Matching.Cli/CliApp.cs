// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.CommandLine;
using Matching.Cli.Commands;

namespace Matching.Cli;

/// <summary>Builds the <c>match</c> command tree.</summary>
internal static class CliApp
{
    public static RootCommand CreateRootCommand(CliConsole console)
    {
        var root = new RootCommand(
            "match: pairs mentees with mentors from a survey export, optimally and with reasons.\n" +
            "Exit codes: 0 ok, 1 invalid input, 2 infeasible rules, 3 internal error.")
        {
            new RunCommand(console),
            new GenerateCommand(console),
            new CompareCommand(console),
        };
        return root;
    }
}
