// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Rules;

namespace Matching.Core.Text;

/// <summary>The English texts of programs over time.</summary>
internal sealed partial class EnglishText
{
    public override string MentorResting => "resting this round: at full load in recent rounds, so the effective capacity is 0 (fatigue)";

    public override string IncompleteProfile => "left out of this round: the profile is incomplete";

    public override string PairRuleName(PairRule rule) => rule switch
    {
        PairRule.Repeat => "paired in an earlier round",
        PairRule.BadRating => "rated badly in an earlier round",
        PairRule.Ended => "the pair ended",
        _ => "excluded as a pair",
    };

    public override string CompatibleMentorsFullFatigue(int compatible, int tired) =>
        $"all {compatible} compatible mentor(s) are fully booked ({tired} of them at a capacity lowered for fatigue), and no reassignment frees a place without leaving someone of the same or higher priority unmatched";

    private protected override string OnlyRuledOutMentors(int excluded, string rules) =>
        $"the only compatible mentors ({excluded}) are ruled out by the program's rules ({rules})";
}
