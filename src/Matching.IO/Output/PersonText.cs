// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Domain;
using Matching.Core.Models;
using Matching.Core.Text;

namespace Matching.IO.Output;

/// <summary>The texts about one person shared by <c>people.csv</c> and the letters, built only from names, emails, reasons and catalogue texts.</summary>
internal static class PersonText
{
    /// <summary>The person's id as shown: the pseudonym when redacting (an id is often an email).</summary>
    public static string IdOf(Participant person, Redactor redactor) => redactor.IsRedacting ? redactor.NameOf(person) : person.Id;

    public static string RoleCode(PersonOutcome person) => person.Model switch
    {
        ProgramModelKind.Peer => "peer",
        _ => RoleCode(person.Person.Roles),
    };

    private static string RoleCode(Roles roles) => roles switch
    {
        Roles.Mentee => "mentee",
        Roles.Mentor => "mentor",
        Roles.Both => "mentor+mentee",
        _ => "none",
    };

    public static string PartCode(PartnerPart part) => part switch
    {
        PartnerPart.Mentor => "mentor",
        PartnerPart.Mentee => "mentee",
        PartnerPart.Peer => "peer",
        PartnerPart.GroupLeader => "group-leader",
        _ => "group-member",
    };

    /// <summary>The person's reasons joined, with every name of the people involved replaced when redacting.</summary>
    public static string Reasons(PersonOutcome person, Redactor redactor) =>
        redactor.Scrub(string.Join("; ", person.Reasons), Involved(person));

    /// <summary>"Name (email)", or only the name when the email is not shown.</summary>
    public static string Contact(Participant person, Redactor redactor) =>
        redactor.EmailOf(person) is { Length: > 0 } email ? $"{redactor.NameOf(person)} ({email})" : redactor.NameOf(person);

    /// <summary>
    /// The ready introduction: greeting, one sentence per kind of partner, why (<paramref name="reasons"/>, the
    /// person's <see cref="Reasons"/>, joined once by the caller), and the closing; or why not matched.
    /// </summary>
    public static string Introduction(PersonOutcome person, TextCatalog text, Redactor redactor, string reasons)
    {
        var sentences = new List<string> { text.Greeting(redactor.NameOf(person.Person)) };
        if (person.IsMatched)
        {
            foreach (IGrouping<PartnerPart, Partner> part in person.Partners.GroupBy(p => p.Part))
            {
                sentences.Add(text.Introduction(part.Key, text.JoinWords([.. part.Select(p => Contact(p.Person, redactor))])));
            }

            if (reasons.Length > 0)
            {
                sentences.Add(text.WhyMatched(reasons));
            }

            sentences.Add(text.IntroductionClosing);
        }
        else
        {
            string reason = string.Join("; ", person.Unmatched.Select(u => u.Reason).Distinct(StringComparer.Ordinal));
            sentences.Add(text.NotMatched(redactor.Scrub(reason, Involved(person))));
        }

        return string.Join(" ", sentences);
    }

    private static IEnumerable<Participant> Involved(PersonOutcome person) => [person.Person, .. person.Partners.Select(p => p.Person)];
}
