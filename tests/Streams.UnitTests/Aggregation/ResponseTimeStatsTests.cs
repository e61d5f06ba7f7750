using Streams.Domain.Aggregation;
using Xunit;

namespace Streams.UnitTests.Aggregation;

public sealed class ResponseTimeStatsTests
{
    [Fact]
    public void Empty_stats_return_null()
    {
        var stats = new ResponseTimeStats();

        Assert.Null(stats.Median);
        Assert.Null(stats.P90);
        Assert.Null(stats.Percentile(1));
        Assert.Equal(0, stats.Count);
    }

    [Fact]
    public void Nearest_rank_on_a_small_known_set()
    {
        var stats = new ResponseTimeStats();
        foreach (var minutes in new[] { 35, 20, 50, 15, 40 })
        {
            stats.Add(TimeSpan.FromMinutes(minutes));
        }

        Assert.Equal(TimeSpan.FromMinutes(15), stats.Percentile(0.05));
        Assert.Equal(TimeSpan.FromMinutes(15), stats.Percentile(0.2));
        Assert.Equal(TimeSpan.FromMinutes(20), stats.Percentile(0.3));
        Assert.Equal(TimeSpan.FromMinutes(20), stats.Percentile(0.4));
        Assert.Equal(TimeSpan.FromMinutes(35), stats.Median);
        Assert.Equal(TimeSpan.FromMinutes(50), stats.P90);
        Assert.Equal(TimeSpan.FromMinutes(50), stats.Percentile(1));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(10)]
    [InlineData(100)]
    [InlineData(101)]
    [InlineData(1000)]
    [InlineData(4321)]
    public void Matches_a_naive_nearest_rank_on_random_data(int n)
    {
        var random = new Random(n);
        var stats = new ResponseTimeStats();
        var values = new long[n];
        for (var i = 0; i < n; i++)
        {
            values[i] = random.NextInt64(0, TimeSpan.TicksPerDay);
            stats.Add(TimeSpan.FromTicks(values[i]));
        }
        Array.Sort(values);

        for (var k = 1; k <= 100; k++)
        {
            // ceil(k·n/100) in integers, so the reference has no floating-point rounding at all.
            var rank = (k * n + 99) / 100;
            Assert.Equal(TimeSpan.FromTicks(values[rank - 1]), stats.Percentile(k / 100.0));
        }
        Assert.Equal(TimeSpan.FromTicks(values[(n + 1) / 2 - 1]), stats.Median);
        Assert.Equal(TimeSpan.FromTicks(values[(9 * n + 9) / 10 - 1]), stats.P90);
    }

    [Fact]
    public void Negative_times_clamp_to_zero()
    {
        var stats = new ResponseTimeStats();
        stats.Add(TimeSpan.FromSeconds(-1));
        stats.Add(TimeSpan.FromMinutes(-5));
        stats.Add(TimeSpan.FromMinutes(3));

        Assert.Equal(TimeSpan.Zero, stats.Percentile(0.1));
        Assert.Equal(TimeSpan.Zero, stats.Median);
        Assert.Equal(TimeSpan.FromMinutes(3), stats.P90);
        Assert.Equal([TimeSpan.Zero, TimeSpan.Zero, TimeSpan.FromMinutes(3)], stats.Snapshot().Values);
    }

    [Fact]
    public void Keeps_only_the_most_recent_values_once_full()
    {
        var stats = new ResponseTimeStats(capacity: 5);
        for (var seconds = 1; seconds <= 8; seconds++)
        {
            stats.Add(TimeSpan.FromSeconds(seconds));
        }

        Assert.Equal(5, stats.Count);
        Assert.Equal(8, stats.TotalAdded);
        Assert.Equal(TimeSpan.FromSeconds(4), stats.Percentile(0.2));
        Assert.Equal(TimeSpan.FromSeconds(6), stats.Median);
        Assert.Equal(TimeSpan.FromSeconds(8), stats.Percentile(1));
        Assert.Equal(
            new[] { 4, 5, 6, 7, 8 }.Select(s => TimeSpan.FromSeconds(s)),
            stats.Snapshot().Values);
    }

    [Fact]
    public void Ring_eviction_matches_the_last_n_values_on_random_data()
    {
        var random = new Random(3);
        var stats = new ResponseTimeStats(capacity: 100);
        var all = new List<long>();
        for (var i = 0; i < 1000; i++)
        {
            var ticks = random.NextInt64(0, TimeSpan.TicksPerHour);
            stats.Add(TimeSpan.FromTicks(ticks));
            all.Add(ticks);

            if (i % 37 == 0 || i == 999)
            {
                var kept = all.Skip(Math.Max(0, all.Count - 100)).Order().ToArray();
                Assert.Equal(kept.Length, stats.Count);
                foreach (var k in new[] { 1, 25, 50, 90, 99, 100 })
                {
                    var rank = (k * kept.Length + 99) / 100;
                    Assert.Equal(TimeSpan.FromTicks(kept[rank - 1]), stats.Percentile(k / 100.0));
                }
            }
        }
    }

    [Fact]
    public void A_new_value_invalidates_the_cached_order()
    {
        var stats = new ResponseTimeStats();
        stats.Add(TimeSpan.FromMinutes(10));
        Assert.Equal(TimeSpan.FromMinutes(10), stats.Median);

        stats.Add(TimeSpan.FromMinutes(1));
        stats.Add(TimeSpan.FromMinutes(2));
        Assert.Equal(TimeSpan.FromMinutes(2), stats.Median);
        Assert.Equal(TimeSpan.FromMinutes(2), stats.Median);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.1)]
    [InlineData(1.0000001)]
    [InlineData(double.NaN)]
    public void Rejects_percentiles_outside_zero_to_one(double p)
    {
        var stats = new ResponseTimeStats();
        stats.Add(TimeSpan.FromMinutes(1));

        Assert.Throws<ArgumentOutOfRangeException>(() => stats.Percentile(p));
    }

    [Fact]
    public void Snapshot_round_trip_behaves_identically()
    {
        var random = new Random(17);
        var original = new ResponseTimeStats(capacity: 64);
        for (var i = 0; i < 150; i++)
        {
            original.Add(TimeSpan.FromSeconds(random.Next(-10, 3600)));
        }

        var restored = ResponseTimeStats.FromSnapshot(original.Snapshot());
        Assert.Equal(original.TotalAdded, restored.TotalAdded);
        for (var i = 0; i < 40; i++)
        {
            var value = TimeSpan.FromSeconds(random.Next(0, 3600));
            original.Add(value);
            restored.Add(value);
            for (var k = 1; k <= 20; k++)
            {
                Assert.Equal(original.Percentile(k / 20.0), restored.Percentile(k / 20.0));
            }
        }
        Assert.Equal(original.Snapshot().Values, restored.Snapshot().Values);
        Assert.Equal(original.Count, restored.Count);
        Assert.Equal(original.TotalAdded, restored.TotalAdded);
    }
}
