// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Results;
using Matching.Core.Scoring;

namespace Matching.Core.Text;

/// <summary>
/// Every text for people in one language: hard-rule names, unmatched reasons, explanation phrases, and the labels of
/// the CSV files and the report. Each hard rule is described once, here.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public abstract partial class TextCatalog
{
    private protected TextCatalog()
    {
    }

    /// <summary>Gets the English catalogue.</summary>
    public static TextCatalog English { get; } = new EnglishText();

    /// <summary>Gets the German catalogue.</summary>
    public static TextCatalog German { get; } = new GermanText();

    /// <summary>Gets the language of this catalogue.</summary>
    public abstract ExplanationLanguage Language { get; }

    /// <summary>Gets the catalogue of <paramref name="language"/>.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The catalogue.</returns>
    public static TextCatalog For(ExplanationLanguage language) => language == ExplanationLanguage.German ? German : English;

    /// <summary>Names a hard rule in a few words (e.g. "no shared language").</summary>
    /// <param name="block">The rule.</param>
    /// <returns>The name.</returns>
    public abstract string Block(BlockReason block);

    /// <summary>Gets the reason of an unmatched mentee when the program has no mentors.</summary>
    public abstract string NoMentors { get; }

    /// <summary>Reason: a large program's kept candidates are all fully booked.</summary>
    /// <param name="kept">How many candidates the mentee had.</param>
    /// <returns>The reason.</returns>
    public abstract string KeptCandidatesFull(int kept);

    /// <summary>Gets the reason of an unmatched mentee in a large program (coverage first): every mentor it may have is fully booked.</summary>
    public abstract string AllAllowedMentorsFull { get; }

    /// <summary>Reason of an unmatched mentee in a large program with an unmatched penalty: no mentor it may have would add more than the penalty.</summary>
    /// <param name="points">The unmatched penalty in score points, formatted.</param>
    /// <returns>The reason.</returns>
    public abstract string CheaperUnmatchedThanAnyMentor(string points);

    /// <summary>Reason: every compatible mentor is excluded as a pair.</summary>
    /// <param name="excluded">How many compatible mentors are excluded.</param>
    /// <returns>The reason.</returns>
    public abstract string OnlyExcludedMentors(int excluded);

    /// <summary>Reason: no mentor speaks one of the mentee's languages.</summary>
    /// <param name="languages">The mentee's languages, already named in this language and joined.</param>
    /// <returns>The reason.</returns>
    public abstract string NoSharedLanguage(string languages);

    /// <summary>Reason: every mentor is ruled out by a hard rule.</summary>
    /// <param name="counts">Each hard rule with the number of mentors it rules out, most first.</param>
    /// <returns>The reason.</returns>
    public string AllMentorsBlocked(IEnumerable<KeyValuePair<BlockReason, int>> counts) =>
        AllMentorsBlocked(string.Join(", ", counts.Select(c => $"{c.Value} × {Block(c.Key)}")));

    /// <summary>Reason: leaving the mentee unmatched cost less than any compatible mentor.</summary>
    /// <param name="points">The unmatched penalty, formatted.</param>
    /// <param name="compatible">How many mentors are compatible.</param>
    /// <returns>The reason.</returns>
    public abstract string CheaperUnmatched(string points, int compatible);

    /// <summary>Reason: every compatible mentor is fully booked.</summary>
    /// <param name="compatible">How many mentors are compatible.</param>
    /// <returns>The reason.</returns>
    public abstract string CompatibleMentorsFull(int compatible);

    /// <summary>Gets the reason of an idle mentor whose capacity is 0.</summary>
    public abstract string MentorNoCapacity { get; }

    /// <summary>Gets the reason of an idle mentor no mentee is compatible with.</summary>
    public abstract string MentorNoCompatibleMentee { get; }

    /// <summary>Reason: every compatible mentee got a mentor who suits them better.</summary>
    /// <param name="compatible">How many mentees are compatible.</param>
    /// <returns>The reason.</returns>
    public abstract string MentorMenteesMatchedElsewhere(int compatible);

    /// <summary>Reason: every compatible mentee got a mentor who suits them better, except some whose pair with this mentor is excluded.</summary>
    /// <param name="compatible">How many mentees are compatible.</param>
    /// <param name="excluded">How many of them stayed unmatched because their pair with this mentor is excluded.</param>
    /// <returns>The reason.</returns>
    public abstract string MentorMenteesExcludedOrElsewhere(int compatible, int excluded);

    /// <summary>Reason: compatible mentees stayed unmatched because of the unmatched penalty.</summary>
    /// <param name="stillUnmatched">How many compatible mentees stayed unmatched.</param>
    /// <returns>The reason.</returns>
    public abstract string MentorMenteesLeftUnmatched(int stillUnmatched);

    /// <summary>Reason: a heuristic strategy left the mentee unmatched.</summary>
    /// <param name="strategy">The strategy's name.</param>
    /// <returns>The reason.</returns>
    public abstract string NotMatchedByStrategy(string strategy);

    /// <summary>Gets the reason of a peer left out because the pool has an odd number of people.</summary>
    public abstract string PeerOddPool { get; }

    /// <summary>Gets the reason of a peer no one else in the pool may be paired with.</summary>
    public abstract string PeerNoCompatible { get; }

    /// <summary>Reason: every compatible peer was paired with someone who fits them better.</summary>
    /// <param name="compatible">How many peers are compatible.</param>
    /// <returns>The reason.</returns>
    public abstract string PeerPartnersTaken(int compatible);

    /// <summary>Says that the pool has no stable pairing (Irving's algorithm), naming whose list ran out.</summary>
    /// <param name="person">The person whose acceptable list became empty.</param>
    /// <returns>The message.</returns>
    public abstract string NoStablePairing(string person);

    /// <summary>Labels the side on which someone was left unmatched (the <c>Unmatched</c> column of <c>unmatched.csv</c>).</summary>
    /// <param name="side">Mentee, Mentor, or Both for a peer.</param>
    /// <returns>The label.</returns>
    public abstract string UnmatchedSide(Domain.Roles side);

    /// <summary>Names a language (stored in English) in this language.</summary>
    /// <param name="language">The English name.</param>
    /// <returns>The name.</returns>
    public virtual string LanguageName(string language) => language;

    /// <summary>Joins words as a list ("a, b and c").</summary>
    /// <param name="words">The words.</param>
    /// <returns>The list; the word for "none" when empty.</returns>
    public string JoinWords(IReadOnlyList<string> words) => words.Count switch
    {
        0 => NoneWord,
        1 => words[0],
        _ => string.Join(", ", words.Take(words.Count - 1)) + AndWord + words[^1],
    };

    /// <summary>Gets the word for an empty list.</summary>
    private protected abstract string NoneWord { get; }

    /// <summary>Gets the last separator of a list, with spaces.</summary>
    private protected abstract string AndWord { get; }

    /// <summary>Reason: every mentor is ruled out; the counts are already joined.</summary>
    private protected abstract string AllMentorsBlocked(string rules);
}
