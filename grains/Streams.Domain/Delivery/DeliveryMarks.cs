using Streams.Abstractions.Delivery;

namespace Streams.Domain.Delivery;

/// <summary>
/// A target's record of how far into each partition's log the updates it applied reach. Partitions
/// flush at log-entry boundaries and, while replaying after a restart, after every entry, so an
/// update is either wholly at or below the mark (already applied) or wholly above it: comparing one
/// number per partition is enough to apply every update exactly once.
/// </summary>
public sealed class DeliveryMarks
{
    private long[] marks;

    public DeliveryMarks() => marks = [];

    private DeliveryMarks(long[] marks) => this.marks = marks;

    public long Mark(int partition) => partition < marks.Length ? marks[partition] : 0;

    /// <summary>Decides what to do with an update; on <see cref="DeliveryOutcome.Applied"/> the mark moves to its end, so the caller must then apply it.</summary>
    public DeliveryOutcome Offer(DeliveryRange range)
    {
        ArgumentNullException.ThrowIfNull(range);
        ArgumentOutOfRangeException.ThrowIfNegative(range.Partition);
        var mark = Mark(range.Partition);
        if (range.Through <= mark)
        {
            return DeliveryOutcome.Duplicate;
        }
        if (range.PreviousThrough > mark)
        {
            return DeliveryOutcome.Gap;
        }
        if (range.Partition >= marks.Length)
        {
            Array.Resize(ref marks, range.Partition + 1);
        }
        marks[range.Partition] = range.Through;
        return DeliveryOutcome.Applied;
    }

    /// <summary>The marks as a plain array (index: partition), for a checkpoint.</summary>
    public long[] Snapshot() => (long[])marks.Clone();

    public static DeliveryMarks FromSnapshot(long[]? snapshot) => new(snapshot is null ? [] : (long[])snapshot.Clone());
}
