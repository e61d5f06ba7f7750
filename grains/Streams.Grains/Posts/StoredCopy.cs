using Streams.Abstractions.Delivery;

namespace Streams.Grains.Posts;

/// <summary>An update kept until its target confirms it (a brand or customer update), as stored in a partition checkpoint.</summary>
[GenerateSerializer, Immutable]
public sealed record StoredCopy<TUpdate>(
    [property: Id(0)] string Target,
    [property: Id(1)] DeliveryRange Range,
    [property: Id(2)] TUpdate Update,
    [property: Id(3)] DateTime SentAt)
    where TUpdate : class;
