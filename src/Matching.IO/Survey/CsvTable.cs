// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Matching.IO.Survey;

/// <summary>A small CSV file read as a header and rows, with each row's line number: for the round files (feedback, unmatched, mentor loads).</summary>
internal sealed class CsvTable
{
    private CsvTable(string[] header, List<(int Line, string[] Cells)> rows)
    {
        Header = header;
        Rows = rows;
    }

    public string[] Header { get; }

    public List<(int Line, string[] Cells)> Rows { get; }

    /// <summary>Reads the table; null (with an error) when the file is empty.</summary>
    public static CsvTable? Read(TextReader reader, string fileName, List<SurveyDiagnostic> diagnostics)
    {
        string text = reader.ReadToEnd().TrimStart('\uFEFF');
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = SurveyReader.DetectDelimiter(text).ToString(),
            HasHeaderRecord = false,
            IgnoreBlankLines = true,
            BadDataFound = null,
        };
        using var parser = new CsvParser(new StringReader(text), configuration);
        string[]? header = null;
        var rows = new List<(int, string[])>();
        int previousEnd = 0;
        while (parser.Read())
        {
            int line = previousEnd + 1;
            previousEnd = parser.RawRow;
            string[] record = parser.Record ?? [];
            if (header is null)
            {
                header = [.. record.Select(h => h.Trim())];
            }
            else
            {
                rows.Add((line, [.. record.Select(c => c.Trim())]));
            }
        }

        if (header is null)
        {
            diagnostics.Add(new SurveyDiagnostic(DiagnosticSeverity.Error, fileName, 0, 0, null, null, "the file is empty: expected a header row"));
            return null;
        }

        return new CsvTable(header, rows);
    }

    /// <summary>The first column whose header is one of <paramref name="names"/> (case-insensitive), or −1.</summary>
    public int Find(params string[] names)
    {
        foreach (string name in names)
        {
            int at = Array.FindIndex(Header, h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
            if (at >= 0)
            {
                return at;
            }
        }

        return -1;
    }

    public static string Cell(string[] cells, int column) => column >= 0 && column < cells.Length ? cells[column] : string.Empty;
}
