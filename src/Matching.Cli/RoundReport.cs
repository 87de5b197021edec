// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using Matching.Core.Rounds;
using Matching.IO.Output;
using Spectre.Console;

namespace Matching.Cli;

/// <summary>Console and file reports of programs over time: incomplete profiles, fairness across rounds.</summary>
internal static class RoundReport
{
    /// <summary>Warns about each person whose profile lacks answers the enabled criteria need (ids and field names only).</summary>
    public static void WarnIncomplete(CliConsole console, RoundInputs.Loaded rounds, bool quiet)
    {
        if (quiet || rounds.Incomplete.Count == 0)
        {
            return;
        }

        foreach (IncompleteProfile profile in rounds.Incomplete.Take(20))
        {
            console.Error.WriteLine($"warning: {profile.Person.Id}: profile incomplete, missing {string.Join(", ", profile.MissingFields)}");
        }

        if (rounds.Incomplete.Count > 20)
        {
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warning: {rounds.Incomplete.Count - 20} more incomplete profile(s)"));
        }
    }

    public static void WriteRounds(TextWriter writer, RoundFairness fairness) => new RoundCsvWriter().WriteRounds(writer, fairness);

    /// <summary>Prints the load spread per round and who stayed unmatched repeatedly.</summary>
    public static void PrintFairness(CliConsole console, RoundFairness fairness)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("Fairness across rounds");
        table.AddColumn("Round");
        table.AddColumn(new TableColumn("Pairs").RightAligned());
        table.AddColumn(new TableColumn("Unmatched").RightAligned());
        table.AddColumn(new TableColumn("Load Gini").RightAligned());
        foreach (RoundLine line in fairness.Rounds)
        {
            table.AddRow(
                Markup.Escape(line.Name),
                line.Pairs.ToString(CultureInfo.InvariantCulture),
                line.UnmatchedMentees.ToString(CultureInfo.InvariantCulture),
                line.LoadGini.ToString("0.000", CultureInfo.InvariantCulture));
        }

        console.Ansi.Write(table);
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Unmatched in 2+ rounds: {fairness.RepeatedlyUnmatched.Count}; repeated pairs: {fairness.RepeatedPairs.Count}."));
    }
}
