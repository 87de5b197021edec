// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using Matching.Core.Scoring;

namespace Matching.Core.Text;

/// <summary>The English labels and phrases.</summary>
internal sealed partial class EnglishText
{
    public override CultureInfo Culture => CultureInfo.InvariantCulture;

    public override string CriterionName(Criterion criterion) => criterion switch
    {
        Criterion.Skills => "Skills",
        Criterion.Goals => "Goals",
        Criterion.Availability => "Availability",
        Criterion.CareerLevel => "Career level",
        Criterion.MeetingFormat => "Meeting format",
        Criterion.MeetingFrequency => "Frequency",
        Criterion.Department => "Department",
        Criterion.Affinity => "Affinity",
        Criterion.Preference => "Preference",
        _ => criterion.ToString(),
    };

    public override string Frequency(string frequency) => frequency switch
    {
        "biweekly" => "every two weeks",
        _ => frequency,
    };

    public override string MenteeLabel => "Mentee";

    public override string MenteeEmailLabel => "Mentee email";

    public override string MentorLabel => "Mentor";

    public override string MentorEmailLabel => "Mentor email";

    public override string ScoreLabel => "Score";

    public override string ReasonsLabel => "Reasons";

    public override string NameLabel => "Name";

    public override string EmailLabel => "Email";

    public override string UnmatchedLabel => "Unmatched";

    public override string ReasonLabel => "Reason";

    public override string MenteesLabel => "Mentees";

    public override string CapacityLabel => "Capacity";

    public override string PersonALabel => "Person A";

    public override string PersonAEmailLabel => "Person A email";

    public override string PersonBLabel => "Person B";

    public override string PersonBEmailLabel => "Person B email";

    public override string LineLabel => "Line";

    public override string ProblemsLabel => "Problems";

    public override string RankLabel => "Rank";

    public override string ReportTitle => "Mentoring matches";

    public override string ReportFrom => "From";

    public override string MatchedMenteesLabel => "Matched mentees";

    public override string MeanScoreLabel => "Mean score";

    public override string LowestScoreLabel => "Lowest score";

    public override string MentorPlacesUsedLabel => "Mentor places used";

    public override string OptimalityLabel => "Optimality";

    public override string ProvenWord => "proven";

    public override string NotVerifiedWord => "not verified";

    public override string ScoreDistributionHeading => "Score distribution";

    public override string ScoreDistributionChart => "Number of matches per score band";

    public override string CriteriaHeading => "How well each criterion is met";

    public override string CriteriaChart => "Mean criterion value over all matches";

    public override string MentorLoadHeading => "Mentor load";

    public override string MentorLoadChart => "Mentees per mentor against capacity";

    public override string MatchesHeading => "Matches";

    public override string WhyLabel => "Why";

    public override string NotMatchedHeading => "Not matched";

    public override string SideLabel => "Side";

    public override string CriterionLabel => "Criterion";

    public override string ValueLabel => "Value";

    public override string WeightLabel => "Weight";

    public override string PointsLabel => "Points";

    public override string HonoredWord => "honored";

    public override string TotalLabel => "Total";

    public override string ReasonsPrefix => "Reasons: ";

    public override string MenteeUnmatched => "the mentee is unmatched";

    public override string CannotForce => "this pair cannot be forced without breaking another rule";

    public override string ForcingCostsNothing => "forcing this pair would cost nothing: it ties with the chosen matching";

    public override string StrategyLabel => "Strategy";

    public override string GroupLabel => "Group";

    public override string AllGroup => "(all)";

    public override string MatchedLabel => "Matched";

    public override string ShareLabel => "Share";

    public override string TotalScoreLabel => "Total";

    public override string MeanLabel => "Mean";

    public override string MedianLabel => "Median";

    public override string MinLabel => "Min";

    public override string Top1Label => "Top-1";

    public override string Top3Label => "Top-3";

    public override string BlockingPairsLabel => "Blocking pairs";

    public override string LoadGiniLabel => "Load Gini";

