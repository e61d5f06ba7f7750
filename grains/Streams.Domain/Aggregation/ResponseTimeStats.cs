using System.Collections.Immutable;

namespace Streams.Domain.Aggregation;

/// <summary>
/// First-response times of a brand: percentiles over the most recent <see cref="Capacity"/> values,
/// computed exactly with the nearest-rank definition.
/// </summary>
/// <remarks>
/// <para>Nearest rank: with the kept values sorted ascending v[0..n−1], percentile p (0 &lt; p ≤ 1) is
/// v[⌈p·n⌉ − 1]. p·n is nudged down by 1e-9 before rounding up so that decimal p such as 0.07 (stored
/// as slightly more than 7/100) does not skip a rank through binary rounding.</para>
/// <para>Values go into a ring that starts small and doubles up to the capacity; once full the oldest
/// is overwritten. The first percentile query after a change copies and sorts the kept values
/// (O(n log n), about 50,000 values at the default capacity); further queries without a change reuse
/// that sorted copy, so dashboards reading several percentiles pay for one sort.</para>
/// <para>Not thread-safe: callers (a grain) serialise access.</para>
/// </remarks>
public sealed class ResponseTimeStats
{
    public const int DefaultCapacity = 50_000;
    private const int InitialBufferSize = 16;
    private const double RankTolerance = 1e-9;

    private long[] _ring;
    private int _next;
    private int _count;
    private long[] _sorted = [];
    private bool _sortedIsCurrent = true;

    public ResponseTimeStats(int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
        _ring = new long[Math.Min(InitialBufferSize, capacity)];
    }

    public int Capacity { get; }

    /// <summary>Values kept (the ones percentiles are computed on): at most <see cref="Capacity"/>.</summary>
    public int Count => _count;

    /// <summary>Values ever added, including those the ring has since overwritten.</summary>
    public long TotalAdded { get; private set; }

    public TimeSpan? Median => Percentile(0.5);

    public TimeSpan? P90 => Percentile(0.9);

    /// <summary>Adds a first-response time; a negative one (reply stamped before the post by clock skew) counts as zero.</summary>
    public void Add(TimeSpan firstResponse)
    {
        var ticks = Math.Max(firstResponse.Ticks, 0);
        if (_count < Capacity)
        {
            if (_count == _ring.Length)
            {
                Array.Resize(ref _ring, (int)Math.Min((long)_ring.Length * 2, Capacity));
            }
            _ring[_count] = ticks;
            _count++;
            _next = _count == Capacity ? 0 : _count;
        }
        else
        {
            _ring[_next] = ticks;
            _next = _next + 1 == Capacity ? 0 : _next + 1;
        }
        TotalAdded++;
        _sortedIsCurrent = false;
    }

    /// <summary>Nearest-rank percentile <paramref name="p"/> (0 &lt; p ≤ 1) of the kept values, or null when empty.</summary>
    public TimeSpan? Percentile(double p)
    {
        if (!(p > 0 && p <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "The percentile must be in (0, 1].");
        }
        if (_count == 0)
        {
            return null;
        }
        if (!_sortedIsCurrent)
        {
            if (_sorted.Length != _count)
            {
                _sorted = new long[_count];
            }
            Array.Copy(_ring, _sorted, _count);
            Array.Sort(_sorted);
            _sortedIsCurrent = true;
        }
        var rank = (long)Math.Ceiling(p * _count - RankTolerance);
        rank = Math.Clamp(rank, 1, _count);
        return TimeSpan.FromTicks(_sorted[rank - 1]);
    }

    public ResponseTimeStatsSnapshot Snapshot()
    {
        var values = new TimeSpan[_count];
        // Before the ring wraps, _next == _count and the oldest is at 0; after, the oldest is at _next.
        var oldest = _count == Capacity ? _next : 0;
        for (var i = 0; i < _count; i++)
        {
            var index = oldest + i;
            values[i] = TimeSpan.FromTicks(_ring[index >= _count ? index - _count : index]);
        }
        return new ResponseTimeStatsSnapshot(Capacity, ImmutableArray.Create(values), TotalAdded);
    }

    public static ResponseTimeStats FromSnapshot(ResponseTimeStatsSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.Values.Length > snapshot.Capacity)
        {
            throw new ArgumentException("The snapshot holds more values than its capacity.", nameof(snapshot));
        }
        var stats = new ResponseTimeStats(snapshot.Capacity);
        foreach (var value in snapshot.Values)
        {
            stats.Add(value);
        }
        stats.TotalAdded = Math.Max(snapshot.TotalAdded, snapshot.Values.Length);
        return stats;
    }
}
