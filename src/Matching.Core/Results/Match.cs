// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Domain;

namespace Matching.Core.Results;

/// <summary>A mentee paired with a mentor, with the reasons.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class Match
{
    internal Match(Participant mentee, Participant mentor, double score, PairExplanation explanation)
    {
        Mentee = mentee;
        Mentor = mentor;
        Score = score;
        Explanation = explanation;
    }

    /// <summary>Gets the mentee.</summary>
    public Participant Mentee { get; }

    /// <summary>Gets the mentor.</summary>
    public Participant Mentor { get; }

    /// <summary>Gets the pair's score from 0 to 100, as optimized (fixed-point, 3 decimals).</summary>
    public double Score { get; }

    /// <summary>Gets the per-criterion breakdown and the reasons in words.</summary>
    public PairExplanation Explanation { get; }

    /// <summary>Returns the pair in short: the mentee's and the mentor's ids and the score (no answers).</summary>
    /// <returns>For example <c>ana → dora (72.5)</c>.</returns>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Mentee.Id} → {Mentor.Id} ({Score:0.0})");
}
