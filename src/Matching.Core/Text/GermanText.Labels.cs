// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using Matching.Core.Scoring;

namespace Matching.Core.Text;

/// <summary>The German labels and phrases.</summary>
internal sealed partial class GermanText
{
    public override CultureInfo Culture => CultureInfo.GetCultureInfo("de-DE");

    public override string CriterionName(Criterion criterion) => criterion switch
    {
        Criterion.Skills => "Kompetenzen",
        Criterion.Goals => "Ziele",
        Criterion.Availability => "Verfügbarkeit",
        Criterion.CareerLevel => "Karrierestufe",
        Criterion.MeetingFormat => "Treffen-Format",
        Criterion.MeetingFrequency => "Häufigkeit",
        Criterion.Department => "Abteilung",
        Criterion.Affinity => "Affinität",
        Criterion.Preference => "Wunsch",
        _ => criterion.ToString(),
    };

    public override string Frequency(string frequency) => frequency switch
    {
        "weekly" => "wöchentlich",
        "biweekly" => "alle zwei Wochen",
        "monthly" => "monatlich",
        "quarterly" => "vierteljährlich",
        _ => frequency,
    };

    public override string MenteeLabel => "Mentee";

    public override string MenteeEmailLabel => "E-Mail Mentee";

    public override string MentorLabel => "Mentor:in";

    public override string MentorEmailLabel => "E-Mail Mentor:in";

    public override string ScoreLabel => "Punktzahl";

    public override string ReasonsLabel => "Gründe";

    public override string NameLabel => "Name";

    public override string EmailLabel => "E-Mail";

    public override string UnmatchedLabel => "Nicht vermittelt";

    public override string ReasonLabel => "Grund";

    public override string MenteesLabel => "Mentees";

    public override string CapacityLabel => "Kapazität";

    public override string PersonALabel => "Person A";

    public override string PersonAEmailLabel => "E-Mail Person A";

    public override string PersonBLabel => "Person B";

    public override string PersonBEmailLabel => "E-Mail Person B";

    public override string LineLabel => "Zeile";

    public override string ProblemsLabel => "Probleme";

    public override string RankLabel => "Rang";

    public override string ReportTitle => "Mentoring-Paare";

    public override string ReportFrom => "Aus";

    public override string MatchedMenteesLabel => "Vermittelte Mentees";

    public override string MeanScoreLabel => "Mittlere Punktzahl";

    public override string LowestScoreLabel => "Niedrigste Punktzahl";

    public override string MentorPlacesUsedLabel => "Belegte Plätze";

    public override string OptimalityLabel => "Optimalität";

    public override string ProvenWord => "bewiesen";

    public override string NotVerifiedWord => "nicht bestätigt";

    public override string ScoreDistributionHeading => "Verteilung der Punktzahlen";

    public override string ScoreDistributionChart => "Anzahl der Paare je Punktebereich";

    public override string CriteriaHeading => "Wie gut jedes Kriterium erfüllt ist";

    public override string CriteriaChart => "Mittlerer Wert jedes Kriteriums über alle Paare";

    public override string MentorLoadHeading => "Auslastung der Mentor:innen";

    public override string MentorLoadChart => "Mentees je Mentor:in im Vergleich zur Kapazität";

    public override string MatchesHeading => "Paare";

    public override string WhyLabel => "Warum";

    public override string NotMatchedHeading => "Nicht vermittelt";

    public override string SideLabel => "Rolle";

    public override string CriterionLabel => "Kriterium";

    public override string ValueLabel => "Wert";

    public override string WeightLabel => "Gewicht";

    public override string PointsLabel => "Punkte";

    public override string HonoredWord => "berücksichtigt";

    public override string TotalLabel => "Summe";

    public override string ReasonsPrefix => "Gründe: ";

    public override string MenteeUnmatched => "die Mentee ist nicht vermittelt";

    public override string CannotForce => "dieses Paar lässt sich nicht erzwingen, ohne eine andere Regel zu verletzen";

    public override string ForcingCostsNothing => "dieses Paar zu erzwingen kostet nichts: es ist gleichwertig zur gewählten Zuordnung";

    public override string StrategyLabel => "Strategie";

    public override string GroupLabel => "Gruppe";

    public override string AllGroup => "(alle)";

    public override string MatchedLabel => "Vermittelt";

    public override string ShareLabel => "Anteil";

    public override string TotalScoreLabel => "Gesamt";

    public override string MeanLabel => "Mittel";

    public override string MedianLabel => "Median";

    public override string MinLabel => "Min.";

    public override string Top1Label => "Top-1";

    public override string Top3Label => "Top-3";

    public override string BlockingPairsLabel => "Blockierende Paare";

    public override string LoadGiniLabel => "Gini der Auslastung";

    public override string TimeMsLabel => "Zeit (ms)";

    public override string DepartmentLabel => "Abteilung";

