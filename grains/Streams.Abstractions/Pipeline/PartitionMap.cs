namespace Streams.Abstractions.Pipeline;

/// <summary>
/// Maps a post id to a stream partition. The hash must be the same in every process of a cluster
/// (string.GetHashCode is randomised per process), so it is FNV-1a over the UTF-16 code units.
/// </summary>
public static class PartitionMap
{
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
