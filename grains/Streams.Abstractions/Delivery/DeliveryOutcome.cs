namespace Streams.Abstractions.Delivery;

/// <summary>What a target did with an update carrying a <see cref="DeliveryRange"/>.</summary>
public enum DeliveryOutcome
{
    /// <summary>New: applied.</summary>
    Applied,

    /// <summary>Already applied (sent again after the sender replayed its log): ignored.</summary>
    Duplicate,

    /// <summary>Not applied: an earlier update from the same sender is missing; the sender must send what follows the returned mark first.</summary>
    Gap,
}
