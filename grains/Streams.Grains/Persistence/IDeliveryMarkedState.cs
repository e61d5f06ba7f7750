namespace Streams.Grains.Persistence;

/// <summary>A checkpoint that stores, beside the state, the delivery marks of the updates it includes (see <see cref="Domain.Delivery.DeliveryLedger"/>).</summary>
public interface IDeliveryMarkedState
{
    long[]? DeliveryMarks { get; set; }
}
