// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Numerics;
using System.Runtime.CompilerServices;

namespace Matching.Core.Scoring;

/// <summary>One bitset row per participant over a shared <see cref="TagVocabulary"/>, stored flat.</summary>
internal sealed class TagMatrix
{
    private readonly ulong[] _bits;
    private readonly int[] _counts;

    public TagMatrix(TagVocabulary vocabulary, IReadOnlyList<IReadOnlySet<string>> rows)
    {
        WordCount = vocabulary.WordCount;
        _bits = new ulong[rows.Count * WordCount];
        _counts = new int[rows.Count];

        // Survey readers share one set between people who gave the same answer: encode each set once.
        var encoded = new Dictionary<IReadOnlySet<string>, int>(ReferenceEqualityComparer.Instance);
        for (int r = 0; r < rows.Count; r++)
        {
            Span<ulong> row = _bits.AsSpan(r * WordCount, WordCount);
            if (encoded.TryGetValue(rows[r], out int first))
            {
                _bits.AsSpan(first * WordCount, WordCount).CopyTo(row);
            }
            else
            {
                vocabulary.Encode(rows[r], row);
                encoded.Add(rows[r], r);
            }

            _counts[r] = rows[r].Count;
        }
    }

    public int WordCount { get; }

    public int CountOf(int row) => _counts[row];

    /// <summary>Gets a row's first 64-bit word (the whole row when <see cref="WordCount"/> is 1).</summary>
    public ulong FirstWord(int row) => _bits[row * WordCount];

    /// <summary>Gets a row's bitset (<see cref="WordCount"/> words).</summary>
    public ReadOnlySpan<ulong> Row(int row) => _bits.AsSpan(row * WordCount, WordCount);

    /// <summary>Counts the tags two rows share; <paramref name="other"/> must use the same vocabulary.</summary>
    /// <remarks>Loop-free for vocabularies of up to 64 tags, so it inlines into the scorer's per-pair code.</remarks>
    public int IntersectCount(int row, TagMatrix other, int otherRow) =>
        WordCount == 1 ? BitOperations.PopCount(_bits[row] & other._bits[otherRow]) : IntersectWords(row, other, otherRow);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int IntersectWords(int row, TagMatrix other, int otherRow)
    {
        ReadOnlySpan<ulong> a = _bits.AsSpan(row * WordCount, WordCount);
        ReadOnlySpan<ulong> b = other._bits.AsSpan(otherRow * WordCount, WordCount);
        int count = 0;
        for (int w = 0; w < a.Length; w++)
        {
            count += BitOperations.PopCount(a[w] & b[w]);
        }

        return count;
    }
}
