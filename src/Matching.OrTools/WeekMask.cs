// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Numerics;

namespace Matching.OrTools;

/// <summary>
/// A weekly availability as 168 one-hour slots in UTC (hour 0 = Monday 00:00–01:00 UTC, hour 167 = Sunday
/// 23:00–24:00), stored as three 64-bit words. Shared time of several people is the <see cref="And"/> of their masks.
/// </summary>
/// <param name="Low">Hours 0–63.</param>
/// <param name="Mid">Hours 64–127.</param>
/// <param name="High">Hours 128–167 (the upper 24 bits are always zero).</param>
public readonly record struct WeekMask(ulong Low, ulong Mid, ulong High)
{
    /// <summary>Number of slots in a week.</summary>
    public const int Hours = 168;

    private const ulong HighMask = (1UL << 40) - 1;

    /// <summary>Gets a mask with every hour of the week set.</summary>
    public static WeekMask Always { get; } = new(ulong.MaxValue, ulong.MaxValue, HighMask);

    /// <summary>Gets a mask with no hour set.</summary>
    public static WeekMask Never { get; }

    /// <summary>Gets the number of hours set.</summary>
    public int Count => BitOperations.PopCount(Low) + BitOperations.PopCount(Mid) + BitOperations.PopCount(High & HighMask);

    /// <summary>Builds a mask from hour indices in <c>0..167</c>.</summary>
    /// <param name="hours">The hours to set.</param>
    /// <returns>The mask.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An hour is outside <c>0..167</c>.</exception>
    public static WeekMask FromHours(IEnumerable<int> hours)
    {
        ArgumentNullException.ThrowIfNull(hours);
        ulong low = 0, mid = 0, high = 0;
        foreach (int h in hours)
        {
            if ((uint)h >= Hours)
            {
                throw new ArgumentOutOfRangeException(nameof(hours), h, "An hour of the week is in 0..167.");
            }

            switch (h >> 6)
            {
                case 0: low |= 1UL << h; break;
                case 1: mid |= 1UL << (h - 64); break;
                default: high |= 1UL << (h - 128); break;
            }
        }

        return new WeekMask(low, mid, high);
    }

    /// <summary>Builds a mask from a 168-element array (true = available).</summary>
    /// <param name="slots">The slots.</param>
    /// <returns>The mask.</returns>
    /// <exception cref="ArgumentException">The array does not have 168 elements.</exception>
    public static WeekMask FromSlots(IReadOnlyList<bool> slots)
    {
        ArgumentNullException.ThrowIfNull(slots);
        if (slots.Count != Hours)
        {
            throw new ArgumentException("A weekly availability has 168 slots.", nameof(slots));
        }

        return FromHours(Enumerable.Range(0, Hours).Where(h => slots[h]));
    }

    /// <summary>Whether the given hour is set.</summary>
    /// <param name="hour">Hour of the week, <c>0..167</c>.</param>
    /// <returns>True when available.</returns>
    public bool Has(int hour) => (uint)hour < Hours && (hour >> 6) switch
    {
        0 => ((Low >> hour) & 1) != 0,
        1 => ((Mid >> (hour - 64)) & 1) != 0,
        _ => ((High >> (hour - 128)) & 1) != 0,
    };

    /// <summary>The hours available in both masks.</summary>
    /// <param name="other">The other mask.</param>
    /// <returns>The intersection.</returns>
    public WeekMask And(WeekMask other) => new(Low & other.Low, Mid & other.Mid, High & other.High & HighMask);

    /// <summary>The set hours in increasing order.</summary>
    /// <returns>Hour indices.</returns>
    public IEnumerable<int> EnumerateHours()
    {
        for (int h = 0; h < Hours; h++)
        {
            if (Has(h))
            {
                yield return h;
            }
        }
    }
}
