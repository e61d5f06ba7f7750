namespace Streams.Domain.Scoring;

/// <summary>How a post is spreading at one instant of event time.</summary>
/// <param name="Velocity">Decayed weighted engagements.</param>
/// <param name="RecentReshares">Reposts and quotes in the last <see cref="ViralityScorer.RecentWindow"/>.</param>
/// <param name="TotalReshares">Reposts and quotes so far.</param>
/// <param name="Reach">Author's followers plus those of everyone who reshared.</param>
public readonly record struct SpreadSnapshot(
    DateTime At,
    double Velocity,
    int RecentReshares,
    int TotalReshares,
    long Reach,
    double Virality);
