// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Models;

namespace Matching.Core.Text;

/// <summary>The English texts of <c>report.html</c> at a glance.</summary>
internal sealed partial class EnglishText
{
    public override string AttentionHeading => "Needs your attention:";

    public override string SameNameNote => "People with the same name are told apart by their number in the input (#12 is the 12th person).";

    public override string LoadChartNote => "One row per mentor: a slot for each place they offer, filled for each mentee they have.";

    public override string MembersLabel => "Members";

    public override string TopicLabel => "Topic";

    public override string GroupScoreHeading => "Scores";

    public override string ReportHeadline(int matched, int mentees, string meanScore) =>
        matched == mentees
            ? $"All {mentees} mentees have a mentor; mean score {meanScore}."
            : $"{matched} of {mentees} mentees have a mentor; mean score {meanScore}.";

    public override string GroupHeadline(ProgramModelKind model, int placed, int people, int groups, string meanScore) => model switch
    {
        ProgramModelKind.Peer => $"{placed} of {people} peers are in {groups} {Plural(groups, "pair")}; mean score {meanScore}.",
        ProgramModelKind.Circles => $"{placed} of {people} mentees are in {groups} {Plural(groups, "circle")}; mean circle score {meanScore}.",
        _ => $"{placed} of {people} mentees are in {groups} {Plural(groups, "pod")}; mean pod score {meanScore}.",
    };

    public override string NothingNeedsAttention(string threshold) =>
        $"Nothing needs your attention: nobody is left out, every mentor is used and no score is below {threshold}.";

    public override string UnmatchedAttention(ProgramModelKind model, int count, string reasons) => model switch
    {
        ProgramModelKind.Peer => $"{count} {Plural(count, "peer")} without a partner: {reasons}",
        ProgramModelKind.Circles => $"{count} {Plural(count, "mentee")} in no circle: {reasons}",
        ProgramModelKind.Pods => $"{count} {Plural(count, "mentee")} in no pod: {reasons}",
        _ => $"{count} {Plural(count, "mentee")} without a mentor: {reasons}",
    };

    public override string IdleMentorsAttention(ProgramModelKind model, int count, string names) => model switch
    {
        ProgramModelKind.Circles => $"{count} {Plural(count, "mentor")} {(count == 1 ? "runs" : "run")} no circle: {names}",
        ProgramModelKind.Pods => $"{count} {Plural(count, "mentor")} {(count == 1 ? "leads" : "lead")} no pod: {names}",
        _ => $"{count} {Plural(count, "mentor")} without a mentee: {names}",
    };

    public override string WeakAttention(ProgramModelKind model, int count, string threshold) =>
        $"{count} {Plural(count, model switch { ProgramModelKind.Pods => "pod", ProgramModelKind.Circles => "circle", _ => "pair" })} {(count == 1 ? "scores" : "score")} below {threshold}.";

    public override string AndMore(int count) => $"and {count} more";

    public override string MatchTableNote(string threshold) =>
        $"Grouped by mentor (load / capacity) and sorted by score, best first; scores below {threshold} are marked.";

    public override string GroupTableNote(string threshold) => $"Sorted by score, best first; scores below {threshold} are marked.";

    public override string GroupsHeading(ProgramModelKind model) => model switch
    {
        ProgramModelKind.Peer => "Pairs",
        ProgramModelKind.Circles => "Circles",
        _ => "Pods",
    };

    public override string GroupWord(ProgramModelKind model) => model switch
    {
        ProgramModelKind.Peer => "Pair",
        ProgramModelKind.Circles => "Circle",
        _ => "Pod",
    };

    public override string PlacedLabel(ProgramModelKind model) => model switch
    {
        ProgramModelKind.Peer => "Peers with a partner",
        ProgramModelKind.Circles => "Mentees in a circle",
        _ => "Mentees in a pod",
    };

    private static string Plural(int count, string word) => count == 1 ? word : word + "s";
}
