// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.IO.Survey;

/// <summary>A question of a mentoring survey that the engine understands.</summary>
public enum SurveyField
{
    /// <summary>When the form was submitted.</summary>
    Timestamp,

    /// <summary>A participant id, when the export has one.</summary>
    Id,

    /// <summary>The full name.</summary>
    Name,

    /// <summary>The first name, when names are split.</summary>
    FirstName,

    /// <summary>The last name, when names are split.</summary>
    LastName,

    /// <summary>The email address.</summary>
    Email,

    /// <summary>Mentor, mentee or both.</summary>
    Role,

    /// <summary>Skills the person can pass on.</summary>
    SkillsOffered,

    /// <summary>Skills the person wants to develop.</summary>
    SkillsWanted,

    /// <summary>Program goals.</summary>
    Goals,

    /// <summary>Preferred meeting formats.</summary>
    MeetingFormat,

    /// <summary>Languages spoken.</summary>
    Languages,

    /// <summary>The time zone, as free text.</summary>
    TimeZone,

    /// <summary>Weekly availability in local time.</summary>
    Availability,

    /// <summary>Career level.</summary>
    CareerLevel,

    /// <summary>Years of professional experience.</summary>
    YearsOfExperience,

    /// <summary>Department or team.</summary>
    Department,

    /// <summary>How many mentees a mentor takes.</summary>
    Capacity,

    /// <summary>The email of the person's manager (a direct reporting line forbids a pair).</summary>
    Manager,

    /// <summary>Whether a mentee asks for a mentor with a similar identity (opt-in, sensitive).</summary>
    AffinityOptIn,

    /// <summary>Identity characteristics used only for opt-in affinity matching (sensitive).</summary>
    Identity,

    /// <summary>A mentee's ranked mentor choices (names or emails).</summary>
    MentorPreferences,

    /// <summary>Mentees a mentor declines (names or emails).</summary>
    Declines,

    /// <summary>How often the person wants to meet.</summary>
    Frequency,

    /// <summary>The organisation (a pair from the same organisation is forbidden by default).</summary>
    Organisation,

    /// <summary>The profession; it counts as a skill offered (mentors) or wanted (mentees) when the survey has no skills questions.</summary>
    Profession,

    /// <summary>Whether someone listed in one role's file also signed up for the other role (yes/no; read, not needed for matching).</summary>
    AlsoOtherRole,

    /// <summary>
    /// One skills question for both roles ("Skills", "Kompetenzen"): a mentor's answer is what they offer, a mentee's
    /// what they want to develop. Used only where the survey has no separate offered or wanted skills question.
    /// </summary>
    Skills,
}
