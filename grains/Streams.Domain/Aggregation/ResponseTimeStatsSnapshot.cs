using System.Collections.Immutable;

namespace Streams.Domain.Aggregation;

/// <summary>
/// Checkpoint of a <see cref="ResponseTimeStats"/>: its capacity, the kept first-response times
/// oldest→newest (already clamped at zero), and how many were ever added.
/// </summary>
public sealed record ResponseTimeStatsSnapshot(int Capacity, ImmutableArray<TimeSpan> Values, long TotalAdded);
