// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.IO.Survey;

namespace Matching.IO.Tests.Survey;

public class PairListReaderTests
{
    [Theory]
    [InlineData("Mentee,Mentee email,Mentor,Mentor email,Score\nAnn,ann@x.org,Jo,jo@x.org,80.0\nBo,,Max,,70.0\n")]
    [InlineData("Mentee,E-Mail Mentee,Mentor:in,E-Mail Mentor:in,Punktzahl\nAnn,ann@x.org,Jo,jo@x.org,80.0\nBo,,Max,,70.0\n")]
    public void Read_MatchesCsvInEitherLanguage_EmailsFirstThenNames(string csv)
    {
        var (pairs, diagnostics) = PairListReader.Read(new StringReader(csv), "matches.csv");

        Assert.Empty(diagnostics);
        Assert.Equal([("ann@x.org", "jo@x.org"), ("Bo", "Max")], pairs);
    }

    [Fact]
    public void Read_MissingColumnsAndHalfPairs_AreErrorsWithPosition()
    {
        var (_, header) = PairListReader.Read(new StringReader("A,B\n1,2\n"), "m.csv");
        var (pairs, half) = PairListReader.Read(new StringReader("Mentee,Mentor\nAnn,\n"), "m.csv");
        var (_, empty) = PairListReader.Read(new StringReader(string.Empty), "m.csv");

        Assert.Contains("expected the columns 'Mentee' and 'Mentor'", Assert.Single(header).Message, StringComparison.Ordinal);
        Assert.Empty(pairs);
        SurveyDiagnostic problem = Assert.Single(half);
        Assert.Equal((2, 2), (problem.Line, problem.Column));
        Assert.Contains("the file is empty", Assert.Single(empty).Message, StringComparison.Ordinal);
    }
}
