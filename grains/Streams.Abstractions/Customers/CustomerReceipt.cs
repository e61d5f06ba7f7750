using Streams.Abstractions.Delivery;

namespace Streams.Abstractions.Customers;

/// <summary>A customer grain's answer to an update: the author's influence (forwarded to brands) and the delivery receipt.</summary>
[GenerateSerializer, Immutable]
public sealed record CustomerReceipt(
    [property: Id(0)] double Influence,
    [property: Id(1)] DeliveryReceipt Delivery);
