// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.OrTools.Pods;

/// <summary>A quota or side constraint on a pod program; its <see cref="Name"/> is what a diagnostic reports.</summary>
/// <param name="Name">Name shown in diagnostics (e.g. the mapping's quota name); no personal data.</param>
public abstract record PodQuota(string Name)
{
    internal virtual void Validate(PodProblem problem)
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            throw new ArgumentException("A quota has a name.");
        }
    }

    /// <summary>Whether an assignment meets the quota.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="mentorOfMentee">Mentor per mentee, −1 = unmatched.</param>
    /// <returns>True when the quota holds.</returns>
    public abstract bool IsMet(PodProblem problem, IReadOnlyList<int> mentorOfMentee);

    internal static void CheckMentees(PodProblem problem, IReadOnlyList<int> mentees, string name)
    {
        ArgumentNullException.ThrowIfNull(mentees);
        if (mentees.Any(i => (uint)i >= (uint)problem.MenteeCount) || mentees.Distinct().Count() != mentees.Count)
        {
            throw new ArgumentException($"Quota '{name}' lists distinct mentee indices in range.");
        }
    }
}

/// <summary>
/// At least <see cref="MinCount"/> mentees of a group, and at least <see cref="MinFraction"/> of them (rounded up),
/// are matched.
/// </summary>
/// <param name="Name">Quota name.</param>
/// <param name="Mentees">The group's mentees.</param>
/// <param name="MinCount">Minimum number matched.</param>
/// <param name="MinFraction">Minimum fraction matched, in <c>[0, 1]</c> (e.g. 0.5 for 50 %).</param>
public sealed record MinMatchedQuota(string Name, IReadOnlyList<int> Mentees, int MinCount = 0, double MinFraction = 0) : PodQuota(Name)
{
    /// <summary>Gets the number of the group's mentees that must be matched.</summary>
    public int Required => Math.Max(MinCount, (int)Math.Ceiling((MinFraction * Mentees.Count) - 1e-9));

    /// <inheritdoc/>
    public override bool IsMet(PodProblem problem, IReadOnlyList<int> mentorOfMentee)
    {
        ArgumentNullException.ThrowIfNull(mentorOfMentee);
        return Mentees.Count(i => mentorOfMentee[i] >= 0) >= Required;
    }

    internal override void Validate(PodProblem problem)
    {
        base.Validate(problem);
        CheckMentees(problem, Mentees, Name);
        if (MinCount < 0 || !(MinFraction >= 0 && MinFraction <= 1))
        {
            throw new ArgumentException($"Quota '{Name}' has MinCount ≥ 0 and MinFraction in [0, 1].");
        }
    }
}

/// <summary>At most <see cref="MaxPerPod"/> mentees of a group (e.g. one department) in any one mentor's pod.</summary>
/// <param name="Name">Quota name.</param>
/// <param name="Mentees">The group's mentees.</param>
/// <param name="MaxPerPod">Maximum members of the group in one pod.</param>
public sealed record MaxPerPodQuota(string Name, IReadOnlyList<int> Mentees, int MaxPerPod) : PodQuota(Name)
{
    /// <inheritdoc/>
    public override bool IsMet(PodProblem problem, IReadOnlyList<int> mentorOfMentee)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(mentorOfMentee);
        var perMentor = new int[problem.MentorCount];
        foreach (int i in Mentees)
        {
            if (mentorOfMentee[i] >= 0 && ++perMentor[mentorOfMentee[i]] > MaxPerPod)
            {
                return false;
            }
        }

        return true;
    }

    internal override void Validate(PodProblem problem)
    {
        base.Validate(problem);
        CheckMentees(problem, Mentees, Name);
        if (MaxPerPod < 0)
        {
            throw new ArgumentException($"Quota '{Name}' has MaxPerPod ≥ 0.");
        }
    }
}

/// <summary>
/// Every listed mentor (null = every mentor with capacity ≥ 1) leads a pod, so gets at least one mentee.
/// </summary>
/// <param name="Name">Quota name.</param>
/// <param name="Mentors">The mentors concerned, or null for every mentor with capacity.</param>
public sealed record EveryMentorServedQuota(string Name, IReadOnlyList<int>? Mentors = null) : PodQuota(Name)
{
    /// <summary>The mentors this quota concerns in <paramref name="problem"/>.</summary>
    /// <param name="problem">The problem.</param>
    /// <returns>Mentor indices.</returns>
    public IReadOnlyList<int> MentorsIn(PodProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return Mentors ?? [.. Enumerable.Range(0, problem.MentorCount).Where(j => problem.Capacity[j] > 0)];
    }

    /// <inheritdoc/>
    public override bool IsMet(PodProblem problem, IReadOnlyList<int> mentorOfMentee)
    {
        ArgumentNullException.ThrowIfNull(mentorOfMentee);
        var served = new HashSet<int>(mentorOfMentee.Where(j => j >= 0));
        return MentorsIn(problem).All(served.Contains);
    }

    internal override void Validate(PodProblem problem)
    {
        base.Validate(problem);
        if (Mentors is not null && (Mentors.Any(j => (uint)j >= (uint)problem.MentorCount) || Mentors.Distinct().Count() != Mentors.Count))
        {
            throw new ArgumentException($"Quota '{Name}' lists distinct mentor indices in range.");
        }
    }
}
