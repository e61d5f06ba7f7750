namespace Streams.Grains.Log;

/// <param name="EntriesBehind">Log entries (batches of events) appended and not yet applied, over all partitions.</param>
/// <param name="PendingPartitions">Partitions that applied entries whose updates are not delivered yet.</param>
/// <param name="Unconfirmed">Updates delivered that the brands' and customers' checkpoints do not include yet.</param>
public sealed record LogProgressReport(long EntriesBehind, int PendingPartitions, int Unconfirmed)
{
    public bool Settled => EntriesBehind == 0 && PendingPartitions == 0;
}
