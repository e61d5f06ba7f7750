using Streams.Domain.Brands;

namespace Streams.Grains.Brands;

/// <summary>
/// A brand grain's checkpoint. Serialised by the storage provider's grain storage serializer (the
/// default JSON one), not Orleans' binary codecs: the snapshot records are plain domain types.
/// </summary>
public sealed class BrandGrainState : Persistence.IDeliveryMarkedState
{
    public BrandAggregateSnapshot? Snapshot { get; set; }

    /// <summary>Per partition, the last log entry whose updates the snapshot includes (see <see cref="Domain.Delivery.DeliveryLedger"/>).</summary>
    public long[]? DeliveryMarks { get; set; }
}
