// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using Matching.Core.Scoring;

namespace Matching.Core.Text;

/// <summary>Labels of the CSV files, the report, <c>explain</c> and <c>compare</c>, and the phrases of explanations.</summary>
public abstract partial class TextCatalog
{
    /// <summary>Gets the culture of numbers in text (a decimal comma in German); CSV numeric columns stay invariant.</summary>
    public abstract CultureInfo Culture { get; }

    /// <summary>Formats a number for text in this language.</summary>
    /// <param name="value">The number.</param>
    /// <param name="format">A .NET numeric format, e.g. <c>0.0</c>.</param>
    /// <returns>The text.</returns>
    public string Number(double value, string format) => value.ToString(format, Culture);

    /// <summary>Names a criterion (a label of the report and of <c>explain</c>).</summary>
    /// <param name="criterion">The criterion.</param>
    /// <returns>The name.</returns>
    public abstract string CriterionName(Criterion criterion);

    /// <summary>Names a meeting frequency as stored (weekly, biweekly, ...) in this language.</summary>
    /// <param name="frequency">The stored frequency.</param>
    /// <returns>The words.</returns>
    public abstract string Frequency(string frequency);

    /// <summary>Gets the mentee column.</summary>
    public abstract string MenteeLabel { get; }

    /// <summary>Gets the mentee's email column.</summary>
    public abstract string MenteeEmailLabel { get; }

    /// <summary>Gets the mentor column.</summary>
    public abstract string MentorLabel { get; }

    /// <summary>Gets the mentor's email column.</summary>
    public abstract string MentorEmailLabel { get; }

    /// <summary>Gets the score column.</summary>
    public abstract string ScoreLabel { get; }

    /// <summary>Gets the reasons column.</summary>
    public abstract string ReasonsLabel { get; }

    /// <summary>Gets the name column.</summary>
    public abstract string NameLabel { get; }

    /// <summary>Gets the email column.</summary>
    public abstract string EmailLabel { get; }

    /// <summary>Gets the unmatched side column.</summary>
    public abstract string UnmatchedLabel { get; }

    /// <summary>Gets the reason column.</summary>
    public abstract string ReasonLabel { get; }

    /// <summary>Gets the mentee count column.</summary>
    public abstract string MenteesLabel { get; }

    /// <summary>Gets the capacity column.</summary>
    public abstract string CapacityLabel { get; }

    /// <summary>Gets the first person of a peer pair.</summary>
    public abstract string PersonALabel { get; }

    /// <summary>Gets the first person's email.</summary>
    public abstract string PersonAEmailLabel { get; }

    /// <summary>Gets the second person of a peer pair.</summary>
    public abstract string PersonBLabel { get; }

    /// <summary>Gets the second person's email.</summary>
    public abstract string PersonBEmailLabel { get; }

    /// <summary>Gets the survey line column.</summary>
    public abstract string LineLabel { get; }

    /// <summary>Gets the problems column.</summary>
    public abstract string ProblemsLabel { get; }

    /// <summary>Gets the rank column.</summary>
    public abstract string RankLabel { get; }

    /// <summary>Gets the report's default title.</summary>
    public abstract string ReportTitle { get; }

    /// <summary>Gets the word before the input files in the report.</summary>
    public abstract string ReportFrom { get; }

    /// <summary>Gets the matched mentees card.</summary>
    public abstract string MatchedMenteesLabel { get; }

    /// <summary>Gets the mean score card.</summary>
    public abstract string MeanScoreLabel { get; }

    /// <summary>Gets the lowest score card.</summary>
    public abstract string LowestScoreLabel { get; }

    /// <summary>Gets the used places card.</summary>
    public abstract string MentorPlacesUsedLabel { get; }

    /// <summary>Gets the optimality card.</summary>
    public abstract string OptimalityLabel { get; }

    /// <summary>Gets the word for a proven optimum.</summary>
    public abstract string ProvenWord { get; }

