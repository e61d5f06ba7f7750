using Streams.Abstractions.Events;

namespace Streams.Abstractions.Posts;

/// <summary>
/// What a post tells another post that lives in another partition: "I reply to you", "I quote you",
/// "a brand answered below you". Replies and quotes are partitioned by their own id, so their effect
/// on the parent crosses partitions through these signals, batched per flush.
/// </summary>
/// <param name="BrandId">For a reply or answer from a brand's own account: that brand.</param>
[GenerateSerializer, Immutable]
public sealed record ThreadSignal(
    [property: Id(0)] ThreadSignalKind Kind,
    [property: Id(1)] string TargetPostId,
    [property: Id(2)] string SourcePostId,
    [property: Id(3)] DateTime At,
    [property: Id(4)] AuthorRef Author,
    [property: Id(5)] string? BrandId);
