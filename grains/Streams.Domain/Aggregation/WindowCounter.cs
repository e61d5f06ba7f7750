using System.Collections.Immutable;

namespace Streams.Domain.Aggregation;

/// <summary>
/// Exact count of events in a sliding event-time window, e.g. "23 reposts in the last 10 minutes":
/// <see cref="CountIn"/> counts events with now − window &lt; t ≤ now.
/// </summary>
/// <remarks>
/// <para>Event times are kept sorted in a ring buffer. In-order events append at the end; a late
/// event is inserted at its place by shifting the (few) newer ones. Events that can no longer fall in
/// any window of at most <see cref="MaxWindow"/> ending at the latest time seen (t ≤ latest − max) are
/// evicted, and a late event that old is not kept at all.</para>
/// <para>Counts are exact for any window ≤ <see cref="MaxWindow"/> ending at or after the latest time
/// seen. A window ending earlier (a question about the past) may miss events that were already evicted.</para>
/// <para>Degradation: at most <see cref="Capacity"/> times are kept. When full, the oldest is evicted
/// first (or the new event is not kept, if it is older than all kept ones), so counts stay exact for
/// windows that start after the oldest kept time and undercount longer ones.
/// <see cref="EvictedByCapacity"/> says how many events were lost that way.</para>
/// <para>The buffer starts small and doubles up to the capacity, since most posts get few reposts.</para>
/// <para>Not thread-safe: callers (a grain) serialise access.</para>
/// </remarks>
public sealed class WindowCounter
{
    public const int DefaultCapacity = 65_536;
    private const int InitialBufferSize = 8;

    private readonly long _maxWindowTicks;
    private long[] _buffer;
    private int _head;
    private int _count;
    private long _latestTicks;
    private bool _hasLatest;

    public WindowCounter(TimeSpan maxWindow, int capacity = DefaultCapacity)
    {
        if (maxWindow <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(maxWindow), maxWindow, "The maximum window must be positive.");
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        MaxWindow = maxWindow;
        Capacity = capacity;
        _maxWindowTicks = maxWindow.Ticks;
        _buffer = new long[Math.Min(InitialBufferSize, capacity)];
    }

    public TimeSpan MaxWindow { get; }

    public int Capacity { get; }

    /// <summary>Event times currently kept.</summary>
    public int Count => _count;

    /// <summary>Events lost to the capacity cap (not to normal window eviction).</summary>
    public long EvictedByCapacity { get; private set; }

    /// <summary>The latest event time seen (or advanced to), or null when empty.</summary>
    public DateTime? Latest => _hasLatest ? new DateTime(_latestTicks, DateTimeKind.Utc) : null;

    /// <summary>Records one event at event time <paramref name="at"/> (UTC; only the ticks are used).</summary>
    public void Add(DateTime at)
    {
        var ticks = at.Ticks;
        MoveLatest(ticks);
        if (ticks <= _latestTicks - _maxWindowTicks)
        {
            return;
        }

        if (_count == _buffer.Length && !Grow())
        {
            // Full at capacity: the oldest kept time goes, unless the new one is older still.
            EvictedByCapacity++;
            if (ticks < _buffer[_head])
            {
                return;
            }
            RemoveOldest();
        }

        // Position after every kept time ≤ ticks; usually the end.
        var position = _count;
        while (position > 0 && At(position - 1) > ticks)
        {
            position--;
            if (_count - position > 16)
            {
                position = UpperBound(ticks);
                break;
            }
        }
        for (var i = _count; i > position; i--)
        {
            _buffer[Physical(i)] = _buffer[Physical(i - 1)];
        }
        _buffer[Physical(position)] = ticks;
        _count++;
    }

    /// <summary>
    /// Moves the latest time forward to <paramref name="now"/> without an event, evicting what no window can
    /// hold any more; lets a caller release memory for a post that went quiet. An earlier time is ignored.
    /// </summary>
    public void AdvanceTo(DateTime now) => MoveLatest(now.Ticks);

    /// <summary>Events with now − window &lt; t ≤ now. Exact for a window ≤ <see cref="MaxWindow"/> ending at or after <see cref="Latest"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The window is not positive or exceeds <see cref="MaxWindow"/>.</exception>
    public int CountIn(DateTime now, TimeSpan window)
    {
        if (window <= TimeSpan.Zero || window.Ticks > _maxWindowTicks)
        {
            throw new ArgumentOutOfRangeException(nameof(window), window, "The window must be positive and at most MaxWindow.");
        }
        var end = now.Ticks;
        return UpperBound(end) - UpperBound(end - window.Ticks);
    }

    public WindowCounterSnapshot Snapshot()
    {
        var times = new long[_count];
        for (var i = 0; i < _count; i++)
        {
            times[i] = At(i);
        }
        return new WindowCounterSnapshot(MaxWindow, Capacity, Latest, ImmutableArray.Create(times), EvictedByCapacity);
    }

    public static WindowCounter FromSnapshot(WindowCounterSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var times = snapshot.TimestampTicks;
        if (times.Length > snapshot.Capacity)
        {
            throw new ArgumentException("The snapshot holds more times than its capacity.", nameof(snapshot));
        }
        for (var i = 1; i < times.Length; i++)
        {
            if (times[i] < times[i - 1])
            {
                throw new ArgumentException("The snapshot times must be in ascending order.", nameof(snapshot));
            }
        }
        if (times.Length > 0 && (snapshot.Latest is not { } latest || latest.Ticks < times[^1]))
        {
            throw new ArgumentException("The snapshot's latest time must be at or after its newest kept time.", nameof(snapshot));
        }

        var counter = new WindowCounter(snapshot.MaxWindow, snapshot.Capacity) { EvictedByCapacity = snapshot.EvictedByCapacity };
        var size = counter._buffer.Length;
        while (size < times.Length)
        {
            size = (int)Math.Min((long)size * 2, snapshot.Capacity);
        }
        counter._buffer = new long[size];
        times.CopyTo(counter._buffer);
        counter._count = times.Length;
        if (snapshot.Latest is { } restoredLatest)
        {
            counter._latestTicks = restoredLatest.Ticks;
            counter._hasLatest = true;
        }
        return counter;
    }

    private void MoveLatest(long ticks)
    {
        if (_hasLatest && ticks <= _latestTicks)
        {
            return;
        }
        _latestTicks = ticks;
        _hasLatest = true;
        var evictUpTo = ticks - _maxWindowTicks;
        while (_count > 0 && _buffer[_head] <= evictUpTo)
        {
            RemoveOldest();
        }
    }

    private void RemoveOldest()
    {
        _head = Physical(1);
        _count--;
    }

    private bool Grow()
    {
        if (_buffer.Length >= Capacity)
        {
            return false;
        }
        var grown = new long[(int)Math.Min((long)_buffer.Length * 2, Capacity)];
        for (var i = 0; i < _count; i++)
        {
            grown[i] = At(i);
        }
        _buffer = grown;
        _head = 0;
        return true;
    }

    // Number of kept times ≤ ticks (index of the first one after it).
    private int UpperBound(long ticks)
    {
        int low = 0, high = _count;
        while (low < high)
        {
            var middle = (int)((uint)(low + high) >> 1);
            if (At(middle) <= ticks)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }

    private long At(int logicalIndex) => _buffer[Physical(logicalIndex)];

    private int Physical(int logicalIndex)
    {
        var index = _head + logicalIndex;
        return index >= _buffer.Length ? index - _buffer.Length : index;
    }
}
