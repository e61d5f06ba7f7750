using System.Collections.Immutable;

namespace Streams.Domain.Aggregation;

/// <summary>
/// A customer's sentiment over time: an exponentially weighted moving average (EWMA) that follows the
/// latest mood, the all-time mean, and the last few values with their event times.
/// <see cref="Direction"/> = EWMA − mean: positive when the customer is happier lately than usual.
/// </summary>
/// <remarks>
/// <para>The EWMA folds values in arrival order, ewma ← α·s + (1 − α)·ewma, starting at the first value.
/// Events arrive at most a few minutes late and a customer posts rarely, so re-sorting for a late value
/// would buy almost nothing; a replay feeds values in the same order and so gets the same EWMA.</para>
/// <para>The recent list, by contrast, is kept in event-time order: a late value is inserted at its
/// place, and one older than every kept value is left out once the list is full.</para>
/// <para>Not thread-safe: callers (a grain) serialise access.</para>
/// </remarks>
public sealed class SentimentTrend
{
    public const double DefaultAlpha = 0.3;
    public const int DefaultRecentCapacity = 20;

    // Grown on demand up to the capacity: most customers post once or twice, and a million of them
    // each holding twenty empty slots would cost hundreds of megabytes.
    private SentimentPoint[] _recent = [];
    private readonly int _capacity;
    private int _recentCount;
    private double _sum;
    private double _ewma;

    public SentimentTrend(double alpha = DefaultAlpha, int recentCapacity = DefaultRecentCapacity)
    {
        if (!(alpha > 0 && alpha <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "Alpha must be in (0, 1].");
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(recentCapacity, 1);
        Alpha = alpha;
        _capacity = recentCapacity;
    }

    public double Alpha { get; }

    public int RecentCapacity => _capacity;

    /// <summary>Values ever added.</summary>
    public long Count { get; private set; }

    /// <summary>All-time mean, 0 when empty.</summary>
    public double Mean => Count == 0 ? 0 : _sum / Count;

    /// <summary>The exponentially weighted mean, 0 when empty.</summary>
    public double Ewma => _ewma;

    /// <summary>EWMA − all-time mean: positive = improving, negative = souring, 0 when empty.</summary>
    public double Direction => Count == 0 ? 0 : _ewma - Mean;

    /// <summary>The last values by event time, oldest→newest (a new array each call).</summary>
    public IReadOnlyList<SentimentPoint> Recent => _recent.AsSpan(0, _recentCount).ToArray();

    /// <summary>Adds a sentiment score at event time <paramref name="at"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The sentiment is NaN or infinite.</exception>
    public void Add(DateTime at, double sentiment)
    {
        if (!double.IsFinite(sentiment))
        {
            throw new ArgumentOutOfRangeException(nameof(sentiment), sentiment, "The sentiment must be a finite number.");
        }
        _ewma = Count == 0 ? sentiment : Alpha * sentiment + (1 - Alpha) * _ewma;
        _sum += sentiment;
        Count++;
        InsertRecent(new SentimentPoint(at, sentiment));
    }

    public SentimentTrendSnapshot Snapshot() =>
        new(Alpha, RecentCapacity, Count, _sum, _ewma, ImmutableArray.Create(_recent, 0, _recentCount));

    public static SentimentTrend FromSnapshot(SentimentTrendSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.Recent.Length > snapshot.RecentCapacity || snapshot.Recent.Length > snapshot.Count)
        {
            throw new ArgumentException("The snapshot holds more recent values than its capacity or count.", nameof(snapshot));
        }
        var trend = new SentimentTrend(snapshot.Alpha, snapshot.RecentCapacity)
        {
            Count = snapshot.Count,
            _sum = snapshot.Sum,
            _ewma = snapshot.Ewma,
        };
        foreach (var point in snapshot.Recent)
        {
            trend.InsertRecent(point);
        }
        return trend;
    }

    // Insertion position after every kept point with At ≤ the new one's, so equal times keep arrival order.
    private void InsertRecent(SentimentPoint point)
    {
        var position = _recentCount;
        while (position > 0 && _recent[position - 1].At > point.At)
        {
            position--;
        }
        if (_recentCount == _recent.Length && _recent.Length < _capacity)
        {
            Array.Resize(ref _recent, Math.Min(_capacity, Math.Max(2, _recent.Length * 2)));
        }
        if (_recentCount == _recent.Length)
        {
            if (position == 0)
            {
                return;
            }
            // Full: drop the oldest, shifting the points before the insertion position down by one.
            Array.Copy(_recent, 1, _recent, 0, position - 1);
            _recent[position - 1] = point;
            return;
        }
        Array.Copy(_recent, position, _recent, position + 1, _recentCount - position);
        _recent[position] = point;
        _recentCount++;
    }
}
