// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Text.Json;
using Matching.Solvers.Stable;
using Matching.TestUtils;

namespace Matching.Solvers.Tests.Stable;

public class StableRoommatesTests
{
    private static readonly string DataFolder = Path.Combine(AppContext.BaseDirectory, "TestData", "matching_lib");

    [Theory]
    [InlineData("sr_irving_1985_paper")]
    [InlineData("sr_gusfield_irving_size10")]
    [InlineData("sr_issue_64")]
    public void Solve_MatchingLibraryInstance_IsStable(string id)
    {
        (string[] names, int[][] prefs, Dictionary<string, string>? expected) = Read(id);
        Assert.NotNull(expected);
        StableRoommatesResult result = StableRoommates.Solve(prefs);

        Assert.True(result.Success);
        Assert.Null(RoommatesOracle.Problem(prefs, result.Partners));
        Assert.All(result.Partners.ToArray(), p => Assert.True(p >= 0));
    }

    [Theory]
    [InlineData("sr_irving_1985_paper")]
    [InlineData("sr_gusfield_irving_size10")]
    [InlineData("sr_issue_64")]
    public void Solve_MatchingLibraryInstance_ReproducesPublishedAnswer(string id)
    {
        // The library runs Irving's algorithm too; the paper instance has one stable matching, the book instance 7
        // and issue 64 two (counted by brute force by the curators), and our rotation order gives the same answers.
        (string[] names, int[][] prefs, Dictionary<string, string>? expected) = Read(id);
        int[] partners = StableRoommates.Solve(prefs).GetPartnersOrThrow();

        for (int i = 0; i < names.Length; i++)
        {
            Assert.Equal(expected![names[i]], names[partners[i]]);
        }
    }

    [Fact]
    public void Solve_GaleShapleyFourPersons_SaysNoStableMatchingForEveryListOfPlayer4()
    {
        // Gale & Shapley (1962), the roommates example: 1, 2, 3 each rank one another cyclically first and player 4
        // last; whoever is paired with 4 is preferred by someone who prefers them back. Player 4's own list does not
        // matter, so every order is tried. The instance is "sr_gale_shapley_no_stable" in the matching library data.
        (_, int[][] prefs, Dictionary<string, string>? expected) = Read("sr_gale_shapley_no_stable");
        Assert.Null(expected);
        int[][] orders = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]];
        foreach (int[] order in orders)
        {
            prefs[3] = order;
            StableRoommatesResult result = StableRoommates.Solve(prefs);

            Assert.False(result.Success);
            Assert.InRange(result.EmptyListPerson, 0, 3);
            Assert.True(result.Partners.IsEmpty);
            Assert.False(result.TryGetPartners(out _));
            Assert.Throws<InvalidOperationException>(() => result.GetPartnersOrThrow());
            Assert.False(RoommatesOracle.AnyStable(prefs));
        }
    }

    [Fact]
    public void Solve_Empty_ReturnsEmptyMatching()
    {
        StableRoommatesResult result = StableRoommates.Solve([]);

        Assert.True(result.Success);
        Assert.Equal(-1, result.EmptyListPerson);
        Assert.Empty(result.GetPartnersOrThrow());
    }

    [Fact]
    public void Solve_OddCompleteLists_LeavesOnePersonSingle()
    {
        // 0 and 1 rank each other first, so 2 is single and blocks with nobody.
        int[][] prefs = [[1, 2], [0, 2], [0, 1]];

        int[] partners = StableRoommates.Solve(prefs).GetPartnersOrThrow();

        Assert.Equal([1, 0, -1], partners);
    }

    [Fact]
    public void Solve_DirtyLists_IgnoresSelfRepeatsAndUnreciprocatedEntries()
    {
        // 0 lists itself and 1 twice; 2 lists 0 but 0 does not list 2; 3 lists nobody.
        int[][] prefs = [[0, 1, 1], [2, 0], [0, 1], []];

        StableRoommatesResult result = StableRoommates.Solve(prefs);

        Assert.True(result.TryGetPartners(out ReadOnlySpan<int> partners));
        Assert.Null(RoommatesOracle.Problem(prefs, partners));
        Assert.Equal(-1, partners[3]);
    }

    [Fact]
    public void Solve_IncompleteListsFourCycle_PairsMutualFirstChoices()
    {
        // 0↔1 are mutual first choices, 2↔3 too; 0–2 and 1–3 are acceptable but never block.
        int[][] prefs = [[1, 2], [0, 3], [3, 0], [2, 1]];

        Assert.Equal([1, 0, 3, 2], StableRoommates.Solve(prefs).GetPartnersOrThrow());
    }

    [Fact]
    public void Solve_InvalidInput_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => StableRoommates.Solve(null!));
        Assert.Throws<ArgumentNullException>(() => StableRoommates.Solve([[1], null!]));
        Assert.Throws<ArgumentOutOfRangeException>(() => StableRoommates.Solve([[1], [2]]));
        Assert.Throws<ArgumentOutOfRangeException>(() => StableRoommates.Solve([[-1], [0]]));
    }

    [Fact]
    public void Solve_CancelledToken_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        (_, int[][] prefs, _) = Read("sr_gusfield_irving_size10");

        Assert.Throws<OperationCanceledException>(() => StableRoommates.Solve(prefs, cancelled.Token));
    }

    private static (string[] Names, int[][] Prefs, Dictionary<string, string>? Expected) Read(string id)
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(Path.Combine(DataFolder, "stable_roommates.json")));
        JsonElement instance = document.RootElement.EnumerateArray().Single(e => e.GetProperty("id").GetString() == id);
        JsonElement prefs = instance.GetProperty("prefs");
        string[] names = [.. prefs.EnumerateObject().Select(p => p.Name)];
        int[][] lists = [.. prefs.EnumerateObject().Select(p => p.Value.EnumerateArray().Select(e => Array.IndexOf(names, Text(e))).ToArray())];
        JsonElement expected = instance.GetProperty("expected");
        Dictionary<string, string>? answer = expected.ValueKind == JsonValueKind.Null
            ? null
            : expected.EnumerateObject().ToDictionary(p => p.Name, p => Text(p.Value));
        return (names, lists, answer);
    }

    private static string Text(JsonElement e) => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetRawText();
}
