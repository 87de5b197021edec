// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Domain;
using Matching.Core.Results;
using Matching.Core.Scoring;
using Matching.TestUtils;

namespace Matching.Core.Tests;

public class ExplainerTests
{
    [Fact]
    public void Reasons_NameTheMainWeakness_FewWantedSkills()
    {
        Participant[] people =
        [
            People.Mentee("a", wants: ["Python", "SQL", "Cloud"], goals: ["Leadership"]),
            People.Mentor("b", offers: ["Python"], goals: ["Leadership"]),
        ];

        PairExplanation english = new Explainer(people, new WeightedScorer(people)).Explain(0, 1);
        PairExplanation german = new Explainer(people, new WeightedScorer(people), ExplanationLanguage.German).Explain(0, 1);

        Assert.Equal("main weakness: only 1 of 3 wanted skills", english.Reasons[^1]);
        Assert.Equal("größte Schwäche: nur 1 von 3 gewünschten Kompetenzen", german.Reasons[^1]);
        Assert.Contains("mentor supports the goal Leadership", english.Reasons);
    }

    [Fact]
    public void Reasons_NoSharedTime_WhenBothGaveAvailabilityWithoutOverlap()
    {
        Participant[] people =
        [
            People.Mentee("a", wants: ["Python"], availability: WeeklyAvailability.None.WithHours(10, 4)),
            People.Mentor("b", offers: ["Python"], availability: WeeklyAvailability.None.WithHours(50, 4)),
        ];

        PairExplanation english = new Explainer(people, new WeightedScorer(people)).Explain(0, 1);
        PairExplanation german = new Explainer(people, new WeightedScorer(people), ExplanationLanguage.German).Explain(0, 1);

        Assert.Equal(0, english.Contributions.Single(c => c.Criterion == Criterion.Availability).Value);
        Assert.Equal("main weakness: no shared time", english.Reasons[^1]);
        Assert.Equal("größte Schwäche: keine gemeinsame Zeit", german.Reasons[^1]);
        Assert.DoesNotContain(english.Reasons, r => r.Contains("0 h weekly overlap", StringComparison.Ordinal));
    }

    [Fact]
    public void Reasons_AStrongPair_HasNoWeakness()
    {
        Participant[] people =
        [
            People.Mentee("a", wants: ["Python"], availability: WeeklyAvailability.None.WithHours(10, 4)),
            People.Mentor("b", offers: ["Python"], availability: WeeklyAvailability.None.WithHours(10, 4)),
        ];

        PairExplanation explanation = new Explainer(people, new WeightedScorer(people)).Explain(0, 1);

        Assert.DoesNotContain(explanation.Reasons, r => r.StartsWith("main weakness", StringComparison.Ordinal));
        Assert.Contains("mentor offers 1 of 1 wanted skills (Python)", explanation.Reasons);
    }

    [Fact]
    public void Reasons_ALanguageEveryoneSpeaks_IsSaidOnceNotInEveryPair()
    {
        Participant[] people =
        [
            People.Mentee("a", wants: ["Python"], languages: ["English", "German"]),
            People.Mentee("c", wants: ["SQL"], languages: ["English"]),
            People.Mentor("b", offers: ["Python"], languages: ["English", "German"]),
            People.Mentor("d", offers: ["SQL"], languages: ["English"]),
        ];
        var explainer = new Explainer(people, new WeightedScorer(people));

        PairExplanation both = explainer.Explain(0, 2);
        PairExplanation englishOnly = explainer.Explain(1, 3);

        Assert.Equal(["English"], explainer.CommonLanguages);
        Assert.Equal("everyone speaks English", explainer.CommonLanguagesSentence());
        Assert.Equal("both speak German", both.Reasons[0]); // German tells this pair apart; English does not
        Assert.DoesNotContain(both.Reasons.Concat(englishOnly.Reasons), r => r.Contains("English", StringComparison.Ordinal));
        Assert.Equal("alle sprechen Englisch", new Explainer(people, new WeightedScorer(people), ExplanationLanguage.German).CommonLanguagesSentence());
    }

    [Fact]
    public void Points_AreValueTimesWeightOverTheCountedWeights_AndSumToTheScore()
    {
        Participant[] people =
        [
            People.Mentee("a", wants: ["Python", "SQL", "Cloud"], goals: ["Leadership", "Sales"], level: 1, availability: WeeklyAvailability.None.WithHours(10, 6)),
            People.Mentor("b", offers: ["Python", "SQL"], goals: ["Sales"], level: 3, availability: WeeklyAvailability.None.WithHours(12, 2)),
        ];

        PairExplanation explanation = new Explainer(people, new WeightedScorer(people)).Explain(0, 1);

        double weights = explanation.Contributions.Sum(c => c.Weight);
        Assert.All(explanation.Contributions, c => Assert.Equal(c.Value * c.Weight / weights * 100, c.Points, 9));
        Assert.Equal(explanation.Score, explanation.Contributions.Sum(c => c.Points), 6);
    }
}
