// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Core.Text;

/// <summary>Labels, legends and notes of <c>compare</c> (the comparison table, CSV and page).</summary>
public abstract partial class TextCatalog
{
    /// <summary>Gets the first-quartile score column of compare.</summary>
    public abstract string LowerQuartileLabel { get; }

    /// <summary>Gets the third-quartile score column of compare.</summary>
    public abstract string UpperQuartileLabel { get; }

    /// <summary>Gets the mean mentee rank column of compare.</summary>
    public abstract string MenteeRankLabel { get; }

    /// <summary>Gets the 90th-percentile mentee rank column of compare.</summary>
    public abstract string MenteeRankP90Label { get; }

    /// <summary>Gets the mean mentor rank column of compare.</summary>
    public abstract string MentorRankLabel { get; }

    /// <summary>Gets the envious mentees column of compare.</summary>
    public abstract string EnviousLabel { get; }

    /// <summary>Gets the envy pairs column of compare.</summary>
    public abstract string EnvyPairsLabel { get; }

    /// <summary>Gets the utilisation coefficient-of-variation column of compare.</summary>
    public abstract string UtilisationCvLabel { get; }

    /// <summary>Gets the share of places used column of compare.</summary>
    public abstract string CapacityUsedLabel { get; }

    /// <summary>Gets the idle mentors column of compare.</summary>
    public abstract string IdleMentorsLabel { get; }

    /// <summary>Gets the group dimension column of compare.</summary>
    public abstract string DimensionLabel { get; }

    /// <summary>Gets the heading of compare's per-group rows.</summary>
    public abstract string ComparisonGroupsHeading { get; }

    /// <summary>Gets the heading of compare's legend.</summary>
    public abstract string ComparisonLegendHeading { get; }

    /// <summary>Gets the heading of compare's notes.</summary>
    public abstract string ComparisonNotesHeading { get; }

    /// <summary>Gets the heading of compare's rank distribution.</summary>
    public abstract string ComparisonRanksHeading { get; }

    /// <summary>Gets the note under compare's load chart.</summary>
    public abstract string ComparisonUtilisationNote { get; }

    /// <summary>Gets the word for yes in a group value.</summary>
    public abstract string YesWord { get; }

    /// <summary>Gets the word for no in a group value.</summary>
    public abstract string NoWord { get; }

    /// <summary>Gets the group of mentees who gave no answer.</summary>
    public abstract string NoneGroupLabel { get; }

    /// <summary>Gets the group pooling the small groups.</summary>
    public abstract string PooledGroupLabel { get; }

    /// <summary>Gets the legend of matched and share.</summary>
    public abstract string LegendMatched { get; }

    /// <summary>Gets the legend of the score columns.</summary>
    public abstract string LegendScores { get; }

    /// <summary>Gets the legend of top-1 and top-3.</summary>
    public abstract string LegendTop { get; }

    /// <summary>Gets the legend of the rank columns.</summary>
    public abstract string LegendRanks { get; }

    /// <summary>Gets the legend of blocking pairs.</summary>
    public abstract string LegendBlocking { get; }

    /// <summary>Gets the legend of envy.</summary>
    public abstract string LegendEnvy { get; }

    /// <summary>Gets the legend of the load columns.</summary>
    public abstract string LegendLoad { get; }

    /// <summary>Gets the legend of the runtime.</summary>
    public abstract string LegendTime { get; }

    /// <summary>Gets the legend of the per-group rows.</summary>
    /// <param name="minimumSize">The minimumSize.</param>
    /// <returns>The text.</returns>
    public abstract string LegendGroups(int minimumSize);

    /// <summary>Gets the legend of the random strategy's interval.</summary>
    /// <param name="seeds">The seeds.</param>
    /// <param name="level">The level.</param>
    /// <returns>The text.</returns>
    public abstract string LegendRandom(int seeds, double level);

    /// <summary>Gets the heading of the random strategy's intervals.</summary>
    /// <param name="seeds">The seeds.</param>
    /// <param name="level">The level.</param>
    /// <returns>The text.</returns>
    public abstract string RandomSeedsHeading(int seeds, double level);

    /// <summary>Gets the note when both sides rank like the pair score.</summary>
    public abstract string NoteSidesCoincide { get; }

    /// <summary>Gets the note when the sides' rankings differ from the pair score.</summary>
    public abstract string NoteSidesDiffer { get; }

    /// <summary>Gets the note naming strategies that gave the same matching.</summary>
    /// <param name="strategies">The strategies.</param>
    /// <returns>The text.</returns>
    public abstract string NoteIdentical(string strategies);

    /// <summary>Gets the note when every strategy gives every mentor the same load.</summary>
    /// <param name="places">The places.</param>
    /// <returns>The text.</returns>
    public abstract string NoteLoadsIdentical(int places);

    /// <summary>Gets the dimension of the random strategy's mean row in comparison.csv.</summary>
    public abstract string SeedsMeanLabel { get; }

    /// <summary>Gets the dimension of the random strategy's lower interval row in comparison.csv.</summary>
    public abstract string SeedsLowLabel { get; }

    /// <summary>Gets the dimension of the random strategy's upper interval row in comparison.csv.</summary>
    public abstract string SeedsHighLabel { get; }

    /// <summary>Gets the note column of comparison.csv.</summary>
    public abstract string NoteLabel { get; }

    /// <summary>Names a group dimension.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <returns>The text.</returns>
    public abstract string DimensionName(Matching.Core.Strategies.GroupDimension dimension);

    /// <summary>A group's value as a reader sees it: the words for no answer, the pooled small groups, yes and no.</summary>
    /// <param name="group">A per-group comparison row.</param>
    /// <returns>The text.</returns>
    public string GroupValue(Matching.Core.Strategies.GroupMetrics group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return group.Group switch
        {
            Matching.Core.Strategies.GroupMetrics.NoneGroup => NoneGroupLabel,
            Matching.Core.Strategies.GroupMetrics.PooledGroup => PooledGroupLabel,
            "yes" when group.Dimension == Matching.Core.Strategies.GroupDimension.AffinityOptIn => YesWord,
            "no" when group.Dimension == Matching.Core.Strategies.GroupDimension.AffinityOptIn => NoWord,
            _ => group.Group,
        };
    }
}
