using Streams.Domain.Aggregation;
using Xunit;

namespace Streams.UnitTests.Aggregation;

public sealed class MinuteHourCounterTests
{
    private static readonly DateTime T0 = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Empty_counter_reads_all_zero()
    {
        var counter = new MinuteHourCounter();

        Assert.Equal(new int[60], counter.PerMinute(T0));
        Assert.Equal(new int[48], counter.PerHour(T0));
        Assert.Equal(0, counter.Total);
        Assert.Null(counter.LatestMinute);
    }

    [Fact]
    public void Events_go_to_the_minute_and_hour_that_contain_them()
    {
        var counter = new MinuteHourCounter();
        counter.Add(T0.AddSeconds(30));
        counter.Add(T0.AddMinutes(1).AddTicks(-1));
        counter.Add(T0.AddMinutes(1), 2);
        counter.Add(T0.AddMinutes(59).AddSeconds(59), 5);

        var minutes = counter.PerMinute(T0.AddMinutes(59).AddSeconds(10));
        Assert.Equal(2, minutes[0]);
        Assert.Equal(2, minutes[1]);
        Assert.Equal(5, minutes[59]);
        Assert.Equal(9, minutes.Sum());

        var hours = counter.PerHour(T0.AddMinutes(59));
        Assert.Equal(9, hours[47]);
        Assert.Equal(9, hours.Sum());
        Assert.Equal(9, counter.Total);
        Assert.Equal(T0.AddMinutes(59), counter.LatestMinute);
    }

    [Fact]
    public void A_late_event_within_the_window_goes_to_its_own_bucket()
    {
        var counter = new MinuteHourCounter();
        counter.Add(T0.AddHours(1));
        counter.Add(T0.AddMinutes(30), 3);

        var minutes = counter.PerMinute(T0.AddHours(1));
        Assert.Equal(1, minutes[59]);
        Assert.Equal(3, minutes[29]);
        Assert.Equal(4, minutes.Sum());
        Assert.Equal(new[] { 3, 1 }, counter.PerHour(T0.AddHours(1))[46..]);
    }

    [Fact]
    public void An_event_older_than_a_ring_is_left_out_of_it_but_counted_in_the_total()
    {
        var counter = new MinuteHourCounter();
        counter.Add(T0.AddHours(2));
        counter.Add(T0.AddMinutes(30));
        counter.Add(T0.AddHours(2).AddMinutes(-60));
        counter.Add(T0.AddDays(-3));

        Assert.Equal(1, counter.PerMinute(T0.AddHours(2)).Sum());
        Assert.Equal(1, counter.LastMinutes(T0.AddHours(2), 60));
        var hours = counter.PerHour(T0.AddHours(2));
        Assert.Equal(1, hours[47]);
        Assert.Equal(1, hours[46]);
        Assert.Equal(1, hours[45]);
        Assert.Equal(3, hours.Sum());
        Assert.Equal(4, counter.Total);
    }

    [Fact]
    public void An_advance_clears_the_minutes_it_skips_and_keeps_the_rest()
    {
        var counter = new MinuteHourCounter();
        for (var minute = 0; minute < 60; minute++)
        {
            counter.Add(T0.AddMinutes(minute));
        }
        counter.Add(T0.AddMinutes(90));

        var minutes = counter.PerMinute(T0.AddMinutes(90));
        var expected = new int[60];
        Array.Fill(expected, 1, 0, 29);
        expected[59] = 1;
        Assert.Equal(expected, minutes);
        Assert.Equal(30, counter.LastMinutes(T0.AddMinutes(90), 60));
    }

    [Fact]
    public void A_jump_of_exactly_the_ring_length_clears_the_shared_slot()
    {
        var counter = new MinuteHourCounter();
        counter.Add(T0, 7);
        counter.Add(T0.AddMinutes(60));

        var minutes = counter.PerMinute(T0.AddMinutes(60));
        Assert.Equal(1, minutes[59]);
        Assert.Equal(1, minutes.Sum());
    }

