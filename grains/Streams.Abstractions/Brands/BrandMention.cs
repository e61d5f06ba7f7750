namespace Streams.Abstractions.Brands;

/// <summary>A customer post matched to the brand, with the issue topics and intents found in it (<c>Intents</c>: PostIntent flags).</summary>
[GenerateSerializer, Immutable]
public sealed record BrandMention(
    [property: Id(0)] string PostId,
    [property: Id(1)] string AuthorId,
    [property: Id(2)] DateTime At,
    [property: Id(3)] double Sentiment,
    [property: Id(4)] IReadOnlyList<string>? Topics = null,
    [property: Id(5)] int Intents = 0);
