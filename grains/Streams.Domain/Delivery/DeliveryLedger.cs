using Streams.Abstractions.Delivery;

namespace Streams.Domain.Delivery;

/// <summary>
/// A target grain's side of exactly-once delivery: the marks of what it applied, and the marks its
/// last successful checkpoint holds (what senders may forget).
/// </summary>
public sealed class DeliveryLedger
{
    private readonly DeliveryMarks applied;
    private DeliveryMarks durable;

    /// <param name="checkpointed">The marks restored from the checkpoint (null: none yet).</param>
    public DeliveryLedger(long[]? checkpointed = null)
    {
        applied = DeliveryMarks.FromSnapshot(checkpointed);
        durable = DeliveryMarks.FromSnapshot(checkpointed);
    }

    /// <summary>
    /// Decides whether to apply an update (null range: untracked, always applied) and returns the
    /// receipt for its sender. Apply the update only when the outcome is <see cref="DeliveryOutcome.Applied"/>.
    /// </summary>
    public DeliveryReceipt Offer(DeliveryRange? range)
    {
        if (range is null)
        {
            return DeliveryReceipt.Untracked;
        }
        var outcome = applied.Offer(range);
        return new DeliveryReceipt(outcome, applied.Mark(range.Partition), durable.Mark(range.Partition));
    }

    /// <summary>The applied marks, to store with the state they describe.</summary>
    public long[] Capture() => applied.Snapshot();

    /// <summary>A checkpoint holding <paramref name="marks"/> (from <see cref="Capture"/>) was written.</summary>
    public void Written(long[] marks) => durable = DeliveryMarks.FromSnapshot(marks);
}
