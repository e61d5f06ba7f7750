namespace Streams.Domain.Aggregation;

/// <summary>
/// Checkpoint of a <see cref="DecayingSum"/>: the decayed value as of <see cref="ReferenceTime"/>
/// (the latest event time seen; null when nothing was added yet).
/// </summary>
public sealed record DecayingSumSnapshot(TimeSpan HalfLife, DateTime? ReferenceTime, double Value);