    public override string ComparisonTitle => "Vergleich der Strategien";

    public override string ComparisonScoreHeading => "Verteilung der Punktzahlen der Paare";

    public override string ComparisonScoreChart => "Histogramm der Punktzahlen je Strategie";

    public override string ComparisonLoadHeading => "Auslastung je Mentor:in";

    public override string ComparisonLoadNote => "Mentor:innen nach Kapazität sortiert (graue Balken); jede Linie ist die Auslastung einer Strategie.";

    public override string ComparisonLoadChart => "Auslastung jeder Mentor:in je Strategie im Vergleich zur Kapazität";

    public override string ComparisonGroupHeading => "Vermittlungsquote / mittlere Punktzahl nach Gruppe der Mentees";

    public override string CapacityWord => "Kapazität";

    public override string PairsWord => "Paare";

    public override string MenteesWord => "Mentees";

    public override string ScoreWord => "Punktzahl";

    public override string WrittenTo => "Geschrieben nach";

    public override string BestAvailable => "die beste verfügbare Option für beide";

    public override string NoSharedTime => "keine gemeinsame Zeit";

    public override string NoSharedGoal => "kein gemeinsames Ziel";

    public override string NoSharedFormat => "kein gemeinsames Treffen-Format";

    public override string DifferentFrequency => "unterschiedliche Treffen-Häufigkeit";

    public override string SameCareerLevel => "gleiche Karrierestufe";

    public override string WeaknessPrefix => "größte Schwäche: ";

    public override string AffinityHonored => "ein Wunsch nach ähnlicher Identität wurde berücksichtigt";

    public override string CrossDepartment => "verschiedene Abteilungen (abteilungsübergreifendes Lernen)";

    public override string SameDepartment => "gleiche Abteilung";

    public override string PartOf(int part, int total) => $"{part} von {total}";

    public override string MatchedVerdict(string score) => $"Vermittelt, Punktzahl {score}.";

    public override string NotAllowedVerdict(string reason) => $"Nicht erlaubt: {reason}.";

    public override string NotChosenVerdict(string score, string now, string cost) => $"Nicht gewählt (Punktzahl {score}): {now}; {cost}.";

    public override string MenteeMatchedWith(string mentor, string score) => $"die Mentee ist mit {mentor} vermittelt ({score})";

    public override string ForcingLeavesUnmatched(int more) => $"dieses Paar zu erzwingen ließe {more} weitere Mentee(s) ohne Mentor:in";

    public override string ForcingLowersTotal(string points) => $"dieses Paar zu erzwingen senkt die Gesamtpunktzahl des Programms um {points} Punkte";

    public override string PointsFormula(string weightSum) => $"Punkte = Wert × Gewicht ÷ {weightSum} (Summe der gezählten Gewichte) × 100; die Punktzahl ist die Summe der Punkte.";

    public override string BothSpeak(string languages) => $"beide sprechen {languages}";

    public override string EveryoneSpeaks(string languages) => $"alle sprechen {languages}";

    public override string SkillsOffered(int shared, int wanted, string skills) => $"Mentor:in bietet {shared} von {wanted} gewünschten Kompetenzen ({skills})";

    public override string FewSkills(int shared, int wanted) => shared == 0 ? $"keine der {wanted} gewünschten Kompetenzen" : $"nur {shared} von {wanted} gewünschten Kompetenzen";

    public override string SupportsGoal(string goals) => $"Mentor:in unterstützt das Ziel {goals}";

    public override string WeeklyOverlap(string hours) => $"{hours} Std. gemeinsame Zeit pro Woche";

    public override string LittleOverlap(string hours) => $"nur {hours} Std. gemeinsame Zeit pro Woche";

    public override string CareerAhead(int gap, bool reverse) => (reverse ? "Reverse Mentoring: Mentee ist " : "Mentor:in ist ") + $"{gap} Karrierestufe{(gap == 1 ? string.Empty : "n")} weiter";

    public override string BothPrefer(string formats) => $"beide bevorzugen {formats}";

    public override string BothMeet(string frequency) => $"beide möchten sich {Frequency(frequency)} treffen";

    public override string MentorsCount(int count) => $"{count} Mentor:innen";

    public override string ValidateSummary(int usable, int rejected, int errors, int warnings) => $"{usable} verwendbare Teilnehmende, {rejected} Zeile(n) abgelehnt, {errors} Fehler, {warnings} Warnung(en).";

    public override string ProfileIncomplete(string id, string missing) => $"Warnung: {id}: Profil unvollständig, es fehlt {missing} (wird nach vollständigen Profilen vermittelt; siehe 'match run --incomplete')";

    public override string StrategiesOn(int mentees, int mentors) => $"Strategien für {mentees} Mentees und {mentors} Mentor:innen";

    public override string PreferenceRank(int rank) => $"Wunsch Nr. {rank} der Mentee";
}
