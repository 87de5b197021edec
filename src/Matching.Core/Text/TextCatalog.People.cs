// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Core.Text;

/// <summary>The texts of the per-person outputs: <c>people.csv</c> and the Markdown letters.</summary>
public abstract partial class TextCatalog
{
    /// <summary>Gets the title of a person's letter.</summary>
    public abstract string LetterTitle { get; }

    /// <summary>Greets a person by name (e.g. "Hello Ann,").</summary>
    /// <param name="name">The name as shown (a pseudonym when redacting).</param>
    /// <returns>The greeting.</returns>
    public abstract string Greeting(string name);

    /// <summary>Names a partner's part for the letter's contact list (e.g. "your mentor").</summary>
    /// <param name="part">The partner's part.</param>
    /// <returns>The label.</returns>
    public abstract string PartnerLabel(PartnerPart part);

    /// <summary>Introduces a person to their partners.</summary>
    /// <param name="part">The partners' part (all partners of one person have the same part).</param>
    /// <param name="partners">The partners' names, already joined (see <see cref="JoinWords"/>).</param>
    /// <returns>One sentence.</returns>
    public abstract string Introduction(PartnerPart part, string partners);

    /// <summary>Says why the match fits.</summary>
    /// <param name="reasons">The reasons, already joined.</param>
    /// <returns>One sentence.</returns>
    public abstract string WhyMatched(string reasons);

    /// <summary>Gets the closing sentence of an introduction: get in touch and plan a first meeting.</summary>
    public abstract string IntroductionClosing { get; }

    /// <summary>Tells a person no match was found this round, and why.</summary>
    /// <param name="reason">The reason (as in <c>unmatched.csv</c>).</param>
    /// <returns>The sentences.</returns>
    public abstract string NotMatched(string reason);

    /// <summary>Gets the heading of a letter's contact list.</summary>
    public abstract string ContactsHeading { get; }

    /// <summary>Gets the heading of a letter's reasons.</summary>
    public abstract string ReasonsHeading { get; }
}

/// <summary>The part a partner plays for a person in a program's result.</summary>
public enum PartnerPart
{
    /// <summary>The person's mentor.</summary>
    Mentor,

    /// <summary>The person's mentee.</summary>
    Mentee,

    /// <summary>The person's peer partner.</summary>
    Peer,

    /// <summary>A member of the person's group (pod or circle).</summary>
    GroupMember,

    /// <summary>The leader (mentor) of the person's group.</summary>
    GroupLeader,
}
