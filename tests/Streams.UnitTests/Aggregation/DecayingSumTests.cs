using Streams.Domain.Aggregation;
using Xunit;

namespace Streams.UnitTests.Aggregation;

public sealed class DecayingSumTests
{
    private static readonly DateTime T0 = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Empty_sum_is_zero_with_no_reference_time()
    {
        var sum = new DecayingSum(TimeSpan.FromMinutes(10));

        Assert.Equal(0d, sum.ValueAt(T0));
        Assert.Null(sum.ReferenceTime);
    }

    [Fact]
    public void One_half_life_halves_the_value_and_two_quarter_it()
    {
        var sum = new DecayingSum(TimeSpan.FromMinutes(10));
        sum.Add(T0, 8);

        Assert.Equal(8d, sum.ValueAt(T0));
        Assert.Equal(4d, sum.ValueAt(T0.AddMinutes(10)));
        Assert.Equal(2d, sum.ValueAt(T0.AddMinutes(20)));
        Assert.Equal(8d / Math.Sqrt(2), sum.ValueAt(T0.AddMinutes(5)), 12);
    }

    [Fact]
    public void A_later_add_decays_the_stored_value_forward_first()
    {
        var sum = new DecayingSum(TimeSpan.FromMinutes(10));
        sum.Add(T0, 4);
        sum.Add(T0.AddMinutes(10), 1);

        Assert.Equal(3d, sum.Value);
        Assert.Equal(T0.AddMinutes(10), sum.ReferenceTime);
        Assert.Equal(1.5d, sum.ValueAt(T0.AddMinutes(20)));
    }

    [Fact]
    public void A_late_add_contributes_its_weight_decayed_to_the_reference_time()
    {
        var sum = new DecayingSum(TimeSpan.FromMinutes(10));
        sum.Add(T0.AddMinutes(10), 1);
        sum.Add(T0, 4);

        Assert.Equal(3d, sum.Value);
        Assert.Equal(T0.AddMinutes(10), sum.ReferenceTime);
    }

    [Fact]
    public void Value_at_a_time_before_the_reference_is_the_value_at_the_reference()
    {
        var sum = new DecayingSum(TimeSpan.FromMinutes(10));
        sum.Add(T0, 2);
        sum.Add(T0.AddMinutes(30), 1);

        var atReference = sum.ValueAt(T0.AddMinutes(30));
        Assert.Equal(atReference, sum.ValueAt(T0));
        Assert.Equal(atReference, sum.ValueAt(DateTime.MinValue));
    }

    [Fact]
    public void Result_does_not_depend_on_the_order_of_adds()
    {
        var random = new Random(20261122);
        var events = new (DateTime At, double Weight)[500];
        for (var i = 0; i < events.Length; i++)
        {
            events[i] = (T0.AddSeconds(random.Next(0, 3 * 3600)), 0.1 + random.NextDouble() * 10);
        }
        var halfLife = TimeSpan.FromMinutes(15);
        var end = T0.AddHours(3).AddMinutes(5);
        var expected = 0d;
        foreach (var (at, weight) in events)
        {
            expected += weight * Math.Pow(2, -(end - at).TotalMinutes / 15);
        }

        for (var round = 0; round < 25; round++)
        {
            var shuffled = (ValueTuple<DateTime, double>[])events.Clone();
            random.Shuffle(shuffled);
            var sum = new DecayingSum(halfLife);
            foreach (var (at, weight) in shuffled)
            {
                sum.Add(at, weight);
            }

            var actual = sum.ValueAt(end);
            Assert.True(Math.Abs(actual - expected) <= 1e-9 * expected, $"round {round}: {actual} vs {expected}");
        }
    }

    [Fact]
    public void Sorted_and_reverse_sorted_adds_agree()
    {
        var halfLife = TimeSpan.FromDays(3);
        var forward = new DecayingSum(halfLife);
        var backward = new DecayingSum(halfLife);
        for (var day = 0; day < 60; day++)
        {
            forward.Add(T0.AddDays(day), day + 1);
            backward.Add(T0.AddDays(59 - day), 60 - day);
        }

        var end = T0.AddDays(61);
        Assert.Equal(forward.ValueAt(end), backward.ValueAt(end), 1e-9 * forward.ValueAt(end));
    }

    [Fact]
    public void Long_gaps_underflow_to_zero_without_overflow_or_nan()
    {
        var sum = new DecayingSum(TimeSpan.FromMinutes(1));
        sum.Add(T0, 1e300);
        sum.Add(T0.AddYears(100), 1);

        Assert.Equal(1d, sum.Value);

        sum.Add(T0.AddYears(-100), double.MaxValue);
        Assert.Equal(1d, sum.Value);

        Assert.Equal(0d, sum.ValueAt(DateTime.MaxValue));
    }

    [Fact]
    public void Gap_just_within_double_range_still_decays_smoothly()
    {
        var sum = new DecayingSum(TimeSpan.FromMinutes(1));
        sum.Add(T0, 1);

        Assert.Equal(Math.Pow(2, -1000), sum.ValueAt(T0.AddMinutes(1000)));
        Assert.Equal(0d, sum.ValueAt(T0.AddMinutes(1100)));
    }

    [Fact]
    public void Rejects_non_finite_weights_and_non_positive_half_lives()
    {
        var sum = new DecayingSum(TimeSpan.FromMinutes(1));

        Assert.Throws<ArgumentOutOfRangeException>(() => sum.Add(T0, double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => sum.Add(T0, double.PositiveInfinity));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DecayingSum(TimeSpan.Zero));
        Assert.Null(sum.ReferenceTime);
    }

    [Fact]
    public void Snapshot_round_trip_behaves_identically()
    {
        var original = new DecayingSum(TimeSpan.FromMinutes(7));
        original.Add(T0, 3);
        original.Add(T0.AddMinutes(4), 2);
        original.Add(T0.AddMinutes(1), 5);

        var snapshot = original.Snapshot();
        var restored = DecayingSum.FromSnapshot(snapshot);

        Assert.Equal(TimeSpan.FromMinutes(7), snapshot.HalfLife);
        Assert.Equal(T0.AddMinutes(4), snapshot.ReferenceTime);
        foreach (var (minutes, weight) in new[] { (2, 1.0), (9, 4.0), (6, 0.5) })
        {
            original.Add(T0.AddMinutes(minutes), weight);
            restored.Add(T0.AddMinutes(minutes), weight);
        }
        Assert.Equal(original.ValueAt(T0.AddMinutes(30)), restored.ValueAt(T0.AddMinutes(30)));
        Assert.Equal(original.Snapshot(), restored.Snapshot());
    }

    [Fact]
    public void Snapshot_of_an_empty_sum_restores_empty()
    {
        var restored = DecayingSum.FromSnapshot(new DecayingSum(TimeSpan.FromHours(1)).Snapshot());
        restored.Add(T0, 2);

        Assert.Equal(2d, restored.Value);
        Assert.Equal(T0, restored.ReferenceTime);
    }
}
