namespace Streams.Silo.Api;

/// <param name="Settled">Everything accepted has been applied and nothing derived from it (answers passed up a thread) is still on its way. With durable storage: every partition has applied its whole log and delivered what it owes.</param>
/// <param name="LogEntriesBehind">Durable storage only: log entries (batches of events) not yet applied, over all partitions.</param>
/// <param name="Unconfirmed">Durable storage only: updates applied by brands and customers that their checkpoints do not hold yet (kept by the partitions until they do).</param>
/// <param name="DormantCustomers">A single in-memory silo only: idle customers whose grains were deactivated and whose profiles the silo keeps compressed until they post again or are read.</param>
public sealed record StatusResponse(
    long Accepted, long Processed, long InFlight, bool Settled, int Silos, int Partitions,
    long? LogEntriesBehind = null, int? Unconfirmed = null, int? DormantCustomers = null);
