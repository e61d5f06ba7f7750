using Streams.Domain.Posts;
using Streams.Domain.Text;

namespace Streams.Domain.Partitioning;

/// <summary>
/// Checkpoint of a <see cref="PartitionEngine"/>, taken right after its outbox drained, so nothing
/// owed to other grains is in it. <see cref="PartitionCount"/> is kept because the posts were
/// routed here by it: under another count they would belong to other partitions.
/// <see cref="SentimentWindows"/> (each brand's sentiment counts, <see cref="BrandSentimentPriors"/>) is null in
/// checkpoints written before they were kept.
/// </summary>
public sealed record PartitionEngineSnapshot(
    int Partition, int PartitionCount, DateTime Watermark, PostRecordSnapshot[] Posts, BrandSentimentWindow[]? SentimentWindows = null);
