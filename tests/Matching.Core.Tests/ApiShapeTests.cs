// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Reflection;
using Matching.Solvers.Flow;

namespace Matching.Core.Tests;

/// <summary>Checks on the shape of the public API (in the spirit of NodaTime's MutabilityTest).</summary>
public class ApiShapeTests
{
    private static readonly Assembly[] Assemblies = [typeof(MatchingEngine).Assembly, typeof(FlowNetwork).Assembly];

    [Fact]
    public void PublicClasses_AreSealedOrAbstractOrStatic()
    {
        string[] open = [.. Assemblies.SelectMany(a => a.GetExportedTypes())
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract)
            .Select(t => t.FullName!)];

        Assert.Empty(open);
    }

    [Fact]
    public void PublicProperties_NeverExposeMutableArraysOrLists()
    {
        string[] mutable = [.. Assemblies.SelectMany(a => a.GetExportedTypes())
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(p => p.PropertyType.IsArray || (p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(List<>)))
                .Select(p => $"{t.FullName}.{p.Name}"))];

        Assert.Empty(mutable);
    }
}
