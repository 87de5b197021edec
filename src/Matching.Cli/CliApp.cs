// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.CommandLine;
using System.Reflection;
using Matching.Cli.Commands;

namespace Matching.Cli;

/// <summary>Builds the <c>match</c> command tree.</summary>
internal static class CliApp
{
    /// <summary>Gets the product version (without the source-revision suffix, so outputs do not depend on the build).</summary>
    public static string Version { get; } =
        (typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    public static RootCommand CreateRootCommand(CliConsole console)
    {
        var root = new RootCommand(
            "match: pairs mentees with mentors from a survey export, optimally and with reasons.\n" +
            "Exit codes: 0 ok, 1 invalid input, 2 infeasible rules, 3 internal error.")
        {
            new InitCommand(console),
            new ValidateCommand(console),
            new RunCommand(console),
            new ExplainCommand(console),
            new SuggestCommand(console),
            new GenerateCommand(console),
            new SolveCommand(),
            new CompareCommand(console),
            new RematchCommand(console),
            new PlaceCommand(console),
            new LearnCommand(console),
        };
        OptionValidation.AddTo(root);
        return root;
    }
}