    public override string TimeMsLabel => "Time (ms)";

    public override string DepartmentLabel => "Department";

    public override string ComparisonTitle => "Strategy comparison";

    public override string ComparisonScoreHeading => "Score distribution of matched pairs";

    public override string ComparisonScoreChart => "Histogram of matched pair scores per strategy";

    public override string ComparisonLoadHeading => "Load per mentor";

    public override string ComparisonLoadNote => "Mentors sorted by capacity (grey bars); each line is a strategy's load.";

    public override string ComparisonLoadChart => "Load of every mentor per strategy, against capacity";

    public override string ComparisonGroupHeading => "Match rate / mean score by mentee group";

    public override string CapacityWord => "capacity";

    public override string PairsWord => "pairs";

    public override string MenteesWord => "mentees";

    public override string ScoreWord => "score";

    public override string WrittenTo => "Written to";

    public override string BestAvailable => "the best available option for both";

    public override string NoSharedTime => "no shared time";

    public override string NoSharedGoal => "no shared goal";

    public override string NoSharedFormat => "no shared meeting format";

    public override string DifferentFrequency => "different meeting frequencies";

    public override string SameCareerLevel => "same career level";

    public override string WeaknessPrefix => "main weakness: ";

    public override string AffinityHonored => "an affinity preference was honored";

    public override string CrossDepartment => "different departments (cross-department learning)";

    public override string SameDepartment => "same department";

    public override string PartOf(int part, int total) => $"{part} of {total}";

    public override string MatchedVerdict(string score) => $"Matched, score {score}.";

    public override string NotAllowedVerdict(string reason) => $"Not allowed: {reason}.";

    public override string NotChosenVerdict(string score, string now, string cost) => $"Not chosen (score {score}): {now}; {cost}.";

    public override string MenteeMatchedWith(string mentor, string score) => $"the mentee is matched with {mentor} ({score})";

    public override string ForcingLeavesUnmatched(int more) => $"forcing this pair would leave {more} more mentee(s) unmatched";

    public override string ForcingLowersTotal(string points) => $"forcing this pair would lower the program's total score by {points} points";

    public override string PointsFormula(string weightSum) => $"Points = value × weight ÷ {weightSum} (the sum of the counted weights) × 100; the score is the sum of the points.";

    public override string BothSpeak(string languages) => $"both speak {languages}";

    public override string EveryoneSpeaks(string languages) => $"everyone speaks {languages}";

    public override string SkillsOffered(int shared, int wanted, string skills) => $"mentor offers {shared} of {wanted} wanted skills ({skills})";

    public override string FewSkills(int shared, int wanted) => shared == 0 ? $"none of {wanted} wanted skills" : $"only {shared} of {wanted} wanted skills";

    public override string SupportsGoal(string goals) => $"mentor supports the goal {goals}";

    public override string WeeklyOverlap(string hours) => $"{hours} h weekly overlap";

    public override string LittleOverlap(string hours) => $"only {hours} h weekly overlap";

    public override string CareerAhead(int gap, bool reverse) => (reverse ? "reverse mentoring: mentee is " : "mentor is ") + $"{gap} career level{(gap == 1 ? string.Empty : "s")} ahead";

    public override string BothPrefer(string formats) => $"both prefer {formats}";

    public override string BothMeet(string frequency) => $"both want to meet {Frequency(frequency)}";

    public override string MentorsCount(int count) => $"{count} mentors";

    public override string ValidateSummary(int usable, int rejected, int errors, int warnings) => $"{usable} usable participant(s), {rejected} row(s) rejected, {errors} error(s), {warnings} warning(s).";

    public override string ProfileIncomplete(string id, string missing) => $"warning: {id}: profile incomplete, missing {missing} (matched after complete profiles; see 'match run --incomplete')";

    public override string StrategiesOn(int mentees, int mentors) => $"Strategies on {mentees} mentees, {mentors} mentors";

    public override string PreferenceRank(int rank) => $"the mentee's choice no. {rank}";
}
