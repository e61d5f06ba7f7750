namespace Streams.Silo.Api;

/// <param name="Settled">Processed equals accepted and nothing derived from them (answers passed up a thread) is still on its way.</param>
public sealed record StatusResponse(long Accepted, long Processed, long InFlight, bool Settled, int Silos, int Partitions);
