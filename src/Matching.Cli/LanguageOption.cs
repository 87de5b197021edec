// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.CommandLine;
using Matching.Core.Results;
using Matching.Core.Text;

namespace Matching.Cli;

/// <summary>The one <c>--lang</c> option of every command that writes words for people: en (default) or de.</summary>
internal static class LanguageOption
{
    /// <summary>Creates the option (each command needs its own instance).</summary>
    /// <returns>The option.</returns>
    public static Option<string> Create() => new Option<string>("--lang")
    {
        Description = "Language of every label, reason and number in the output: en (default) or de (German, decimal commas in text).",
        DefaultValueFactory = _ => "en",
    }.AcceptOnlyFromAmong("en", "de");

    /// <summary>Reads the language the user chose.</summary>
    /// <param name="parseResult">The parsed command line.</param>
    /// <param name="option">The command's option.</param>
    /// <returns>The language.</returns>
    public static ExplanationLanguage Read(ParseResult parseResult, Option<string> option) =>
        parseResult.GetValue(option) == "de" ? ExplanationLanguage.German : ExplanationLanguage.English;

    /// <summary>Reads the catalogue of the language the user chose.</summary>
    /// <param name="parseResult">The parsed command line.</param>
    /// <param name="option">The command's option.</param>
    /// <returns>The catalogue.</returns>
    public static TextCatalog Text(ParseResult parseResult, Option<string> option) => TextCatalog.For(Read(parseResult, option));
}
