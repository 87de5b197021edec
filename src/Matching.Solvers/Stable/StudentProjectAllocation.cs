// Copyright (c) Matching contributors. Licensed under the MIT License.

// Student–project allocation with two levels of capacity (here: mentees, topic circles, facilitators), the
// student-optimal stable matching.
//
// Reference: D. J. Abraham, R. W. Irving, D. F. Manlove, "Two algorithms for the Student-Project Allocation
// problem", Journal of Discrete Algorithms 5 (2007) 73–90, algorithm SPA-student (Fig. 1).
//
// Input: each student's strict preference list over projects; each project's supervisor and capacity; each
// supervisor's capacity and strict preference list over students. A project's own list L_k^j is its supervisor's
// list restricted to the students who find the project acceptable. A pair (s, p) is acceptable only when s lists p
// and p's supervisor lists s; repeated entries after the first are ignored.
//
// Complexity: O(S·P) memory for the acceptability table, O(L + Σ over "full" events of |L_k|) time, L the total
// length of the students' lists.
//
// Invariants (AIM 2007, Lemmas 1–4): a free student applies to the first project left on its list; an
// over-subscribed project rejects its worst student, an over-subscribed supervisor its worst student; when a
// project (supervisor) is full, every student its list ranks below its worst assignee loses that project (all of
// that supervisor's projects) for good, since no stable matching can pair them. The result is stable and every
// student gets its best project over all stable matchings.
namespace Matching.Solvers.Stable;

