using System.Collections.Immutable;

namespace Streams.Domain.Aggregation;

/// <summary>
/// Checkpoint of a <see cref="WindowCounter"/>: its settings, the latest event time seen (null when
/// nothing was added yet), the kept event times as ticks in ascending order, and how many events the
/// capacity cap has pushed out so far.
/// </summary>
public sealed record WindowCounterSnapshot(
    TimeSpan MaxWindow,
    int Capacity,
    DateTime? Latest,
    ImmutableArray<long> TimestampTicks,
    long EvictedByCapacity);
