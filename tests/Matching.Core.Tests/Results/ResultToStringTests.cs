// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Domain;
using Matching.Core.Models;
using Matching.Core.Problem;
using Matching.Core.Results;

namespace Matching.Core.Tests.Results;

/// <summary>Results print in short, readable form (not as type names) and never with a person's answers.</summary>
public class ResultToStringTests
{
    private static readonly IReadOnlySet<string> Secret = new HashSet<string>(["SecretIdentity"], StringComparer.Ordinal);

    [Fact]
    public void OneToOneResults_PrintShortly_WithoutAnswers()
    {
        Participant[] people =
        [
            new() { Id = "ana", Name = "Ana Lind", Roles = Roles.Mentee, SkillsWanted = Tags("Python"), Identity = Secret, Department = "SecretDepartment" },
            new() { Id = "cem", Name = "Cem Kaya", Roles = Roles.Mentee, SkillsWanted = Tags("Python"), Identity = Secret },
            new() { Id = "dora", Name = "Dora Blum", Roles = Roles.Mentor, Capacity = 1, SkillsOffered = Tags("Python"), Identity = Secret },
        ];

        MatchingResult result = new MatchingEngine().Solve(MatchingProblem.Create(people));
        ProgramResult program = OneToOneModel.FromEngine(result);

        Assert.Equal($"Optimal: 1 matches, 1 unmatched, mean score {result.MeanScore.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)}", result.ToString());
        Match match = Assert.Single(result.Matches);
        Assert.Equal(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{match.Mentee.Id} → dora ({match.Score:0.0})"), match.ToString());
        Assert.StartsWith(match.Mentee.Id == "ana" ? "cem (Mentee): " : "ana (Mentee): ", result.Unmatched[0].ToString(), StringComparison.Ordinal);
        Assert.Equal("dora: 1/1", Assert.Single(result.MentorLoads).ToString());
        Assert.StartsWith("OneToOne optimal Optimal: 1 placements, 1 unmatched, total score ", program.ToString(), StringComparison.Ordinal);
        Assert.StartsWith($"dora → {match.Mentee.Id} (", program.Placements[0].ToString(), StringComparison.Ordinal);

        string printed = string.Join("\n", new object[] { result, match, result.Unmatched[0], result.MentorLoads[0], program, program.Placements[0] }.Select(o => o.ToString()));
        Assert.DoesNotContain("Secret", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("Matching.Core", printed, StringComparison.Ordinal); // not a type name
    }

    [Fact]
    public void PeerPairsAndGroups_PrintIdsAndScore()
    {
        Participant a = new() { Id = "a", Name = "A", Roles = Roles.Both, Identity = Secret };
        Participant b = new() { Id = "b", Name = "B", Roles = Roles.Both };
        Participant c = new() { Id = "c", Name = "C", Roles = Roles.Both };

        Assert.Equal("a – b (50.0)", new PeerPair(a, b, 50, []).ToString());
        Assert.Equal("c: a, b (40.5)", new Group(c, [a, b], 40.5, []).ToString());
        Assert.Equal("circle: a, b, c (40.0)", new Group(null, [a, b, c], 40, []).ToString());
    }

    private static HashSet<string> Tags(params string[] tags) => new(tags, StringComparer.OrdinalIgnoreCase);
}
