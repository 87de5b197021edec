// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Rules;

namespace Matching.Core.Text;

/// <summary>The German texts of programs over time.</summary>
internal sealed partial class GermanText
{
    public override string MentorResting => "pausiert in dieser Runde: in den letzten Runden voll ausgelastet, daher ist die wirksame Kapazität 0 (Ermüdung)";

    public override string IncompleteProfile => "in dieser Runde nicht berücksichtigt: das Profil ist unvollständig";

    public override string PairRuleName(PairRule rule) => rule switch
    {
        PairRule.Repeat => "in einer früheren Runde schon ein Paar",
        PairRule.BadRating => "in einer früheren Runde schlecht bewertet",
        PairRule.Ended => "das Paar wurde beendet",
        _ => "als Paar ausgeschlossen",
    };

    public override string CompatibleMentorsFullFatigue(int compatible, int tired) =>
        $"alle {compatible} passenden Mentor:innen sind ausgebucht ({tired} davon mit wegen Ermüdung gesenkter Kapazität), und keine Umverteilung schafft einen Platz, ohne dass jemand mit gleichem oder höherem Vorrang leer ausgeht";

    private protected override string OnlyRuledOutMentors(int excluded, string rules) =>
        $"die einzigen passenden Mentor:innen ({excluded}) sind durch die Regeln des Programms ausgeschlossen ({rules})";
}
