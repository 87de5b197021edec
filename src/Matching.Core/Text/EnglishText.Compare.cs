// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Core.Text;

/// <summary>The English texts of <c>compare</c>.</summary>
internal sealed partial class EnglishText
{
    public override string LowerQuartileLabel => "Q1";

    public override string UpperQuartileLabel => "Q3";

    public override string MenteeRankLabel => "Mentee rank";

    public override string MenteeRankP90Label => "Mentee rank P90";

    public override string MentorRankLabel => "Mentor rank";

    public override string EnviousLabel => "Envy";

    public override string EnvyPairsLabel => "Envy pairs";

    public override string UtilisationCvLabel => "Use CV";

    public override string CapacityUsedLabel => "Places used";

    public override string IdleMentorsLabel => "Idle mentors";

    public override string DimensionLabel => "Dimension";

    public override string ComparisonGroupsHeading => "By mentee group: match rate / mean score / envy";

    public override string ComparisonLegendHeading => "What the columns mean";

    public override string ComparisonNotesHeading => "Notes";

    public override string ComparisonRanksHeading => "Rank of each mentee's mentor in the mentee's own list";

    public override string ComparisonUtilisationNote => "One panel per strategy: grey = a mentor's places, colour = its mentees (mentors sorted by capacity).";

    public override string YesWord => "yes";

    public override string NoWord => "no";

    public override string NoneGroupLabel => "(none)";

    public override string PooledGroupLabel => "(other, small groups pooled)";

    public override string LegendMatched => "Matched / Share: mentees who got a mentor, and their share of all mentees.";

    public override string LegendScores => "Total, Mean, Q1, Median, Q3, Min.: the pair scores (0–100) of the matched pairs; quartiles by MathNet (R-8).";

    public override string LegendTop => "Top-1 / Top-3: share of all mentees whose mentor is their first choice / among their first three, in the mentee's own ranking (what the mentee asked for: wanted skills, goals, their own choices, format, frequency, hours).";

    public override string LegendRanks => "Mentee rank: mean rank of each matched mentee's mentor in the mentee's own list (1 = first choice; equally liked mentors share a rank); P90: 90 % of mentees have a rank at most this. Mentor rank: per mentor, the mean rank of its mentees in the mentor's own list (what it offers: its skills the mentee wants, the level gap, hours, format, frequency), averaged over mentors.";

    public override string LegendBlocking => "Blocking pairs: a mentee and a mentor, not paired, who would both rather be together — the mentee is unmatched or prefers this mentor, and the mentor has a free place or prefers this mentee to one of its own — counted with each side's own preferences (the same ones the stable strategies use). A stable matching has none.";

    public override string LegendEnvy => "Envy: mentees who would rather have another mentee's mentor (by their own ranking, and the pair is allowed); Envy pairs: such (mentee, other mentee) pairs.";

    public override string LegendLoad => "Load Gini: Gini coefficient of each mentor's load ÷ capacity (0 = every mentor uses the same share of its places; higher = some full, some idle). Use CV: the coefficient of variation of the same shares. Places used: all mentees placed ÷ all places. Idle mentors: mentors with places and no mentee.";

    public override string LegendTime => "Time (ms): the strategy's own run time, scoring excluded; it varies from run to run.";

    public override string LegendGroups(int minimumSize) => $"Groups: mentees by department, career level, time-zone region and affinity opt-in (never the identity itself), where the data has them; groups of fewer than {minimumSize} mentees are pooled, and left out if the pool is still smaller.";

    public override string LegendRandom(int seeds, double level) => $"random: the table shows the first seed's matching; the interval row gives the mean over {seeds} seeds ± the half-width of its {level * 100:0} % Student-t confidence interval.";

    public override string RandomSeedsHeading(int seeds, double level) => $"random over {seeds} seeds: mean ± {level * 100:0} % confidence interval";

    public override string NoteSidesCoincide => "stable equals greedy here, and why: on this data each mentee's own ranking and each mentor's own ranking order every partner exactly as the pair score does. When both sides rank by one common number, the only stable matching is the one that repeatedly takes the best remaining pair — the greedy matching. stable adds nothing new on this program.";

    public override string NoteSidesDiffer => "stable uses each side's own preferences (mentees: what they asked for; mentors: what they offer and stated), which differ from the pair score here, so stable can differ from greedy.";

    public override string NoteIdentical(string strategies) => $"Identical matchings: {strategies} paired everyone the same way.";

    public override string NoteLoadsIdentical(int places) => $"Every strategy gives every mentor the same load (all {places} places are used whenever enough mentees can take them), so the load columns cannot separate the strategies here; envy and ranks can.";

    public override string SeedsMeanLabel => "seeds-mean";

    public override string SeedsLowLabel => "seeds-ci-low";

    public override string SeedsHighLabel => "seeds-ci-high";

    public override string NoteLabel => "Note";

    public override string DimensionName(Matching.Core.Strategies.GroupDimension dimension) => dimension switch { Matching.Core.Strategies.GroupDimension.CareerLevel => "career level", Matching.Core.Strategies.GroupDimension.TimeZoneRegion => "time-zone region", Matching.Core.Strategies.GroupDimension.AffinityOptIn => "affinity opt-in", _ => "department" };
}
