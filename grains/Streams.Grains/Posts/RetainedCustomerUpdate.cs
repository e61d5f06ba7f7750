using Streams.Abstractions.Customers;
using Streams.Abstractions.Delivery;

namespace Streams.Grains.Posts;

/// <summary>A customer update kept until the customer confirms it, as stored in a partition checkpoint.</summary>
[GenerateSerializer, Immutable]
public sealed record RetainedCustomerUpdate(
    [property: Id(0)] string AuthorId,
    [property: Id(1)] DeliveryRange Range,
    [property: Id(2)] CustomerUpdate Update,
    [property: Id(3)] DateTime SentAt);
