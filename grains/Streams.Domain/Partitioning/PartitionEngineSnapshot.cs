using Streams.Domain.Posts;

namespace Streams.Domain.Partitioning;

/// <summary>
/// Checkpoint of a <see cref="PartitionEngine"/>, taken right after its outbox drained, so nothing
/// owed to other grains is in it. <see cref="PartitionCount"/> is kept because the posts were
/// routed here by it: under another count they would belong to other partitions.
/// </summary>
public sealed record PartitionEngineSnapshot(int Partition, int PartitionCount, DateTime Watermark, PostRecordSnapshot[] Posts);
