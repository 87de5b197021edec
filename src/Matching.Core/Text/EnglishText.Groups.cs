// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;

namespace Matching.Core.Text;

/// <summary>The English texts of group programs.</summary>
internal sealed partial class EnglishText
{
    public override string GroupNoCompatibleMentor => "no mentor is compatible under the hard rules";

    public override string NotPlacedByGreedy => "not placed by the greedy strategy";

    public override string PodsFull => "every pod that could take them is full or would lose its shared time";

    public override string NoCircleOfInterest => "no circle on a wanted skill with a compatible mentor";

    public override string CirclesFull => "every circle of interest is full or would be too small to run";

    public override string QuotaTimeLimit => "the time limit passed before an assignment meeting every quota was found";

    public override string PodSharedHours(int people, int hours) => $"all {people} share {hours} hours a week";

    public override string PodCohesion(double cohesion) =>
        string.Create(CultureInfo.InvariantCulture, $"members alike in goals and wanted skills: {cohesion:0.#} of 100");

    public override string PodNoSharedHours(int hours) => $"no compatible mentor shares {hours} hours a week";

    public override string MentorWithoutPod(int minimumSize) => $"no pod of at least {minimumSize} mentees with shared time could be formed";

    public override string QuotaImpossible(IEnumerable<string> quotas) => "no assignment meets this quota: " + string.Join(", ", quotas);
}
