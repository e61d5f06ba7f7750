using Streams.Domain.Scoring;
using Xunit;

namespace Streams.UnitTests.Scoring;

public sealed class ViralityScorerTests
{
    [Fact]
    public void Velocity_score_is_monotonic_and_saturating()
    {
        Assert.Equal(0, ViralityScorer.VelocityScore(0));
        Assert.Equal(0, ViralityScorer.VelocityScore(-1));
        Assert.Equal(100 * (1 - Math.Exp(-1)), ViralityScorer.VelocityScore(ViralityScorer.VelocityScale), 9);
        var previous = 0.0;
        for (var v = 0.5; v < 100; v += 0.5)
        {
            var score = ViralityScorer.VelocityScore(v);
            Assert.True(score > previous);
            Assert.InRange(score, 0, 100);
            previous = score;
        }
    }

    [Fact]
    public void Reach_uses_the_follower_scale()
    {
        Assert.Equal(InfluenceScorer.FollowerScore(123_456), ViralityScorer.ReachScore(123_456));
        Assert.Equal(100, ViralityScorer.ReachScore(10_000_000));
        Assert.Equal(0, ViralityScorer.ReachScore(0));
    }

    [Fact]
    public void Score_grows_with_velocity_and_with_reach()
    {
        Assert.True(ViralityScorer.Score(10, 5_000) > ViralityScorer.Score(5, 5_000));
        Assert.True(ViralityScorer.Score(10, 50_000) > ViralityScorer.Score(10, 5_000));
        Assert.Equal(0, ViralityScorer.Score(0, 0));
        Assert.Equal(
            ViralityScorer.VelocityWeight * ViralityScorer.VelocityScore(7) + ViralityScorer.ReachWeight * ViralityScorer.ReachScore(20_000),
            ViralityScorer.Score(7, 20_000),
            9);
    }

    [Fact]
    public void Velocity_dominates_reach()
    {
        // All the reach in the world without engagement is worth less than a fast pile-on by small accounts.
        Assert.True(ViralityScorer.Score(60, 1_000) > ViralityScorer.Score(0, 10_000_000));
    }

    [Fact]
    public void Score_is_bounded()
    {
        Assert.Equal(100, ViralityScorer.Score(1e12, long.MaxValue), 6);
        foreach (var v in new[] { 0.0, 1, 10, 100, 1e6 })
        {
            foreach (var reach in new long[] { 0, 10, 10_000, 10_000_000, long.MaxValue })
            {
                Assert.InRange(ViralityScorer.Score(v, reach), 0, 100);
            }
        }
    }

    [Fact]
    public void Quote_outweighs_repost_outweighs_reply_outweighs_like()
    {
        Assert.True(ViralityScorer.WeightOf(EngagementKind.Quote) > ViralityScorer.WeightOf(EngagementKind.Repost));
        Assert.True(ViralityScorer.WeightOf(EngagementKind.Repost) > ViralityScorer.WeightOf(EngagementKind.Reply));
        Assert.True(ViralityScorer.WeightOf(EngagementKind.Reply) > ViralityScorer.WeightOf(EngagementKind.Like));
        Assert.True(ViralityScorer.WeightOf(EngagementKind.Like) > 0);
        Assert.Equal(0, ViralityScorer.WeightOf((EngagementKind)99));
    }

    [Fact]
    public void Only_reposts_and_quotes_are_reshares()
    {
        Assert.True(ViralityScorer.IsReshare(EngagementKind.Repost));
        Assert.True(ViralityScorer.IsReshare(EngagementKind.Quote));
        Assert.False(ViralityScorer.IsReshare(EngagementKind.Reply));
        Assert.False(ViralityScorer.IsReshare(EngagementKind.Like));
    }

    [Fact]
    public void One_half_life_halves()
    {
        Assert.Equal(0.5, ViralityScorer.DecayFactor(ViralityScorer.VelocityHalfLife), 12);
        Assert.Equal(0.25, ViralityScorer.DecayFactor(ViralityScorer.VelocityHalfLife * 2), 12);
        Assert.Equal(Math.Sqrt(0.5), ViralityScorer.DecayFactor(ViralityScorer.VelocityHalfLife / 2), 12);
    }

    [Fact]
    public void No_gap_no_decay_and_long_gaps_forget()
    {
        Assert.Equal(1, ViralityScorer.DecayFactor(TimeSpan.Zero));
        Assert.Equal(1, ViralityScorer.DecayFactor(TimeSpan.FromMinutes(-5)));
        Assert.True(ViralityScorer.DecayFactor(TimeSpan.FromDays(1)) < 1e-40);
        Assert.InRange(ViralityScorer.DecayFactor(TimeSpan.FromDays(365)), 0, 1e-300);
    }

    [Fact]
    public void Decay_factor_is_monotonic()
    {
        var previous = 1.0;
        for (var seconds = 30; seconds < 7200; seconds += 30)
        {
            var factor = ViralityScorer.DecayFactor(TimeSpan.FromSeconds(seconds));
            Assert.True(factor < previous);
            previous = factor;
        }
    }
}
