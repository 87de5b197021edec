// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Core.Strategies;

/// <summary>How one group of mentees fared in a matching.</summary>
/// <param name="Group">The group's value (a department, a level, a region, <c>yes</c>/<c>no</c>), <see cref="NoneGroup"/> for mentees who gave none, or <see cref="PooledGroup"/> for the small groups pooled together.</param>
/// <param name="Mentees">Mentees in the group.</param>
/// <param name="Matched">Of those, how many got a mentor.</param>
/// <param name="MatchRate">Matched ÷ mentees (0 for an empty group).</param>
/// <param name="MeanScore">Mean score of the group's pairs, or null when none was matched.</param>
public sealed record GroupMetrics(string Group, int Mentees, int Matched, double MatchRate, double? MeanScore)
{
    /// <summary>The group of mentees who gave no answer for the dimension.</summary>
    public const string NoneGroup = "(none)";

    /// <summary>The group that pools every group smaller than <see cref="MatchingDefaults.MinimumReportedGroupSize"/>.</summary>
    public const string PooledGroup = "(other)";

    /// <summary>Gets what the group's mentees share. Default <see cref="GroupDimension.Department"/>.</summary>
    public GroupDimension Dimension { get; init; } = GroupDimension.Department;

    /// <summary>Gets the mean rank, in each matched mentee's own list, of its mentor (1 = its first choice), or null when none was matched.</summary>
    public double? MeanMenteeRank { get; init; }

    /// <summary>Gets the share of the group's mentees who would rather have another mentee's mentor (and could: the pair is allowed).</summary>
    public double EnvyShare { get; init; }
}
