// Copyright (c) Matching contributors. Licensed under the MIT License.

// Quickstart: build a program in code (no CSV), match it optimally, and read the explanations.
using Matching.Core;
using Matching.Core.Domain;
using Matching.Core.Problem;
using Matching.Core.Results;
using Matching.Core.Scoring;

static IReadOnlySet<string> Tags(params string[] tags) => new HashSet<string>(tags, StringComparer.OrdinalIgnoreCase);

Participant[] people =
[
    new() { Id = "ana", Name = "Ana", Roles = Roles.Mentee, SkillsWanted = Tags("Python", "SQL"), Languages = Tags("English"), CareerLevel = 1 },
    new() { Id = "ben", Name = "Ben", Roles = Roles.Mentee, SkillsWanted = Tags("Leadership"), Languages = Tags("German"), CareerLevel = 2 },
    new() { Id = "cem", Name = "Cem", Roles = Roles.Mentee, SkillsWanted = Tags("Python"), Languages = Tags("English", "Turkish"), CareerLevel = 0 },
    new() { Id = "dora", Name = "Dora", Roles = Roles.Mentor, Capacity = 2, SkillsOffered = Tags("Python", "SQL", "Cloud"), Languages = Tags("English"), CareerLevel = 3 },
    new() { Id = "emil", Name = "Emil", Roles = Roles.Both, Capacity = 1, SkillsOffered = Tags("Leadership"), SkillsWanted = Tags("Cloud"), Languages = Tags("German", "English"), CareerLevel = 4 },
];

// Score every pair (weights and hard rules are configurable), then solve exactly.
MatchingProblem problem = MatchingProblem.Create(people, new ScoringOptions { SkillsWeight = 50 });
MatchingResult result = new MatchingEngine().Solve(problem);

Console.WriteLine($"Status: {result.Status}, {result.Certificate}");
foreach (Match match in result.Matches)
{
    Console.WriteLine($"{match.Mentee.Name} → {match.Mentor.Name} ({match.Score:0.0}): {string.Join("; ", match.Explanation.Reasons)}");
}

foreach (UnmatchedParticipant unmatched in result.Unmatched)
{
    Console.WriteLine($"{unmatched.Participant.Name} has no {(unmatched.Side == Roles.Mentee ? "mentor" : "mentee")}: {unmatched.Reason}");
}