    /// <summary>Gets the word for an unverified optimum.</summary>
    public abstract string NotVerifiedWord { get; }

    /// <summary>Gets the histogram heading.</summary>
    public abstract string ScoreDistributionHeading { get; }

    /// <summary>Gets the histogram's accessible label.</summary>
    public abstract string ScoreDistributionChart { get; }

    /// <summary>Gets the criteria heading.</summary>
    public abstract string CriteriaHeading { get; }

    /// <summary>Gets the criteria chart's accessible label.</summary>
    public abstract string CriteriaChart { get; }

    /// <summary>Gets the mentor load heading.</summary>
    public abstract string MentorLoadHeading { get; }

    /// <summary>Gets the load chart's accessible label.</summary>
    public abstract string MentorLoadChart { get; }

    /// <summary>Gets the matches heading.</summary>
    public abstract string MatchesHeading { get; }

    /// <summary>Gets the why column.</summary>
    public abstract string WhyLabel { get; }

    /// <summary>Gets the unmatched heading.</summary>
    public abstract string NotMatchedHeading { get; }

    /// <summary>Gets the side column.</summary>
    public abstract string SideLabel { get; }

    /// <summary>Gets the criterion column of explain.</summary>
    public abstract string CriterionLabel { get; }

    /// <summary>Gets the value column of explain.</summary>
    public abstract string ValueLabel { get; }

    /// <summary>Gets the weight column of explain.</summary>
    public abstract string WeightLabel { get; }

    /// <summary>Gets the points column of explain.</summary>
    public abstract string PointsLabel { get; }

    /// <summary>Gets the word for an honored affinity preference.</summary>
    public abstract string HonoredWord { get; }

    /// <summary>Gets the total row of explain.</summary>
    public abstract string TotalLabel { get; }

    /// <summary>Gets the start of the line of reasons in explain.</summary>
    public abstract string ReasonsPrefix { get; }

    /// <summary>Gets the explain text for a mentee without mentor.</summary>
    public abstract string MenteeUnmatched { get; }

    /// <summary>Gets the explain text for a pair that cannot be forced.</summary>
    public abstract string CannotForce { get; }

    /// <summary>Gets the explain text for a forced pair that ties.</summary>
    public abstract string ForcingCostsNothing { get; }

    /// <summary>Gets the strategy column of compare.</summary>
    public abstract string StrategyLabel { get; }

    /// <summary>Gets the group column of compare.</summary>
    public abstract string GroupLabel { get; }

    /// <summary>Gets the group of the whole program in compare.</summary>
    public abstract string AllGroup { get; }

    /// <summary>Gets the matched column of compare.</summary>
    public abstract string MatchedLabel { get; }

    /// <summary>Gets the matched share column of compare.</summary>
    public abstract string ShareLabel { get; }

    /// <summary>Gets the total score column of compare.</summary>
    public abstract string TotalScoreLabel { get; }

    /// <summary>Gets the mean column of compare.</summary>
    public abstract string MeanLabel { get; }

    /// <summary>Gets the median column of compare.</summary>
    public abstract string MedianLabel { get; }

    /// <summary>Gets the minimum column of compare.</summary>
    public abstract string MinLabel { get; }

    /// <summary>Gets the top-1 share column of compare.</summary>
    public abstract string Top1Label { get; }

    /// <summary>Gets the top-3 share column of compare.</summary>
    public abstract string Top3Label { get; }

    /// <summary>Gets the blocking pairs column of compare.</summary>
    public abstract string BlockingPairsLabel { get; }

    /// <summary>Gets the load Gini column of compare.</summary>
    public abstract string LoadGiniLabel { get; }

    /// <summary>Gets the runtime column of compare.</summary>
    public abstract string TimeMsLabel { get; }

    /// <summary>Gets the department column of compare.</summary>
    public abstract string DepartmentLabel { get; }

    /// <summary>Gets the comparison page's title.</summary>
    public abstract string ComparisonTitle { get; }

