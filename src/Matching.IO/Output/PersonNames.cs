// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Domain;

namespace Matching.IO.Output;

/// <summary>
/// How the report names people so that two people with the same name are told apart: the name, plus the person's
/// number in the input (<c>#12</c>) when the name repeats. The number is the only disambiguator: it says nothing about
/// the person. Pseudonyms (<c>--redact</c>) are unique already and get none.
/// </summary>
internal sealed class PersonNames
{
    private readonly Redactor _redactor;
    private readonly Dictionary<string, int> _number = new(StringComparer.Ordinal);
    private readonly HashSet<string> _repeated = new(StringComparer.OrdinalIgnoreCase);

    // Each person's number tag, worked out once (a report names most people several times).
    private readonly Dictionary<Participant, string?> _tags = new(ReferenceEqualityComparer.Instance);

    /// <summary>Initializes the names of <paramref name="people"/>, numbered from 1 in the order given (the input order).</summary>
    /// <param name="people">Everyone who may be named, in input order; a person is identified by their id.</param>
    /// <param name="redactor">Real names or pseudonyms.</param>
    public PersonNames(IEnumerable<Participant> people, Redactor redactor)
    {
        _redactor = redactor;
        Participant[] everyone = [.. people];
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (Participant person in everyone)
        {
            if (_number.TryAdd(person.Id, _number.Count + 1) && !seen.Add(Key(person.Name)))
            {
                _repeated.Add(Key(person.Name));
            }
        }

        foreach (Participant person in everyone)
        {
            _tags.TryAdd(person, Tag(person));
        }
    }

    /// <summary>Gets a value indicating whether any shown name carries a number.</summary>
    public bool AnyRepeated => !_redactor.IsRedacting && _repeated.Count > 0;

    /// <summary>The name as shown: pseudonym, name, or name and its number.</summary>
    /// <param name="person">The person.</param>
    /// <returns>The name and, when it repeats, the number (<c>#12</c>), apart so a page can style them.</returns>
    public (string Name, string? Tag) Of(Participant person)
    {
        string name = _redactor.NameOf(person);
        return _redactor.IsRedacting ? (name, null) : (name, _tags.TryGetValue(person, out string? tag) ? tag : Tag(person));
    }

    /// <summary>The name as plain text: <c>Ann Lee #12</c>.</summary>
    /// <param name="person">The person.</param>
    /// <returns>The text.</returns>
    public string Text(Participant person)
    {
        (string name, string? tag) = Of(person);
        return tag is null ? name : name + " " + tag;
    }

    /// <summary>The name as HTML: a span that never wraps, the number in a muted tag.</summary>
    /// <param name="person">The person.</param>
    /// <returns>The HTML.</returns>
    public string Html(Participant person)
    {
        (string name, string? tag) = Of(person);
        return "<span class=\"who\">" + HtmlPage.Encode(name) + (tag is null ? string.Empty : "<span class=\"tag\">" + tag + "</span>") + "</span>";
    }

    /// <summary>The number tag of a person whose name repeats (<c>#12</c>), else null.</summary>
    private string? Tag(Participant person) =>
        _repeated.Contains(Key(person.Name)) ? "#" + _number.GetValueOrDefault(person.Id).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>The name with its words joined by single spaces; most names already are, and are their own key.</summary>
    private static string Key(string name)
    {
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (char.IsWhiteSpace(c) && (c != ' ' || i == 0 || i == name.Length - 1 || name[i - 1] == ' '))
            {
                return string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            }
        }

        return name;
    }
}
