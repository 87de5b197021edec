// Copyright (c) Matching contributors. Licensed under the MIT License.

using FsCheck;
using FsCheck.Fluent;

namespace Matching.TestUtils;

/// <summary>
/// Independent checks for stable roommates: validity and blocking pairs of a claimed matching, and an exhaustive search
/// for any stable matching on tiny instances. Uses only the definitions, not the solver.
/// </summary>
public static class RoommatesOracle
{
    /// <summary>The most persons <see cref="AnyStable"/> accepts.</summary>
    public const int MaxPersons = 10;

    /// <summary>
    /// Describes what is wrong with <paramref name="partners"/> as a stable matching for <paramref name="preferences"/>
    /// (not symmetric, a pair that is not mutually acceptable, or a blocking pair), or returns null when it is stable.
    /// A person prefers the first occurrence in its list; a partner that is not mutually acceptable is invalid.
    /// </summary>
    /// <param name="preferences">For each person, the persons it accepts, most preferred first.</param>
    /// <param name="partners">The partner of each person, −1 when single.</param>
    /// <returns>The first problem found, or null.</returns>
    public static string? Problem(int[][] preferences, ReadOnlySpan<int> partners)
    {
        ArgumentNullException.ThrowIfNull(preferences);
        int n = preferences.Length;
        if (partners.Length != n)
        {
            return $"{partners.Length} partners for {n} persons";
        }

        for (int i = 0; i < n; i++)
        {
            int j = partners[i];
            if (j == -1)
            {
                continue;
            }

            if (j < 0 || j >= n || j == i || partners[j] != i)
            {
                return $"person {i} has partner {j}, which is not mutual";
            }

            if (!Acceptable(preferences, i, j))
            {
                return $"pair ({i}, {j}) is not mutually acceptable";
            }
        }

        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                if (partners[i] != j && Acceptable(preferences, i, j) && Prefers(preferences[i], j, partners[i]) && Prefers(preferences[j], i, partners[j]))
                {
                    return $"pair ({i}, {j}) blocks";
                }
            }
        }

        return null;
    }

    /// <summary>Whether any matching (perfect or partial) of the instance is stable, by trying every matching.</summary>
    /// <param name="preferences">For each person, the persons it accepts, most preferred first.</param>
    /// <returns>True when at least one stable matching exists.</returns>
    public static bool AnyStable(int[][] preferences)
    {
        ArgumentNullException.ThrowIfNull(preferences);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(preferences.Length, MaxPersons);
        var partners = new int[preferences.Length];
        Array.Fill(partners, -1);
        return Search(preferences, partners, 0);
    }

    /// <summary>
    /// Random instances with 0–<paramref name="maxPersons"/> persons; each lists a random subset (complete lists
    /// about half of the time) in random order, sometimes with repeats, self entries and unreciprocated entries.
    /// </summary>
    /// <param name="maxPersons">The most persons.</param>
    /// <returns>The arbitrary; lists are printed when a property fails.</returns>
    public static Arbitrary<RoommatesCase> SmallInstances(int maxPersons) =>
        Arb.From(
            from n in Gen.Choose(0, maxPersons)
            from seed in Gen.Choose(0, int.MaxValue - 1)
            select Random(n, seed));

    private static RoommatesCase Random(int n, int seed)
    {
        var random = new Random(seed);
        bool complete = random.Next(2) == 0;
        var lists = new int[n][];
        for (int i = 0; i < n; i++)
        {
            var others = Enumerable.Range(0, n).Where(j => j != i && (complete || random.Next(3) > 0)).ToList();
            var shuffled = others.OrderBy(_ => random.Next()).ToList();
            if (!complete && n > 0 && random.Next(8) == 0)
            {
                shuffled.Add(random.Next(n)); // a repeat or a self entry: must be ignored
            }

            lists[i] = shuffled.ToArray();
        }

        return new RoommatesCase(lists);
    }

    private static bool Search(int[][] preferences, int[] partners, int from)
    {
        int n = preferences.Length;
        int i = from;
        while (i < n && partners[i] != -1)
        {
            i++;
        }

        if (i == n)
        {
            int[] matching = partners.Select(p => p < 0 ? -1 : p).ToArray();
            return Problem(preferences, matching) is null;
        }

        // i stays single, or pairs with a later single person it mutually accepts.
        partners[i] = -2;
        bool found = Search(preferences, partners, i + 1);
        partners[i] = -1;
        if (found)
        {
            return true;
        }

        for (int j = i + 1; j < n && !found; j++)
        {
            if (partners[j] == -1 && Acceptable(preferences, i, j))
            {
                partners[i] = j;
                partners[j] = i;
                found = Search(preferences, partners, i + 1);
                partners[i] = partners[j] = -1;
            }
        }

        return found;
    }

    private static bool Acceptable(int[][] preferences, int i, int j) =>
        i != j && Array.IndexOf(preferences[i], j) >= 0 && Array.IndexOf(preferences[j], i) >= 0;

    // "Single" (−1, or −2 while searching) is worse than any acceptable partner.
    private static bool Prefers(int[] list, int candidate, int current)
    {
        if (current < 0)
        {
            return true;
        }

        return Array.IndexOf(list, candidate) < Array.IndexOf(list, current);
    }
}

/// <summary>A generated stable roommates instance.</summary>
/// <param name="Preferences">For each person, the persons it accepts, most preferred first.</param>
public sealed record RoommatesCase(int[][] Preferences)
{
    /// <inheritdoc />
    public override string ToString() => string.Join(" | ", Preferences.Select((list, i) => $"{i}: {string.Join(",", list)}"));
}
