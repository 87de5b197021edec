// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Core.Scoring;

/// <summary>Which department pairing the <see cref="Criterion.Department"/> criterion rewards.</summary>
public enum DepartmentPreference
{
    /// <summary>Reward pairs from different departments (cross-department learning).</summary>
    Different,

    /// <summary>Reward pairs from the same department (domain knowledge).</summary>
    Same,
}
