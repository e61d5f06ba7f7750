using System.Collections.Immutable;

namespace Streams.Domain.Aggregation;

/// <summary>
/// Checkpoint of a <see cref="SentimentTrend"/>: settings, the running EWMA and all-time sum, and the
/// recent points oldest→newest by event time.
/// </summary>
public sealed record SentimentTrendSnapshot(
    double Alpha,
    int RecentCapacity,
    long Count,
    double Sum,
    double Ewma,
    ImmutableArray<SentimentPoint> Recent);