    /// <summary>Gets the comparison histogram heading.</summary>
    public abstract string ComparisonScoreHeading { get; }

    /// <summary>Gets the comparison histogram's accessible label.</summary>
    public abstract string ComparisonScoreChart { get; }

    /// <summary>Gets the comparison load heading.</summary>
    public abstract string ComparisonLoadHeading { get; }

    /// <summary>Gets the comparison load note.</summary>
    public abstract string ComparisonLoadNote { get; }

    /// <summary>Gets the comparison load chart's accessible label.</summary>
    public abstract string ComparisonLoadChart { get; }

    /// <summary>Gets the comparison group heading.</summary>
    public abstract string ComparisonGroupHeading { get; }

    /// <summary>Gets the capacity legend.</summary>
    public abstract string CapacityWord { get; }

    /// <summary>Gets the pairs axis.</summary>
    public abstract string PairsWord { get; }

    /// <summary>Gets the mentees axis.</summary>
    public abstract string MenteesWord { get; }

    /// <summary>Gets the score axis.</summary>
    public abstract string ScoreWord { get; }

    /// <summary>Gets the words before the output folder.</summary>
    public abstract string WrittenTo { get; }

    /// <summary>Gets the reason when no criterion stands out.</summary>
    public abstract string BestAvailable { get; }

    /// <summary>Gets the weakness when both gave availability and none overlaps.</summary>
    public abstract string NoSharedTime { get; }

    /// <summary>Gets the weakness when no goal is shared.</summary>
    public abstract string NoSharedGoal { get; }

    /// <summary>Gets the weakness when no meeting format is shared.</summary>
    public abstract string NoSharedFormat { get; }

    /// <summary>Gets the weakness when the frequencies differ.</summary>
    public abstract string DifferentFrequency { get; }

    /// <summary>Gets the weakness when there is no career gap.</summary>
    public abstract string SameCareerLevel { get; }

    /// <summary>Gets the start of the main weakness.</summary>
    public abstract string WeaknessPrefix { get; }

    /// <summary>Gets the reason for an honored affinity preference.</summary>
    public abstract string AffinityHonored { get; }

    /// <summary>Gets the reason for different departments.</summary>
    public abstract string CrossDepartment { get; }

    /// <summary>Gets the reason for the same department.</summary>
    public abstract string SameDepartment { get; }

    /// <summary>Says &quot;3 of 5&quot;.</summary>
    /// <param name="part">The part.</param>
    /// <param name="total">The whole.</param>
    /// <returns>The text.</returns>
    public abstract string PartOf(int part, int total);

    /// <summary>Explain: the pair is matched.</summary>
    /// <param name="score">The score, formatted.</param>
    /// <returns>The text.</returns>
    public abstract string MatchedVerdict(string score);

    /// <summary>Explain: a hard rule forbids the pair.</summary>
    /// <param name="reason">The rule.</param>
    /// <returns>The text.</returns>
    public abstract string NotAllowedVerdict(string reason);

    /// <summary>Explain: the pair was not chosen.</summary>
    /// <param name="score">The pair's score, formatted.</param>
    /// <param name="now">Where the mentee is now.</param>
    /// <param name="cost">What forcing the pair costs.</param>
    /// <returns>The text.</returns>
    public abstract string NotChosenVerdict(string score, string now, string cost);

    /// <summary>Explain: the mentee's current mentor.</summary>
    /// <param name="mentor">The mentor's name.</param>
    /// <param name="score">The score, formatted.</param>
    /// <returns>The text.</returns>
    public abstract string MenteeMatchedWith(string mentor, string score);

    /// <summary>Explain: forcing the pair leaves mentees unmatched.</summary>
    /// <param name="more">How many more.</param>
    /// <returns>The text.</returns>
    public abstract string ForcingLeavesUnmatched(int more);

    /// <summary>Explain: forcing the pair lowers the total.</summary>
    /// <param name="points">The loss, formatted.</param>
    /// <returns>The text.</returns>
    public abstract string ForcingLowersTotal(string points);

