using System.Collections.Immutable;

namespace Streams.Domain.Aggregation;

/// <summary>
/// Exact count of events in a sliding event-time window, e.g. "23 reposts in the last 10 minutes":
/// <see cref="CountIn"/> counts events with now − window &lt; t ≤ now.
/// </summary>
/// <remarks>
/// <para>Event times are kept sorted in a short list of blocks of up to 128 ticks each. In-order events
/// append to the last block; a late event is inserted into its block, moving at most one block's worth
/// of values (or splitting a full block), so its cost does not grow with the event rate or the lateness.
/// A single flat sorted array would have to move every newer value, thousands at brand-level rates.
/// The first block starts at 8 values and doubles, so a post with three reposts costs little.</para>
/// <para>Events that can no longer fall in any window of at most <see cref="MaxWindow"/> ending at the
/// latest time seen (t ≤ latest − max) are evicted, and a late event that old is not kept at all.
/// Counts are exact for any window ≤ <see cref="MaxWindow"/> ending at or after the latest time seen; a
/// window ending earlier (a question about the past) may miss events that were already evicted.</para>
/// <para>Degradation: at most <see cref="Capacity"/> times are kept. When full, the oldest is evicted
/// first (or the new event is not kept, if it is older than all kept ones), so counts stay exact for
/// windows that start at or after the oldest kept time and undercount longer ones.
/// <see cref="EvictedByCapacity"/> says how many events were lost that way.</para>
/// <para>Not thread-safe: callers (a grain) serialise access.</para>
/// </remarks>
public sealed class WindowCounter
{
    public const int DefaultCapacity = 65_536;
    private const int BlockSize = 128;
    private const int InitialBlockSize = 8;

    private readonly long _maxWindowTicks;

