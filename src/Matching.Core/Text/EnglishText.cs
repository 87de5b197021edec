// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Results;
using Matching.Core.Scoring;

namespace Matching.Core.Text;

/// <summary>The English texts.</summary>
internal sealed partial class EnglishText : TextCatalog
{
    public override ExplanationLanguage Language => ExplanationLanguage.English;

    public override string Block(BlockReason block) => block switch
    {
        BlockReason.None => "allowed",
        BlockReason.ReportingLine => "direct reporting line or the same manager",
        BlockReason.Declined => "declined by the mentor",
        BlockReason.BelowMinimum => "a criterion below the program's minimum",
        BlockReason.NoSharedLanguage => "no shared language",
        BlockReason.TooLittleOverlap => "too little weekly overlap",
        BlockReason.SameDepartment => "same department",
        BlockReason.NoCapacity => "mentor takes no mentees",
        BlockReason.SamePerson => "same person",
        _ => block.ToString(),
    };

    public override string NoMentors => "the program has no mentors";

    public override string MentorNoCapacity => "capacity is 0";

    public override string MentorNoCompatibleMentee => "no mentee is compatible (hard rules such as a shared language rule out every mentee)";

    private protected override string NoneWord => "none";

    private protected override string AndWord => " and ";

    public override string KeptCandidatesFull(int kept) =>
        $"the {kept} best-fitting compatible mentors are all fully booked, and no reassignment among them frees a place without leaving someone else unmatched";

    public override string AllAllowedMentorsFull =>
        "every mentor this mentee may be paired with is fully booked, and no reassignment frees a place without leaving someone else unmatched";

    public override string CheaperUnmatchedThanAnyMentor(string points) =>
        $"leaving this mentee unmatched cost less ({points} points) than any mentor it may be paired with would have added given the others' matches";

    public override string OnlyExcludedMentors(int excluded) =>
        $"the only compatible mentors ({excluded}) are excluded as pairs (for example from an earlier round)";

    public override string NoSharedLanguage(string languages) => $"no mentor shares a language with this mentee ({languages})";

    public override string CheaperUnmatched(string points, int compatible) =>
        $"leaving this mentee unmatched cost less ({points} points) than any of the {compatible} compatible mentors would have added given the others' matches";

    public override string CompatibleMentorsFull(int compatible) =>
        $"all {compatible} compatible mentor(s) are fully booked, and no reassignment frees a place without leaving someone else unmatched";

    public override string MentorMenteesMatchedElsewhere(int compatible) =>
        $"all {compatible} compatible mentee(s) were matched to mentors who suit them better";

    public override string MentorMenteesExcludedOrElsewhere(int compatible, int excluded) =>
        $"of the {compatible} compatible mentee(s), {excluded} stayed unmatched only because their pair with this mentor is excluded (for example from an earlier round); the others were matched to mentors who suit them better";

    public override string MentorMenteesLeftUnmatched(int stillUnmatched) =>
        $"{stillUnmatched} compatible mentee(s) stayed unmatched because matching them here would lower the total score by more than the unmatched penalty";

    private protected override string AllMentorsBlocked(string rules) => $"no compatible mentor: every mentor is ruled out by a hard rule ({rules})";

    public override string PeerOddPool => "the pool has an odd number of people, so one person is left without a partner";

    public override string PeerNoCompatible => "no one in the pool may be paired with this person (hard rules or excluded pairs)";

    public override string NotMatchedByStrategy(string strategy) => $"not matched by the {strategy} strategy";

    public override string PeerPartnersTaken(int compatible) =>
        $"all {compatible} compatible peer(s) were paired with people who fit them better, and no re-pairing adds a pair";

    public override string NoStablePairing(string person) =>
        $"no stable pairing exists for this pool: whatever the pairs, two people would rather be with each other ({person}'s list of acceptable partners ran out)";

    public override string UnmatchedSide(Domain.Roles side) => side switch
    {
        Domain.Roles.Mentee => "as mentee (no mentor)",
        Domain.Roles.Mentor => "as mentor (no mentee)",
        _ => "as peer (no partner)",
    };
}
