namespace Streams.Abstractions.Delivery;

/// <summary>
/// Where an update from a partition comes from in that partition's durable log, so that its target
/// can apply it exactly once however often it is sent (durable storage only).
/// </summary>
/// <param name="Partition">The sending partition.</param>
/// <param name="Through">
/// The sender's delivery position for the update: the last entry of its log it had applied when it
/// flushed (scaled, so that several flushes after the same entry still get positions of their own).
/// </param>
/// <param name="PreviousThrough">
/// <see cref="Through"/> of the previous update this partition sent the same target that the target
/// has not yet confirmed as checkpointed (0 when there is none). A target whose mark is below it lost
/// that update (it restarted from an older checkpoint) and asks for it again.
/// </param>
[GenerateSerializer, Immutable]
public sealed record DeliveryRange(
    [property: Id(0)] int Partition,
    [property: Id(1)] long Through,
    [property: Id(2)] long PreviousThrough);
