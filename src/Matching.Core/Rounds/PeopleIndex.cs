// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Domain;

namespace Matching.Core.Rounds;

/// <summary>Resolves the ids, emails or names that earlier rounds' files use to the participants of this round.</summary>
/// <remarks>Ids and emails are unique; a name shared by two people resolves to no one rather than a guess.</remarks>
internal sealed class PeopleIndex
{
    private readonly Dictionary<string, int> _lookup = new(StringComparer.OrdinalIgnoreCase);

    public PeopleIndex(IReadOnlyList<Participant> participants)
    {
        Participants = participants;
        var ambiguous = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < participants.Count; i++)
        {
            if (!_lookup.TryAdd(participants[i].Name.Trim(), i) && _lookup[participants[i].Name.Trim()] != i)
            {
                ambiguous.Add(participants[i].Name.Trim());
            }
        }

        foreach (string name in ambiguous)
        {
            _lookup.Remove(name);
        }

        for (int i = 0; i < participants.Count; i++)
        {
            _lookup[participants[i].Id] = i;
            if (participants[i].Email is { Length: > 0 } email)
            {
                _lookup[email] = i;
            }
        }
    }

    public IReadOnlyList<Participant> Participants { get; }

    /// <summary>Returns the participant index named by <paramref name="reference"/>, or −1 (someone who left, or an ambiguous name).</summary>
    public int Find(string reference) => _lookup.TryGetValue(reference.Trim(), out int index) ? index : -1;

    /// <summary>Returns the participant's id named by <paramref name="reference"/>, or null.</summary>
    public string? IdOf(string reference) => Find(reference) is int i and >= 0 ? Participants[i].Id : null;
}
