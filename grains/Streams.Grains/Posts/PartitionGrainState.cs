namespace Streams.Grains.Posts;

/// <summary>
/// A partition grain's checkpoint in grain storage: a <see cref="PartitionCheckpoint"/> in Orleans'
/// binary form (its posts are themselves a compressed snapshot), and the log entry it includes.
/// Kept opaque to the storage's JSON serializer, which would otherwise spell out every post.
/// </summary>
public sealed class PartitionGrainState
{
    public long AppliedSeq { get; set; }

    public byte[]? Checkpoint { get; set; }
}
