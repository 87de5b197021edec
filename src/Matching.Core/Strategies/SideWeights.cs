// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Scoring;

namespace Matching.Core.Strategies;

/// <summary>
/// How one side (mentees or mentors) weighs the scorer's per-criterion values when it ranks the other side, for the
/// stable strategies and the stability and envy metrics (<see cref="SidePreferences"/>).
/// </summary>
/// <remarks>
/// A side's score of a pair is the weighted mean, 0–100, of the criterion values the scorer computes for that pair
/// (<see cref="WeightedScorer.Score"/>), over the criteria that count for the mentee (affinity and preference are
/// opt-in), plus <see cref="OfferedSkillsUsed"/>: the share of the mentor's offered skills that the mentee wants (the
/// mentor's view of skills, where <see cref="Criterion.Skills"/> is the mentee's). Weights need not sum to anything;
/// 0 leaves a term out. The defaults live in <see cref="MatchingDefaults.MenteeSideWeights"/> and
/// <see cref="MatchingDefaults.MentorSideWeights"/>. Instances are immutable and thread-safe.
/// </remarks>
public sealed record SideWeights
{
    /// <summary>Gets the weight of <see cref="Criterion.Skills"/> (the mentee's wanted skills the mentor offers).</summary>
    public double Skills { get; init; }

    /// <summary>Gets the weight of <see cref="Criterion.Goals"/>.</summary>
    public double Goals { get; init; }

    /// <summary>Gets the weight of <see cref="Criterion.Availability"/>.</summary>
    public double Availability { get; init; }

    /// <summary>Gets the weight of <see cref="Criterion.CareerLevel"/> (the level gap).</summary>
    public double CareerLevel { get; init; }

    /// <summary>Gets the weight of <see cref="Criterion.MeetingFormat"/>.</summary>
    public double MeetingFormat { get; init; }

    /// <summary>Gets the weight of <see cref="Criterion.MeetingFrequency"/>.</summary>
    public double MeetingFrequency { get; init; }

    /// <summary>Gets the weight of <see cref="Criterion.Department"/>.</summary>
    public double Department { get; init; }

    /// <summary>Gets the weight of <see cref="Criterion.Affinity"/> (counts only for mentees who opted in).</summary>
    public double Affinity { get; init; }

    /// <summary>Gets the weight of <see cref="Criterion.Preference"/> (the mentee's own ranking of mentors; counts only for mentees who ranked).</summary>
    public double Preference { get; init; }

    /// <summary>Gets the weight of the share of the mentor's offered skills that the mentee wants (0.5 when either gave none).</summary>
    public double OfferedSkillsUsed { get; init; }

    /// <summary>Returns the weight of <paramref name="criterion"/>.</summary>
    /// <param name="criterion">A criterion.</param>
    /// <returns>Its weight.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The criterion is unknown.</exception>
    public double WeightOf(Criterion criterion) => criterion switch
    {
        Criterion.Skills => Skills,
        Criterion.Goals => Goals,
        Criterion.Availability => Availability,
        Criterion.CareerLevel => CareerLevel,
        Criterion.MeetingFormat => MeetingFormat,
        Criterion.MeetingFrequency => MeetingFrequency,
        Criterion.Department => Department,
        Criterion.Affinity => Affinity,
        Criterion.Preference => Preference,
        _ => throw new ArgumentOutOfRangeException(nameof(criterion), criterion, "Unknown criterion."),
    };

    /// <summary>Throws when a weight is negative or not finite.</summary>
    /// <exception cref="ArgumentException">A weight is negative or not finite.</exception>
    public void Validate()
    {
        foreach (Criterion criterion in Enum.GetValues<Criterion>())
        {
            Check(WeightOf(criterion), criterion.ToString());
        }

        Check(OfferedSkillsUsed, nameof(OfferedSkillsUsed));

        static void Check(double weight, string name)
        {
            if (!double.IsFinite(weight) || weight < 0)
            {
                throw new ArgumentException($"The side weight of {name} must be a finite number ≥ 0, not {weight}.", nameof(weight));
            }
        }
    }
}
