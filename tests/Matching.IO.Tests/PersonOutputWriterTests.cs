// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Matching.Core.Domain;
using Matching.Core.Models;
using Matching.Core.Results;
using Matching.Core.Text;
using Matching.IO.Output;

namespace Matching.IO.Tests;

/// <summary>The letters' file names and text: never a path from the input, Markdown escaped, one per person.</summary>
public partial class PersonOutputWriterTests
{
    [Fact]
    public void FileNames_AreSafeSlugs_UniqueEvenForHostileOrCollidingIds()
    {
        string[] ids = ["../../etc/passwd", "C:\\Windows\\evil", "CON", string.Empty, "Ann B", "ann-b", "ann.b@x.org", "Ünal Şahin", "/", new string('x', 300)];
        PersonOutcome[] people = [.. ids.Select(id => new PersonOutcome(Person(id, "N"), [], []))];

        IReadOnlyList<string> names = new LetterWriter().FileNames(people);

        Assert.Equal(ids.Length, names.Count);
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(names, n => Assert.Matches(SafeName(), n));
        Assert.All(names, n => Assert.True(n.Length <= 80, n));
        Assert.Equal("etc-passwd.md", names[0]);
        Assert.StartsWith("con-", names[2], StringComparison.Ordinal); // a reserved device name gets a hash
        Assert.Equal("ann-b-x-org.md", names[6]);
        Assert.Equal("unal-sahin.md", names[7]);
    }

    [Fact]
    public void FileNames_WhenRedacting_ComeFromThePseudonymNotTheId()
    {
        IReadOnlyList<string> names = new LetterWriter { Redactor = Redactor.Pseudonyms }.FileNames([new PersonOutcome(Person("ann@x.org", "Ann"), [], [])]);

        Assert.Matches("^p-[0-9a-f]{10}\\.md$", Assert.Single(names));
    }

    [Fact]
    public void Letter_EscapesMarkdownInNamesAndShowsOnlyNameEmailAndReasons()
    {
        Participant mentee = Person("m1", "Eve <script>*x*", Roles.Mentee) with { Identity = new HashSet<string>(["SecretIdentity"]), Department = "SecretDept" };
        Participant mentor = Person("m2", "Max [link](http://x)", Roles.Mentor) with { Email = "max@x.org" };
        var pair = new PeerPair(mentee, mentor, 70, ["both speak English"]);
        ImmutableArray<PersonOutcome> outcomes = PersonOutcome.Of(new ProgramResult(ProgramModelKind.Peer, "optimal", MatchingStatus.Optimal, [pair], [], null, null), [mentee, mentor]);
        var text = new StringWriter();

        new LetterWriter { Text = TextCatalog.German }.Write(text, outcomes[0]);

        string letter = text.ToString();
        Assert.StartsWith("# Ihr Match im Mentoring-Programm\n\nHallo Eve \\<script\\>\\*x\\*,\n", letter, StringComparison.Ordinal);
        Assert.Contains("Max \\[link\\](http://x) (max@x.org)", letter, StringComparison.Ordinal);
        Assert.Contains("- both speak English\n", letter, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret", letter, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", letter, StringComparison.Ordinal);
    }

    [Fact]
    public void PeopleCsv_EscapesFormulaCells()
    {
        Participant a = Person("a", "=HYPERLINK(\"http://x\")", Roles.Both);
        Participant b = Person("b", "+Bob", Roles.Both);
        var result = new ProgramResult(ProgramModelKind.Peer, "optimal", MatchingStatus.Optimal, [new PeerPair(a, b, 50, [])], [], null, null);
        var text = new StringWriter();

        new PeopleCsvWriter().Write(text, PersonOutcome.Of(result, [a, b]));

        string[] lines = text.ToString().Split('\n');
        Assert.Equal(string.Join(",", PeopleCsvWriter.Columns), lines[0]);
        Assert.DoesNotContain(",=HYPERLINK", text.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(",+Bob", text.ToString(), StringComparison.Ordinal);
        Assert.Contains("'+Bob", text.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void PeopleCsv_MoreThanOneBlockOfPeople_OneRowEachInInputOrderWithItsOwnTexts()
    {
        // 9,001 people: the rows are built in blocks of 4,096 on several threads and must come out in input order.
        Participant[] people = [.. Enumerable.Range(0, 9_001).Select(i => Person($"id{i}", $"Name {i}", Roles.Both))];
        PeerPair[] pairs = [.. Enumerable.Range(0, 4_500).Select(i => new PeerPair(people[2 * i], people[(2 * i) + 1], i % 100, []))];
        var result = new ProgramResult(ProgramModelKind.Peer, "optimal", MatchingStatus.Optimal, [.. pairs], [], null, null);
        var text = new StringWriter();

        new PeopleCsvWriter().Write(text, PersonOutcome.Of(result, people));

        string[] lines = text.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(people.Length + 1, lines.Length);
        for (int i = 0; i < people.Length; i++)
        {
            string[] cells = lines[i + 1].Split(',');
            Assert.Equal($"id{i}", cells[0]);
            Assert.Equal($"Name {i}", cells[1]);
            bool matched = i < 9_000;
            Assert.Equal(matched ? "matched" : "unmatched", cells[4]);
            Assert.Equal(matched ? $"Name {i ^ 1}" : string.Empty, cells[6]);
            Assert.Equal(matched ? ((i / 2) % 100).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) : string.Empty, cells[8]);
        }
    }

    private static Participant Person(string id, string name, Roles roles = Roles.Mentee) => new() { Id = id, Name = name, Roles = roles };

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*\\.md$")]
    private static partial Regex SafeName();
}
