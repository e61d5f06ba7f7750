namespace Streams.Domain.Aggregation;

/// <summary>Fractions of negative, neutral and positive values: they sum to 1, or are all 0 when nothing was counted.</summary>
public readonly record struct SentimentShares(double Negative, double Neutral, double Positive);
