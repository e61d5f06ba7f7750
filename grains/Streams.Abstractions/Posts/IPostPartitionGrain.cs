using Orleans.Concurrency;
using Streams.Abstractions.Brands;
using Streams.Abstractions.Events;

namespace Streams.Abstractions.Posts;

/// <summary>
/// Consumes one partition of the firehose and owns the state of every post that hashes to
/// it (key: partition number). Keeping per-post state here instead of in a grain per post avoids
/// one activation per post, which would cap throughput far below the firehose.
/// </summary>
public interface IPostPartitionGrain : IGrainWithIntegerKey
{
    /// <summary>Interleaves with a flush in progress: partitions signal each other, and two flushing partitions waiting on each other would deadlock.</summary>
    [AlwaysInterleave]
    Task ApplySignalsAsync(IReadOnlyList<ThreadSignal> signals);

    /// <summary>Replies and quotes processed in their parent's partition, sent on to the partition they live in.</summary>
    [AlwaysInterleave]
    Task ApplyForwardedAsync(IReadOnlyList<MentionEvent> posts);

    [AlwaysInterleave]
    Task<PostView?> GetPostAsync(string postId);

    /// <summary>
    /// Runs a draft brand's matcher over the newest <paramref name="maxPosts"/> customer posts kept here and compares
    /// it with the live matcher's decisions. Synchronous within its turn, so it reads a consistent partition even
    /// while interleaved with a flush.
    /// </summary>
    [AlwaysInterleave]
    Task<BrandBacktest> BacktestAsync(BrandConfig draft, int maxPosts, int maxSamples);

    /// <summary>Marks a post answered on another channel, at <paramref name="at"/> or the partition's current event time.</summary>
    Task<AnswerOutcome> MarkAnsweredAsync(string postId, string? brandId, DateTime? at);

    /// <summary>
    /// Applies accepted events, in order: ingest's one call at a time per partition, in memory (with
    /// durable storage the partition reads its log instead). Completes once they are applied, and
    /// after a flush when that made the outbox full, so a partition behind holds its caller back.
    /// </summary>
    Task ApplyEventsAsync(IReadOnlyList<MentionEvent> events);

    /// <summary>
    /// Durable storage: the partition's log has entries up to <paramref name="head"/>; read and apply
    /// them. One-way, so ingest never waits for processing; a call also activates a partition whose
    /// silo died, which then restores its checkpoint and replays its log (0: only activate; an
    /// active partition also reads its log on its own flush tick).
    /// </summary>
    [OneWay]
    Task WakeAsync(long head);

    /// <summary>How far the partition is through its durable log.</summary>
    [AlwaysInterleave]
    Task<PartitionProgress> GetProgressAsync();
}
