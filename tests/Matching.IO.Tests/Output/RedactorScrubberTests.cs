// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Text;
using Matching.Core.Domain;
using Matching.IO.Output;

namespace Matching.IO.Tests.Output;

/// <summary>
/// The report scrubs reasons that may name anyone of a large program through <c>Redactor.ScrubberFor</c> (an index of
/// first letters) instead of <see cref="Redactor.Scrub"/> against everyone; both must give the same text.
/// </summary>
public class RedactorScrubberTests
{
    // Letters that never occur in a pseudonym ("P-" and hex digits), so no replacement can create a new name.
    private const string Letters = "ghijklmnoqrstuvwxyz";

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(0, 20)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ScrubberFor_RandomTexts_SameAsScrubAgainstEveryone(int seed)
    {
        var random = new Random(seed);
        Participant[] people = [.. Enumerable.Range(0, 60).Select(i => Person(random, i))];
        Func<string, string> scrub = Redactor.Pseudonyms.ScrubberFor(people);
        int changed = 0;
        for (int t = 0; t < 40; t++)
        {
            string text = Text(random, people);
            string expected = Redactor.Pseudonyms.Scrub(text, people);
            Assert.Equal(expected, scrub(text));
            changed += expected == text ? 0 : 1;
        }

        // The texts did name people: the comparison is not between two untouched texts.
        Assert.InRange(changed, 10, 40);
    }

    [Fact]
    public void ScrubberFor_NotRedacting_ReturnsTheText()
    {
        Participant[] people = [new() { Id = "a", Name = "Jon", Email = "jon@x.org", Roles = Roles.Mentee }];
        Assert.Equal("Jon and jon@x.org", Redactor.None.ScrubberFor(people)("Jon and jon@x.org"));
        Assert.DoesNotContain("Jon", Redactor.Pseudonyms.ScrubberFor(people)("Jon and JON@X.ORG"), StringComparison.OrdinalIgnoreCase);
    }

    private static Participant Person(Random random, int i)
    {
        // Short and long names, names that begin other names, one-letter names, names with spaces and no email.
        string name = random.Next(6) switch
        {
            0 => Letters[random.Next(Letters.Length)].ToString(),
            1 => "Jon",
            2 => "Jonny " + Word(random),
            _ => Word(random) + " " + Word(random),
        };
        return new Participant
        {
            Id = $"id{i}",
            Name = name,
            Email = random.Next(4) == 0 ? null : $"{Word(random)}{i}@{Word(random)}.org",
            Roles = Roles.Mentee,
        };
    }

    private static string Text(Random random, Participant[] people)
    {
        var text = new StringBuilder();
        for (int w = 0; w < random.Next(1, 8); w++)
        {
            Participant p = people[random.Next(people.Length)];
            string piece = random.Next(4) switch
            {
                0 => p.Name,
                1 => p.Email ?? p.Name,
                2 => p.Name.ToUpperInvariant(),
                _ => Word(random),
            };
            text.Append(piece).Append(random.Next(3) == 0 ? ", " : " ");
        }

        return text.ToString();
    }

    private static string Word(Random random) => new([.. Enumerable.Range(0, random.Next(2, 7)).Select(_ => Letters[random.Next(Letters.Length)])]);
}
