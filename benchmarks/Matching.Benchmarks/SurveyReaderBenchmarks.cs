// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using System.Text;
using Matching.IO.Generation;
using Matching.IO.Survey;

namespace Matching.Benchmarks;

/// <summary>
/// How long does it take to turn the bytes of a survey export into participants (<see cref="SurveyText.Decode"/> then
/// <see cref="SurveyReader.Read(TextReader, SurveyReadOptions?)"/>), and how much does it allocate? The survey is a generated English Google Forms
/// export (70 % mentees, 25 % mentors, 5 % both, seed 1), encoded to UTF-8 bytes in <see cref="Setup"/>.
/// </summary>
/// <remarks>
/// Target: 100,000 rows in under 1 s (column inference from the first 500 answers included), with allocations proportional to the data.
/// Run: <c>dotnet run -c Release --project benchmarks/Matching.Benchmarks -- --filter '*SurveyReaderBenchmarks*'</c>.
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class SurveyReaderBenchmarks
{
    private byte[] _bytes = [];

    /// <summary>Gets or sets the number of survey rows (participants).</summary>
    [Params(10_000, 100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var generator = new SurveyGenerator
        {
            Mentees = Rows * 70 / 100,
            Mentors = Rows * 25 / 100,
            Both = Rows * 5 / 100,
            Seed = 1,
        };
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        generator.Write(writer, SurveyStyle.GoogleFormsEnglish);
        _bytes = Encoding.UTF8.GetBytes(writer.ToString());

        // Check once, outside the measurement, that every generated row is read.
        int read = Read();
        if (read != Rows)
        {
            throw new InvalidOperationException($"Read {read:N0} participants from {Rows:N0} generated rows.");
        }
    }

    /// <summary>Decodes and reads the whole survey; returns the number of participants.</summary>
    [Benchmark(Baseline = true)]
    public int DecodeAndRead()
    {
        var (text, _) = SurveyText.Decode(_bytes);
        return Read(text);
    }

    private int Read() => Read(SurveyText.Decode(_bytes).Text);

    private static int Read(string text)
    {
        SurveyReadResult result = SurveyReader.Read(new StringReader(text), new SurveyReadOptions { FileName = "generated.csv" });
        return result.Participants.Count;
    }
}
