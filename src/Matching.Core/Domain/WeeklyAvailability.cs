// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Numerics;
using System.Text;

namespace Matching.Core.Domain;

/// <summary>
/// Hours of a week in UTC when someone is available, as a 168-slot bitmask (slot 0 = Monday 00:00–01:00 UTC).
/// Overlap between two people is a popcount.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public readonly record struct WeeklyAvailability
{
    /// <summary>The number of one-hour slots in a week.</summary>
    public const int SlotCount = 168;

    private readonly ulong _w0;
    private readonly ulong _w1;
    private readonly ulong _w2;

    private WeeklyAvailability(ulong w0, ulong w1, ulong w2)
    {
        _w0 = w0;
        _w1 = w1;
        _w2 = w2 & ((1UL << (SlotCount - 128)) - 1);
    }

    /// <summary>Gets an availability with no hours.</summary>
    public static WeeklyAvailability None => default;

    /// <summary>Gets the number of available hours.</summary>
    public int Hours => BitOperations.PopCount(_w0) + BitOperations.PopCount(_w1) + BitOperations.PopCount(_w2);

    /// <summary>Gets a value indicating whether no hour is set.</summary>
    public bool IsEmpty => (_w0 | _w1 | _w2) == 0;

    /// <summary>Returns whether a UTC hour slot is set.</summary>
    /// <param name="slot">0 to 167; Monday 00:00 UTC is 0.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="slot"/> is out of range.</exception>
    public bool Contains(int slot)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(slot);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(slot, SlotCount);
        ulong word = slot < 64 ? _w0 : slot < 128 ? _w1 : _w2;
        return (word >> (slot & 63) & 1UL) != 0;
    }

    /// <summary>Returns a copy with the hours <c>[startSlot, startSlot + hours)</c> set, wrapping around the week.</summary>
    /// <param name="startSlot">The first hour, any integer (taken modulo 168, so local-to-UTC shifts may go negative).</param>
    /// <param name="hours">The number of hours, 0 to 168.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="hours"/> is out of range.</exception>
    public WeeklyAvailability WithHours(int startSlot, int hours)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(hours);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(hours, SlotCount);
        ulong w0 = _w0, w1 = _w1, w2 = _w2;
        for (int h = 0; h < hours; h++)
        {
            int slot = (((startSlot + h) % SlotCount) + SlotCount) % SlotCount;
            ulong bit = 1UL << (slot & 63);
            if (slot < 64)
            {
                w0 |= bit;
            }
            else if (slot < 128)
            {
                w1 |= bit;
            }
            else
            {
                w2 |= bit;
            }
        }

        return new WeeklyAvailability(w0, w1, w2);
    }

    /// <summary>Counts the hours both availabilities share.</summary>
    /// <param name="other">The other availability.</param>
    public int OverlapHours(WeeklyAvailability other) =>
        BitOperations.PopCount(_w0 & other._w0) + BitOperations.PopCount(_w1 & other._w1) + BitOperations.PopCount(_w2 & other._w2);

    /// <inheritdoc />
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(Hours).Append(" h/week UTC");
        return text.ToString();
    }
}