    // Block k holds _blocks[k][_low[k] .. _high[k]), ascending; blocks are in ascending order and never empty
    // (except a lone block 0 when the counter is empty).
    private long[][] _blocks = new long[4][];
    private int[] _low = new int[4];
    private int[] _high = new int[4];
    private int _blockCount;
    private long[]? _spareBlock;
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
        _blocks[0] = new long[Math.Min(InitialBlockSize, BlockSize)];
        _blockCount = 1;
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
        if (_count == Capacity)
        {
            // Full: the oldest kept time goes, unless the new one is older still.
            EvictedByCapacity++;
            if (ticks < Oldest)
            {
                return;
            }
            RemoveOldest();
        }
        Insert(ticks);
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
        return CountAtOrBefore(end) - CountAtOrBefore(end - window.Ticks);
    }

    public WindowCounterSnapshot Snapshot()
    {
        var times = new long[_count];
        var offset = 0;
        for (var k = 0; k < _blockCount; k++)
        {
            var length = _high[k] - _low[k];
            Array.Copy(_blocks[k], _low[k], times, offset, length);
            offset += length;
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
        foreach (var ticks in times)
        {
            counter.Insert(ticks);
        }
        if (snapshot.Latest is { } restoredLatest)
        {
            counter._latestTicks = restoredLatest.Ticks;
            counter._hasLatest = true;
        }
        return counter;
    }

    private long Oldest => _blocks[0][_low[0]];

    private long First(int block) => _blocks[block][_low[block]];

    private long Last(int block) => _blocks[block][_high[block] - 1];

    private void MoveLatest(long ticks)
    {
        if (_hasLatest && ticks <= _latestTicks)
        {
            return;
        }
        _latestTicks = ticks;
        _hasLatest = true;
        var evictUpTo = ticks - _maxWindowTicks;
        while (_count > 0 && Oldest <= evictUpTo)
        {
            RemoveOldest();
        }
    }

    private void RemoveOldest()
    {
        _low[0]++;
        _count--;
        if (_low[0] < _high[0])
        {
            return;
        }
        if (_blockCount == 1)
        {
            _low[0] = _high[0] = 0;
            return;
        }
        if (_blocks[0].Length == BlockSize)
        {
            _spareBlock = _blocks[0];
        }
        RemoveBlockAt(0);
    }

    private void Insert(long ticks)
    {
        // Fast path for the common in-order event: room at the end of the last block.
        var last = _blockCount - 1;
        var lastItems = _blocks[last];
        var lastHigh = _high[last];
        if (lastHigh < lastItems.Length && (lastHigh == _low[last] || lastItems[lastHigh - 1] <= ticks))
        {
            lastItems[lastHigh] = ticks;
            _high[last] = lastHigh + 1;
            _count++;
            return;
        }

        var block = FindBlock(ticks);
        var position = UpperBound(block, ticks);
        while (true)
        {
            var items = _blocks[block];
            var low = _low[block];
            var high = _high[block];
            if (high < items.Length)
            {
                Array.Copy(items, position, items, position + 1, high - position);
                items[position] = ticks;
                _high[block] = high + 1;
                break;
            }
            if (items.Length < BlockSize)
            {
                // Only the first block starts small; grow it in place, moving its values to the front.
                var grown = new long[Math.Min(items.Length * 2, BlockSize)];
                Array.Copy(items, low, grown, 0, high - low);
                _blocks[block] = grown;
                _low[block] = 0;
                _high[block] = high - low;
                position -= low;
                continue;
            }
            if (block == _blockCount - 1 && position == high)
            {
                InsertBlockAt(block + 1, ticks);
                break;
            }
            if (low > 0)
            {
                Array.Copy(items, low, items, low - 1, position - low);
                items[position - 1] = ticks;
                _low[block] = low - 1;
                break;
            }
            // Full block: move its upper half into a new block after it, then insert into the half that fits.
            var middle = low + ((high - low) / 2);
            var upper = TakeBlock();
            Array.Copy(items, middle, upper, 0, high - middle);
            InsertBlockAt(block + 1, upper, high - middle);
            _high[block] = middle;
            if (position > middle)
            {
                block++;
                position -= middle;
            }
        }
        _count++;
    }

    // The block a new time belongs in: the last one whose first value is ≤ ticks (block 0 if none).
    private int FindBlock(long ticks)
    {
        var last = _blockCount - 1;
        if (last == 0 || First(last) <= ticks)
        {
            return last;
        }
        int low = 0, high = last - 1;
        while (low < high)
        {
            var middle = (low + high + 1) >> 1;
            if (First(middle) <= ticks)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }
        return low;
    }

    // Index inside the block's array just past every value ≤ ticks.
    private int UpperBound(int block, long ticks)
    {
        var items = _blocks[block];
        int low = _low[block], high = _high[block];
        while (low < high)
        {
            var middle = (int)((uint)(low + high) >> 1);
            if (items[middle] <= ticks)
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

    // Number of kept times ≤ ticks, walking whole blocks from whichever end is closer in time.
    private int CountAtOrBefore(long ticks)
    {
        if (_count == 0 || ticks < Oldest)
        {
            return 0;
        }
        var newest = Last(_blockCount - 1);
        if (ticks >= newest)
        {
            return _count;
        }
        if (ticks - Oldest <= newest - ticks)
        {
            var before = 0;
            for (var k = 0; k < _blockCount; k++)
            {
                if (Last(k) > ticks)
                {
                    return before + UpperBound(k, ticks) - _low[k];
                }
                before += _high[k] - _low[k];
            }
            return before;
        }
        var after = 0;
        for (var k = _blockCount - 1; k >= 0; k--)
        {
            if (First(k) <= ticks)
            {
                return _count - after - (_high[k] - UpperBound(k, ticks));
            }
            after += _high[k] - _low[k];
        }
        return _count - after;
    }

    private long[] TakeBlock()
    {
        var block = _spareBlock ?? new long[BlockSize];
        _spareBlock = null;
        return block;
    }

    private void InsertBlockAt(int index, long firstValue)
    {
        var block = TakeBlock();
        block[0] = firstValue;
        InsertBlockAt(index, block, 1);
    }

    private void InsertBlockAt(int index, long[] block, int length)
    {
        if (_blockCount == _blocks.Length)
        {
            var size = _blocks.Length * 2;
            Array.Resize(ref _blocks, size);
            Array.Resize(ref _low, size);
            Array.Resize(ref _high, size);
        }
        var moved = _blockCount - index;
        Array.Copy(_blocks, index, _blocks, index + 1, moved);
        Array.Copy(_low, index, _low, index + 1, moved);
        Array.Copy(_high, index, _high, index + 1, moved);
        _blocks[index] = block;
        _low[index] = 0;
        _high[index] = length;
        _blockCount++;
    }

    private void RemoveBlockAt(int index)
    {
        var moved = _blockCount - index - 1;
        Array.Copy(_blocks, index + 1, _blocks, index, moved);
        Array.Copy(_low, index + 1, _low, index, moved);
        Array.Copy(_high, index + 1, _high, index, moved);
        _blockCount--;
        _blocks[_blockCount] = null!;
    }
}
