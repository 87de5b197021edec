// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Core.Scoring;

/// <summary>Weights and hard rules of compatibility scoring.</summary>
/// <remarks>
/// A pair's score is the weighted mean of its criteria, scaled to 0–100. Weights need not sum to anything; a weight
/// of 0 switches a criterion off. <see cref="Criterion.Affinity"/> and <see cref="Criterion.Preference"/> take part
/// only for mentees who opted in or stated choices; for everyone else they are left out of the mean.
/// Instances are immutable and thread-safe.
/// </remarks>
public sealed class ScoringOptions
{
    private readonly IReadOnlyDictionary<Criterion, double> _minimums = new Dictionary<Criterion, double>();

    /// <summary>Gets the default options (documented in the README).</summary>
    public static ScoringOptions Default { get; } = new();

    /// <summary>Gets the weight of <see cref="Criterion.Skills"/>. Default 40.</summary>
    public double SkillsWeight { get; init; } = ScoringDefaults.SkillsWeight;

    /// <summary>Gets the weight of <see cref="Criterion.Goals"/>. Default 20.</summary>
    public double GoalsWeight { get; init; } = ScoringDefaults.GoalsWeight;

    /// <summary>Gets the weight of <see cref="Criterion.Availability"/>. Default 15.</summary>
    public double AvailabilityWeight { get; init; } = ScoringDefaults.AvailabilityWeight;

    /// <summary>Gets the weight of <see cref="Criterion.CareerLevel"/>. Default 15.</summary>
    public double CareerLevelWeight { get; init; } = ScoringDefaults.CareerLevelWeight;

    /// <summary>Gets the weight of <see cref="Criterion.MeetingFormat"/>. Default 10.</summary>
    public double MeetingFormatWeight { get; init; } = ScoringDefaults.MeetingFormatWeight;

    /// <summary>Gets the weight of <see cref="Criterion.MeetingFrequency"/>. Default 5.</summary>
    public double MeetingFrequencyWeight { get; init; } = ScoringDefaults.MeetingFrequencyWeight;

    /// <summary>Gets the weight of <see cref="Criterion.Department"/>. Default 0 (off).</summary>
    public double DepartmentWeight { get; init; } = ScoringDefaults.DepartmentWeight;

    /// <summary>Gets the weight of <see cref="Criterion.Affinity"/> for mentees who opted in. Default 10.</summary>
    public double AffinityWeight { get; init; } = ScoringDefaults.AffinityWeight;

    /// <summary>Gets the weight of <see cref="Criterion.Preference"/> for mentees who ranked mentors. Default 15.</summary>
    public double PreferenceWeight { get; init; } = ScoringDefaults.PreferenceWeight;

    /// <summary>Gets whether a pair must share a language (hard rule). Default true.</summary>
    public bool RequireSharedLanguage { get; init; } = ScoringDefaults.RequireSharedLanguage;

    /// <summary>Gets whether a direct reporting line or a shared manager forbids a pair (hard rule). Default true.</summary>
    public bool ForbidReportingLine { get; init; } = ScoringDefaults.ForbidReportingLine;

    /// <summary>Gets the minimum weekly overlap in hours below which a pair is forbidden; 0 disables the rule. Default 0.</summary>
    public int MinimumOverlapHours { get; init; } = ScoringDefaults.MinimumOverlapHours;

    /// <summary>Gets the weekly overlap in hours that earns the full availability score. Default 4.</summary>
    public int TargetOverlapHours { get; init; } = ScoringDefaults.TargetOverlapHours;

    /// <summary>Gets the ideal number of career levels the mentor is above the mentee. Default 1.</summary>
    public int IdealLevelGap { get; init; } = ScoringDefaults.IdealLevelGap;

    /// <summary>Gets the largest level gap that still earns the full career score. Default 2.</summary>
    public int MaximumGoodLevelGap { get; init; } = ScoringDefaults.MaximumGoodLevelGap;

    /// <summary>Gets whether pairs from the same department are forbidden. Default false.</summary>
    public bool ForbidSameDepartment { get; init; } = ScoringDefaults.ForbidSameDepartment;

    /// <summary>Gets whether pairs from the same organisation are forbidden (a working relationship); it applies only when the survey names organisations. Default true.</summary>
    public bool ForbidSameOrganisation { get; init; } = true;

    /// <summary>Gets which department pairing <see cref="Criterion.Department"/> rewards. Default <see cref="DepartmentPreference.Different"/>.</summary>
    public DepartmentPreference Department { get; init; } = ScoringDefaults.Department;

    /// <summary>Gets whether this is reverse mentoring: the mentor is expected to be more junior than the mentee. Default false.</summary>
    public bool ReverseMentoring { get; init; } = ScoringDefaults.ReverseMentoring;

    /// <summary>Gets per-criterion minimums: a pair whose criterion value is below its minimum is forbidden. Default none.</summary>
    public IReadOnlyDictionary<Criterion, double> Minimums
    {
        get => _minimums;
        init => _minimums = new Dictionary<Criterion, double>(value ?? throw new ArgumentNullException(nameof(value)));
    }

    /// <summary>Gets the weight of a criterion.</summary>
    /// <param name="criterion">The criterion.</param>
    /// <exception cref="ArgumentOutOfRangeException">Unknown criterion.</exception>
    public double WeightOf(Criterion criterion) => criterion switch
    {
        Criterion.Skills => SkillsWeight,
        Criterion.Goals => GoalsWeight,
        Criterion.Availability => AvailabilityWeight,
        Criterion.CareerLevel => CareerLevelWeight,
        Criterion.MeetingFormat => MeetingFormatWeight,
        Criterion.MeetingFrequency => MeetingFrequencyWeight,
        Criterion.Department => DepartmentWeight,
        Criterion.Affinity => AffinityWeight,
        Criterion.Preference => PreferenceWeight,
        _ => throw new ArgumentOutOfRangeException(nameof(criterion), criterion, "Unknown criterion."),
    };

    /// <summary>Throws if the options are inconsistent, listing every problem.</summary>
    /// <exception cref="ArgumentException">A weight is negative or not finite, all weights are 0, or a bound is invalid.</exception>
    public void Validate()
    {
        var problems = new List<string>();
        double total = 0;
        foreach (Criterion criterion in Enum.GetValues<Criterion>())
        {
            double weight = WeightOf(criterion);
            if (!double.IsFinite(weight) || weight < 0)
            {
                problems.Add($"the weight of {criterion} must be a finite number ≥ 0, not {weight}");
            }
            else if (criterion is not (Criterion.Affinity or Criterion.Preference))
            {
                total += weight;
            }
        }

        if (total <= 0)
        {
            problems.Add("at least one criterion other than affinity and preference needs a positive weight");
        }

        foreach (var (criterion, minimum) in Minimums)
        {
            if (!double.IsFinite(minimum) || minimum < 0 || minimum > 1)
            {
                problems.Add($"the minimum of {criterion} must be between 0 and 1, not {minimum}");
            }
        }

        if (MinimumOverlapHours < 0 || MinimumOverlapHours > 168)
        {
            problems.Add($"the minimum overlap must be 0–168 hours, not {MinimumOverlapHours}");
        }

        if (TargetOverlapHours < 1 || TargetOverlapHours > 168)
        {
            problems.Add($"the target overlap must be 1–168 hours, not {TargetOverlapHours}");
        }

        if (MaximumGoodLevelGap < IdealLevelGap)
        {
            problems.Add($"the maximum good level gap ({MaximumGoodLevelGap}) is below the ideal gap ({IdealLevelGap})");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid scoring options: " + string.Join("; ", problems) + ".");
        }
    }
}
