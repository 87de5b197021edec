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

public class TextCatalogCompletenessTests
{
    /// <summary>English words that must not be left in German output (data such as skill names aside).</summary>
    private static readonly string[] EnglishWords =
    [
        "the", "and", "of", "with", "without", "offers", "skills", "wanted", "weekly", "overlap", "both", "shared", "score",
        "matched", "unmatched", "reason", "reasons", "capacity", "strategy", "strategies", "load", "points", "weight", "value",
        "honored", "forcing", "pair", "pairs", "department", "goal", "meeting", "only", "none", "every", "everyone", "from",
        "time", "mentors", "matches", "total", "weakness", "speak", "prefer", "level", "career", "choice", "language", "rule",
        "line", "problems", "rank", "written", "proven", "verified", "distribution", "criterion", "mean", "lowest", "places",
        "used", "side", "why", "group", "all", "share", "usable", "warning", "error", "rows", "rejected", "missing",
    ];

    [Fact]
    public void EveryMember_IsNonEmptyInBothLanguages_AndGermanHasNoEnglishWordsLeft()
    {
        var english = Sample(TextCatalog.English);
        var german = Sample(TextCatalog.German);

        Assert.True(english.Count > 100, $"only {english.Count} texts sampled");
        Assert.Equal(english.Keys.Order(), german.Keys.Order());
        Assert.All(english.Concat(german), t => Assert.False(string.IsNullOrWhiteSpace(t.Value), t.Key));
        var leftovers = german
            .SelectMany(t => System.Text.RegularExpressions.Regex.Matches(t.Value, @"\p{L}+").Select(m => (t.Key, Word: m.Value)))
            .Where(w => EnglishWords.Contains(w.Word, StringComparer.OrdinalIgnoreCase))
            .Select(w => $"{w.Key}: {w.Word}")
            .ToList();
        Assert.Empty(leftovers);
        // The word list can catch English: the same sample in English contains many of its words.
        Assert.True(english.Values.Count(v => v.Split(' ').Any(w => EnglishWords.Contains(w, StringComparer.OrdinalIgnoreCase))) > 50);
    }

    [Fact]
    public void German_FormatsNumbersWithADecimalComma()
    {
        Assert.Equal("72,5", TextCatalog.German.Number(72.45, "0.0"));
        Assert.Equal("72.5", TextCatalog.English.Number(72.45, "0.0"));
        Assert.EndsWith("12,5 von 100", TextCatalog.German.PodCohesion(12.5), StringComparison.Ordinal);
        Assert.EndsWith("12.5 of 100", TextCatalog.English.PodCohesion(12.5), StringComparison.Ordinal);
    }

    /// <summary>Every public text of the catalogue: each property, and each method called with fixed sample arguments (every enum value).</summary>
    private static Dictionary<string, string> Sample(TextCatalog text)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (System.Reflection.PropertyInfo property in typeof(TextCatalog).GetProperties().Where(p => p.PropertyType == typeof(string)))
        {
            texts[property.Name] = (string)property.GetValue(text)!;
        }

        foreach (System.Reflection.MethodInfo method in typeof(TextCatalog).GetMethods().Where(m => m.ReturnType == typeof(string) && !m.IsStatic && m.DeclaringType == typeof(TextCatalog)))
        {
            System.Reflection.ParameterInfo[] parameters = method.GetParameters();
            if (parameters.Any(p => p.ParameterType != typeof(int) && p.ParameterType != typeof(string) && p.ParameterType != typeof(bool) && !p.ParameterType.IsEnum)
                || method.Name == nameof(TextCatalog.LanguageName) || method.Name == nameof(TextCatalog.Frequency))
            {
                continue; // Number, JoinWords and AllMentorsBlocked(counts) take data; LanguageName and Frequency pass unknown data through
            }

            Type? enumType = parameters.Select(p => p.ParameterType).FirstOrDefault(t => t.IsEnum);
            object[] variants = enumType is null ? [false, true] : [.. Enum.GetValues(enumType).Cast<object>()];
            foreach (object variant in variants)
            {
                object[] arguments = [.. parameters.Select(p => p.ParameterType == typeof(int) ? 2 : p.ParameterType == typeof(string) ? "X" : p.ParameterType == typeof(bool) ? variant is bool b && b : variant)];
                texts[$"{method.Name}({variant})"] = (string)method.Invoke(text, arguments)!;
            }
        }

        texts["AllMentorsBlocked"] = text.AllMentorsBlocked([new KeyValuePair<BlockReason, int>(BlockReason.NoSharedLanguage, 3)]);
        texts["JoinWords"] = text.JoinWords(["X", "Y", "Z"]);
        texts["PodCohesion"] = text.PodCohesion(12.5);
        texts["QuotaImpossible"] = text.QuotaImpossible(["X", "Y"]);
        texts["Frequency(weekly)"] = text.Language == ExplanationLanguage.German ? text.Frequency("weekly") : "weekly";
        return texts;
    }
}
