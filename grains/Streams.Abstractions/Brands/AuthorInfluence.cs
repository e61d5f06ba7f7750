namespace Streams.Abstractions.Brands;

/// <summary>An author's influence as their customer grain last computed it.</summary>
[GenerateSerializer, Immutable]
public sealed record AuthorInfluence(
    [property: Id(0)] string AuthorId,
    [property: Id(1)] string? Handle,
    [property: Id(2)] double Influence,
    [property: Id(3)] long Followers);
