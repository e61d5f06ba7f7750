using Streams.Abstractions.Brands;
using Streams.Abstractions.Delivery;

namespace Streams.Grains.Posts;

/// <summary>A brand update kept until the brand confirms it, as stored in a partition checkpoint.</summary>
[GenerateSerializer, Immutable]
public sealed record RetainedBrandUpdate(
    [property: Id(0)] string BrandId,
    [property: Id(1)] DeliveryRange Range,
    [property: Id(2)] BrandUpdate Update,
    [property: Id(3)] DateTime SentAt);
