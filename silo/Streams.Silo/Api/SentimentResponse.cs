namespace Streams.Silo.Api;

public sealed record SentimentResponse(long Negative, long Neutral, long Positive, double Average);
