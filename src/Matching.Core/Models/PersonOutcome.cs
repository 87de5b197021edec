// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Collections.Immutable;
using Matching.Core.Domain;
using Matching.Core.Results;
using Matching.Core.Text;

namespace Matching.Core.Models;

/// <summary>One partner of a person in a program's result: who, in which part, and the unit they share.</summary>
/// <param name="Person">The partner.</param>
/// <param name="Part">The partner's part for the person (their mentor, their mentee, a peer, a group member).</param>
/// <param name="Placement">The pair or group both belong to.</param>
public sealed record Partner(Participant Person, PartnerPart Part, Placement Placement)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Part}: {Person.Id}";
}

/// <summary>
/// A program's result seen from one person: their partners (mentor, mentees, peer, group) and, when they are left
/// out on a side, why. The source of <c>people.csv</c> and the letters.
/// </summary>
/// <param name="Person">The person.</param>
/// <param name="Partners">Their partners, in the order of the result's placements.</param>
/// <param name="Unmatched">The sides on which they were left out, with reasons.</param>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record PersonOutcome(Participant Person, ImmutableArray<Partner> Partners, ImmutableArray<UnmatchedParticipant> Unmatched)
{
    /// <summary>Gets the program model of the result (a peer has no mentor or mentee side).</summary>
    public ProgramModelKind Model { get; init; }

    /// <summary>Gets a value indicating whether the person has at least one partner.</summary>
    public bool IsMatched => Partners.Length > 0;

    /// <summary>Gets the reasons of the person's placements, each once, in order.</summary>
    /// <remarks>
    /// Placements are told apart by reference: a result holds each placement once (a group is the same object for
    /// every member), and comparing the records would hash both people in full.
    /// </remarks>
    public IEnumerable<string> Reasons => Partners.Length == 1
        ? Partners[0].Placement.Reasons.Distinct(StringComparer.Ordinal)
        : Partners.Select(p => p.Placement).Distinct<Placement>(ReferenceEqualityComparer.Instance).SelectMany(p => p.Reasons).Distinct(StringComparer.Ordinal);

    /// <summary>Builds the outcome of every person, in the order of <paramref name="people"/>.</summary>
    /// <param name="result">The program's result.</param>
    /// <param name="people">Everyone in the program, in input order.</param>
    /// <returns>One outcome per person.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ImmutableArray<PersonOutcome> Of(ProgramResult result, IEnumerable<Participant> people)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(people);
        var partners = new Dictionary<string, List<Partner>>(StringComparer.Ordinal);
        void Add(Participant person, Participant partner, PartnerPart part, Placement placement)
        {
            if (!partners.TryGetValue(person.Id, out List<Partner>? list))
            {
                partners[person.Id] = list = [];
            }

            list.Add(new Partner(partner, part, placement));
        }

        foreach (Placement placement in result.Placements)
        {
            switch (placement)
            {
                case DirectedPair pair:
                    Add(pair.Mentee, pair.Mentor, PartnerPart.Mentor, pair);
                    Add(pair.Mentor, pair.Mentee, PartnerPart.Mentee, pair);
                    break;
                case PeerPair pair:
                    Add(pair.First, pair.Second, PartnerPart.Peer, pair);
                    Add(pair.Second, pair.First, PartnerPart.Peer, pair);
                    break;
                case Group group:
                    foreach (Participant member in group.People)
                    {
                        foreach (Participant other in group.People.Where(o => !ReferenceEquals(o, member) && o.Id != member.Id))
                        {
                            Add(member, other, group.Leader is { } leader && leader.Id == other.Id ? PartnerPart.GroupLeader : PartnerPart.GroupMember, group);
                        }
                    }

                    break;
            }
        }

        ILookup<string, UnmatchedParticipant> unmatched = result.Unmatched.ToLookup(u => u.Participant.Id, StringComparer.Ordinal);
        return [.. people.Select(p => new PersonOutcome(
            p,
            partners.TryGetValue(p.Id, out List<Partner>? list) ? [.. list] : [],
            [.. unmatched[p.Id]]) { Model = result.Model })];
    }

    /// <inheritdoc/>
    public override string ToString() =>
        IsMatched ? $"{Person.Id}: {Partners.Length} partner(s)" : $"{Person.Id}: not matched";
}
