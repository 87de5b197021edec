// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Core.Rounds;

/// <summary>What to do with a pair that was formed in an earlier round.</summary>
public enum RepeatPolicy
{
    /// <summary>Never form it again (the default).</summary>
    Forbid,

    /// <summary>Allow it, at a cost of <see cref="HistoryOptions.RepeatPenalty"/> score points.</summary>
    Penalize,
}

/// <summary>How mentor fatigue is carried into the next round.</summary>
public enum FatigueMode
{
    /// <summary>
    /// A fatigued mentor's second, third, … mentee cost extra score points, growing with the fatigue (the default): load
    /// moves to rested mentors wherever they have room, but nobody is left unmatched for it.
    /// </summary>
    LoadPenalty,

    /// <summary>A fatigued mentor's capacity is lowered by one per round of fatigue: a hard rest, even if mentees stay unmatched.</summary>
    Capacity,
}

/// <summary>How a program's earlier rounds shape the next one.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class HistoryOptions
{
    /// <summary>Gets the default options.</summary>
    public static HistoryOptions Default { get; } = new();

    /// <summary>Gets what happens to a pair of an earlier round (either direction, for peers). Default forbid.</summary>
    public RepeatPolicy Repeats { get; init; } = RepeatPolicy.Forbid;

    /// <summary>Gets the score points a repeated pair costs under <see cref="RepeatPolicy.Penalize"/>. Default 25.</summary>
    public double RepeatPenalty { get; init; } = 25;

    /// <summary>Gets the rating (1–5) at or below which a pair is never proposed again; a "would not continue" too. Default 2.</summary>
    public int BadRating { get; init; } = 2;

    /// <summary>Gets K: a mentor at full load in K consecutive recent rounds is fatigued. Default 2; 0 turns fatigue off.</summary>
    public int FatigueRounds { get; init; } = 2;

    /// <summary>Gets N: after N rounds below full load a mentor's fatigue is gone. Default 1.</summary>
    public int CooldownRounds { get; init; } = 1;

    /// <summary>Gets how fatigue is applied. Default <see cref="FatigueMode.LoadPenalty"/>.</summary>
    public FatigueMode Fatigue { get; init; } = FatigueMode.LoadPenalty;

    /// <summary>Gets the load penalty (score points) per level of fatigue under <see cref="FatigueMode.LoadPenalty"/>. Default 10.</summary>
    public double FatigueLoadPenalty { get; init; } = 10;

    /// <summary>Gets whether mentees left unmatched in the last round(s) are matched first. Default true.</summary>
    public bool PrioritizeUnmatched { get; init; } = true;

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public void Validate()
    {
        if (!double.IsFinite(RepeatPenalty) || RepeatPenalty is < 0 or > 100 || BadRating is < 0 or > 5 || FatigueRounds < 0 || CooldownRounds < 1
            || !double.IsFinite(FatigueLoadPenalty) || FatigueLoadPenalty is < 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(HistoryOptions), "Repeat and fatigue penalties must be 0–100 points, the bad rating 0–5, fatigue rounds ≥ 0 and cool-down rounds ≥ 1.");
        }
    }
}
