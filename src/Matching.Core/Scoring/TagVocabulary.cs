// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Core.Scoring;

/// <summary>
/// Numbers the distinct answers of multi-select questions so that a person's answers become a bitset:
/// set overlap is then an AND and a popcount, with no allocation per pair.
/// </summary>
/// <remarks>Tags compare case-insensitively. Instances are not thread-safe while tags are added.</remarks>
internal sealed class TagVocabulary
{
    private readonly Dictionary<string, int> _index = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<IReadOnlySet<string>> _added = new(ReferenceEqualityComparer.Instance);

    public int Count => _index.Count;

    public int WordCount => Math.Max(1, (Count + 63) / 64);

    public void AddRange(IEnumerable<string> tags)
    {
        // A set shared by many people (survey readers reuse one per distinct answer) is added once.
        if (tags is IReadOnlySet<string> set && !_added.Add(set))
        {
            return;
        }

        foreach (string tag in tags)
        {
            _index.TryAdd(tag, _index.Count);
        }
    }

    /// <summary>Writes the bitset of <paramref name="tags"/> into <paramref name="row"/> (of <see cref="WordCount"/> words).</summary>
    public void Encode(IEnumerable<string> tags, Span<ulong> row)
    {
        foreach (string tag in tags)
        {
            int bit = _index[tag];
            row[bit >> 6] |= 1UL << (bit & 63);
        }
    }
}
