using Streams.Domain.Aggregation;
using Xunit;

namespace Streams.UnitTests.Aggregation;

public sealed class WindowCounterTests
{
    private static readonly DateTime T0 = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan TenMinutes = TimeSpan.FromMinutes(10);

    [Fact]
    public void Window_start_is_exclusive_and_end_inclusive()
    {
        var counter = new WindowCounter(TimeSpan.FromHours(1));
        counter.Add(T0);

        Assert.Equal(1, counter.CountIn(T0, TenMinutes));
        Assert.Equal(0, counter.CountIn(T0.AddTicks(-1), TenMinutes));
        Assert.Equal(1, counter.CountIn(T0.AddMinutes(10).AddTicks(-1), TenMinutes));
        Assert.Equal(0, counter.CountIn(T0.AddMinutes(10), TenMinutes));
        Assert.Equal(1, counter.CountIn(T0, TimeSpan.FromTicks(1)));
        Assert.Equal(0, counter.CountIn(T0.AddTicks(1), TimeSpan.FromTicks(1)));
    }

    [Fact]
    public void Empty_counter_counts_nothing()
    {
        var counter = new WindowCounter(TenMinutes);

        Assert.Equal(0, counter.CountIn(T0, TenMinutes));
        Assert.Null(counter.Latest);
        Assert.Equal(0, counter.Count);
    }

    [Fact]
    public void Late_events_are_inserted_at_their_place()
    {
        var counter = new WindowCounter(TimeSpan.FromHours(1));
        counter.Add(T0.AddMinutes(5));
        counter.Add(T0.AddMinutes(6));
        counter.Add(T0.AddMinutes(1));
        counter.Add(T0.AddMinutes(3));
        counter.Add(T0.AddMinutes(6));

        Assert.Equal(T0.AddMinutes(6), counter.Latest);
        Assert.Equal(3, counter.CountIn(T0.AddMinutes(6), TimeSpan.FromMinutes(3)));
        Assert.Equal(4, counter.CountIn(T0.AddMinutes(6), TimeSpan.FromMinutes(5)));
        Assert.Equal(5, counter.CountIn(T0.AddMinutes(6), TimeSpan.FromMinutes(6)));
        Assert.Equal(2, counter.CountIn(T0.AddMinutes(3), TimeSpan.FromMinutes(3)));
        Assert.Equal(
            new[] { 1, 3, 5, 6, 6 }.Select(m => T0.AddMinutes(m).Ticks),
            counter.Snapshot().TimestampTicks);
    }

    [Fact]
    public void Events_that_no_window_can_hold_are_evicted_or_not_kept()
    {
        var counter = new WindowCounter(TenMinutes);
        counter.Add(T0);
        counter.Add(T0.AddMinutes(5));
        counter.Add(T0.AddMinutes(10));

        Assert.Equal(2, counter.Count);
        Assert.Equal(2, counter.CountIn(T0.AddMinutes(10), TenMinutes));

        counter.Add(T0);
        Assert.Equal(2, counter.Count);

        counter.Add(T0.AddMinutes(1));
        Assert.Equal(3, counter.Count);
        Assert.Equal(3, counter.CountIn(T0.AddMinutes(10), TenMinutes));

        counter.AdvanceTo(T0.AddMinutes(30));
        Assert.Equal(0, counter.Count);
        Assert.Equal(T0.AddMinutes(30), counter.Latest);

        counter.AdvanceTo(T0);
        Assert.Equal(T0.AddMinutes(30), counter.Latest);
    }

