using Streams.Abstractions.Events;
using Streams.Abstractions.Posts;

namespace Streams.Grains.Log;

/// <summary>
/// One row of a partition's durable log: a batch of what the partition must apply, in order. Every
/// input of a partition goes through its log (ingested events, replies and answers other partitions
/// pass on, answers marked through the API), so replaying the log from a checkpoint rebuilds
/// exactly the state the partition had.
/// </summary>
/// <param name="SourcePartition">For entries another partition sent: that partition (else -1).</param>
/// <param name="SourceThrough">For entries another partition sent: its log position when it sent them, to ignore a copy sent again after its replay.</param>
[GenerateSerializer, Immutable]
public sealed record PartitionLogEntry(
    [property: Id(0)] MentionEvent[]? Events,
    [property: Id(1)] ThreadSignal[]? Signals,
    [property: Id(2)] MentionEvent[]? Forwards,
    [property: Id(3)] ManualAnswer? Answer,
    [property: Id(4)] int SourcePartition = -1,
    [property: Id(5)] long SourceThrough = 0)
{
    public static PartitionLogEntry Ingested(MentionEvent[] events) => new(events, null, null, null);
}
