namespace Streams.Abstractions.Pipeline;

/// <summary>Cluster-wide counts: events accepted by ingest, and events fully applied to grain state.</summary>
/// <param name="PendingPartitions">Partitions whose derived effects (answers passed up a thread, replies
/// counted on a parent in another partition) have not all landed yet.</param>
[GenerateSerializer, Immutable]
public sealed record PipelineTotals(
    [property: Id(0)] long Accepted,
    [property: Id(1)] long Processed,
    [property: Id(2)] int Silos,
    [property: Id(3)] int PendingPartitions)
{
    /// <summary>Everything accepted has been applied and nothing derived from it is still on its way.</summary>
    public bool Settled => Processed >= Accepted && PendingPartitions == 0;
}
