// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Problem;
using Matching.Core.Scoring;

namespace Matching.Core.Results;

/// <summary>The headline figures of a matching, for summaries and reports.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class MatchingSummary
{
    private MatchingSummary()
    {
    }

    /// <summary>Gets the number of participants.</summary>
    public int Participants { get; private init; }

    /// <summary>Gets the number of people who want a mentor.</summary>
    public int Mentees { get; private init; }

    /// <summary>Gets the number of people who mentor.</summary>
    public int Mentors { get; private init; }

    /// <summary>Gets the total mentor capacity.</summary>
    public int MentorPlaces { get; private init; }

    /// <summary>Gets the number of matched mentees.</summary>
    public int Matched { get; private init; }

    /// <summary>Gets the number of mentees without a mentor.</summary>
    public int UnmatchedMentees => Mentees - Matched;

    /// <summary>Gets the number of mentors without a mentee.</summary>
    public int IdleMentors { get; private init; }

    /// <summary>Gets the mean score of the matches (0 without matches).</summary>
    public double MeanScore { get; private init; }

    /// <summary>Gets the median score of the matches (0 without matches).</summary>
    public double MedianScore { get; private init; }

    /// <summary>Gets the lowest score of the matches (0 without matches).</summary>
    public double MinScore { get; private init; }

    /// <summary>Gets the highest score of the matches (0 without matches).</summary>
    public double MaxScore { get; private init; }

    /// <summary>Gets the number of matches per score band: [0,10), [10,20), …, [90,100].</summary>
    public IReadOnlyList<int> ScoreHistogram { get; private init; } = [];

    /// <summary>Gets the mean value of each counted criterion over the matches: how well each is satisfied.</summary>
    public IReadOnlyList<(Criterion Criterion, double MeanValue)> CriteriaSatisfaction { get; private init; } = [];

    /// <summary>Computes the summary of <paramref name="result"/> for <paramref name="problem"/>.</summary>
    /// <param name="problem">The program.</param>
    /// <param name="result">Its matching.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static MatchingSummary From(MatchingProblem problem, MatchingResult result)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(result);
        double[] scores = [.. result.Matches.Select(m => m.Score).Order()];
        var histogram = new int[10];
        foreach (double score in scores)
        {
            histogram[Math.Clamp((int)(score / 10), 0, 9)]++;
        }

        // One pass over the matches gathers every criterion's values, in match order as a pass per criterion would.
        Criterion[] criteria = Enum.GetValues<Criterion>();
        var valuesOf = new List<double>[criteria.Max(c => (int)c) + 1];
        foreach (Criterion criterion in criteria)
        {
            valuesOf[(int)criterion] = [];
        }

        foreach (Match match in result.Matches)
        {
            foreach (CriterionContribution c in match.Explanation.Contributions)
            {
                if (c.Weight > 0 && (uint)c.Criterion < (uint)valuesOf.Length && valuesOf[(int)c.Criterion] is { } values)
                {
                    values.Add(c.Value);
                }
            }
        }

        var satisfaction = new List<(Criterion, double)>();
        foreach (Criterion criterion in criteria)
        {
            List<double> values = valuesOf[(int)criterion];
            if (values.Count > 0)
            {
                satisfaction.Add((criterion, values.Average()));
            }
        }

        return new MatchingSummary
        {
            Participants = problem.Participants.Count,
            Mentees = problem.Mentees.Count,
            Mentors = problem.Mentors.Count,
            MentorPlaces = result.MentorLoads.Sum(l => l.Capacity),
            Matched = result.Matches.Count,
            IdleMentors = result.MentorLoads.Count(l => l.Load == 0),
            MeanScore = scores.Length == 0 ? 0 : scores.Average(),
            MedianScore = scores.Length == 0 ? 0 : scores.Length % 2 == 1 ? scores[scores.Length / 2] : (scores[(scores.Length / 2) - 1] + scores[scores.Length / 2]) / 2,
            MinScore = scores.Length == 0 ? 0 : scores[0],
            MaxScore = scores.Length == 0 ? 0 : scores[^1],
            ScoreHistogram = histogram,
            CriteriaSatisfaction = satisfaction,
        };
    }
}
