namespace Streams.Abstractions.Events;

/// <summary>
/// One validated line of the firehose, as ingest hands it to its partition.
/// </summary>
/// <param name="Kind">Post, repost or like.</param>
/// <param name="Id">The event's own id: the post id for a post, the repost id for a repost, empty for a like.</param>
/// <param name="PostId">The post this event concerns: its own id for a post, the target for a repost or like.
/// Events are partitioned on it, so everything that happens to one post is seen by one consumer, in order.</param>
/// <param name="CreatedAt">Event time (UTC). Every window, velocity and response clock runs on it.</param>
/// <param name="Author">Who did it.</param>
/// <param name="Platform">Where; reposts and likes may leave it Unknown.</param>
/// <param name="Text">Post text; null for reposts and likes.</param>
/// <param name="Lang">Language as declared by the source (ISO 639-1), if any.</param>
/// <param name="InReplyTo">For a reply: the post it answers.</param>
/// <param name="QuoteOf">For a quote: the post it quotes.</param>
/// <param name="Region">Country or region code as declared by the source, if any.</param>
[GenerateSerializer, Immutable]
public sealed record MentionEvent(
    [property: Id(0)] EventKind Kind,
    [property: Id(1)] string Id,
    [property: Id(2)] string PostId,
    [property: Id(3)] DateTime CreatedAt,
    [property: Id(4)] AuthorRef Author,
    [property: Id(5)] Platform Platform,
    [property: Id(6)] string? Text,
    [property: Id(7)] string? Lang,
    [property: Id(8)] string? InReplyTo,
    [property: Id(9)] string? QuoteOf,
    [property: Id(10)] string? Region);
