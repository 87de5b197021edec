// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;

namespace Matching.IO;

/// <summary>How serious a survey problem is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; the row is still used.</summary>
    Warning,

    /// <summary>The row cannot be used as it is.</summary>
    Error,
}

/// <summary>One problem found in a survey file, with its position.</summary>
/// <param name="Severity">Error or warning.</param>
/// <param name="File">The file name as the user gave it.</param>
/// <param name="Line">The 1-based line in the file where the record starts (0 for the file as a whole).</param>
/// <param name="Column">The 1-based column (field) number, 0 when the whole row is concerned.</param>
/// <param name="ColumnName">The header text of the column, if any.</param>
/// <param name="Value">The offending value, if any.</param>
/// <param name="Message">What is wrong and what was expected.</param>
public sealed record SurveyDiagnostic(
    DiagnosticSeverity Severity,
    string File,
    int Line,
    int Column,
    string? ColumnName,
    string? Value,
    string Message)
{
    /// <summary>Formats the diagnostic as <c>file:line:column: error: message</c>, the form editors and CI understand.</summary>
    public override string ToString()
    {
        string where = Column > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{Column}")
            : string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}");
        string severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        string column = ColumnName is null ? string.Empty : $" [column '{ColumnName}']";
        string value = Value is null ? string.Empty : $" (value: '{Truncate(Value)}')";
        return $"{where}: {severity}: {Message}{column}{value}";
    }

    private static string Truncate(string value) => value.Length <= 60 ? value : value[..57] + "...";
}
