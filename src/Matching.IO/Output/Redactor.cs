// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Security.Cryptography;
using System.Text;
using Matching.Core.Domain;

namespace Matching.IO.Output;

/// <summary>
/// Decides how people are named in outputs: as themselves, or (for sharing with analysts) by stable pseudonyms
/// derived from their id, the same in every output file and every run.
/// </summary>
/// <remarks>
/// A pseudonym is a hash, not anonymization: someone who can guess an email address can recompute its pseudonym.
/// Instances are immutable and thread-safe.
/// </remarks>
public sealed partial class Redactor
{
    /// <summary>Gets a redactor that shows real names and emails.</summary>
    public static Redactor None { get; } = new(false);

    /// <summary>Gets a redactor that replaces names and emails with pseudonyms.</summary>
    public static Redactor Pseudonyms { get; } = new(true);

    private Redactor(bool redact) => IsRedacting = redact;

    /// <summary>Gets a value indicating whether names are replaced.</summary>
    public bool IsRedacting { get; }

    /// <summary>Returns the name to show for <paramref name="participant"/>.</summary>
    /// <param name="participant">The person.</param>
    /// <exception cref="ArgumentNullException"><paramref name="participant"/> is null.</exception>
    public string NameOf(Participant participant)
    {
        ArgumentNullException.ThrowIfNull(participant);
        return IsRedacting ? Pseudonym(participant) : participant.Name;
    }

    /// <summary>Returns the email to show for <paramref name="participant"/> (empty when redacting or unknown).</summary>
    /// <param name="participant">The person.</param>
    /// <exception cref="ArgumentNullException"><paramref name="participant"/> is null.</exception>
    public string EmailOf(Participant participant)
    {
        ArgumentNullException.ThrowIfNull(participant);
        return IsRedacting ? string.Empty : participant.Email ?? string.Empty;
    }

    /// <summary>
    /// Scrubs one line of console diagnostics for <c>--redact</c>: drops the quoted answer (<c>(value: '…')</c>) and
    /// replaces anything that looks like an email address with <c>[email]</c>, so the console shows no more than the
    /// redacted files.
    /// </summary>
    /// <param name="line">A line written to the console.</param>
    public static string ScrubLine(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        int value = line.IndexOf(" (value: '", StringComparison.Ordinal);
        if (value >= 0)
        {
            line = line[..value];
        }

        return line.Contains('@', StringComparison.Ordinal) ? EmailLike().Replace(line, "[email]") : line;
    }

    /// <summary>Replaces every real name and email of <paramref name="participants"/> found in <paramref name="text"/>.</summary>
    /// <param name="text">Free text such as a reason.</param>
    /// <param name="participants">The people who may be named.</param>
    public string Scrub(string text, IEnumerable<Participant> participants)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(participants);
        if (!IsRedacting)
        {
            return text;
        }

        foreach (Participant p in participants)
        {
            if (p.Email is { Length: > 0 } email)
            {
                text = text.Replace(email, Pseudonym(p), StringComparison.OrdinalIgnoreCase);
            }

            if (p.Name.Length > 0)
            {
                text = text.Replace(p.Name, Pseudonym(p), StringComparison.OrdinalIgnoreCase);
            }
        }

        return text;
    }

    /// <summary>
    /// <see cref="Scrub"/> for many texts that may name anyone of a large program: each text is scrubbed of the people
    /// whose name or email it contains, found through an index of their first letters instead of a search for every
    /// person in every text (49,000 unmatched reasons × 120,000 people took hours).
    /// </summary>
    /// <param name="participants">Everyone who may be named.</param>
    /// <returns>A function from a text to its scrubbed form.</returns>
    internal Func<string, string> ScrubberFor(IReadOnlyList<Participant> participants)
    {
        ArgumentNullException.ThrowIfNull(participants);
        if (!IsRedacting)
        {
            return text => text;
        }

        // A name or email is found by its first (up to) eight letters, upper-cased as Scrub compares them (ordinal,
        // ignoring case): common first names share a start, whole starts rarely.
        const int KeyLength = 8;
        var byStart = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var lengths = new SortedSet<int>();
        for (int i = 0; i < participants.Count; i++)
        {
            foreach (string? word in (string?[])[participants[i].Email, participants[i].Name])
            {
                if (word is not { Length: > 0 })
                {
                    continue;
                }

                string key = word[..Math.Min(word.Length, KeyLength)].ToUpperInvariant();
                lengths.Add(key.Length);
                if (!byStart.TryGetValue(key, out List<int>? list))
                {
                    byStart[key] = list = [];
                }

                if (list.Count == 0 || list[^1] != i)
                {
                    list.Add(i);
                }
            }
        }

        var lookup = byStart.GetAlternateLookup<ReadOnlySpan<char>>();
        int[] keyLengths = [.. lengths];
        return text =>
        {
            ArgumentNullException.ThrowIfNull(text);
            string upper = text.ToUpperInvariant();
            var named = new SortedSet<int>();
            for (int at = 0; at < upper.Length; at++)
            {
                foreach (int length in keyLengths)
                {
                    if (at + length > upper.Length)
                    {
                        break;
                    }

                    if (lookup.TryGetValue(upper.AsSpan(at, length), out List<int>? list))
                    {
                        foreach (int i in list)
                        {
                            Participant p = participants[i];
                            if ((p.Email is { Length: > 0 } email && string.Compare(text, at, email, 0, email.Length, StringComparison.OrdinalIgnoreCase) == 0)
                                || (p.Name.Length > 0 && string.Compare(text, at, p.Name, 0, p.Name.Length, StringComparison.OrdinalIgnoreCase) == 0))
                            {
                                named.Add(i);
                            }
                        }
                    }
                }
            }

            return Scrub(text, named.Select(i => participants[i]));
        };
    }

    private static string Pseudonym(Participant participant)
    {
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes("matching-pseudonym:" + participant.Id.ToLowerInvariant()));
        return "P-" + Convert.ToHexStringLower(hash)[..10];
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[^\s'""<>(),;:\[\]]+@[^\s'""<>(),;:\[\]]+")]
    private static partial System.Text.RegularExpressions.Regex EmailLike();
}
