// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Core.Scoring;

/// <summary>The documented defaults of <see cref="ScoringOptions"/>, in one place.</summary>
internal static class ScoringDefaults
{
    public const double SkillsWeight = 40;
    public const double GoalsWeight = 20;
    public const double AvailabilityWeight = 15;
    public const double CareerLevelWeight = 15;
    public const double MeetingFormatWeight = 10;
    public const double MeetingFrequencyWeight = 5;
    public const double DepartmentWeight = 0;
    public const double AffinityWeight = 10;
    public const double PreferenceWeight = 15;
    public const bool RequireSharedLanguage = true;
    public const bool ForbidReportingLine = true;
    public const int MinimumOverlapHours = 0;
    public const int TargetOverlapHours = 4;
    public const int IdealLevelGap = 1;
    public const int MaximumGoodLevelGap = 2;
    public const bool ForbidSameDepartment = false;
    public const bool ReverseMentoring = false;
    public const DepartmentPreference Department = DepartmentPreference.Different;
}