/// <summary>
/// The student-optimal stable matching of the student–project allocation problem (SPA-student of Abraham, Irving
/// and Manlove). Students are <c>0..S−1</c>, projects <c>0..P−1</c>, supervisors <c>0..K−1</c>.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class StudentProjectAllocation
{
    /// <summary>Finds the student-optimal stable matching.</summary>
    /// <param name="studentPreferences">For each student, project indices, most preferred first.</param>
    /// <param name="projectSupervisor">For each project, its supervisor.</param>
    /// <param name="projectCapacities">For each project, how many students it takes (≥ 0).</param>
    /// <param name="supervisorPreferences">For each supervisor, student indices, most preferred first.</param>
    /// <param name="supervisorCapacities">For each supervisor, how many students it takes over all its projects (≥ 0).</param>
    /// <returns>For each student, its project, or −1 when unmatched.</returns>
    /// <exception cref="ArgumentNullException">An argument or a list is null.</exception>
    /// <exception cref="ArgumentException">Array lengths disagree.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range, or a capacity is negative.</exception>
    public static int[] StudentOptimal(
        int[][] studentPreferences,
        int[] projectSupervisor,
        int[] projectCapacities,
        int[][] supervisorPreferences,
        int[] supervisorCapacities)
    {
        ArgumentNullException.ThrowIfNull(studentPreferences);
        ArgumentNullException.ThrowIfNull(projectSupervisor);
        ArgumentNullException.ThrowIfNull(projectCapacities);
        ArgumentNullException.ThrowIfNull(supervisorPreferences);
        ArgumentNullException.ThrowIfNull(supervisorCapacities);
        int students = studentPreferences.Length;
        int projects = projectSupervisor.Length;
        int supervisors = supervisorPreferences.Length;
        if (projectCapacities.Length != projects || supervisorCapacities.Length != supervisors)
        {
            throw new ArgumentException("Capacities have one entry per project and per supervisor.");
        }

        for (int p = 0; p < projects; p++)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(projectCapacities[p], nameof(projectCapacities));
            if ((uint)projectSupervisor[p] >= (uint)supervisors)
            {
                throw new ArgumentOutOfRangeException(nameof(projectSupervisor), projectSupervisor[p], "A project's supervisor does not exist.");
            }
        }

        // rank[k][s]: position of student s in supervisor k's list, or int.MaxValue when not listed.
        var rank = new int[supervisors][];
        for (int k = 0; k < supervisors; k++)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(supervisorCapacities[k], nameof(supervisorCapacities));
            ArgumentNullException.ThrowIfNull(supervisorPreferences[k], nameof(supervisorPreferences));
            rank[k] = new int[students];
            Array.Fill(rank[k], int.MaxValue);
            for (int pos = 0; pos < supervisorPreferences[k].Length; pos++)
            {
                int s = supervisorPreferences[k][pos];
                if ((uint)s >= (uint)students)
                {
                    throw new ArgumentOutOfRangeException(nameof(supervisorPreferences), s, "A supervisor lists a student that does not exist.");
                }

                if (rank[k][s] == int.MaxValue)
                {
                    rank[k][s] = pos;
                }
            }
        }

        // Acceptable pairs, and each student's cleaned list (deduplicated, mutually acceptable only).
        var acceptable = new bool[(long)students * projects];
        var lists = new int[students][];
        for (int s = 0; s < students; s++)
        {
            ArgumentNullException.ThrowIfNull(studentPreferences[s], nameof(studentPreferences));
            var list = new List<int>();
            foreach (int p in studentPreferences[s])
            {
                if ((uint)p >= (uint)projects)
                {
                    throw new ArgumentOutOfRangeException(nameof(studentPreferences), p, "A student lists a project that does not exist.");
                }

                long key = ((long)s * projects) + p;
                if (!acceptable[key] && rank[projectSupervisor[p]][s] != int.MaxValue)
                {
                    acceptable[key] = true;
                    list.Add(p);
                }
            }

            lists[s] = [.. list];
        }

        var deleted = new bool[acceptable.Length];
        var next = new int[students];
        var projectOf = new int[students];
        Array.Fill(projectOf, -1);
        var onProject = new List<int>[projects];
        for (int p = 0; p < projects; p++)
        {
            onProject[p] = [];
        }

        var onSupervisor = new List<int>[supervisors];
        var projectsOf = new List<int>[supervisors];
        for (int k = 0; k < supervisors; k++)
        {
            onSupervisor[k] = [];
            projectsOf[k] = [];
        }

        for (int p = 0; p < projects; p++)
        {
            projectsOf[projectSupervisor[p]].Add(p);
        }

        var free = new Stack<int>();
        for (int s = students - 1; s >= 0; s--)
        {
            free.Push(s);
        }

        while (free.Count > 0)
        {
            int s = free.Pop();
            while (next[s] < lists[s].Length && deleted[((long)s * projects) + lists[s][next[s]]])
            {
                next[s]++;
            }

            if (next[s] == lists[s].Length)
            {
                continue; // s has run out of projects and stays unmatched
            }

            int p = lists[s][next[s]];
            int k = projectSupervisor[p];
            projectOf[s] = p;
            onProject[p].Add(s);
            onSupervisor[k].Add(s);

            if (onProject[p].Count > projectCapacities[p])
            {
                Reject(Worst(onProject[p], rank[k]));
            }
            else if (onSupervisor[k].Count > supervisorCapacities[k])
            {
                Reject(Worst(onSupervisor[k], rank[k]));
            }

            if (onProject[p].Count == projectCapacities[p])
            {
                int worstRank = projectCapacities[p] == 0 ? -1 : rank[k][Worst(onProject[p], rank[k])];
                foreach (int t in supervisorPreferences[k].AsSpan(worstRank + 1))
                {
                    deleted[((long)t * projects) + p] = true;
                }
            }

            if (onSupervisor[k].Count == supervisorCapacities[k])
            {
                int worstRank = supervisorCapacities[k] == 0 ? -1 : rank[k][Worst(onSupervisor[k], rank[k])];
                foreach (int t in supervisorPreferences[k].AsSpan(worstRank + 1))
                {
                    foreach (int q in projectsOf[k])
                    {
                        deleted[((long)t * projects) + q] = true;
                    }
                }
            }
        }

        return projectOf;

        void Reject(int r)
        {
            int q = projectOf[r];
            onProject[q].Remove(r);
            onSupervisor[projectSupervisor[q]].Remove(r);
            projectOf[r] = -1;
            free.Push(r);
        }
    }

    private static int Worst(List<int> assigned, int[] rank)
    {
        int worst = assigned[0];
        foreach (int s in assigned)
        {
            if (rank[s] > rank[worst])
            {
                worst = s;
            }
        }

        return worst;
    }
}
