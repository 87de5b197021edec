// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Core.Results;

/// <summary>The language of explanations.</summary>
public enum ExplanationLanguage
{
    /// <summary>English.</summary>
    English,

    /// <summary>German (gender-inclusive forms such as "Mentor:in").</summary>
    German,
}
