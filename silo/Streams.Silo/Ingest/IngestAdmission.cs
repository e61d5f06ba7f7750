namespace Streams.Silo.Ingest;

/// <summary>What ingest did with a request's events: all taken, or none.</summary>
public enum IngestAdmission
{
    Accepted,

    /// <summary>Too many events in flight: nothing taken; retry after a delay.</summary>
    Saturated,

    /// <summary>Durable storage: the log could not be written (database unreachable): nothing taken; retry later.</summary>
    StorageUnavailable,
}
