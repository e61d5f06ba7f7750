namespace Streams.Abstractions.Pipeline;

/// <summary>
/// The partitioned mention stream. Ingest and the partition consumers must agree on the provider
/// name and the partition count, or events go to queues nobody reads; both come from here and
/// from the single <c>Streams:Partitions</c> setting.
/// </summary>
public static class MentionStreams
{
    public const string ProviderName = "mentions";
    public const string Namespace = "mentions";
}
