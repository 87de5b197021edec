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
        BlockReason.ReportingLine => "reporting line",
        BlockReason.Declined => "declined by the mentor",
        BlockReason.BelowMinimum => "below a criterion minimum",
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

    public override string OnlyExcludedMentors(int excluded) =>
        $"the only compatible mentors ({excluded}) are excluded as pairs (for example from an earlier round)";

    public override string NoSharedLanguage(string languages) => $"no mentor shares a language with this mentee ({languages})";

    public override string CheaperUnmatched(string points, int compatible) =>
        $"leaving this mentee unmatched cost less ({points} points) than any of the {compatible} compatible mentors would have added given the others' matches";

    public override string CompatibleMentorsFull(int compatible) =>
        $"all {compatible} compatible mentor(s) are fully booked, and no reassignment frees a place without leaving someone else unmatched";

    public override string MentorMenteesMatchedElsewhere(int compatible) =>
        $"all {compatible} compatible mentee(s) were matched to mentors who suit them better";

    public override string MentorMenteesLeftUnmatched(int stillUnmatched) =>
        $"{stillUnmatched} compatible mentee(s) stayed unmatched because matching them here would lower the total score by more than the unmatched penalty";

    private protected override string AllMentorsBlocked(string rules) => $"no compatible mentor: every mentor is ruled out by a hard rule ({rules})";
}
