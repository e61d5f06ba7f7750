namespace Streams.Abstractions.Brands;

[GenerateSerializer, Immutable]
public sealed record TopicCount(
    [property: Id(0)] string Topic,
    [property: Id(1)] long Count);
