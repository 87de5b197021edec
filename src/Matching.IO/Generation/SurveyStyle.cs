// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.IO.Generation;

/// <summary>The export style of a generated survey.</summary>
public enum SurveyStyle
{
    /// <summary>English Google Forms export: comma separator, UTF-8 without BOM, multi-select joined with ", ".</summary>
    GoogleFormsEnglish,

    /// <summary>German Microsoft Forms / Excel export: <c>;</c> separator, UTF-8 with BOM, decimal comma, multi-select joined with ";".</summary>
    MicrosoftFormsGerman,
}