    [Fact]
    public void A_jump_longer_than_either_ring_clears_both()
    {
        var counter = new MinuteHourCounter();
        for (var hour = 0; hour < 48; hour++)
        {
            for (var minute = 0; minute < 60; minute += 7)
            {
                counter.Add(T0.AddHours(hour).AddMinutes(minute));
            }
        }
        var later = T0.AddHours(48 + 100).AddMinutes(13);
        counter.Add(later, 2);

        var minutes = counter.PerMinute(later);
        Assert.Equal(2, minutes[59]);
        Assert.Equal(2, minutes.Sum());
        var hours = counter.PerHour(later);
        Assert.Equal(2, hours[47]);
        Assert.Equal(2, hours.Sum());
        Assert.Equal(48 * 9 + 2, counter.Total);
    }

    [Fact]
    public void Queries_end_at_the_callers_now_without_moving_the_rings()
    {
        var counter = new MinuteHourCounter();
        counter.Add(T0, 3);
        counter.Add(T0.AddMinutes(10));

        Assert.Equal(3, counter.PerMinute(T0.AddMinutes(5))[54]);
        Assert.Equal(3, counter.LastMinutes(T0.AddMinutes(5), 6));
        Assert.Equal(0, counter.LastMinutes(T0.AddMinutes(5), 5));
        Assert.Equal(1, counter.LastMinutes(T0.AddMinutes(15), 6));
        Assert.Equal(4, counter.LastMinutes(T0.AddMinutes(15), 16));
        Assert.Equal(1, counter.LastMinutes(T0.AddMinutes(69), 60));
        Assert.Equal(0, counter.LastMinutes(T0.AddMinutes(70), 60));

        counter.Add(T0.AddMinutes(11));
        Assert.Equal(5, counter.LastMinutes(T0.AddMinutes(11), 60));
    }

    [Fact]
    public void Last_hours_sums_whole_hours_ending_with_the_current_one()
    {
        var counter = new MinuteHourCounter();
        counter.Add(T0, 1);
        counter.Add(T0.AddHours(1).AddMinutes(59), 2);
        counter.Add(T0.AddHours(3).AddMinutes(1), 4);

        var now = T0.AddHours(3).AddMinutes(30);
        Assert.Equal(4, counter.LastHours(now, 1));
        Assert.Equal(4, counter.LastHours(now, 2));
        Assert.Equal(6, counter.LastHours(now, 3));
        Assert.Equal(7, counter.LastHours(now, 4));
        Assert.Equal(7, counter.LastHours(now, 48));
        Assert.Equal(7, counter.LastHours(T0.AddHours(47), 48));
        Assert.Equal(6, counter.LastHours(T0.AddHours(48), 48));
        Assert.Equal(4, counter.LastHours(T0.AddHours(49), 48));
        Assert.Equal(0, counter.LastHours(T0.AddHours(51), 48));
    }

    [Fact]
    public void Span_overloads_fill_the_most_recent_buckets()
    {
        var counter = new MinuteHourCounter();
        counter.Add(T0.AddMinutes(57), 1);
        counter.Add(T0.AddMinutes(59), 2);

        Span<int> lastThree = stackalloc int[3];
        counter.PerMinute(T0.AddMinutes(59), lastThree);
        Assert.Equal(new[] { 1, 0, 2 }, lastThree.ToArray());

        Span<int> tooLong = new int[61];
        var thrown = false;
        try
        {
            counter.PerMinute(T0, tooLong);
        }
        catch (ArgumentOutOfRangeException)
        {
            thrown = true;
        }
        Assert.True(thrown);
    }

