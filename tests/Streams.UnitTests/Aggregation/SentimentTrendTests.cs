using Streams.Domain.Aggregation;
using Xunit;

namespace Streams.UnitTests.Aggregation;

public sealed class SentimentTrendTests
{
    private static readonly DateTime T0 = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Empty_trend_reads_zero()
    {
        var trend = new SentimentTrend();

        Assert.Equal(0, trend.Count);
        Assert.Equal(0d, trend.Mean);
        Assert.Equal(0d, trend.Ewma);
        Assert.Equal(0d, trend.Direction);
        Assert.Empty(trend.Recent);
    }

    [Fact]
    public void Ewma_starts_at_the_first_value_then_weights_each_new_one_by_alpha()
    {
        var trend = new SentimentTrend(alpha: 0.5);
        trend.Add(T0, 1);
        Assert.Equal(1d, trend.Ewma);

        trend.Add(T0.AddMinutes(1), 0);
        Assert.Equal(0.5d, trend.Ewma);

        trend.Add(T0.AddMinutes(2), 1);
        Assert.Equal(0.75d, trend.Ewma);
        Assert.Equal(2d / 3, trend.Mean, 12);
        Assert.Equal(0.75 - 2d / 3, trend.Direction, 12);
        Assert.Equal(3, trend.Count);
    }

    [Fact]
    public void Default_alpha_is_point_three()
    {
        var trend = new SentimentTrend();
        trend.Add(T0, 0);
        trend.Add(T0.AddMinutes(1), 1);

        Assert.Equal(0.3, trend.Alpha);
        Assert.Equal(0.3, trend.Ewma, 12);
    }

    [Fact]
    public void Direction_is_positive_when_improving_and_negative_when_souring()
    {
        var improving = new SentimentTrend();
        var souring = new SentimentTrend();
        for (var i = 0; i < 10; i++)
        {
            improving.Add(T0.AddHours(i), i < 5 ? -0.8 : 0.6);
            souring.Add(T0.AddHours(i), i < 5 ? 0.6 : -0.8);
        }

        // After five 0.6s the EWMA has closed all but 0.7^5 of the 1.4 gap from −0.8; the mean is −0.1.
        var expected = 0.6 - 1.4 * Math.Pow(0.7, 5) + 0.1;
        Assert.Equal(expected, improving.Direction, 12);
        Assert.Equal(-expected, souring.Direction, 12);
        Assert.Equal(-0.1, improving.Mean, 12);
    }

    [Fact]
    public void Recent_keeps_the_last_twenty_oldest_to_newest()
    {
        var trend = new SentimentTrend();
        for (var i = 0; i < 25; i++)
        {
            trend.Add(T0.AddMinutes(i), i / 100.0);
        }

        var recent = trend.Recent;
        Assert.Equal(20, recent.Count);
        Assert.Equal(Enumerable.Range(5, 20).Select(i => new SentimentPoint(T0.AddMinutes(i), i / 100.0)), recent);
        Assert.Equal(25, trend.Count);
    }

    [Fact]
    public void A_late_value_takes_its_place_in_event_time_order()
    {
        var trend = new SentimentTrend(recentCapacity: 3);
        trend.Add(T0.AddMinutes(10), 0.1);
        trend.Add(T0.AddMinutes(20), 0.2);
        trend.Add(T0.AddMinutes(15), 0.15);
        Assert.Equal([10, 15, 20], trend.Recent.Select(p => (int)(p.At - T0).TotalMinutes));

        // Full: a late value in the middle pushes out the oldest.
        trend.Add(T0.AddMinutes(17), 0.17);
        Assert.Equal([15, 17, 20], trend.Recent.Select(p => (int)(p.At - T0).TotalMinutes));

        // Full: a value older than everything kept is not kept (but still counts).
        trend.Add(T0.AddMinutes(1), -1);
        Assert.Equal([15, 17, 20], trend.Recent.Select(p => (int)(p.At - T0).TotalMinutes));
        Assert.Equal(5, trend.Count);

        // Equal times keep arrival order.
        trend.Add(T0.AddMinutes(20), 0.3);
        Assert.Equal([0.17, 0.2, 0.3], trend.Recent.Select(p => p.Sentiment));
    }

    [Fact]
    public void Late_values_fold_into_the_ewma_in_arrival_order()
    {
        var trend = new SentimentTrend(alpha: 0.5);
        trend.Add(T0.AddMinutes(5), 1);
        trend.Add(T0, -1);

        Assert.Equal(0d, trend.Ewma);
    }

    [Fact]
    public void Rejects_bad_settings_and_values()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SentimentTrend(alpha: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SentimentTrend(alpha: 1.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SentimentTrend(recentCapacity: 0));
        var trend = new SentimentTrend();
        Assert.Throws<ArgumentOutOfRangeException>(() => trend.Add(T0, double.NaN));
        Assert.Equal(0, trend.Count);
    }

    [Fact]
    public void Snapshot_round_trip_behaves_identically()
    {
        var random = new Random(8);
        var original = new SentimentTrend(alpha: 0.4, recentCapacity: 5);
        for (var i = 0; i < 12; i++)
        {
            original.Add(T0.AddMinutes(i * 2 - random.Next(0, 4)), random.NextDouble() * 2 - 1);
        }

        var snapshot = original.Snapshot();
        var restored = SentimentTrend.FromSnapshot(snapshot);

        Assert.Equal(5, snapshot.Recent.Length);
        for (var i = 12; i < 20; i++)
        {
            var at = T0.AddMinutes(i * 2 - random.Next(0, 4));
            var value = random.NextDouble() * 2 - 1;
            original.Add(at, value);
            restored.Add(at, value);
            Assert.Equal(original.Ewma, restored.Ewma);
            Assert.Equal(original.Mean, restored.Mean);
            Assert.Equal(original.Direction, restored.Direction);
            Assert.Equal(original.Recent, restored.Recent);
        }
        Assert.Equal(original.Count, restored.Count);
    }
}
