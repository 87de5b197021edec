// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Models;

namespace Matching.Core.Text;

/// <summary>The texts of <c>report.html</c> at a glance: the headline, what needs attention, notes and group labels.</summary>
public abstract partial class TextCatalog
{
    /// <summary>The report's headline: what a one-to-one run achieved.</summary>
    /// <param name="matched">Mentees with a mentor.</param>
    /// <param name="mentees">All mentees.</param>
    /// <param name="meanScore">The mean score, formatted.</param>
    /// <returns>One sentence.</returns>
    public abstract string ReportHeadline(int matched, int mentees, string meanScore);

    /// <summary>The report's headline for a peer or group run.</summary>
    /// <param name="model">Peer, pods or circles.</param>
    /// <param name="placed">People placed (mentees in a group, peers in a pair).</param>
    /// <param name="people">People who could be placed.</param>
    /// <param name="groups">Pairs, pods or circles.</param>
    /// <param name="meanScore">The mean score of a pair or group, formatted.</param>
    /// <returns>One sentence.</returns>
    public abstract string GroupHeadline(ProgramModelKind model, int placed, int people, int groups, string meanScore);

    /// <summary>Gets the words before the list of what needs the manager's attention.</summary>
    public abstract string AttentionHeading { get; }

    /// <summary>Says that nothing needs attention.</summary>
    /// <param name="threshold">The weak score threshold, formatted.</param>
    /// <returns>One sentence.</returns>
    public abstract string NothingNeedsAttention(string threshold);

    /// <summary>Attention: people left without a match, and the most common reasons.</summary>
    /// <param name="model">The program model.</param>
    /// <param name="count">How many.</param>
    /// <param name="reasons">The most common reasons with their counts, joined.</param>
    /// <returns>The item.</returns>
    public abstract string UnmatchedAttention(ProgramModelKind model, int count, string reasons);

    /// <summary>Attention: mentors left idle (no mentee, no pod, no circle).</summary>
    /// <param name="model">The program model.</param>
    /// <param name="count">How many.</param>
    /// <param name="names">Their names, joined (possibly shortened).</param>
    /// <returns>The item.</returns>
    public abstract string IdleMentorsAttention(ProgramModelKind model, int count, string names);

    /// <summary>Attention: pairs or groups that score below the weak threshold.</summary>
    /// <param name="model">The program model.</param>
    /// <param name="count">How many.</param>
    /// <param name="threshold">The threshold, formatted.</param>
    /// <returns>The item.</returns>
    public abstract string WeakAttention(ProgramModelKind model, int count, string threshold);

    /// <summary>Says "and 3 more" after a shortened list.</summary>
    /// <param name="count">How many more.</param>
    /// <returns>The words.</returns>
    public abstract string AndMore(int count);

    /// <summary>Gets the note that explains the numbers after repeated names.</summary>
    public abstract string SameNameNote { get; }

    /// <summary>Explains the order and marks of the match table.</summary>
    /// <param name="threshold">The weak score threshold, formatted.</param>
    /// <returns>The note.</returns>
    public abstract string MatchTableNote(string threshold);

    /// <summary>Explains the order and marks of a peer or group table.</summary>
    /// <param name="threshold">The weak score threshold, formatted.</param>
    /// <returns>The note.</returns>
    public abstract string GroupTableNote(string threshold);

    /// <summary>Gets the note under the mentor load heading: bar, track and numbers.</summary>
    public abstract string LoadChartNote { get; }

    /// <summary>Names the groups of a model as a heading and card ("Pods", "Circles", "Pairs").</summary>
    /// <param name="model">Peer, pods or circles.</param>
    /// <returns>The word.</returns>
    public abstract string GroupsHeading(ProgramModelKind model);

    /// <summary>Names one group of a model as a column ("Pod", "Circle", "Pair").</summary>
    /// <param name="model">Peer, pods or circles.</param>
    /// <returns>The word.</returns>
    public abstract string GroupWord(ProgramModelKind model);

    /// <summary>Labels the card of people placed ("Mentees in a pod").</summary>
    /// <param name="model">Peer, pods or circles.</param>
    /// <returns>The label.</returns>
    public abstract string PlacedLabel(ProgramModelKind model);

    /// <summary>Gets the members column.</summary>
    public abstract string MembersLabel { get; }

    /// <summary>Gets the topic column of circles.</summary>
    public abstract string TopicLabel { get; }

    /// <summary>Gets the score distribution heading of a peer or group report.</summary>
    public abstract string GroupScoreHeading { get; }
}
