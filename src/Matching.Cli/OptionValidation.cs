// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Matching.IO.Survey;
using NodaTime;

namespace Matching.Cli;

/// <summary>
/// The one place where option values are checked against their ranges, for every command that has the option
/// (run, compare, explain, suggest, …): an out-of-range value is a parse error, reported on stderr with exit 1 before
/// any file is read, never an exception later in the command.
/// </summary>
internal static class OptionValidation
{
    /// <summary>The largest <c>--unmatched-penalty</c>, in score points.</summary>
    internal const double MaxPenalty = 1_000_000;

    /// <summary>Adds the range checks to every option of <paramref name="root"/> and its subcommands, by option name.</summary>
    public static void AddTo(Command root)
    {
        foreach (Option option in root.Options)
        {
            Add(option);
        }

        foreach (Command command in root.Subcommands)
        {
            AddTo(command);
        }
    }

    /// <summary>The option's value; the default when its own parser already reported an error.</summary>
    private static T? Value<T>(OptionResult result)
    {
        try
        {
            return result.GetValueOrDefault<T>();
        }
        catch (InvalidOperationException)
        {
            return default;
        }
    }

    private static void Add(Option option)
    {
        switch (option)
        {
            case Option<double?> penalty when option.Name == "--unmatched-penalty":
                penalty.Validators.Add(result =>
                {
                    if (Value<double?>(result) is double p && !(p >= 0 && p <= MaxPenalty))
                    {
                        result.AddError("--unmatched-penalty: expected a number of score points from 0 to 1,000,000.");
                    }
                });
                break;
            case Option<int?> threads when option.Name == "--threads":
                threads.Validators.Add(result =>
                {
                    if (Value<int?>(result) is < 1)
                    {
                        result.AddError("--threads: expected a whole number ≥ 1.");
                    }
                });
                break;
            case Option<int> size when option.Name == "--k":
                size.Validators.Add(result =>
                {
                    if (Value<int>(result) is < 1 or > 50)
                    {
                        result.AddError("--k: expected a whole number from 1 to 50.");
                    }
                });
                break;
            case Option<double> exposure when option.Name == "--exposure":
                exposure.Validators.Add(result =>
                {
                    if (Value<double>(result) is var e && !(e >= 1 && double.IsFinite(e)))
                    {
                        result.AddError("--exposure: expected a finite number ≥ 1.");
                    }
                });
                break;
            case Option<LocalDate?> start when option.Name == "--start":
                start.Validators.Add(result =>
                {
                    if (Value<LocalDate?>(result) is LocalDate date && !MappingFile.IsSupportedProgramStart(date))
                    {
                        result.AddError(string.Create(
                            CultureInfo.InvariantCulture,
                            $"--start: expected a date from {MappingFile.MinProgramStart:yyyy-MM-dd} to {MappingFile.MaxProgramStart:yyyy-MM-dd}."));
                    }
                });
                break;
        }
    }
}
