// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Core.Text;

/// <summary>The English texts of the per-person outputs.</summary>
internal sealed partial class EnglishText
{
    public override string LetterTitle => "Your match in the mentoring program";

    public override string IntroductionClosing => "Please get in touch with each other and plan your first meeting.";

    public override string ContactsHeading => "Contact";

    public override string ReasonsHeading => "Why we matched you";

    public override string Greeting(string name) => $"Hello {name},";

    public override string PartnerLabel(PartnerPart part) => part switch
    {
        PartnerPart.Mentor => "your mentor",
        PartnerPart.Mentee => "your mentee",
        PartnerPart.Peer => "your peer partner",
        PartnerPart.GroupLeader => "your group's mentor",
        _ => "your group member",
    };

    public override string Introduction(PartnerPart part, string partners) => part switch
    {
        PartnerPart.Mentor => $"we are happy to introduce you to your mentor, {partners}.",
        PartnerPart.Mentee => $"we are happy to introduce you to your mentee(s): {partners}.",
        PartnerPart.Peer => $"we are happy to introduce you to your peer partner, {partners}.",
        _ => $"we are happy to introduce you to your group: {partners}.",
    };

    public override string WhyMatched(string reasons) => $"Why we matched you: {reasons}.";

    public override string NotMatched(string reason) =>
        $"this round we could not find you a match ({reason}). We keep you in mind for the next round.";
}
