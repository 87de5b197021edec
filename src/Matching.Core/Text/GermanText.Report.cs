// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Models;

namespace Matching.Core.Text;

/// <summary>The German texts of <c>report.html</c> at a glance.</summary>
internal sealed partial class GermanText
{
    public override string AttentionHeading => "Bitte prüfen:";

    public override string SameNameNote => "Personen mit gleichem Namen unterscheidet ihre Nummer in der Eingabe (#12 ist die 12. Person).";

    public override string LoadChartNote => "Eine Zeile je Mentor:in: ein Feld für jeden angebotenen Platz, gefüllt für jede Mentee.";

    public override string MembersLabel => "Mitglieder";

    public override string TopicLabel => "Thema";

    public override string GroupScoreHeading => "Punktzahlen";

    public override string ReportHeadline(int matched, int mentees, string meanScore) =>
        matched == mentees
            ? $"Alle {mentees} Mentees haben eine Mentor:in; mittlere Punktzahl {meanScore}."
            : $"{matched} von {mentees} Mentees haben eine Mentor:in; mittlere Punktzahl {meanScore}.";

    public override string GroupHeadline(ProgramModelKind model, int placed, int people, int groups, string meanScore) => model switch
    {
        ProgramModelKind.Peer => $"{placed} von {people} Peers sind in {groups} {(groups == 1 ? "Paar" : "Paaren")}; mittlere Punktzahl {meanScore}.",
        ProgramModelKind.Circles => $"{placed} von {people} Mentees sind in {groups} {(groups == 1 ? "Kreis" : "Kreisen")}; mittlere Punktzahl je Kreis {meanScore}.",
        _ => $"{placed} von {people} Mentees sind in {groups} {(groups == 1 ? "Pod" : "Pods")}; mittlere Punktzahl je Pod {meanScore}.",
    };

    public override string NothingNeedsAttention(string threshold) =>
        $"Nichts zu prüfen: niemand bleibt ohne Partner:in, alle Mentor:innen sind eingesetzt und keine Punktzahl liegt unter {threshold}.";

    public override string UnmatchedAttention(ProgramModelKind model, int count, string reasons) => model switch
    {
        ProgramModelKind.Peer => $"{count} {(count == 1 ? "Peer" : "Peers")} ohne Partner:in: {reasons}",
        ProgramModelKind.Circles => $"{count} {(count == 1 ? "Mentee" : "Mentees")} in keinem Kreis: {reasons}",
        ProgramModelKind.Pods => $"{count} {(count == 1 ? "Mentee" : "Mentees")} in keinem Pod: {reasons}",
        _ => $"{count} {(count == 1 ? "Mentee" : "Mentees")} ohne Mentor:in: {reasons}",
    };

    public override string IdleMentorsAttention(ProgramModelKind model, int count, string names) => model switch
    {
        ProgramModelKind.Circles => $"{count} {(count == 1 ? "Mentor:in leitet" : "Mentor:innen leiten")} keinen Kreis: {names}",
        ProgramModelKind.Pods => $"{count} {(count == 1 ? "Mentor:in leitet" : "Mentor:innen leiten")} keinen Pod: {names}",
        _ => $"{count} {(count == 1 ? "Mentor:in" : "Mentor:innen")} ohne Mentee: {names}",
    };

    public override string WeakAttention(ProgramModelKind model, int count, string threshold) => model switch
    {
        ProgramModelKind.Circles => $"{count} {(count == 1 ? "Kreis liegt" : "Kreise liegen")} unter {threshold} Punkten.",
        ProgramModelKind.Pods => $"{count} {(count == 1 ? "Pod liegt" : "Pods liegen")} unter {threshold} Punkten.",
        _ => $"{count} {(count == 1 ? "Paar liegt" : "Paare liegen")} unter {threshold} Punkten.",
    };

    public override string AndMore(int count) => $"und {count} weitere";

    public override string MatchTableNote(string threshold) =>
        $"Nach Mentor:in gruppiert (Auslastung / Kapazität) und nach Punktzahl sortiert, die beste zuerst; Punktzahlen unter {threshold} sind markiert.";

    public override string GroupTableNote(string threshold) =>
        $"Nach Punktzahl sortiert, die beste zuerst; Punktzahlen unter {threshold} sind markiert.";

    public override string GroupsHeading(ProgramModelKind model) => model switch
    {
        ProgramModelKind.Peer => "Paare",
        ProgramModelKind.Circles => "Kreise",
        _ => "Pods",
    };

    public override string GroupWord(ProgramModelKind model) => model switch
    {
        ProgramModelKind.Peer => "Paar",
        ProgramModelKind.Circles => "Kreis",
        _ => "Pod",
    };

    public override string PlacedLabel(ProgramModelKind model) => model switch
    {
        ProgramModelKind.Peer => "Peers mit Partner:in",
        ProgramModelKind.Circles => "Mentees in einem Kreis",
        _ => "Mentees in einem Pod",
    };
}
