namespace Streams.Domain.Scoring;

/// <summary>
/// Virality of a post, 0..100, from how fast it is spreading now (velocity) and how far it has
/// gone (reach). Velocity dominates: a post reaching many people slowly is less urgent than one
/// being reshared right now.
/// </summary>
public static class ViralityScorer
{
    /// <summary>Velocity forgets engagements with this half-life, in event time.</summary>
    public static readonly TimeSpan VelocityHalfLife = TimeSpan.FromMinutes(10);

    /// <summary>The window of the "N reposts in 10 minutes" reason.</summary>
    public static readonly TimeSpan RecentWindow = TimeSpan.FromMinutes(10);

    /// <summary>Decayed weighted engagements at which velocity is two thirds of its maximum.</summary>
    public const double VelocityScale = 20;

    public const double VelocityWeight = 0.7;
    public const double ReachWeight = 0.3;

    /// <summary>
    /// Engagement weights: a repost puts the post in front of a new audience; a quote does that with
    /// commentary (often an amplifying pile-on); a reply spreads it a little; a like barely.
    /// </summary>
    public static double WeightOf(EngagementKind kind) => kind switch
    {
        EngagementKind.Repost => 1.0,
        EngagementKind.Quote => 1.5,
        EngagementKind.Reply => 0.5,
        EngagementKind.Like => 0.1,
        _ => 0,
    };

    /// <summary>Reposts and quotes carry the post to the resharer's followers; replies and likes do not.</summary>
    public static bool IsReshare(EngagementKind kind) => kind is EngagementKind.Repost or EngagementKind.Quote;

    public static double VelocityScore(double decayedWeightedEngagements) =>
        decayedWeightedEngagements <= 0 ? 0 : 100 * (1 - Math.Exp(-decayedWeightedEngagements / VelocityScale));

    /// <summary>Reach on the same log scale as followers: 1k ≈ 43, 100k ≈ 71, 10M = 100.</summary>
    public static double ReachScore(long reach) => InfluenceScorer.FollowerScore(reach);

    public static double Score(double decayedWeightedEngagements, long reach) =>
        Math.Clamp(VelocityWeight * VelocityScore(decayedWeightedEngagements) + ReachWeight * ReachScore(reach), 0, 100);

    /// <summary>Decay factor for a gap of <paramref name="elapsed"/> (0 for very long gaps, 1 for none).</summary>
    public static double DecayFactor(TimeSpan elapsed) =>
        elapsed <= TimeSpan.Zero ? 1 : Math.Pow(2, -elapsed.TotalSeconds / VelocityHalfLife.TotalSeconds);
}
