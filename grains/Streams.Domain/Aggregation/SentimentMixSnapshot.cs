namespace Streams.Domain.Aggregation;

/// <summary>Checkpoint of a <see cref="SentimentMix"/>: its thresholds and the three counts.</summary>
public sealed record SentimentMixSnapshot(double NegativeThreshold, double PositiveThreshold, long Negative, long Neutral, long Positive);
