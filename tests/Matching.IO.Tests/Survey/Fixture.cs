// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.IO.Survey;

namespace Matching.IO.Tests.Survey;

internal static class Fixture
{
    public static SurveyReadResult Read(string name)
    {
        byte[] bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", name));
        var (text, _) = SurveyText.Decode(bytes);
        return SurveyReader.Read(new StringReader(text), new SurveyReadOptions { FileName = name });
    }
}
