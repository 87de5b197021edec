// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Reflection;
using Matching.Core;
using Matching.IO.Output;
using Matching.Solvers.Flow;

namespace Matching.IO.Tests;

/// <summary>
/// Tracks the public API of Matching.Core, Matching.IO and Matching.Solvers: every public type and member, listed
/// by reflection, must equal the committed baseline <c>PublicApi.approved.txt</c>, so a change to the API shows up
/// in review. To accept a change, run the test with <c>MATCHING_UPDATE_API_BASELINE=1</c> and commit the file.
/// </summary>
public class PublicApiTests
{
    private const string Baseline = "PublicApi.approved.txt";

    [Fact]
    public void PublicApi_EqualsTheCommittedBaseline()
    {
        string actual = Listing([typeof(MatchingEngine).Assembly, typeof(LetterWriter).Assembly, typeof(FlowNetwork).Assembly]);
        string path = Path.Combine(ProjectFolder(), Baseline);
        if (Environment.GetEnvironmentVariable("MATCHING_UPDATE_API_BASELINE") == "1")
        {
            File.WriteAllText(path, actual);
        }

        string expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        string[] added = [.. actual.Split('\n').Except(expected.Split('\n'))];
        string[] removed = [.. expected.Split('\n').Except(actual.Split('\n'))];
        Assert.True(
            added.Length == 0 && removed.Length == 0,
            $"The public API changed. Added:\n  {string.Join("\n  ", added)}\nRemoved:\n  {string.Join("\n  ", removed)}\nIf intended, run with MATCHING_UPDATE_API_BASELINE=1 and commit {Baseline}.");
        Assert.Contains("Matching.IO.Output.LetterWriter", actual, StringComparison.Ordinal); // the listing is not empty
    }

    private static string Listing(IEnumerable<Assembly> assemblies)
    {
        var lines = new List<string>();
        foreach (Type type in assemblies.SelectMany(a => a.GetExportedTypes()).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            lines.Add($"{Kind(type)} {Name(type)}{Bases(type)}");
            const BindingFlags Flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            var members = new List<string>();
            foreach (MemberInfo member in type.GetMembers(Flags))
            {
                if (Describe(member) is { } text)
                {
                    members.Add("  " + text);
                }
            }

            members.Sort(StringComparer.Ordinal);
            lines.AddRange(members);
        }

        return string.Join("\n", lines) + "\n";
    }

    private static string? Describe(MemberInfo member) => member switch
    {
        ConstructorInfo c when Visible(c) => $"{Access(c)}ctor({Parameters(c)})",
        MethodInfo m when Visible(m) && !m.IsSpecialName && !m.Name.Contains('<', StringComparison.Ordinal) => $"{Access(m)}{(m.IsStatic ? "static " : string.Empty)}{Name(m.ReturnType)} {m.Name}{Generics(m)}({Parameters(m)})",
        MethodInfo m when Visible(m) && m.Name.StartsWith("op_", StringComparison.Ordinal) => $"{Access(m)}operator {m.Name}({Parameters(m)})",
        PropertyInfo p when p.GetMethod is { } get && Visible(get) => $"{Access(get)}{(get.IsStatic ? "static " : string.Empty)}{Name(p.PropertyType)} {p.Name} {{ get;{(p.SetMethod is { } set && Visible(set) ? (set.ReturnParameter.GetRequiredCustomModifiers().Any(t => t.Name == "IsExternalInit") ? " init;" : " set;") : string.Empty)} }}",
        FieldInfo f when (f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly) && !f.IsSpecialName => $"{(f.IsFamily ? "protected " : string.Empty)}{(f.IsLiteral ? "const " : f.IsStatic ? "static " : string.Empty)}{(f.IsInitOnly ? "readonly " : string.Empty)}{Name(f.FieldType)} {f.Name}",
        EventInfo e when e.AddMethod is { } add && Visible(add) => $"event {Name(e.EventHandlerType!)} {e.Name}",
        _ => null,
    };

    private static bool Visible(MethodBase method) => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly;

    private static string Access(MethodBase method) => method.IsPublic ? string.Empty : "protected ";

    private static string Kind(Type type) => type switch
    {
        { IsEnum: true } => "enum",
        { IsInterface: true } => "interface",
        { IsValueType: true } => "struct",
        _ when type.IsSubclassOf(typeof(Delegate)) => "delegate",
        { IsAbstract: true, IsSealed: true } => "static class",
        { IsAbstract: true } => "abstract class",
        { IsSealed: true } => "sealed class",
        _ => "class",
    };

    private static string Bases(Type type)
    {
        var bases = new List<string>();
        if (type.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum) && b != typeof(MulticastDelegate))
        {
            bases.Add(Name(b));
        }

        bases.AddRange(type.GetInterfaces().Where(i => i.IsPublic || i.IsNestedPublic).Select(Name).Order(StringComparer.Ordinal));
        return bases.Count == 0 ? string.Empty : " : " + string.Join(", ", bases);
    }

    private static string Generics(MethodInfo method) =>
        method.IsGenericMethodDefinition ? "<" + string.Join(", ", method.GetGenericArguments().Select(a => a.Name)) + ">" : string.Empty;

    private static string Parameters(MethodBase method) =>
        string.Join(", ", method.GetParameters().Select(p => $"{(p.IsOut ? "out " : p.ParameterType.IsByRef ? "ref " : string.Empty)}{Name(p.ParameterType)} {p.Name}{(p.HasDefaultValue ? " = " + (p.DefaultValue?.ToString() ?? "null") : string.Empty)}"));

    private static string Name(Type type)
    {
        if (type.IsByRef)
        {
            return Name(type.GetElementType()!);
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        string name = type.IsNested ? Name(type.DeclaringType!) + "." + type.Name : (type.Namespace is { } ns ? ns + "." : string.Empty) + type.Name;
        if (type.IsGenericType)
        {
            name = name[..name.IndexOf('`', StringComparison.Ordinal)] + "<" + string.Join(", ", type.GetGenericArguments().Select(Name)) + ">";
        }

        return name;
    }

    private static string ProjectFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Matching.IO.Tests.csproj")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The test runs outside the repository: no Matching.IO.Tests.csproj above " + AppContext.BaseDirectory);
    }
}
