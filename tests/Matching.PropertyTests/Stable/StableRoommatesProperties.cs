// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Solvers.Stable;
using Matching.TestUtils;

namespace Matching.PropertyTests.Stable;

/// <summary>Irving's algorithm against the definition of stability and an exhaustive search.</summary>
public class StableRoommatesProperties
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(1000);

    [Fact]
    public void Solve_RandomSmallInstance_StableWhenFoundAndNoneExistsOtherwise()
    {
        int stable = 0;
        int none = 0;
        Prop.ForAll(RoommatesOracle.SmallInstances(8), instance =>
        {
            StableRoommatesResult result = StableRoommates.Solve(instance.Preferences, TestTime.Limit());
            if (result.Success)
            {
                stable++;
                Assert.Null(RoommatesOracle.Problem(instance.Preferences, result.Partners));
            }
            else
            {
                none++;
                Assert.False(RoommatesOracle.AnyStable(instance.Preferences));
            }
        }).Check(Runs);

        // Both branches must have been exercised, or the property proves little.
        Assert.True(stable > 0 && none > 0, $"{stable} instances with a stable matching, {none} without");
    }

    [Fact]
    public void Solve_SameInstanceTwice_GivesTheSameMatching()
    {
        Prop.ForAll(RoommatesOracle.SmallInstances(8), instance =>
        {
            StableRoommatesResult first = StableRoommates.Solve(instance.Preferences, TestTime.Limit());
            StableRoommatesResult second = StableRoommates.Solve(instance.Preferences, TestTime.Limit());
            Assert.Equal(first.Success, second.Success);
            Assert.Equal(first.Partners.ToArray(), second.Partners.ToArray());
        }).Check(Runs);
    }
}
