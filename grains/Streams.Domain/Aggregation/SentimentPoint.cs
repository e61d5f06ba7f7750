namespace Streams.Domain.Aggregation;

/// <summary>One sentiment score (typically −1..1) at an event time.</summary>
public readonly record struct SentimentPoint(DateTime At, double Sentiment);