    [Fact]
    public void Rejects_windows_that_are_not_positive_or_exceed_the_maximum()
    {
        var counter = new WindowCounter(TenMinutes);

        Assert.Throws<ArgumentOutOfRangeException>(() => counter.CountIn(T0, TimeSpan.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => counter.CountIn(T0, TenMinutes.Add(TimeSpan.FromTicks(1))));
        Assert.Throws<ArgumentOutOfRangeException>(() => new WindowCounter(TimeSpan.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => new WindowCounter(TenMinutes, 0));
    }

    [Fact]
    public void At_capacity_the_oldest_is_evicted_first()
    {
        var counter = new WindowCounter(TimeSpan.FromHours(1), capacity: 4);
        for (var minute = 0; minute < 5; minute++)
        {
            counter.Add(T0.AddMinutes(minute));
        }

        Assert.Equal(4, counter.Count);
        Assert.Equal(1, counter.EvictedByCapacity);
        Assert.Equal(4, counter.CountIn(T0.AddMinutes(4), TenMinutes));
        Assert.Equal(4, counter.CountIn(T0.AddMinutes(4), TimeSpan.FromMinutes(4)));
        Assert.Equal(3, counter.CountIn(T0.AddMinutes(4), TimeSpan.FromMinutes(3)));

        // Older than every kept time: the new event is the one that goes.
        counter.Add(T0.AddSeconds(30));
        Assert.Equal(2, counter.EvictedByCapacity);
        Assert.Equal(
            new[] { 1, 2, 3, 4 }.Select(m => T0.AddMinutes(m).Ticks),
            counter.Snapshot().TimestampTicks);

        // Late but newer than the oldest: it takes the oldest one's place.
        counter.Add(T0.AddMinutes(2.5));
        Assert.Equal(3, counter.EvictedByCapacity);
        Assert.Equal(
            new[] { 2, 2.5, 3, 4 }.Select(m => T0.AddMinutes(m).Ticks),
            counter.Snapshot().TimestampTicks);
    }

    [Fact]
    public void Grows_past_its_initial_buffer_while_wrapping()
    {
        var counter = new WindowCounter(TimeSpan.FromMinutes(5));
        // Evictions move the head around the small initial ring before it has to grow.
        for (var minute = 0; minute < 100; minute++)
        {
            counter.Add(T0.AddMinutes(minute));
        }
        var start = T0.AddMinutes(100);
        for (var second = 0; second < 2000; second++)
        {
            counter.Add(start.AddSeconds(second));
        }

        var latest = start.AddSeconds(1999);
        Assert.Equal(300, counter.Count);
        Assert.Equal(300, counter.CountIn(latest, TimeSpan.FromMinutes(5)));
        Assert.Equal(60, counter.CountIn(latest, TimeSpan.FromMinutes(1)));
    }

    [Theory]
    [InlineData(65_536, 1)]
    [InlineData(64, 2)]
    [InlineData(7, 3)]
    public void Matches_a_naive_model_on_a_jittered_random_stream(int capacity, int seed)
    {
        var random = new Random(seed);
        var maxWindow = TimeSpan.FromMinutes(30);
        var counter = new WindowCounter(maxWindow, capacity);
        var model = new NaiveWindow(maxWindow.Ticks, capacity);
        var clock = T0;

        for (var i = 0; i < 3000; i++)
        {
            clock = clock.AddSeconds(random.Next(0, 30));
            if (random.Next(300) == 0)
            {
                clock = clock.AddMinutes(random.Next(10, 90));
            }
            var at = clock.AddSeconds(-random.Next(0, 180)).AddTicks(random.Next(0, 3));
            counter.Add(at);
            model.Add(at.Ticks);

            Assert.Equal(model.Count, counter.Count);
            Assert.Equal(model.EvictedByCapacity, counter.EvictedByCapacity);
            if (i % 5 == 0)
            {
                var now = new DateTime(model.Latest, DateTimeKind.Utc).AddSeconds(random.Next(0, 600));
                var window = TimeSpan.FromSeconds(random.Next(1, 30 * 60 + 1));
                Assert.Equal(model.CountIn(now.Ticks, window.Ticks), counter.CountIn(now, window));
                Assert.Equal(model.CountIn(now.Ticks, maxWindow.Ticks), counter.CountIn(now, maxWindow));
            }
        }
    }

    [Theory]
    [InlineData(65_536, 21)]
    [InlineData(1_000, 22)]
    public void Matches_a_naive_model_on_a_dense_stream_spanning_many_blocks(int capacity, int seed)
    {
        var random = new Random(seed);
        var maxWindow = TimeSpan.FromMinutes(10);
        var counter = new WindowCounter(maxWindow, capacity);
        var model = new NaiveWindow(maxWindow.Ticks, capacity);
        var clock = T0;

        for (var i = 0; i < 30_000; i++)
        {
            // ~20 events a second; one in five up to five minutes late, some sharing a tick.
            clock = clock.AddMilliseconds(random.Next(0, 100));
            var at = random.Next(5) == 0 ? clock.AddMilliseconds(-random.Next(0, 300_000)) : clock;
            counter.Add(at);
            model.Add(at.Ticks);

            if (i % 97 == 0)
            {
                Assert.Equal(model.Count, counter.Count);
                var now = new DateTime(model.Latest, DateTimeKind.Utc).AddMilliseconds(random.Next(0, 60_000));
                foreach (var window in new[] { TimeSpan.FromMilliseconds(random.Next(1, 600_001)), TimeSpan.FromSeconds(10), maxWindow })
                {
                    Assert.Equal(model.CountIn(now.Ticks, window.Ticks), counter.CountIn(now, window));
                }
            }
        }
        Assert.Equal(model.EvictedByCapacity, counter.EvictedByCapacity);
        Assert.Equal(model.Count, counter.Count);
    }

    [Fact]
    public void Without_capacity_pressure_counts_equal_all_events_in_the_window()
    {
        var random = new Random(5);
        var counter = new WindowCounter(TenMinutes);
        var all = new List<DateTime>();
        var clock = T0;
        for (var i = 0; i < 2000; i++)
        {
            clock = clock.AddSeconds(random.Next(0, 5));
            var at = clock.AddSeconds(-random.Next(0, 120));
            counter.Add(at);
            all.Add(at);

            var latest = all.Max();
            var window = TimeSpan.FromSeconds(random.Next(1, 601));
            var expected = all.Count(t => t > latest - window && t <= latest);
            Assert.Equal(expected, counter.CountIn(latest, window));
        }
    }

    [Fact]
    public void Snapshot_round_trip_behaves_identically()
    {
        var random = new Random(9);
        var original = new WindowCounter(TenMinutes, capacity: 50);
        for (var i = 0; i < 200; i++)
        {
            original.Add(T0.AddSeconds(i * 3 - random.Next(0, 60)));
        }

        var snapshot = original.Snapshot();
        var restored = WindowCounter.FromSnapshot(snapshot);

        Assert.Equal(TenMinutes, snapshot.MaxWindow);
        Assert.Equal(50, snapshot.Capacity);
        Assert.Equal(original.EvictedByCapacity, restored.EvictedByCapacity);
        for (var i = 200; i < 400; i++)
        {
            var at = T0.AddSeconds(i * 3 - random.Next(0, 60));
            original.Add(at);
            restored.Add(at);
            Assert.Equal(original.CountIn(at, TenMinutes), restored.CountIn(at, TenMinutes));
        }
        Assert.Equal(original.Snapshot().TimestampTicks, restored.Snapshot().TimestampTicks);
        Assert.Equal(original.EvictedByCapacity, restored.EvictedByCapacity);
        Assert.Equal(original.Latest, restored.Latest);
    }

    [Fact]
    public void Rejects_inconsistent_snapshots()
    {
        Assert.Throws<ArgumentException>(() => WindowCounter.FromSnapshot(
            new WindowCounterSnapshot(TenMinutes, 10, T0, [T0.Ticks, T0.AddTicks(-1).Ticks], 0)));
        Assert.Throws<ArgumentException>(() => WindowCounter.FromSnapshot(
            new WindowCounterSnapshot(TenMinutes, 1, T0, [T0.Ticks, T0.Ticks], 0)));
        Assert.Throws<ArgumentException>(() => WindowCounter.FromSnapshot(
            new WindowCounterSnapshot(TenMinutes, 10, null, [T0.Ticks], 0)));
    }

    // The specification written out plainly: a sorted list, the same eviction and capacity rules.
    private sealed class NaiveWindow(long maxWindow, int capacity)
    {
        private readonly List<long> _times = [];

        public long Latest { get; private set; } = long.MinValue;

        public int Count => _times.Count;

        public long EvictedByCapacity { get; private set; }

        public void Add(long at)
        {
            Latest = Math.Max(Latest, at);
            var stale = 0;
            while (stale < _times.Count && _times[stale] <= Latest - maxWindow)
            {
                stale++;
            }
            _times.RemoveRange(0, stale);
            if (at <= Latest - maxWindow)
            {
                return;
            }
            if (_times.Count == capacity)
            {
                EvictedByCapacity++;
                if (at < _times[0])
                {
                    return;
                }
                _times.RemoveAt(0);
            }
            var index = _times.Count;
            while (index > 0 && _times[index - 1] > at)
            {
                index--;
            }
            _times.Insert(index, at);
        }

        public int CountIn(long now, long window) => _times.Count(t => t > now - window && t <= now);
    }
}
