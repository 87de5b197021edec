// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Core.Text;

/// <summary>The German texts of group programs.</summary>
internal sealed partial class GermanText
{
    public override string GroupNoCompatibleMentor => "Kein Mentor ist nach den festen Regeln möglich";

    public override string NotPlacedByGreedy => "Von der Strategie greedy nicht eingeteilt";

    public override string PodsFull => "Jede passende Gruppe ist voll oder verlöre ihre gemeinsame Zeit";

    public override string NoCircleOfInterest => "Kein Kreis zu einer gewünschten Kompetenz bei einem möglichen Mentor";

    public override string CirclesFull => "Jeder passende Kreis ist voll oder käme nicht zustande";

    public override string QuotaTimeLimit => "Das Zeitlimit endete, bevor eine Einteilung gefunden wurde, die alle Quoten erfüllt";

    public override string PodSharedHours(int people, int hours) => $"Alle {people} haben {hours} gemeinsame Stunden pro Woche";

    public override string PodCohesion(double cohesion) =>
        string.Create(Culture, $"Ähnlichkeit der Mitglieder (Ziele, gewünschte Kompetenzen) {cohesion:0.#} von 100");

    public override string PodNoSharedHours(int hours) => $"Kein möglicher Mentor hat {hours} gemeinsame Stunden pro Woche";

    public override string MentorWithoutPod(int minimumSize) => $"Keine Gruppe mit mindestens {minimumSize} Mentees und gemeinsamer Zeit kam zustande";

    public override string QuotaImpossible(IEnumerable<string> quotas) => "Diese Quote kann keine Einteilung erfüllen: " + string.Join(", ", quotas);
}
