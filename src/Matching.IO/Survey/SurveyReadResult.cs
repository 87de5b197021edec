// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Domain;
using NodaTime;

namespace Matching.IO.Survey;

/// <summary>What reading a survey produced: the participants, every problem found, and what was detected.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class SurveyReadResult
{
    internal SurveyReadResult(
        IReadOnlyList<Participant> participants,
        IReadOnlyList<int> participantLines,
        IReadOnlyList<SurveyDiagnostic> diagnostics,
        ColumnMapping? mapping,
        char delimiter,
        int rowCount,
        IReadOnlyList<RejectedRow> rejected,
        LocalDate programStart,
        LocalDate? lastAnswer)
    {
        ProgramStart = programStart;
        LastAnswer = lastAnswer;
        Rejected = rejected;
        Participants = participants;
        ParticipantLines = participantLines;
        Diagnostics = diagnostics;
        Mapping = mapping;
        Delimiter = delimiter;
        RowCount = rowCount;
    }

    /// <summary>Gets the participants read from valid rows, in file order.</summary>
    public IReadOnlyList<Participant> Participants { get; }

    /// <summary>Gets the line on which each participant's row starts.</summary>
    public IReadOnlyList<int> ParticipantLines { get; }

    /// <summary>Gets every error and warning, sorted by line, then column.</summary>
    public IReadOnlyList<SurveyDiagnostic> Diagnostics { get; }

    /// <summary>Gets the column mapping used, or null when the file has no header.</summary>
    public ColumnMapping? Mapping { get; }

    /// <summary>Gets the columns inferred or resolved from the header even when required ones are missing (then <see cref="Mapping"/> is null).</summary>
    public ColumnMapping? HeaderColumns { get; init; }

    /// <summary>Gets the field delimiter used.</summary>
    public char Delimiter { get; }

    /// <summary>Gets the number of non-blank data rows.</summary>
    public int RowCount { get; }

    /// <summary>Gets the rows that could not be used, with their fields (sensitive ones blanked) and problems.</summary>
    public IReadOnlyList<RejectedRow> Rejected { get; }

    /// <summary>Gets the program start used to convert availability to UTC.</summary>
    public LocalDate ProgramStart { get; }

    /// <summary>Gets the day of the last answer, from the timestamp column, or null when the survey has none.</summary>
    public LocalDate? LastAnswer { get; }

    /// <summary>Gets a value indicating whether any error was found.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Gets the errors.</summary>
    public IEnumerable<SurveyDiagnostic> Errors => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Gets the warnings.</summary>
    public IEnumerable<SurveyDiagnostic> Warnings => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning);
}
