using Streams.Domain.Customers;

namespace Streams.Grains.Customers;

/// <summary>A customer grain's checkpoint (see <see cref="Brands.BrandGrainState"/> for how it is serialised).</summary>
public sealed class CustomerGrainState : Persistence.IDeliveryMarkedState
{
    public CustomerAggregateSnapshot? Snapshot { get; set; }

    /// <summary>Per partition, the last log entry whose updates the snapshot includes (see <see cref="Domain.Delivery.DeliveryLedger"/>).</summary>
    public long[]? DeliveryMarks { get; set; }
}
