// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Core.Text;

/// <summary>The German texts of <c>compare</c>.</summary>
internal sealed partial class GermanText
{
    public override string LowerQuartileLabel => "Q1";

    public override string UpperQuartileLabel => "Q3";

    public override string MenteeRankLabel => "Rang (Mentee)";

    public override string MenteeRankP90Label => "Rang (Mentee) P90";

    public override string MentorRankLabel => "Rang (Mentor:in)";

    public override string EnviousLabel => "Neid";

    public override string EnvyPairsLabel => "Neid-Paare";

    public override string UtilisationCvLabel => "VK der Auslastung";

    public override string CapacityUsedLabel => "Plätze belegt";

    public override string IdleMentorsLabel => "Mentor:innen ohne Mentee";

    public override string DimensionLabel => "Merkmal";

    public override string ComparisonGroupsHeading => "Nach Gruppe der Mentees: Vermittlungsquote / mittlere Punktzahl / Neid";

    public override string ComparisonLegendHeading => "Was die Spalten bedeuten";

    public override string ComparisonNotesHeading => "Hinweise";

    public override string ComparisonRanksHeading => "Rang der Mentor:in in der eigenen Liste der Mentee";

    public override string ComparisonUtilisationNote => "Ein Feld je Strategie: grau = Plätze einer Mentor:in, Farbe = ihre Mentees (nach Kapazität sortiert).";

    public override string YesWord => "ja";

    public override string NoWord => "nein";

    public override string NoneGroupLabel => "(keine Angabe)";

    public override string PooledGroupLabel => "(andere, kleine Gruppen zusammengefasst)";

    public override string LegendMatched => "Vermittelt / Anteil: Mentees mit Mentor:in und ihr Anteil an allen Mentees.";

    public override string LegendScores => "Gesamt, Mittel, Q1, Median, Q3, Min.: die Punktzahlen (0–100) der vermittelten Paare; Quartile nach MathNet (R-8).";

    public override string LegendTop => "Top-1 / Top-3: Anteil aller Mentees, deren Mentor:in ihre erste Wahl / unter ihren ersten drei ist, nach der eigenen Rangfolge der Mentee (was sie sich wünscht: Kompetenzen, Ziele, eigene Wahl, Format, Rhythmus, Zeiten).";

    public override string LegendRanks => "Rang (Mentee): mittlerer Rang der Mentor:in in der eigenen Liste jeder vermittelten Mentee (1 = erste Wahl; gleich beliebte teilen einen Rang); P90: 90 % der Mentees haben höchstens diesen Rang. Rang (Mentor:in): je Mentor:in der mittlere Rang ihrer Mentees in ihrer eigenen Liste (was sie anbietet: gewünschte Kompetenzen, Stufenabstand, Zeiten, Format, Rhythmus), gemittelt über die Mentor:innen.";

    public override string LegendBlocking => "Blockierende Paare: eine Mentee und eine Mentor:in, nicht zusammen, die beide lieber zusammen wären — die Mentee ist nicht vermittelt oder zieht diese Mentor:in vor, und die Mentor:in hat einen freien Platz oder zieht diese Mentee einer eigenen vor — gezählt nach den eigenen Präferenzen jeder Seite (dieselben wie bei den stabilen Strategien). Eine stabile Zuordnung hat keine.";

    public override string LegendEnvy => "Neid: Mentees, die lieber die Mentor:in einer anderen Mentee hätten (nach eigener Rangfolge, und das Paar ist erlaubt); Neid-Paare: solche Paare (Mentee, andere Mentee).";

    public override string LegendLoad => "Gini der Auslastung: Gini-Koeffizient von Last ÷ Kapazität je Mentor:in (0 = alle nutzen denselben Anteil ihrer Plätze; höher = manche voll, manche leer). VK der Auslastung: Variationskoeffizient derselben Anteile. Plätze belegt: vermittelte Mentees ÷ alle Plätze. Mentor:innen ohne Mentee: mit Plätzen, aber ohne Mentee.";

    public override string LegendTime => "Zeit (ms): Laufzeit der Strategie ohne Bewertung; schwankt von Lauf zu Lauf.";

    public override string LegendGroups(int minimumSize) => $"Gruppen: Mentees nach Abteilung, Karrierestufe, Zeitzonen-Region und Affinitäts-Zustimmung (nie die Identität selbst), soweit die Daten sie enthalten; Gruppen mit weniger als {minimumSize} Mentees werden zusammengefasst und weggelassen, wenn auch das weniger sind.";

    public override string LegendRandom(int seeds, double level) => $"random: die Tabelle zeigt die Zuordnung des ersten Startwerts; die Intervallzeile nennt das Mittel über {seeds} Startwerte ± die halbe Breite des {level * 100:0}-%-Konfidenzintervalls (Student-t).";

    public override string RandomSeedsHeading(int seeds, double level) => $"random über {seeds} Startwerte: Mittel ± {level * 100:0}-%-Konfidenzintervall";

    public override string NoteSidesCoincide => "stable gleicht hier greedy, und warum: in diesen Daten ordnen die eigene Rangfolge jeder Mentee und die jeder Mentor:in alle Partner genau wie die Paar-Punktzahl. Ordnen beide Seiten nach einer gemeinsamen Zahl, ist die einzige stabile Zuordnung die, die immer das beste verbleibende Paar nimmt — die greedy-Zuordnung. stable bringt in diesem Programm nichts Neues.";

    public override string NoteSidesDiffer => "stable nutzt die eigenen Präferenzen jeder Seite (Mentees: was sie sich wünschen; Mentor:innen: was sie anbieten und angeben), die hier von der Paar-Punktzahl abweichen; daher kann stable von greedy abweichen.";

    public override string NoteIdentical(string strategies) => $"Gleiche Zuordnungen: {strategies} haben alle gleich zugeordnet.";

    public override string NoteLoadsIdentical(int places) => $"Jede Strategie gibt jeder Mentor:in dieselbe Last (alle {places} Plätze werden belegt, sobald genug Mentees sie nehmen können); die Last-Spalten trennen die Strategien hier nicht, Neid und Ränge schon.";

    public override string SeedsMeanLabel => "Startwerte-Mittel";

    public override string SeedsLowLabel => "Startwerte-KI-unten";

    public override string SeedsHighLabel => "Startwerte-KI-oben";

    public override string NoteLabel => "Hinweis";

    public override string DimensionName(Matching.Core.Strategies.GroupDimension dimension) => dimension switch { Matching.Core.Strategies.GroupDimension.CareerLevel => "Karrierestufe", Matching.Core.Strategies.GroupDimension.TimeZoneRegion => "Zeitzonen-Region", Matching.Core.Strategies.GroupDimension.AffinityOptIn => "Affinitäts-Zustimmung", _ => "Abteilung" };
}
