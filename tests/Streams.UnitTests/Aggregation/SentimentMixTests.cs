using Streams.Domain.Aggregation;
using Xunit;

namespace Streams.UnitTests.Aggregation;

public sealed class SentimentMixTests
{
    [Fact]
    public void Thresholds_are_inclusive_on_both_sides()
    {
        var mix = new SentimentMix();
        mix.Add(-0.05);
        mix.Add(-0.9);
        mix.Add(0.05);
        mix.Add(-0.0499);
        mix.Add(0.0499);
        mix.Add(0);

        Assert.Equal(2, mix.Negative);
        Assert.Equal(3, mix.Neutral);
        Assert.Equal(1, mix.Positive);
        Assert.Equal(6, mix.Total);
    }

    [Fact]
    public void Shares_sum_to_one_or_are_zero_when_empty()
    {
        var mix = new SentimentMix();
        Assert.Equal(new SentimentShares(0, 0, 0), mix.Shares);

        mix.Add(-1);
        mix.Add(1);
        mix.Add(1);
        mix.Add(0);

        Assert.Equal(new SentimentShares(0.25, 0.25, 0.5), mix.Shares);
        var shares = mix.Shares;
        Assert.Equal(1d, shares.Negative + shares.Neutral + shares.Positive, 12);
    }

    [Fact]
    public void Custom_thresholds_apply()
    {
        var mix = new SentimentMix(negativeThreshold: -0.5, positiveThreshold: 0.25);
        mix.Add(-0.4);
        mix.Add(-0.5);
        mix.Add(0.25);
        mix.Add(0.2);

        Assert.Equal((1L, 2L, 1L), (mix.Negative, mix.Neutral, mix.Positive));
    }

    [Fact]
    public void Rejects_bad_thresholds_and_nan()
    {
        Assert.Throws<ArgumentException>(() => new SentimentMix(0.1, 0.1));
        Assert.Throws<ArgumentException>(() => new SentimentMix(double.NaN, 0.1));
        var mix = new SentimentMix();
        Assert.Throws<ArgumentOutOfRangeException>(() => mix.Add(double.NaN));
        Assert.Equal(0, mix.Total);
    }

    [Fact]
    public void Snapshot_round_trip_behaves_identically()
    {
        var original = new SentimentMix(-0.2, 0.3);
        foreach (var value in new[] { -0.5, 0.1, 0.4, 0.3, -0.2 })
        {
            original.Add(value);
        }

        var snapshot = original.Snapshot();
        var restored = SentimentMix.FromSnapshot(snapshot);

        Assert.Equal(new SentimentMixSnapshot(-0.2, 0.3, 2, 1, 2), snapshot);
        original.Add(0.25);
        restored.Add(0.25);
        Assert.Equal(original.Snapshot(), restored.Snapshot());
        Assert.Equal(original.Shares, restored.Shares);
    }
}
