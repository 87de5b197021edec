// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Core.Rules;

/// <summary>The program rule that excludes one pair (see <see cref="MatchingOptions.PairRules"/>), named in unmatched reasons.</summary>
public enum PairRule
{
    /// <summary>Excluded without a named rule (for example <c>--exclude-pairs</c>).</summary>
    Excluded,

    /// <summary>The two were paired in an earlier round.</summary>
    Repeat,

    /// <summary>The pair was rated badly (or one would not continue) in an earlier round.</summary>
    BadRating,

    /// <summary>The pair ended.</summary>
    Ended,
}

/// <summary>The program rule behind one person's effective capacity or exclusion (see <see cref="MatchingOptions.PersonRules"/>).</summary>
public enum PersonRule
{
    /// <summary>No named rule.</summary>
    None,

    /// <summary>The mentor was at full load in recent rounds: capacity lowered or extra mentees cost more (fatigue).</summary>
    Fatigue,

    /// <summary>The mentee's profile is incomplete and the program leaves such profiles out.</summary>
    IncompleteProfile,
}

/// <summary>Compares (mentee, mentor) name pairs case-insensitively.</summary>
internal sealed class PairKeyComparer : IEqualityComparer<(string MenteeId, string MentorId)>
{
    public static PairKeyComparer Instance { get; } = new();

    public bool Equals((string MenteeId, string MentorId) x, (string MenteeId, string MentorId) y) =>
        string.Equals(x.MenteeId, y.MenteeId, StringComparison.OrdinalIgnoreCase) && string.Equals(x.MentorId, y.MentorId, StringComparison.OrdinalIgnoreCase);

    public int GetHashCode((string MenteeId, string MentorId) obj) =>
        HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(obj.MenteeId), StringComparer.OrdinalIgnoreCase.GetHashCode(obj.MentorId));
}
