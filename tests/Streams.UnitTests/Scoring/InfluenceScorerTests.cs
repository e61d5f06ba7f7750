using Streams.Domain.Scoring;
using Xunit;

namespace Streams.UnitTests.Scoring;

public sealed class InfluenceScorerTests
{
    [Fact]
    public void Follower_score_is_zero_without_followers()
    {
        Assert.Equal(0, InfluenceScorer.FollowerScore(0));
        Assert.Equal(0, InfluenceScorer.FollowerScore(-5));
    }

    [Fact]
    public void Ten_million_followers_is_the_top_of_the_scale()
    {
        Assert.Equal(100, InfluenceScorer.FollowerScore(10_000_000));
        Assert.Equal(100, InfluenceScorer.FollowerScore(250_000_000));
        Assert.Equal(100, InfluenceScorer.FollowerScore(long.MaxValue));
        Assert.True(InfluenceScorer.FollowerScore(5_000_000) < 100);
    }

    [Theory]
    [InlineData(10, 14.9)]
    [InlineData(1_000, 42.9)]
    [InlineData(100_000, 71.4)]
    public void Follower_score_is_log_scaled(long followers, double expected) =>
        Assert.Equal(expected, InfluenceScorer.FollowerScore(followers), 1);

    [Fact]
    public void Follower_score_is_monotonic_and_bounded()
    {
        var previous = -1.0;
        for (long followers = 0; followers <= 20_000_000; followers = followers * 3 + 1)
        {
            var score = InfluenceScorer.FollowerScore(followers);
            Assert.InRange(score, 0, 100);
            Assert.True(score >= previous, $"{followers}: {score} < {previous}");
            if (followers < 9_999_999)
            {
                Assert.True(score > previous, $"{followers}: not strictly increasing");
            }
            previous = score;
        }
    }

    [Fact]
    public void Each_decade_of_followers_adds_about_the_same()
    {
        var step1 = InfluenceScorer.FollowerScore(10_000) - InfluenceScorer.FollowerScore(1_000);
        var step2 = InfluenceScorer.FollowerScore(1_000_000) - InfluenceScorer.FollowerScore(100_000);
        Assert.Equal(100 / InfluenceScorer.FollowerScaleDecades, step1, 0.1);
        Assert.Equal(step1, step2, 0.01);
    }

    [Fact]
    public void Amplification_saturates()
    {
        Assert.Equal(0, InfluenceScorer.AmplificationScore(0));
        Assert.Equal(0, InfluenceScorer.AmplificationScore(-3));
        Assert.Equal(100 * (1 - Math.Exp(-1)), InfluenceScorer.AmplificationScore(InfluenceScorer.AmplificationScale), 9);
        var previous = 0.0;
        var previousGain = double.MaxValue;
        for (var reshares = 5; reshares <= 500; reshares += 5)
        {
            var score = InfluenceScorer.AmplificationScore(reshares);
            Assert.True(score > previous || score == 100);
            var gain = score - previous;
            Assert.True(gain < previousGain, $"the gain at {reshares} grew");
            Assert.InRange(score, 0, 100);
            previous = score;
            previousGain = gain;
        }
        Assert.True(InfluenceScorer.AmplificationScore(200) > 99.9);
    }

    [Fact]
    public void Score_weights_followers_and_amplification()
    {
        Assert.Equal(0, InfluenceScorer.Score(0, false, 0));
        Assert.Equal(InfluenceScorer.FollowerWeight * InfluenceScorer.FollowerScore(48_000), InfluenceScorer.Score(48_000, false, 0), 9);
        Assert.Equal(
            InfluenceScorer.FollowerWeight * InfluenceScorer.FollowerScore(48_000) + InfluenceScorer.AmplificationWeight * InfluenceScorer.AmplificationScore(12),
            InfluenceScorer.Score(48_000, false, 12),
            9);
        Assert.True(InfluenceScorer.Score(1_000, false, 50) > InfluenceScorer.Score(1_000, false, 5));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1_000, 0)]
    [InlineData(48_000, 20)]
    public void Verified_authors_get_a_bonus(long followers, double reshares) =>
        Assert.Equal(
            InfluenceScorer.VerifiedBonus,
            InfluenceScorer.Score(followers, true, reshares) - InfluenceScorer.Score(followers, false, reshares),
            9);

    [Fact]
    public void Influence_is_clamped_to_100()
    {
        Assert.Equal(100, InfluenceScorer.Score(long.MaxValue, true, 1e9));
        Assert.Equal(100, InfluenceScorer.Score(10_000_000, true, 1_000), 9);
        Assert.Equal(75, InfluenceScorer.Score(10_000_000, true, 0), 9);
        Assert.Equal(65, InfluenceScorer.Score(10_000_000, false, 0), 9);
    }
}
