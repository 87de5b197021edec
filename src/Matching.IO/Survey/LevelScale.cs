// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.IO.Survey;

/// <summary>
/// An ordered scale of career levels, most junior first, such as civil-service grades; an answer's level is its index.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class LevelScale
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    /// <summary>Initializes a scale from its steps, most junior first (compared case- and space-insensitively).</summary>
    /// <param name="steps">The steps.</param>
    /// <exception cref="ArgumentNullException"><paramref name="steps"/> is null.</exception>
    public LevelScale(IEnumerable<string> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        Steps = [.. steps];
        for (int i = 0; i < Steps.Count; i++)
        {
            _index.TryAdd(Key(Steps[i]), i);
        }
    }

    /// <summary>Gets the UK civil-service grades: AA &lt; AO &lt; EO &lt; HEO &lt; SEO &lt; G7 &lt; G6 &lt; SCS1 &lt; SCS2 &lt; SCS3 &lt; SCS4.</summary>
    public static LevelScale CivilService { get; } = new(["AA", "AO", "EO", "HEO", "SEO", "G7", "G6", "SCS1", "SCS2", "SCS3", "SCS4"]);

    /// <summary>Gets the steps, most junior first.</summary>
    public IReadOnlyList<string> Steps { get; }

    /// <summary>Returns the level of <paramref name="answer"/> (0 = most junior), or −1 when it is not a step.</summary>
    /// <param name="answer">The answer text.</param>
    public int IndexOf(string answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        string key = Key(answer);
        if (_index.TryGetValue(key, out int level))
        {
            return level;
        }

        // "Grade 7" and "SCS PB1" are common spellings of G7 and SCS1.
        string shortened = key.Replace("grade", "g", StringComparison.Ordinal).Replace("pb", string.Empty, StringComparison.Ordinal);
        return _index.TryGetValue(shortened, out level) ? level : -1;
    }

    private static string Key(string text) =>
        new([.. HeaderInference.Normalize(text).Where(ch => !char.IsWhiteSpace(ch) && ch is not ('-' or '_' or '.'))]);
}
