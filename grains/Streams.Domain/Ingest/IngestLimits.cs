namespace Streams.Domain.Ingest;

/// <summary>
/// Limits applied while reading a firehose batch. The size limits bound the memory one request can take,
/// so a single bad client cannot starve the silo; the time limit keeps a wrong clock from moving event time.
/// </summary>
/// <param name="MaxLineBytes">Longest accepted line in bytes, not counting the '\n' and an optional '\r' before it.</param>
/// <param name="MaxTextLength">Longest accepted post text, in UTF-16 characters.</param>
/// <param name="MaxBodyBytes">Largest accepted request body; beyond it the whole batch is refused (HTTP 413).</param>
/// <param name="MaxIdLength">Longest accepted id (and other short string field), in UTF-16 characters.</param>
/// <param name="LatestCreatedAt">
/// Latest accepted <c>createdAt</c> (UTC), or null for any. The HTTP ingest sets it to the server's clock plus
/// <c>Streams:MaxEventAheadMinutes</c>: one event dated years ahead would otherwise move its partition's event time
/// there, and the retention sweep would forget every quiet post.
/// </param>
public sealed record IngestLimits(
    int MaxLineBytes = 65_536,
    int MaxTextLength = 10_000,
    long MaxBodyBytes = 32 * 1024 * 1024,
    int MaxIdLength = 256,
    DateTime? LatestCreatedAt = null)
{
    public static IngestLimits Default { get; } = new();
}
