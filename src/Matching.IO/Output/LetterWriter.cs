// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Security.Cryptography;
using System.Text;
using Matching.Core.Models;
using Matching.Core.Text;

namespace Matching.IO.Output;

/// <summary>
/// Writes one short Markdown letter per person: a greeting, the introduction, the partners' contact and the reasons,
/// in the run's language. Nothing else about a person appears (no identity answers, no free text).
/// </summary>
/// <remarks>
/// File names come from <see cref="FileNames"/>: a slug of the id (of the pseudonym when redacting) made of
/// <c>a-z</c>, <c>0-9</c> and <c>-</c> only, never a path from the input. Text from the input is escaped for
/// Markdown. Instances are immutable and thread-safe.
/// </remarks>
public sealed class LetterWriter
{
    private const int MaxSlugLength = 60;

    private static readonly HashSet<string> ReservedNames = new(StringComparer.Ordinal)
    {
        "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    };

    /// <summary>Gets how people are named. Default: real names.</summary>
    public Redactor Redactor { get; init; } = Redactor.None;

    /// <summary>Gets the language of the letters. Default: English.</summary>
    public TextCatalog Text { get; init; } = TextCatalog.English;

    /// <summary>
    /// Gets the file name of each person's letter, in order: <c>slug.md</c>, unique (case-insensitively) within the
    /// set; a slug that repeats, is empty or is a reserved device name gets a short hash of the id.
    /// </summary>
    /// <param name="people">The people.</param>
    /// <returns>One file name per person.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="people"/> is null.</exception>
    public IReadOnlyList<string> FileNames(IReadOnlyList<PersonOutcome> people)
    {
        ArgumentNullException.ThrowIfNull(people);
        string[] slugs = [.. people.Select(p => Slug(PersonText.IdOf(p.Person, Redactor)))];
        var counts = slugs.GroupBy(s => s, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var names = new string[people.Count];
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < people.Count; i++)
        {
            string slug = slugs[i];
            if (slug.Length == 0 || counts[slug] > 1 || ReservedNames.Contains(slug))
            {
                string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(people[i].Person.Id)));
                slug = (slug.Length == 0 ? "person" : slug) + "-" + hash[..8];
                for (int extra = 1; used.Contains(slug); extra++)
                {
                    slug = slug + "-" + extra.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
            }

            used.Add(slug);
            names[i] = slug + ".md";
        }

        return names;
    }

    /// <summary>Writes one person's letter.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="person">The person's outcome.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void Write(TextWriter writer, PersonOutcome person)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(person);
        writer.Write("# ");
        writer.Write(Text.LetterTitle);
        writer.Write("\n\n");
        writer.Write(Escape(Text.Greeting(Redactor.NameOf(person.Person))));
        writer.Write("\n\n");
        if (!person.IsMatched)
        {
            string reason = string.Join("; ", person.Unmatched.Select(u => u.Reason).Distinct(StringComparer.Ordinal));
            writer.Write(Escape(Text.NotMatched(Redactor.Scrub(reason, [person.Person]))));
            writer.Write("\n");
            return;
        }

        foreach (IGrouping<PartnerPart, Partner> part in person.Partners.GroupBy(p => p.Part))
        {
            writer.Write(Escape(Text.Introduction(part.Key, Text.JoinWords([.. part.Select(p => Redactor.NameOf(p.Person))]))));
            writer.Write("\n");
        }

        writer.Write("\n## ");
        writer.Write(Text.ContactsHeading);
        writer.Write("\n\n");
        foreach (Partner partner in person.Partners)
        {
            writer.Write("- ");
            writer.Write(Escape(Text.PartnerLabel(partner.Part)));
            writer.Write(": ");
            writer.Write(Escape(PersonText.Contact(partner.Person, Redactor)));
            writer.Write("\n");
        }

        string[] reasons = [.. person.Reasons];
        if (reasons.Length > 0)
        {
            writer.Write("\n## ");
            writer.Write(Text.ReasonsHeading);
            writer.Write("\n\n");
            foreach (string reason in reasons)
            {
                writer.Write("- ");
                writer.Write(Escape(Redactor.Scrub(reason, [person.Person, .. person.Partners.Select(p => p.Person)])));
                writer.Write("\n");
            }
        }

        writer.Write("\n");
        writer.Write(Escape(Text.IntroductionClosing));
        writer.Write("\n");
    }

    /// <summary>Makes a file-name slug: lower-case letters and digits, other runs of characters as one <c>-</c>.</summary>
    internal static string Slug(string id)
    {
        var slug = new StringBuilder(Math.Min(id.Length, MaxSlugLength));
        foreach (char c in id.Normalize(NormalizationForm.FormKD))
        {
            if (slug.Length >= MaxSlugLength)
            {
                break;
            }

            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                slug.Append(c);
            }
            else if (c is >= 'A' and <= 'Z')
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().Trim('-');
    }

    /// <summary>Escapes the characters that Markdown (or HTML inside it) would interpret, and folds line breaks.</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            if (c is '\r' or '\n')
            {
                escaped.Append(' ');
            }
            else if ("\\`*_[]<>#|~&".Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\').Append(c);
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }
}
