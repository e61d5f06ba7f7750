namespace Streams.Abstractions.Pipeline;

/// <summary>
/// Maps a post id to a stream partition. The hash must be the same in every process of a cluster
/// (string.GetHashCode is randomised per process), so it is FNV-1a over the UTF-16 code units.
/// </summary>
public static class PartitionMap
{
    /// <summary>
    /// The partition an event is processed in. A reply or quote goes to the partition of the post it
    /// answers or quotes, so its effect there (an answer, a reply or reshare counted) is applied in
    /// stream order with that post's other events; the reply itself is then forwarded to its own
    /// partition, where it lives. Everything else goes to the partition of the post it concerns.
    /// </summary>
    public static int PartitionOf(Events.MentionEvent mention, int partitionCount) =>
        PartitionOf(RoutingKey(mention), partitionCount);

    public static string RoutingKey(Events.MentionEvent mention) =>
        mention.Kind == Events.EventKind.Post ? mention.InReplyTo ?? mention.QuoteOf ?? mention.Id : mention.PostId;

    public static int PartitionOf(ReadOnlySpan<char> postId, int partitionCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(partitionCount, 1);
        uint hash = 2166136261;
        foreach (var c in postId)
        {
            hash = (hash ^ c) * 16777619;
        }
        return (int)(hash % (uint)partitionCount);
    }
}
