// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Core.Text;

/// <summary>The German texts of the per-person outputs.</summary>
internal sealed partial class GermanText
{
    public override string LetterTitle => "Ihr Match im Mentoring-Programm";

    public override string IntroductionClosing => "Bitte nehmen Sie Kontakt miteinander auf und vereinbaren Sie Ihr erstes Treffen.";

    public override string ContactsHeading => "Kontakt";

    public override string ReasonsHeading => "Warum wir Sie zusammengebracht haben";

    public override string Greeting(string name) => $"Hallo {name},";

    public override string PartnerLabel(PartnerPart part) => part switch
    {
        PartnerPart.Mentor => "Ihr:e Mentor:in",
        PartnerPart.Mentee => "Ihr:e Mentee",
        PartnerPart.Peer => "Ihr:e Peer-Partner:in",
        PartnerPart.GroupLeader => "Mentor:in Ihrer Gruppe",
        _ => "Mitglied Ihrer Gruppe",
    };

    public override string Introduction(PartnerPart part, string partners) => part switch
    {
        PartnerPart.Mentor => $"wir freuen uns, Ihnen Ihre:n Mentor:in vorzustellen: {partners}.",
        PartnerPart.Mentee => $"wir freuen uns, Ihnen Ihre Mentees vorzustellen: {partners}.",
        PartnerPart.Peer => $"wir freuen uns, Ihnen Ihre:n Peer-Partner:in vorzustellen: {partners}.",
        _ => $"wir freuen uns, Ihnen Ihre Gruppe vorzustellen: {partners}.",
    };

    public override string WhyMatched(string reasons) => $"Warum Sie zusammenpassen: {reasons}.";

    public override string NotMatched(string reason) =>
        $"in dieser Runde konnten wir leider kein Match für Sie finden ({reason}). Wir berücksichtigen Sie in der nächsten Runde.";
}
