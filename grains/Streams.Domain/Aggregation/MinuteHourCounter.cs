using System.Collections.Immutable;

namespace Streams.Domain.Aggregation;

/// <summary>
/// Event counts per event-time minute for the last 60 minutes and per hour for the last 48 hours,
/// plus an all-time <see cref="Total"/>. Buckets are aligned to whole minutes and hours since
/// 0001-01-01 (so to UTC clock minutes and hours).
/// </summary>
/// <remarks>
/// <para>Both rings end at the bucket of the latest event time seen. A late event whose bucket is still
/// in a ring is counted there; an event older than a ring is left out of that ring but still counted in
/// <see cref="Total"/> (so the hour ring may hold an event the minute ring has already let go). An event
/// ahead of the latest advances the rings, clearing every bucket it skips over; a jump longer than a
/// ring clears the whole ring.</para>
/// <para>Queries take the caller's "now" and never move the rings: buckets after "now" are left out and
/// buckets older than what the rings still hold read as zero.</para>
/// <para>Not thread-safe: callers (a grain) serialise access.</para>
/// </remarks>
public sealed class MinuteHourCounter
{
    public const int MinuteBuckets = 60;
    public const int HourBuckets = 48;

    private readonly int[] _minutes = new int[MinuteBuckets];
    private readonly int[] _hours = new int[HourBuckets];
    private long _latestMinute;
    private bool _hasLatest;

    /// <summary>Every count ever added, including events too old for either ring.</summary>
    public long Total { get; private set; }

    /// <summary>The start of the latest minute that holds an event, or null when empty.</summary>
    public DateTime? LatestMinute => _hasLatest ? new DateTime(_latestMinute * TimeSpan.TicksPerMinute, DateTimeKind.Utc) : null;

    private long LatestHour => _latestMinute / 60;

    /// <summary>Adds <paramref name="count"/> events at event time <paramref name="at"/> (UTC; only the ticks are used).</summary>
    public void Add(DateTime at, int count = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        Total += count;
        var minute = at.Ticks / TimeSpan.TicksPerMinute;
        if (!_hasLatest)
        {
            _latestMinute = minute;
            _hasLatest = true;
        }
        else if (minute > _latestMinute)
        {
            Advance(_minutes, _latestMinute, minute);
            Advance(_hours, LatestHour, minute / 60);
            _latestMinute = minute;
        }

        if (minute > _latestMinute - MinuteBuckets)
        {
            _minutes[(int)(minute % MinuteBuckets)] += count;
        }
        var hour = minute / 60;
        if (hour > LatestHour - HourBuckets)
        {
            _hours[(int)(hour % HourBuckets)] += count;
        }
    }

    /// <summary>Counts for the 60 minutes ending with the minute containing <paramref name="now"/>, oldest→newest.</summary>
    public int[] PerMinute(DateTime now)
    {
        var result = new int[MinuteBuckets];
        PerMinute(now, result);
        return result;
    }

    /// <summary>Allocation-free <see cref="PerMinute(DateTime)"/>: fills the last <c>destination.Length</c> (≤ 60) minutes, oldest→newest.</summary>
    public void PerMinute(DateTime now, Span<int> destination)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(destination.Length, MinuteBuckets, nameof(destination));
        Fill(_minutes, _hasLatest ? _latestMinute : long.MinValue, now.Ticks / TimeSpan.TicksPerMinute, destination);
    }

    /// <summary>Counts for the 48 hours ending with the hour containing <paramref name="now"/>, oldest→newest.</summary>
    public int[] PerHour(DateTime now)
    {
        var result = new int[HourBuckets];
        PerHour(now, result);
        return result;
    }

    /// <summary>Allocation-free <see cref="PerHour(DateTime)"/>: fills the last <c>destination.Length</c> (≤ 48) hours, oldest→newest.</summary>
    public void PerHour(DateTime now, Span<int> destination)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(destination.Length, HourBuckets, nameof(destination));
        Fill(_hours, _hasLatest ? LatestHour : long.MinValue, now.Ticks / TimeSpan.TicksPerHour, destination);
    }

    /// <summary>Events in the <paramref name="minutes"/> (1-60) whole minutes ending with the minute containing <paramref name="now"/>.</summary>
    public long LastMinutes(DateTime now, int minutes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minutes, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minutes, MinuteBuckets);
        Span<int> buckets = stackalloc int[minutes];
        PerMinute(now, buckets);
        return Sum(buckets);
    }

    /// <summary>Events in the <paramref name="hours"/> (1-48) whole hours ending with the hour containing <paramref name="now"/>.</summary>
    public long LastHours(DateTime now, int hours)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(hours, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(hours, HourBuckets);
        Span<int> buckets = stackalloc int[hours];
        PerHour(now, buckets);
        return Sum(buckets);
    }

    public MinuteHourCounterSnapshot Snapshot()
    {
        if (!_hasLatest)
        {
            return new MinuteHourCounterSnapshot(Total, null, ImmutableArray.Create(new int[MinuteBuckets]), ImmutableArray.Create(new int[HourBuckets]));
        }
        var latest = new DateTime(_latestMinute * TimeSpan.TicksPerMinute, DateTimeKind.Utc);
        return new MinuteHourCounterSnapshot(Total, latest, ImmutableArray.Create(PerMinute(latest)), ImmutableArray.Create(PerHour(latest)));
    }

    public static MinuteHourCounter FromSnapshot(MinuteHourCounterSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.Minutes.Length != MinuteBuckets || snapshot.Hours.Length != HourBuckets)
        {
            throw new ArgumentException($"A snapshot holds {MinuteBuckets} minute and {HourBuckets} hour buckets.", nameof(snapshot));
        }
        var counter = new MinuteHourCounter { Total = snapshot.Total };
        if (snapshot.Latest is { } latest)
        {
            counter._latestMinute = latest.Ticks / TimeSpan.TicksPerMinute;
            counter._hasLatest = true;
            Restore(counter._minutes, counter._latestMinute, snapshot.Minutes.AsSpan());
            Restore(counter._hours, counter.LatestHour, snapshot.Hours.AsSpan());
        }
        return counter;
    }

    // Clears the buckets of indices (from, to]; once the gap covers the ring every bucket is stale.
    private static void Advance(int[] ring, long from, long to)
    {
        if (to - from >= ring.Length)
        {
            Array.Clear(ring);
            return;
        }
        for (var index = from + 1; index <= to; index++)
        {
            ring[(int)(index % ring.Length)] = 0;
        }
    }

    // The ring holds indices (latest − length, latest]; anything outside that, or after "now", reads as zero.
    private static void Fill(int[] ring, long latest, long now, Span<int> destination)
    {
        var first = now - destination.Length + 1;
        for (var i = 0; i < destination.Length; i++)
        {
            var index = first + i;
            destination[i] = index <= latest && index > latest - ring.Length && index >= 0
                ? ring[(int)(index % ring.Length)]
                : 0;
        }
    }

    private static void Restore(int[] ring, long latest, ReadOnlySpan<int> oldestToNewest)
    {
        var first = latest - oldestToNewest.Length + 1;
        for (var i = 0; i < oldestToNewest.Length; i++)
        {
            var index = first + i;
            if (index >= 0)
            {
                ring[(int)(index % ring.Length)] = oldestToNewest[i];
            }
        }
    }

    private static long Sum(ReadOnlySpan<int> buckets)
    {
        long sum = 0;
        foreach (var count in buckets)
        {
            sum += count;
        }
        return sum;
    }
}
