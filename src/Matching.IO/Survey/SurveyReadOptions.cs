// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Domain;
using NodaTime;

namespace Matching.IO.Survey;

/// <summary>How to read a survey export.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class SurveyReadOptions
{
    /// <summary>The default program start: Monday 5 January 2026.</summary>
    public static readonly LocalDate DefaultProgramStart = new(2026, 1, 5);

    /// <summary>Gets the file name used in diagnostics. Default <c>survey.csv</c>.</summary>
    public string FileName { get; init; } = "survey.csv";

    /// <summary>Gets the field delimiter, or null to detect it from the header line (<c>,</c> <c>;</c> or tab).</summary>
    public char? Delimiter { get; init; }

    /// <summary>Gets the mapping file's settings, or null to infer the columns from the header texts.</summary>
    public SurveyMapping? Mapping { get; init; }

    /// <summary>
    /// Gets the role of everyone in the file when it has no role column (a separate mentors or mentees file), or null
    /// to require a role column.
    /// </summary>
    public Roles? DefaultRole { get; init; }

    /// <summary>Gets the most data rows read; the rest of a longer file is reported, not read. Default 1,000,000.</summary>
    public int MaxRows { get; init; } = 1_000_000;

    /// <summary>Gets the most columns a file may have. Default 1,000.</summary>
    public int MaxColumns { get; init; } = 1_000;

    /// <summary>Gets the longest answer accepted, in characters. Default 20,000.</summary>
    public int MaxFieldLength { get; init; } = 20_000;

    /// <summary>
    /// Gets the first day of the program. Availability is converted to UTC for the week that contains it, so daylight
    /// saving time is applied as it will be in force. Default <see cref="DefaultProgramStart"/>.
    /// </summary>
    public LocalDate ProgramStart { get; init; } = DefaultProgramStart;

    /// <summary>
    /// Gets a value indicating whether the program starts on the Monday after the survey's last answer (read from its
    /// timestamp column) instead of <see cref="ProgramStart"/>, which stays the fallback when the survey has no
    /// timestamps. The start used is in <see cref="SurveyReadResult.ProgramStart"/>. Default false.
    /// </summary>
    public bool ProgramStartFromAnswers { get; init; }

    /// <summary>
    /// Gets a value indicating whether an unreadable item in a soft field (availability, meeting format, frequency,
    /// career level, years of experience) is an error. By default it is a warning and the item counts as unanswered;
    /// hard fields (role, email, capacity, time zone, names) are always errors.
    /// </summary>
    public bool Strict { get; init; }
}
