using System.Collections.Immutable;

namespace Streams.Domain.Aggregation;

/// <summary>
/// Checkpoint of a <see cref="MinuteHourCounter"/>. <see cref="Minutes"/> holds 60 counts and
/// <see cref="Hours"/> 48, oldest→newest, ending at the minute (hour) containing <see cref="Latest"/>,
/// the latest event time seen (null when nothing was added yet).
/// </summary>
public sealed record MinuteHourCounterSnapshot(long Total, DateTime? Latest, ImmutableArray<int> Minutes, ImmutableArray<int> Hours);