    /// <summary>Explain: how points and the total are formed.</summary>
    /// <param name="weightSum">The sum of the counted weights, formatted.</param>
    /// <returns>The text.</returns>
    public abstract string PointsFormula(string weightSum);

    /// <summary>Reason: the pair shares languages.</summary>
    /// <param name="languages">The languages, joined.</param>
    /// <returns>The text.</returns>
    public abstract string BothSpeak(string languages);

    /// <summary>Summary: a language every participant speaks (so no reason repeats it).</summary>
    /// <param name="languages">The languages, joined.</param>
    /// <returns>The text.</returns>
    public abstract string EveryoneSpeaks(string languages);

    /// <summary>Reason: shared skills.</summary>
    /// <param name="shared">How many are offered.</param>
    /// <param name="wanted">How many are wanted.</param>
    /// <param name="skills">The skills, joined.</param>
    /// <returns>The text.</returns>
    public abstract string SkillsOffered(int shared, int wanted, string skills);

    /// <summary>Weakness: few wanted skills are offered.</summary>
    /// <param name="shared">How many are offered.</param>
    /// <param name="wanted">How many are wanted.</param>
    /// <returns>The text.</returns>
    public abstract string FewSkills(int shared, int wanted);

    /// <summary>Reason: shared goals.</summary>
    /// <param name="goals">The goals, joined.</param>
    /// <returns>The text.</returns>
    public abstract string SupportsGoal(string goals);

    /// <summary>Reason: hours of weekly overlap.</summary>
    /// <param name="hours">The hours, formatted.</param>
    /// <returns>The text.</returns>
    public abstract string WeeklyOverlap(string hours);

    /// <summary>Weakness: little weekly overlap.</summary>
    /// <param name="hours">The hours, formatted.</param>
    /// <returns>The text.</returns>
    public abstract string LittleOverlap(string hours);

    /// <summary>Reason: the career gap.</summary>
    /// <param name="gap">The gap in levels.</param>
    /// <param name="reverse">Whether mentoring is reversed.</param>
    /// <returns>The text.</returns>
    public abstract string CareerAhead(int gap, bool reverse);

    /// <summary>Reason: shared meeting formats.</summary>
    /// <param name="formats">The formats, joined.</param>
    /// <returns>The text.</returns>
    public abstract string BothPrefer(string formats);

    /// <summary>Reason: the same meeting frequency.</summary>
    /// <param name="frequency">The frequency as stored (weekly, biweekly, ...).</param>
    /// <returns>The text.</returns>
    public abstract string BothMeet(string frequency);

    /// <summary>Says how many mentors (an axis of compare's chart).</summary>
    /// <param name="count">How many.</param>
    /// <returns>The text.</returns>
    public abstract string MentorsCount(int count);

    /// <summary>The summary line of validate.</summary>
    /// <param name="usable">Usable participants.</param>
    /// <param name="rejected">Rejected rows.</param>
    /// <param name="errors">Errors.</param>
    /// <param name="warnings">Warnings.</param>
    /// <returns>The text.</returns>
    public abstract string ValidateSummary(int usable, int rejected, int errors, int warnings);

    /// <summary>The validate warning for an incomplete profile.</summary>
    /// <param name="id">The participant's id.</param>
    /// <param name="missing">The missing fields, joined.</param>
    /// <returns>The text.</returns>
    public abstract string ProfileIncomplete(string id, string missing);

    /// <summary>The title of compare's table.</summary>
    /// <param name="mentees">How many mentees.</param>
    /// <param name="mentors">How many mentors.</param>
    /// <returns>The text.</returns>
    public abstract string StrategiesOn(int mentees, int mentors);

    /// <summary>Reason: the mentee asked for this mentor.</summary>
    /// <param name="rank">The rank, from 1.</param>
    /// <returns>The text.</returns>
    public abstract string PreferenceRank(int rank);
}
