// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using Matching.Core.Domain;
using Matching.IO.Generation;
using Matching.IO.Survey;

namespace Matching.Benchmarks;

/// <summary>Builds benchmark inputs from the survey generator and reader, the way the CLI would see them.</summary>
internal static class GeneratedProgram
{
    /// <summary>The participants of a generated English survey of <paramref name="size"/> ("MENTEESxMENTORS").</summary>
    /// <param name="size">Mentees × mentors, such as "10000x3000".</param>
    /// <param name="seed">The generator's seed.</param>
    /// <returns>Everyone in the program, in file order.</returns>
    /// <exception cref="InvalidOperationException">The generated survey does not read cleanly.</exception>
    public static IReadOnlyList<Participant> Participants(string size, int seed)
    {
        string[] parts = size.Split('x');
        var generator = new SurveyGenerator
        {
            Mentees = int.Parse(parts[0], CultureInfo.InvariantCulture),
            Mentors = int.Parse(parts[1], CultureInfo.InvariantCulture),
            Seed = seed,
        };
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        generator.Write(writer, SurveyStyle.GoogleFormsEnglish);
        SurveyReadResult read = SurveyReader.Read(new StringReader(writer.ToString()));
        if (read.HasErrors)
        {
            throw new InvalidOperationException("The generated survey has errors: " + string.Join("; ", read.Errors));
        }

        return read.Participants;
    }
}
