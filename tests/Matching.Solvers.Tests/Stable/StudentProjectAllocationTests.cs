// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using System.Text.Json;
using Matching.Solvers.Stable;

namespace Matching.Solvers.Tests.Stable;

public class StudentProjectAllocationTests
{
    [Fact]
    public void StudentOptimal_MatchingLibraryTutorial_ReproducesThePublishedAllocation()
    {
        // Students: name, rank, up to 25 ranked project codes.
        var students = new List<(string Name, int Rank, List<string> Choices)>();
        var everyone = new List<string>();
        using (var reader = TestData.Open("matching_lib_sa_tutorial", "students.csv"))
        {
            reader.ReadLine();
            while (reader.ReadLine() is { } line)
            {
                var cells = line.Split(',');
                everyone.Add(cells[0]);
                var choices = cells.Skip(2).Where(c => c.Length > 0).Distinct().ToList();
                if (choices.Count > 0)
                {
                    students.Add((cells[0], int.Parse(cells[1], CultureInfo.InvariantCulture), choices));
                }
            }
        }

        var projectRows = ReadCsv("projects.csv");
        var supervisorRows = ReadCsv("supervisors.csv");
        var supervisors = supervisorRows.Select(r => r[0]).ToList();
        var projects = projectRows.Select(r => r[0]).ToList();
        int[] projectSupervisor = [.. projectRows.Select(r => supervisors.IndexOf(r[2]))];
        int[] projectCapacity = [.. projectRows.Select(r => int.Parse(r[1], CultureInfo.InvariantCulture))];
        int[] supervisorCapacity = [.. supervisorRows.Select(r => int.Parse(r[1], CultureInfo.InvariantCulture))];
        int[][] studentPrefs = [.. students.Select(s => s.Choices.Select(c => projects.IndexOf(c)).ToArray())];
        var byRank = Enumerable.Range(0, students.Count).OrderBy(s => students[s].Rank).ToArray();
        int[][] supervisorPrefs = [.. Enumerable.Range(0, supervisors.Count).Select(k =>
            byRank.Where(s => studentPrefs[s].Any(p => projectSupervisor[p] == k)).ToArray())];

        using var json = JsonDocument.Parse(TestData.Open("matching_lib_sa_tutorial", "expected_student_optimal.json").ReadToEnd());
        var cleaned = json.RootElement.GetProperty("cleaned_instance");
        Assert.Equal(students.Count, cleaned.GetProperty("student_prefs").EnumerateObject().Count());
        for (int k = 0; k < supervisors.Count; k++)
        {
            var expectedPrefs = cleaned.GetProperty("supervisor_prefs").GetProperty(supervisors[k]).EnumerateArray().Select(e => e.GetString()).ToArray();
            Assert.Equal(expectedPrefs, supervisorPrefs[k].Select(s => students[s].Name));
        }

        int[] projectOf = StudentProjectAllocation.StudentOptimal(studentPrefs, projectSupervisor, projectCapacity, supervisorPrefs, supervisorCapacity);

        var expected = json.RootElement.GetProperty("expected_student_optimal");
        int expectedMatched = 0;
        foreach (var project in expected.EnumerateObject())
        {
            var want = project.Value.EnumerateArray().Select(e => e.GetInt32().ToString(CultureInfo.InvariantCulture)).Order().ToArray();
            int p = projects.IndexOf(project.Name);
            var got = Enumerable.Range(0, students.Count).Where(s => projectOf[s] == p).Select(s => students[s].Name).Order().ToArray();
            Assert.Equal(want, got);
            expectedMatched += want.Length;
        }

        Assert.Equal(93, expectedMatched);
        Assert.Equal(93, projectOf.Count(p => p >= 0));
        var unmatched = json.RootElement.GetProperty("unmatched_students").EnumerateArray().Select(e => e.GetInt32().ToString(CultureInfo.InvariantCulture));
        var matchedNames = Enumerable.Range(0, students.Count).Where(s => projectOf[s] >= 0).Select(s => students[s].Name).ToHashSet();
        Assert.Equal(unmatched.Order(), everyone.Where(name => !matchedNames.Contains(name)).Order());
        Assert.Null(SpaOracle.BlockingPair(studentPrefs, projectSupervisor, projectCapacity, supervisorPrefs, supervisorCapacity, projectOf));
    }

    [Fact]
    public void StudentOptimal_MatchingLibraryDocsExample_ReproducesTheExpectedAllocation()
    {
        using var json = JsonDocument.Parse(TestData.Open("matching_lib", "student_allocation_small.json").ReadToEnd());
        var instance = json.RootElement[0];
        var studentNames = instance.GetProperty("students").EnumerateObject().Select(p => p.Name).ToList();
        var projects = instance.GetProperty("project_supervisor").EnumerateObject().Select(p => p.Name).ToList();
        var supervisors = instance.GetProperty("supervisor_capacity").EnumerateObject().Select(p => p.Name).ToList();
        int[][] studentPrefs = [.. instance.GetProperty("students").EnumerateObject().Select(p => p.Value.EnumerateArray().Select(e => projects.IndexOf(e.GetString()!)).ToArray())];
        int[] projectSupervisor = [.. projects.Select(p => supervisors.IndexOf(instance.GetProperty("project_supervisor").GetProperty(p).GetString()!))];
        int[] projectCapacity = [.. projects.Select(p => instance.GetProperty("project_capacity").GetProperty(p).GetInt32())];
        int[] supervisorCapacity = [.. supervisors.Select(k => instance.GetProperty("supervisor_capacity").GetProperty(k).GetInt32())];
        int[][] supervisorPrefs = [.. supervisors.Select(k => instance.GetProperty("supervisors").GetProperty(k).EnumerateArray().Select(e => studentNames.IndexOf(e.GetString()!)).ToArray())];

        int[] projectOf = StudentProjectAllocation.StudentOptimal(studentPrefs, projectSupervisor, projectCapacity, supervisorPrefs, supervisorCapacity);

        foreach (var project in instance.GetProperty("expected_student_optimal").EnumerateObject())
        {
            var want = project.Value.EnumerateArray().Select(e => e.GetString()).Order();
            int p = projects.IndexOf(project.Name);
            Assert.Equal(want, Enumerable.Range(0, studentNames.Count).Where(s => projectOf[s] == p).Select(s => studentNames[s]).Order());
        }
    }

