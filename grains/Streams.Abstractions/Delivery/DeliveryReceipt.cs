namespace Streams.Abstractions.Delivery;

/// <summary>A target's answer to an update.</summary>
/// <param name="Mark">The latest <see cref="DeliveryRange.Through"/> from the sender that the target has applied.</param>
/// <param name="DurableMark">The latest one its last successful checkpoint includes: the sender may forget updates up to it.</param>
[GenerateSerializer, Immutable]
public sealed record DeliveryReceipt(
    [property: Id(0)] DeliveryOutcome Outcome,
    [property: Id(1)] long Mark,
    [property: Id(2)] long DurableMark)
{
    /// <summary>The receipt of a target that does not track marks (no durable storage).</summary>
    public static readonly DeliveryReceipt Untracked = new(DeliveryOutcome.Applied, 0, 0);
}
