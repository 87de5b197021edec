// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Text.Json;
using Matching.Solvers.Stable;

namespace Matching.Solvers.Tests.Stable;

public class GaleShapleyTests
{
    private static readonly string DataFolder = Path.Combine(AppContext.BaseDirectory, "TestData", "matching_lib");

    public static TheoryData<string> HospitalResidentIds => ["hr_readme", "hr_issue_67", "hr_resident_loses_all", "nrmp_run_a_match_5x3"];

    [Fact]
    public void ResidentsPropose_HandWorkedExample_IsResidentOptimal()
    {
        // Residents r0, r1, r2; hospitals h0 (capacity 1), h1 (capacity 2).
        //   r0: h0 > h1     h0: r1 > r0 > r2
        //   r1: h0 > h1     h1: r0 > r2 > r1
        //   r2: h0 > h1
        // Residents propose: h0 holds r1 (its best), r0 and r2 go to h1.
        // Hospitals propose: h0 → r1 (accepts); h1 → r0, r2 (both accept). Same matching: it is the unique stable one.
        int[][] residents = [[0, 1], [0, 1], [0, 1]];
        int[][] hospitals = [[1, 0, 2], [0, 2, 1]];
        int[] capacity = [1, 2];

        Assert.Equal([1, 0, 1], GaleShapley.ResidentsPropose(residents, hospitals, capacity));
        Assert.Equal([1, 0, 1], GaleShapley.HospitalsPropose(residents, hospitals, capacity));
    }

    [Fact]
    public void Solve_TwoStableMatchings_EachSideGetsItsOptimum()
    {
        //   r0: h0 > h1     h0: r1 > r0
        //   r1: h1 > h0     h1: r0 > r1
        // Stable matchings: {r0–h0, r1–h1} (residents' first choices) and {r0–h1, r1–h0} (hospitals' first choices).
        int[][] residents = [[0, 1], [1, 0]];
        int[][] hospitals = [[1, 0], [0, 1]];

        Assert.Equal([0, 1], GaleShapley.ResidentsPropose(residents, hospitals, [1, 1]));
        Assert.Equal([1, 0], GaleShapley.HospitalsPropose(residents, hospitals, [1, 1]));
    }

    [Fact]
    public void Solve_EmptyAndZeroCapacity_LeavesEveryoneUnmatched()
    {
        Assert.Empty(GaleShapley.ResidentsPropose([], [], []));
        Assert.Equal([-1, -1], GaleShapley.ResidentsPropose([[0], [0]], [[0, 1]], [0]));
        Assert.Equal([-1, -1], GaleShapley.HospitalsPropose([[0], [0]], [[0, 1]], [0]));
        Assert.Equal([-1], GaleShapley.ResidentsPropose([[]], [[0]], [1]));
    }

