namespace Streams.Abstractions.Brands;

[GenerateSerializer, Immutable]
public sealed record TopAuthor(
    [property: Id(0)] string AuthorId,
    [property: Id(1)] string? Handle,
    [property: Id(2)] double Influence,
    [property: Id(3)] long Followers);
