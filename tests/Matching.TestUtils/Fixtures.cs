// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Domain;

namespace Matching.TestUtils;

/// <summary>Small hand-made programs shared by several tests.</summary>
public static class Fixtures
{
    /// <summary>
    /// The classic greedy trap (Together's "automatching" example): m1 fits A best (skills 2/2) but B only a little
    /// worse; m2 fits only A. Greedy pairs m1–A and leaves m2 with B; the optimum pairs m1–B and m2–A.
    /// </summary>
    public static Participant[] GreedyTrap() =>
    [
        People.Mentee("m1", wants: ["Python", "SQL"]),
        People.Mentee("m2", wants: ["Cloud", "Python"]),
        People.Mentor("A", offers: ["Python", "SQL", "Cloud"]),
        People.Mentor("B", offers: ["Python", "SQL"]),
    ];
}