    [Fact]
    public void Solve_InvalidArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => GaleShapley.ResidentsPropose(null!, [], []));
        Assert.Throws<ArgumentException>(() => GaleShapley.ResidentsPropose([[0]], [[0]], [1, 1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => GaleShapley.ResidentsPropose([[1]], [[0]], [1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => GaleShapley.HospitalsPropose([[0]], [[3]], [1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => GaleShapley.HospitalsPropose([[0]], [[0]], [-1]));
    }

    [Fact]
    public void Solve_Cancelled_Throws()
    {
        int n = 300;
        int[][] residents = [.. Enumerable.Range(0, n).Select(_ => Enumerable.Range(0, n).ToArray())];
        int[][] hospitals = [.. Enumerable.Range(0, n).Select(_ => Enumerable.Range(0, n).ToArray())];
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => GaleShapley.ResidentsPropose(residents, hospitals, new int[n].Select(_ => 1).ToArray(), cancelled.Token));
    }

    [Theory]
    [MemberData(nameof(HospitalResidentIds))]
    public void ResidentsPropose_PublishedInstances_ReproducesResidentOptimalAnswer(string id)
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(Path.Combine(DataFolder, "hospital_resident.json")));
        JsonElement instance = document.RootElement.EnumerateArray().Single(e => e.GetProperty("id").GetString() == id);
        var instanceData = Named.Read(instance);

        int[] hospitalOf = GaleShapley.ResidentsPropose(instanceData.ResidentPrefs, instanceData.HospitalPrefs, instanceData.Capacities);

        var expected = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (JsonProperty hospital in instance.GetProperty("expected_resident_optimal").EnumerateObject())
        {
            foreach (JsonElement resident in hospital.Value.EnumerateArray())
            {
                expected[resident.GetString()!] = hospital.Name;
            }
        }

        var actual = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int r = 0; r < hospitalOf.Length; r++)
        {
            if (hospitalOf[r] >= 0)
            {
                actual[instanceData.Residents[r]] = instanceData.Hospitals[hospitalOf[r]];
            }
        }

        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), actual.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(0, CountBlockingPairs(instanceData.ResidentPrefs, instanceData.HospitalPrefs, instanceData.Capacities, hospitalOf));
    }

    [Fact]
    public void Solve_NrmpExample_BothSidesGiveTheUniqueStableMatching()
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(Path.Combine(DataFolder, "hospital_resident.json")));
        var nrmp = Named.Read(document.RootElement.EnumerateArray().Single(e => e.GetProperty("id").GetString() == "nrmp_run_a_match_5x3"));

        Assert.Equal(
            GaleShapley.ResidentsPropose(nrmp.ResidentPrefs, nrmp.HospitalPrefs, nrmp.Capacities),
            GaleShapley.HospitalsPropose(nrmp.ResidentPrefs, nrmp.HospitalPrefs, nrmp.Capacities));
    }

    [Fact]
    public void Solve_Issue159DirtyLists_DoesNotCrashAndGivesTheDerived37Pairs()
    {
        // 100 residents × 50 hospitals of capacity 1; lists are not reciprocal and some are empty.
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(Path.Combine(DataFolder, "hr_issue_159.json")));
        using JsonDocument answer = JsonDocument.Parse(File.ReadAllText(Path.Combine(DataFolder, "hr_issue_159_derived_answer.json")));
        int[][] residents = IntLists(document.RootElement.GetProperty("residents"));
        int[][] hospitals = IntLists(document.RootElement.GetProperty("hospitals"));
        int[] capacity = [.. hospitals.Select(_ => 1)];
        var expected = answer.RootElement.GetProperty("resident_optimal_after_cleaning").EnumerateObject()
            .ToDictionary(p => int.Parse(p.Name, System.Globalization.CultureInfo.InvariantCulture), p => int.Parse(p.Value.GetString()!, System.Globalization.CultureInfo.InvariantCulture));

        int[] residentOptimal = GaleShapley.ResidentsPropose(residents, hospitals, capacity);
        int[] hospitalOptimal = GaleShapley.HospitalsPropose(residents, hospitals, capacity);

        Assert.Equal(37, expected.Count);
        // The answer file maps hospital → resident.
        var actual = Enumerable.Range(0, residentOptimal.Length).Where(r => residentOptimal[r] >= 0).ToDictionary(r => residentOptimal[r], r => r);
        Assert.Equal(expected.OrderBy(p => p.Key), actual.OrderBy(p => p.Key));
        Assert.Equal(residentOptimal, hospitalOptimal);
        Assert.Equal(0, CountBlockingPairs(residents, hospitals, capacity, residentOptimal));
    }

    [Fact]
    public void Solve_RandomInstances_IsStableAndProposerOptimalAmongAllStableMatchings()
    {
        Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue - 1)), seed =>
        {
            var (residents, hospitals, capacity) = RandomInstance(seed);
            int[] residentOptimal = GaleShapley.ResidentsPropose(residents, hospitals, capacity);
            int[] hospitalOptimal = GaleShapley.HospitalsPropose(residents, hospitals, capacity);
            List<int[]> stable = AllStableMatchings(residents, hospitals, capacity);

            // Resident-optimal: every resident weakly prefers its partner to its partner in any stable matching;
            // hospital-proposing is resident-pessimal (the lattice's other end, Gusfield–Irving §1.6).
            bool residentBest = stable.All(s => Enumerable.Range(0, residents.Length).All(r => Rank(residents[r], residentOptimal[r]) <= Rank(residents[r], s[r])));
            bool residentWorst = stable.All(s => Enumerable.Range(0, residents.Length).All(r => Rank(residents[r], hospitalOptimal[r]) >= Rank(residents[r], s[r])));
            return CountBlockingPairs(residents, hospitals, capacity, residentOptimal) == 0
                && CountBlockingPairs(residents, hospitals, capacity, hospitalOptimal) == 0
                && Feasible(residents, hospitals, capacity, residentOptimal)
                && Feasible(residents, hospitals, capacity, hospitalOptimal)
                && stable.Any(s => s.SequenceEqual(residentOptimal))
                && stable.Any(s => s.SequenceEqual(hospitalOptimal))
                && residentBest
                && residentWorst;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    /// <summary>Small random instances with partial, non-reciprocal lists; up to 6 residents.</summary>
    private static (int[][] Residents, int[][] Hospitals, int[] Capacity) RandomInstance(int seed)
    {
        var random = new Random(seed);
        int r = random.Next(0, 7);
        int h = random.Next(1, 5);
        int[] Subset(int size)
        {
            int[] all = [.. Enumerable.Range(0, size).Where(_ => random.Next(5) != 0)];
            random.Shuffle(all);
            return all;
        }

        int[][] residents = [.. Enumerable.Range(0, r).Select(_ => Subset(h))];
        int[][] hospitals = [.. Enumerable.Range(0, h).Select(_ => Subset(r))];
        int[] capacity = [.. Enumerable.Range(0, h).Select(_ => random.Next(0, 4))];
        return (residents, hospitals, capacity);
    }

    /// <summary>Brute force: every assignment of residents to mutually acceptable hospitals within capacity, kept if stable.</summary>
    private static List<int[]> AllStableMatchings(int[][] residents, int[][] hospitals, int[] capacity)
    {
        var found = new List<int[]>();
        var hospitalOf = new int[residents.Length];
        var load = new int[hospitals.Length];
        void Recurse(int r)
        {
            if (r == residents.Length)
            {
                if (CountBlockingPairs(residents, hospitals, capacity, hospitalOf) == 0)
                {
                    found.Add((int[])hospitalOf.Clone());
                }

                return;
            }

            hospitalOf[r] = -1;
            Recurse(r + 1);
            foreach (int h in residents[r].Distinct())
            {
                if (hospitals[h].Contains(r) && load[h] < capacity[h])
                {
                    load[h]++;
                    hospitalOf[r] = h;
                    Recurse(r + 1);
                    load[h]--;
                }
            }

            hospitalOf[r] = -1;
        }

        Recurse(0);
        return found;
    }

    private static bool Feasible(int[][] residents, int[][] hospitals, int[] capacity, int[] hospitalOf)
    {
        var load = new int[hospitals.Length];
        for (int r = 0; r < hospitalOf.Length; r++)
        {
            int h = hospitalOf[r];
            if (h >= 0)
            {
                if (!residents[r].Contains(h) || !hospitals[h].Contains(r))
                {
                    return false;
                }

                load[h]++;
            }
        }

        return load.Select((l, h) => l <= capacity[h]).All(ok => ok);
    }

    /// <summary>Mutually acceptable (r, h): r is unmatched or prefers h; h has a free place or prefers r to a resident it has.</summary>
    private static int CountBlockingPairs(int[][] residents, int[][] hospitals, int[] capacity, int[] hospitalOf)
    {
        int count = 0;
        for (int r = 0; r < residents.Length; r++)
        {
            foreach (int h in residents[r].Distinct())
            {
                if (!hospitals[h].Contains(r) || capacity[h] == 0 || Rank(residents[r], h) >= Rank(residents[r], hospitalOf[r]))
                {
                    continue;
                }

                int[] assigned = [.. Enumerable.Range(0, hospitalOf.Length).Where(x => hospitalOf[x] == h)];
                if (assigned.Length < capacity[h] || assigned.Any(x => Rank(hospitals[h], r) < Rank(hospitals[h], x)))
                {
                    count++;
                }
            }
        }

        return count;
    }

    /// <summary>Position of <paramref name="item"/> in <paramref name="list"/>; unmatched (−1) or absent ranks last.</summary>
    private static int Rank(int[] list, int item)
    {
        int index = item < 0 ? -1 : Array.IndexOf(list, item);
        return index < 0 ? int.MaxValue : index;
    }

    private static int[][] IntLists(JsonElement map)
    {
        var lists = new int[map.EnumerateObject().Count()][];
        foreach (JsonProperty entry in map.EnumerateObject())
        {
            lists[int.Parse(entry.Name, System.Globalization.CultureInfo.InvariantCulture)] = [.. entry.Value.EnumerateArray().Select(e => e.GetInt32())];
        }

        return lists;
    }

    /// <summary>A named instance turned into index lists (names in order of first appearance as keys).</summary>
    private sealed record Named(string[] Residents, string[] Hospitals, int[][] ResidentPrefs, int[][] HospitalPrefs, int[] Capacities)
    {
        public static Named Read(JsonElement instance)
        {
            string[] residents = [.. instance.GetProperty("residents").EnumerateObject().Select(p => p.Name)];
            string[] hospitals = [.. instance.GetProperty("hospitals").EnumerateObject().Select(p => p.Name)];
            int[][] residentPrefs = [.. instance.GetProperty("residents").EnumerateObject().Select(p => p.Value.EnumerateArray().Select(e => Array.IndexOf(hospitals, e.GetString())).ToArray())];
            int[][] hospitalPrefs = [.. instance.GetProperty("hospitals").EnumerateObject().Select(p => p.Value.EnumerateArray().Select(e => Array.IndexOf(residents, e.GetString())).ToArray())];
            int[] capacities = [.. hospitals.Select(h => instance.GetProperty("capacities").GetProperty(h).GetInt32())];
            return new Named(residents, hospitals, residentPrefs, hospitalPrefs, capacities);
        }
    }
}