    [Fact]
    public void StudentOptimal_RandomSmallInstances_StableAndBestForEveryStudentAmongStableMatchings()
    {
        Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            var rng = new Random(seed);
            int s = rng.Next(1, 6), k = rng.Next(1, 3), p = rng.Next(1, 4);
            int[] projectSupervisor = [.. Enumerable.Range(0, p).Select(_ => rng.Next(k))];
            int[] projectCapacity = [.. Enumerable.Range(0, p).Select(_ => rng.Next(0, 3))];
            int[] supervisorCapacity = [.. Enumerable.Range(0, k).Select(_ => rng.Next(0, 4))];
            int[][] studentPrefs = [.. Enumerable.Range(0, s).Select(_ => Enumerable.Range(0, p).Where(_ => rng.Next(4) != 0).OrderBy(_ => rng.Next()).ToArray())];
            int[][] supervisorPrefs = [.. Enumerable.Range(0, k).Select(_ => Enumerable.Range(0, s).Where(_ => rng.Next(5) != 0).OrderBy(_ => rng.Next()).ToArray())];

            int[] projectOf = StudentProjectAllocation.StudentOptimal(studentPrefs, projectSupervisor, projectCapacity, supervisorPrefs, supervisorCapacity);

            Assert.Null(SpaOracle.BlockingPair(studentPrefs, projectSupervisor, projectCapacity, supervisorPrefs, supervisorCapacity, projectOf));
            foreach (var stable in SpaOracle.AllStable(studentPrefs, projectSupervisor, projectCapacity, supervisorPrefs, supervisorCapacity))
            {
                for (int t = 0; t < s; t++)
                {
                    Assert.True(SpaOracle.Position(studentPrefs[t], projectOf[t]) <= SpaOracle.Position(studentPrefs[t], stable[t]));
                }
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    private static List<string[]> ReadCsv(string file)
    {
        using var reader = TestData.Open("matching_lib_sa_tutorial", file);
        reader.ReadLine();
        var rows = new List<string[]>();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            rows.Add(line.Split(','));
        }

        return rows;
    }
}

/// <summary>Stability per Abraham–Irving–Manlove 2007 and brute-force enumeration of stable matchings.</summary>
internal static class SpaOracle
{
    public static int Position(int[] list, int project) => project < 0 ? int.MaxValue : Array.IndexOf(list, project);

    public static string? BlockingPair(int[][] sp, int[] sup, int[] pc, int[][] kp, int[] kc, int[] m)
    {
        int projects = sup.Length;
        bool Acceptable(int s, int p) => sp[s].Contains(p) && kp[sup[p]].Contains(s);
        int Rank(int k, int s) => Array.IndexOf(kp[k], s);
        for (int s = 0; s < sp.Length; s++)
        {
            if (m[s] >= 0 && !Acceptable(s, m[s]))
            {
                return $"student {s} on unacceptable project {m[s]}";
            }
        }

        for (int p = 0; p < projects; p++)
        {
            if (Enumerable.Range(0, m.Length).Count(s => m[s] == p) > pc[p])
            {
                return $"project {p} over capacity";
            }
        }

        for (int k = 0; k < kp.Length; k++)
        {
            if (Enumerable.Range(0, m.Length).Count(s => m[s] >= 0 && sup[m[s]] == k) > kc[k])
            {
                return $"supervisor {k} over capacity";
            }
        }

        for (int s = 0; s < sp.Length; s++)
        {
            foreach (int p in sp[s].Distinct())
            {
                if (!Acceptable(s, p) || Position(sp[s], p) >= Position(sp[s], m[s]))
                {
                    continue;
                }

                int k = sup[p];
                var onP = Enumerable.Range(0, m.Length).Where(t => m[t] == p).ToList();
                var onK = Enumerable.Range(0, m.Length).Where(t => m[t] >= 0 && sup[m[t]] == k).ToList();
                bool blocks = onP.Count < pc[p]
                    ? onK.Count < kc[k] || (m[s] >= 0 && sup[m[s]] == k) || (onK.Count > 0 && Rank(k, s) < onK.Max(t => Rank(k, t)))
                    : onP.Count > 0 && Rank(k, s) < onP.Max(t => Rank(k, t));
                if (blocks)
                {
                    return $"({s}, {p}) blocks";
                }
            }
        }

        return null;
    }

    public static IEnumerable<int[]> AllStable(int[][] sp, int[] sup, int[] pc, int[][] kp, int[] kc)
    {
        int n = sp.Length;
        var m = new int[n];
        Array.Fill(m, -1);
        while (true)
        {
            if (BlockingPair(sp, sup, pc, kp, kc, m) is null)
            {
                yield return (int[])m.Clone();
            }

            int pos = 0;
            while (pos < n && m[pos] == sup.Length - 1)
            {
                m[pos] = -1;
                pos++;
            }

            if (pos == n)
            {
                yield break;
            }

            m[pos]++;
        }
    }
}
