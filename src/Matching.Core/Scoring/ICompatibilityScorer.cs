// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Core.Scoring;

/// <summary>Scores the compatibility of mentee–mentor pairs of one program.</summary>
/// <remarks>Indices refer to the participant list the scorer was built for. Implementations must be thread-safe.</remarks>
public interface ICompatibilityScorer
{
    /// <summary>Returns the hard rule that forbids the pair, or <see cref="BlockReason.None"/>.</summary>
    /// <param name="mentee">Index of the mentee.</param>
    /// <param name="mentor">Index of the mentor.</param>
    BlockReason Check(int mentee, int mentor);

    /// <summary>Scores an allowed pair from 0 (poor) to 100 (ideal) and writes each criterion's value in [0, 1].</summary>
    /// <param name="mentee">Index of the mentee.</param>
    /// <param name="mentor">Index of the mentor.</param>
    /// <param name="criteria">Receives one value per <see cref="Criterion"/>, indexed by its numeric value.</param>
    double Score(int mentee, int mentor, Span<double> criteria);
}