    [Fact]
    public void Rejects_out_of_range_arguments()
    {
        var counter = new MinuteHourCounter();

        Assert.Throws<ArgumentOutOfRangeException>(() => counter.Add(T0, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => counter.LastMinutes(T0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => counter.LastMinutes(T0, 61));
        Assert.Throws<ArgumentOutOfRangeException>(() => counter.LastHours(T0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => counter.LastHours(T0, 49));
        Assert.Equal(0, counter.Total);
    }

    [Fact]
    public void Matches_a_naive_count_on_a_jittered_random_stream()
    {
        var random = new Random(7);
        var counter = new MinuteHourCounter();
        var perMinute = new Dictionary<long, int>();
        var perHour = new Dictionary<long, int>();
        var latest = DateTime.MinValue;
        var clock = T0;

        for (var i = 0; i < 4000; i++)
        {
            // Mostly a few seconds apart, sometimes a quiet spell of minutes to hours, up to 5 minutes late.
            clock = clock.AddSeconds(random.Next(0, 20));
            if (random.Next(200) == 0)
            {
                clock = clock.AddMinutes(random.Next(1, 300));
            }
            var at = clock.AddSeconds(-random.Next(0, 300));
            var count = random.Next(1, 4);
            counter.Add(at, count);
            latest = at > latest ? at : latest;
            var minute = at.Ticks / TimeSpan.TicksPerMinute;
            perMinute[minute] = perMinute.GetValueOrDefault(minute) + count;
            var hour = at.Ticks / TimeSpan.TicksPerHour;
            perHour[hour] = perHour.GetValueOrDefault(hour) + count;

            if (i % 7 == 0)
            {
                var now = latest.AddMinutes(random.Next(0, 3));
                var nowMinute = now.Ticks / TimeSpan.TicksPerMinute;
                var expectedMinutes = new int[60];
                for (var j = 0; j < 60; j++)
                {
                    expectedMinutes[j] = perMinute.GetValueOrDefault(nowMinute - 59 + j);
                }
                Assert.Equal(expectedMinutes, counter.PerMinute(now));

                var nowHour = now.Ticks / TimeSpan.TicksPerHour;
                var expectedHours = new int[48];
                for (var j = 0; j < 48; j++)
                {
                    expectedHours[j] = perHour.GetValueOrDefault(nowHour - 47 + j);
                }
                Assert.Equal(expectedHours, counter.PerHour(now));
                Assert.Equal(expectedMinutes[50..].Sum(), counter.LastMinutes(now, 10));
                Assert.Equal(expectedHours[24..].Sum(), counter.LastHours(now, 24));
            }
        }
        Assert.Equal(perMinute.Values.Sum(), counter.Total);
    }

    [Fact]
    public void Snapshot_round_trip_behaves_identically()
    {
        var random = new Random(11);
        var original = new MinuteHourCounter();
        for (var i = 0; i < 500; i++)
        {
            original.Add(T0.AddMinutes(random.Next(0, 6 * 60)), random.Next(1, 5));
        }

        var restored = MinuteHourCounter.FromSnapshot(original.Snapshot());
        for (var i = 0; i < 200; i++)
        {
            var at = T0.AddMinutes(random.Next(5 * 60, 8 * 60));
            original.Add(at);
            restored.Add(at);
        }

        Assert.Equal(original.Total, restored.Total);
        Assert.Equal(original.LatestMinute, restored.LatestMinute);
        foreach (var now in new[] { T0.AddHours(7), T0.AddHours(8), T0.AddHours(9).AddMinutes(17) })
        {
            Assert.Equal(original.PerMinute(now), restored.PerMinute(now));
            Assert.Equal(original.PerHour(now), restored.PerHour(now));
        }
        Assert.Equal(original.Snapshot().Minutes, restored.Snapshot().Minutes);
        Assert.Equal(original.Snapshot().Hours, restored.Snapshot().Hours);
    }

    [Fact]
    public void Snapshot_lays_buckets_out_oldest_to_newest_ending_at_the_latest()
    {
        var counter = new MinuteHourCounter();
        counter.Add(T0.AddMinutes(75), 2);
        counter.Add(T0.AddMinutes(20), 1);

        var snapshot = counter.Snapshot();
        Assert.Equal(T0.AddMinutes(75), snapshot.Latest);
        Assert.Equal(2, snapshot.Minutes[59]);
        Assert.Equal(1, snapshot.Minutes[4]);
        Assert.Equal(new[] { 1, 2 }, snapshot.Hours[46..48].ToArray());
        Assert.Equal(3, snapshot.Total);
    }
}
