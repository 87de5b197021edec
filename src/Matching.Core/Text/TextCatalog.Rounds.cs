// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Rules;

namespace Matching.Core.Text;

/// <summary>The texts that name the rules of a program over time (history, feedback, rematch, fatigue).</summary>
public abstract partial class TextCatalog
{
    /// <summary>Gets the reason of a mentor whose effective capacity is 0 because of fatigue.</summary>
    public abstract string MentorResting { get; }

    /// <summary>Gets the reason of a mentee left out because the profile is incomplete.</summary>
    public abstract string IncompleteProfile { get; }

    /// <summary>Names a program rule that excludes a pair, in a few words (e.g. "paired in an earlier round").</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The name.</returns>
    public abstract string PairRuleName(PairRule rule);

    /// <summary>Reason: every compatible mentor is excluded as a pair by a named program rule.</summary>
    /// <param name="counts">Each rule with the number of compatible mentors it excludes, most first.</param>
    /// <returns>The reason.</returns>
    public string OnlyRuledOutMentors(IEnumerable<KeyValuePair<PairRule, int>> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        KeyValuePair<PairRule, int>[] all = [.. counts];
        return OnlyRuledOutMentors(all.Sum(c => c.Value), string.Join(", ", all.Select(c => $"{c.Value} × {PairRuleName(c.Key)}")));
    }

    /// <summary>Reason: every compatible mentor is fully booked, some of them at a capacity lowered for fatigue.</summary>
    /// <param name="compatible">How many compatible mentors there are.</param>
    /// <param name="tired">How many of them have a lowered capacity this round.</param>
    /// <returns>The reason.</returns>
    public abstract string CompatibleMentorsFullFatigue(int compatible, int tired);

    /// <summary>Reason: every compatible mentor is excluded as a pair; <paramref name="rules"/> names why, with counts.</summary>
    private protected abstract string OnlyRuledOutMentors(int excluded, string rules);
}
