// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Results;
using Matching.Core.Scoring;

namespace Matching.Core.Text;

/// <summary>The German texts.</summary>
internal sealed partial class GermanText : TextCatalog
{
    public override ExplanationLanguage Language => ExplanationLanguage.German;

    public override string Block(BlockReason block) => block switch
    {
        BlockReason.None => "erlaubt",
        BlockReason.NoSharedLanguage => "keine gemeinsame Sprache",
        BlockReason.TooLittleOverlap => "zu wenig gemeinsame Zeit",
        BlockReason.SameDepartment => "gleiche Abteilung",
        BlockReason.NoCapacity => "nimmt keine Mentees",
        BlockReason.SamePerson => "dieselbe Person",
        BlockReason.ReportingLine => "direkte Berichtslinie oder gleiche Führungskraft",
        BlockReason.Declined => "von der Mentor:in abgelehnt",
        BlockReason.BelowMinimum => "unter einem Mindestwert",
        _ => block.ToString(),
    };

    public override string NoMentors => "das Programm hat keine Mentor:innen";

    public override string MentorNoCapacity => "Kapazität 0";

    public override string MentorNoCompatibleMentee => "keine Mentee passt (feste Regeln wie eine gemeinsame Sprache schließen alle aus)";

    private protected override string NoneWord => "keine";

    private protected override string AndWord => " und ";

    public override string KeptCandidatesFull(int kept) =>
        $"alle {kept} bestpassenden Mentor:innen sind ausgebucht, und keine Umverteilung unter ihnen schafft einen Platz, ohne dass jemand anderes leer ausgeht";

    public override string AllAllowedMentorsFull =>
        "alle Mentor:innen, die für diese Mentee in Frage kommen, sind ausgebucht, und keine Umverteilung schafft einen Platz, ohne dass jemand anderes leer ausgeht";

    public override string CheaperUnmatchedThanAnyMentor(string points) =>
        $"ohne Mentor:in zu bleiben kostet weniger ({points} Punkte) als jede in Frage kommende Mentor:in angesichts der übrigen Paare beigetragen hätte";

    public override string OnlyExcludedMentors(int excluded) =>
        $"die einzigen passenden Mentor:innen ({excluded}) sind als Paar ausgeschlossen (etwa aus einer früheren Runde)";

    public override string NoSharedLanguage(string languages) => $"keine Mentor:in spricht eine Sprache dieser Mentee ({languages})";

    public override string CheaperUnmatched(string points, int compatible) =>
        $"ohne Mentor:in zu bleiben kostet weniger ({points} Punkte) als jede der {compatible} passenden Mentor:innen angesichts der übrigen Paare beigetragen hätte";

    public override string CompatibleMentorsFull(int compatible) =>
        $"alle {compatible} passenden Mentor:innen sind ausgebucht, und keine Umverteilung schafft einen Platz, ohne dass jemand anderes leer ausgeht";

    public override string MentorMenteesMatchedElsewhere(int compatible) =>
        $"alle {compatible} passenden Mentees haben Mentor:innen bekommen, die besser zu ihnen passen";

    public override string MentorMenteesExcludedOrElsewhere(int compatible, int excluded) =>
        $"von {compatible} passenden Mentees blieben {excluded} nur deshalb ohne Mentor:in, weil ihr Paar mit dieser Mentor:in ausgeschlossen ist (etwa aus einer früheren Runde); die übrigen haben Mentor:innen bekommen, die besser zu ihnen passen";

    public override string MentorMenteesLeftUnmatched(int stillUnmatched) =>
        $"{stillUnmatched} passende Mentees blieben ohne Mentor:in, weil ein Paar hier die Gesamtpunktzahl stärker senken würde als die Strafe fürs Unvermittelt-Bleiben";

    public override string LanguageName(string language) =>
        GermanLanguageNames.TryGetValue(language, out string? name) ? name : language;

    private protected override string AllMentorsBlocked(string rules) => $"keine passende Mentor:in: jede ist durch eine feste Regel ausgeschlossen ({rules})";

    private static readonly Dictionary<string, string> GermanLanguageNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["German"] = "Deutsch", ["English"] = "Englisch", ["French"] = "Französisch", ["Spanish"] = "Spanisch",
        ["Italian"] = "Italienisch", ["Portuguese"] = "Portugiesisch", ["Polish"] = "Polnisch", ["Turkish"] = "Türkisch",
        ["Russian"] = "Russisch", ["Ukrainian"] = "Ukrainisch", ["Arabic"] = "Arabisch", ["Chinese"] = "Chinesisch",
        ["Japanese"] = "Japanisch", ["Dutch"] = "Niederländisch",
    };

    public override string PeerOddPool => "der Pool hat eine ungerade Zahl von Personen, daher bleibt eine Person ohne Partner:in";

    public override string PeerNoCompatible => "niemand im Pool darf mit dieser Person ein Paar bilden (feste Regeln oder ausgeschlossene Paare)";

    public override string NotMatchedByStrategy(string strategy) => $"von der Strategie {strategy} nicht zugeordnet";

    public override string PeerPartnersTaken(int compatible) =>
        $"alle {compatible} passenden Peers haben Partner:innen bekommen, die besser zu ihnen passen, und keine Neuaufteilung ergibt ein weiteres Paar";

    public override string NoStablePairing(string person) =>
        $"für diesen Pool gibt es keine stabile Paarbildung: bei jeder Aufteilung wären zwei Personen lieber zusammen (die Liste annehmbarer Partner:innen von {person} ist leer gelaufen)";

    public override string UnmatchedSide(Domain.Roles side) => side switch
    {
        Domain.Roles.Mentee => "als Mentee (ohne Mentor:in)",
        Domain.Roles.Mentor => "als Mentor:in (ohne Mentee)",
        _ => "als Peer (ohne Partner:in)",
    };
}
