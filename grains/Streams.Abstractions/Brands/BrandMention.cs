namespace Streams.Abstractions.Brands;

/// <summary>A customer post matched to the brand.</summary>
[GenerateSerializer, Immutable]
public sealed record BrandMention(
    [property: Id(0)] string PostId,
    [property: Id(1)] string AuthorId,
    [property: Id(2)] DateTime At,
    [property: Id(3)] double Sentiment);
