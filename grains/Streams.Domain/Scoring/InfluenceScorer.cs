namespace Streams.Domain.Scoring;

/// <summary>
/// Influence of an author, 0..100. Followers alone are a weak proxy (the field's experience: engaged
/// small audiences often spread things further than celebrities), so observed amplification, the
/// reshares the author's posts actually received recently, carries a third of the score.
/// </summary>
public static class InfluenceScorer
{
    /// <summary>Ten million followers is the top of the follower scale.</summary>
    public const double FollowerScaleDecades = 7;

    /// <summary>Decayed reshares at which amplification is two thirds of its maximum.</summary>
    public const double AmplificationScale = 25;

    public const double FollowerWeight = 0.65;
    public const double AmplificationWeight = 0.35;
    public const double VerifiedBonus = 10;

    /// <summary>How long a reshare keeps counting towards amplification (half-life).</summary>
    public static readonly TimeSpan AmplificationHalfLife = TimeSpan.FromDays(7);

    /// <summary>0..100 on a log scale: 10 followers ≈ 15, 1k ≈ 43, 100k ≈ 71, 10M = 100.</summary>
    /// <remarks>1 + followers is added in double: in long, a follower count of long.MaxValue (the parser
    /// accepts it) wraps to a negative number and the score becomes NaN.</remarks>
    public static double FollowerScore(long followers) =>
        followers <= 0 ? 0 : Math.Min(100, 100 * Math.Log10(1d + followers) / FollowerScaleDecades);

    /// <summary>0..100, saturating: each further reshare adds less.</summary>
    public static double AmplificationScore(double decayedReshares) =>
        decayedReshares <= 0 ? 0 : 100 * (1 - Math.Exp(-decayedReshares / AmplificationScale));

    public static double Score(long followers, bool verified, double decayedReshares) =>
        Math.Clamp(
            FollowerWeight * FollowerScore(followers)
            + AmplificationWeight * AmplificationScore(decayedReshares)
            + (verified ? VerifiedBonus : 0),
            0,
            100);
}
