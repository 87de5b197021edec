// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core;
using Matching.Core.Domain;
using Matching.Core.Problem;
using Matching.Core.Results;
using Matching.Core.Rounds;
using Matching.Core.Scoring;
using Matching.IO.Generation;
using Matching.IO.Survey;

namespace Matching.IO.Tests.Rounds;

/// <summary>A generated program run over three rounds with synthetic feedback, and weights learned from synthetic ratings.</summary>
public class ProgramSimulationTests
{
    private static IReadOnlyList<Participant> Generate(int mentees, int mentors, int seed)
    {
        using var text = new StringWriter();
        new SurveyGenerator { Mentees = mentees, Mentors = mentors, Seed = seed }.Write(text, SurveyStyle.GoogleFormsEnglish);
        SurveyReadResult read = SurveyReader.Read(new StringReader(text.ToString()), new SurveyReadOptions { FileName = "generated.csv" });
        Assert.False(read.HasErrors);
        return read.Participants;
    }

    [Theory]
    [InlineData(7)]
    [InlineData(11)]
    public void ThreeRounds_NoRepeats_NobodyLeftOutWhileACompatibleMentorHadRoom_GiniPerRound(int seed)
    {
        IReadOnlyList<Participant> people = Generate(90, 30, seed);
        MatchingProblem problem = MatchingProblem.Create(people);
        var rounds = new List<PastRound>();
        var plans = new List<RoundPlan>();
        var results = new List<MatchingResult>();
        for (int round = 1; round <= 3; round++)
        {
            RoundPlan plan = RoundHistory.Plan(people, rounds);
            // As 'match run --history' does: the plan through the engine's inputs.
            MatchingOptions options = plan.ToMatchingOptions(MatchingOptions.Default, problem.Mentors.Select(j => problem.Participants[j].Id));
            MatchingResult result = new MatchingEngine(options).Solve(problem);
            Assert.Equal(MatchingStatus.Optimal, result.Status);

            // Synthetic feedback: the rating follows the score; poor pairs would not continue.
            PairFeedback[] feedback = [.. result.Matches.Select(m => new PairFeedback(m.Mentee.Id, m.Mentor.Id, Math.Clamp(1 + (int)(m.Score / 25), 1, 5), m.Score >= 50))];
            PastRound record = RoundFairness.FromResult($"round{round}", result);
            rounds.Add(new PastRound { Name = record.Name, Pairs = record.Pairs, UnmatchedMentees = record.UnmatchedMentees, MentorLoads = record.MentorLoads, Feedback = feedback });
            plans.Add(plan);
            results.Add(result);
        }

        var pairs = results.SelectMany(r => r.Matches.Select(m => (m.Mentee.Id, m.Mentor.Id))).ToList();
        Assert.Equal(pairs.Count, pairs.Distinct().Count());

        var alwaysUnmatched = problem.Mentees.Select(i => problem.Participants[i])
            .Where(p => results.All(r => r.Unmatched.Any(u => u.Side == Roles.Mentee && ReferenceEquals(u.Participant, p))))
            .ToList();
        foreach (Participant mentee in alwaysUnmatched)
        {
            int i = problem.Mentees.Select((index, position) => (index, position)).Single(x => ReferenceEquals(problem.Participants[x.index], mentee)).position;
            for (int r = 0; r < 3; r++)
            {
                foreach (MentorLoad load in results[r].MentorLoads.Where(l => l.Load < plans[r].MentorCapacities.GetValueOrDefault(l.Mentor.Id, l.Capacity)))
                {
                    int j = problem.Mentors.Select((index, position) => (index, position)).Single(x => ReferenceEquals(problem.Participants[x.index], load.Mentor)).position;
                    Assert.True(problem.ScoreOf(i, j) is null || plans[r].Forbids(mentee.Id, load.Mentor.Id), $"{mentee.Id} unmatched in round {r + 1} while {load.Mentor.Id} had room");
                }
            }
        }

        RoundFairness fairness = RoundFairness.Of(people, rounds);
        Assert.Equal(3, fairness.Rounds.Count);
        Assert.All(fairness.Rounds, line => Assert.InRange(line.LoadGini, 0, 1));
        Assert.Empty(fairness.RepeatedPairs);
    }

    [Fact]
    public void Learn_RecoversKnownWeightsFromNoisyRatings_EachWithinTenPercentOfTheTotal()
    {
        IReadOnlyList<Participant> people = Generate(150, 50, 5);
        MatchingProblem problem = MatchingProblem.Create(people);
        var truth = new Dictionary<Criterion, double>
        {
            [Criterion.Skills] = 45, [Criterion.Goals] = 10, [Criterion.Availability] = 20,
            [Criterion.CareerLevel] = 15, [Criterion.MeetingFormat] = 10, [Criterion.MeetingFrequency] = 0,
        };
        var random = new Random(3);
        var feedback = new List<PairFeedback>();
        var values = new double[WeightedScorer.CriterionCount];
        while (feedback.Count < 500)
        {
            int i = random.Next(problem.Mentees.Count);
            int j = random.Next(problem.Mentors.Count);
            if (problem.ScoreOf(i, j) is null)
            {
                continue;
            }

            problem.Scorer.Score(problem.Mentees[i], problem.Mentors[j], values);
            double mean = truth.Sum(t => t.Value * values[(int)t.Key]) / truth.Values.Sum();
            double noise = 0.25 * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            int rating = Math.Clamp((int)Math.Round(1 + (4 * mean) + noise), 1, 5);
            feedback.Add(new PairFeedback(problem.Participants[problem.Mentees[i]].Id, problem.Participants[problem.Mentors[j]].Id, rating, null));
        }

        LearnedWeights learned = WeightLearner.Fit(problem, feedback);

        Assert.Equal(500, learned.Count);
        Assert.True(learned.RSquared > 0.5, $"R² = {learned.RSquared}");
        Assert.True(learned.HeldOutError < 1, $"held-out error {learned.HeldOutError}");
        foreach (var (criterion, weight) in truth)
        {
            double fitted = learned.Weights.GetValueOrDefault(criterion);
            Assert.True(Math.Abs(fitted - weight) <= 10, $"{criterion}: fitted {fitted:0.0}, true {weight}");
        }

        Assert.All(learned.Weights.Where(w => !truth.ContainsKey(w.Key)), w => Assert.InRange(w.Value, 0, 10));
    }

    [Fact]
    public void FeedbackReader_ReadsRatingsAndRejectsBadRowsWithLineAndColumn()
    {
        const string text = "Mentee,Mentor,Rating,Would continue,Comment\nana@x.org,jo@x.org,4,yes,\"lovely, =SUM(A1)\"\nben@x.org,jo@x.org,7,no,\ncy@x.org,,3,,\n";
        var (feedback, diagnostics) = FeedbackReader.Read(new StringReader(text), "feedback.csv");

        PairFeedback only = Assert.Single(feedback);
        Assert.Equal(new PairFeedback("ana@x.org", "jo@x.org", 4, true), only);
        Assert.Equal(2, diagnostics.Count);
        Assert.Contains(diagnostics, d => d.Line == 3 && d.Column == 3 && d.Message.Contains("1 to 5", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Line == 4);
        Assert.DoesNotContain(diagnostics, d => d.ToString().Contains("lovely", StringComparison.Ordinal));
    }
}
