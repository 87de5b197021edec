// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Core.Text;

/// <summary>The texts of group programs: pods (one mentor with a group of mentees) and topic circles.</summary>
public abstract partial class TextCatalog
{
    /// <summary>Why a pod fits: everyone in it shares <paramref name="hours"/> weekly hours.</summary>
    /// <param name="people">How many people meet (the mentor included).</param>
    /// <param name="hours">Hours a week all of them are free.</param>
    /// <returns>The reason.</returns>
    public abstract string PodSharedHours(int people, int hours);

    /// <summary>Why a pod fits: how alike its mentees are in goals and wanted skills, 0 to 100.</summary>
    /// <param name="cohesion">The mean similarity of the members' pairs.</param>
    /// <returns>The reason.</returns>
    public abstract string PodCohesion(double cohesion);

    /// <summary>Gets the reason of a mentee whom no mentor may take under the hard rules (group programs).</summary>
    public abstract string GroupNoCompatibleMentor { get; }

    /// <summary>Reason: no compatible mentor shares the pod's minimum weekly hours with the mentee.</summary>
    /// <param name="hours">The minimum shared hours a week.</param>
    /// <returns>The reason.</returns>
    public abstract string PodNoSharedHours(int hours);

    /// <summary>Gets the reason of a mentee the greedy strategy left out (group programs).</summary>
    public abstract string NotPlacedByGreedy { get; }

    /// <summary>Gets the reason of a mentee for whom every possible pod is full or would lose its shared time.</summary>
    public abstract string PodsFull { get; }

    /// <summary>Reason of a mentor who leads no pod: no pod of the minimum size with shared time could be formed.</summary>
    /// <param name="minimumSize">The smallest pod, in mentees.</param>
    /// <returns>The reason.</returns>
    public abstract string MentorWithoutPod(int minimumSize);

    /// <summary>Gets the reason of a mentee with no circle on a wanted skill led by a compatible mentor.</summary>
    public abstract string NoCircleOfInterest { get; }

    /// <summary>Gets the reason of a mentee whose circles of interest are full or would be too small to run.</summary>
    public abstract string CirclesFull { get; }

    /// <summary>Gets the message when the time limit ended before an assignment meeting every quota was found.</summary>
    public abstract string QuotaTimeLimit { get; }

    /// <summary>The message when no assignment can meet the named quotas.</summary>
    /// <param name="quotas">The quotas' names.</param>
    /// <returns>The message.</returns>
    public abstract string QuotaImpossible(IEnumerable<string> quotas);
}
