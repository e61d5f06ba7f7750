namespace Streams.Domain.Ingest;

/// <summary>
/// Size limits applied while reading a firehose batch. They bound the memory one request can take,
/// so a single bad client cannot starve the silo.
/// </summary>
/// <param name="MaxLineBytes">Longest accepted line in bytes, not counting the '\n' and an optional '\r' before it.</param>
/// <param name="MaxTextLength">Longest accepted post text, in UTF-16 characters.</param>
/// <param name="MaxBodyBytes">Largest accepted request body; beyond it the whole batch is refused (HTTP 413).</param>
/// <param name="MaxIdLength">Longest accepted id (and other short string field), in UTF-16 characters.</param>
public sealed record IngestLimits(
    int MaxLineBytes = 65_536,
    int MaxTextLength = 10_000,
    long MaxBodyBytes = 32 * 1024 * 1024,
    int MaxIdLength = 256)
{
    public static IngestLimits Default { get; } = new();
}
