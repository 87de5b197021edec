// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Domain;
using Matching.Core.Results;
using Matching.Core.Scoring;
using Matching.Core.Text;

namespace Matching.Core.Tests;

public class TextCatalogTests
{
    [Fact]
    public void EveryBlockReasonAndSide_HasItsOwnTextInBothLanguages()
    {
        foreach (TextCatalog text in new[] { TextCatalog.English, TextCatalog.German })
        {
            string[] blocks = [.. Enum.GetValues<BlockReason>().Select(text.Block)];
            Assert.All(Enum.GetValues<BlockReason>(), b => Assert.NotEqual(b.ToString(), text.Block(b)));
            Assert.Equal(blocks.Length, blocks.Distinct().Count());
            Assert.Equal(3, new[] { Roles.Mentee, Roles.Mentor, Roles.Both }.Select(text.UnmatchedSide).Distinct().Count());
        }

        Assert.Same(TextCatalog.German, TextCatalog.For(ExplanationLanguage.German));
        Assert.NotEqual(TextCatalog.English.Block(BlockReason.NoSharedLanguage), TextCatalog.German.Block(BlockReason.NoSharedLanguage));
        Assert.Equal("Python, SQL und Cloud", TextCatalog.German.JoinWords(["Python", "SQL", "Cloud"]));
    }
}
