namespace Streams.Domain.Delivery;

/// <summary>
/// Where a partition stands in its durable log, and the delivery position each of its flushes
/// carries (see <see cref="Abstractions.Delivery.DeliveryRange"/>).
/// </summary>
/// <remarks>
/// A position is the last applied log entry times <see cref="FlushesPerEntry"/>, plus how many
/// flushes with content already followed that same entry: an interleaved read can publish a
/// deferred escalation refinement without a new entry, and that flush needs a position of its own.
/// Past <see cref="FlushesPerEntry"/> such flushes at one entry the position stops growing, and
/// targets take the rest (refinements only) for copies they already have.
/// </remarks>
/// <param name="restoredAt">The entry the partition's checkpoint includes (0 without one).</param>
/// <param name="replayThrough">The log's last entry when the partition started: what may have been applied and sent before.</param>
public sealed class PartitionLogCursor(long restoredAt, long replayThrough)
{
    public const long FlushesPerEntry = 1 << 10;

    private long lastFlushApplied = -1;
    private long flushesAtEntry;

    /// <summary>The last log entry applied.</summary>
    public long Applied { get; private set; } = restoredAt;

    public long RestoredAt { get; } = restoredAt;

    public long ReplayThrough { get; } = replayThrough;

    /// <summary>
    /// True up to the last entry that may have been applied before the restart: flush after each
    /// one, so every update sent again matches, entry for entry, one a target has or one it has not.
    /// </summary>
    public bool FlushEachEntry => Applied <= ReplayThrough && Applied > RestoredAt;

    /// <summary>Still short of the end of the replay: no checkpoint yet, it would record a partial replay as normal progress.</summary>
    public bool Replaying => Applied < ReplayThrough;

    public void Advance(long entry)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(entry, Applied);
        Applied = entry;
    }

    /// <summary>The position of a flush with content happening now; each call is a new flush.</summary>
    public long NextDeliveryPosition()
    {
        flushesAtEntry = Applied == lastFlushApplied ? flushesAtEntry + 1 : 0;
        lastFlushApplied = Applied;
        return Applied * FlushesPerEntry + Math.Min(flushesAtEntry, FlushesPerEntry - 1);
    }
}
