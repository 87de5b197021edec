// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Text.RegularExpressions;

namespace Matching.Core.Tests;

/// <summary>
/// The README's library snippets are compiled code: every <c>```csharp</c> block must be a compiled sample's
/// <c>Program.cs</c> (without its license header), so a snippet cannot drift from code that builds and runs.
/// </summary>
public partial class ReadmeSnippetTests
{
    [Fact]
    public void Readme_CSharpSnippets_AreIdenticalToACompiledSample()
    {
        string root = RepositoryRoot();
        string readme = File.ReadAllText(Path.Combine(root, "README.md")).ReplaceLineEndings("\n");
        string[] snippets = [.. CSharpBlock().Matches(readme).Select(m => m.Groups[1].Value)];
        string[] samples = [.. Directory.GetFiles(Path.Combine(root, "samples"), "Program.cs", SearchOption.AllDirectories)
            .Where(f => File.Exists(Path.Combine(Path.GetDirectoryName(f)!, Path.GetFileName(Path.GetDirectoryName(f)!) + ".csproj")))
            .Select(f => WithoutHeader(File.ReadAllText(f).ReplaceLineEndings("\n")))];

        Assert.NotEmpty(snippets);
        Assert.NotEmpty(samples);
        Assert.All(snippets, snippet => Assert.Contains(snippet, samples));
    }

    [Fact]
    public void Readme_Snippet_NamesEveryNamespaceItUses()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).ReplaceLineEndings("\n");
        string snippet = CSharpBlock().Matches(readme).Select(m => m.Groups[1].Value).First(s => s.Contains("MatchingEngine", StringComparison.Ordinal));

        // The types the snippet uses and their namespaces, read from the assembly (not from the text).
        foreach (Type type in new[] { typeof(MatchingEngine), typeof(Core.Problem.MatchingProblem), typeof(Core.Results.MatchingResult), typeof(Core.Domain.Participant), typeof(Core.Scoring.ScoringOptions) })
        {
            Assert.Contains($"using {type.Namespace};\n", snippet, StringComparison.Ordinal);
        }
    }

    private static string WithoutHeader(string program)
    {
        const string Header = "// Copyright (c) Matching contributors. Licensed under the MIT License.\n\n";
        return program.StartsWith(Header, StringComparison.Ordinal) ? program[Header.Length..] : program;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Matching.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The test runs outside the repository: no Matching.sln above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex("^```csharp\n(.*?)^```$", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex CSharpBlock();
}
