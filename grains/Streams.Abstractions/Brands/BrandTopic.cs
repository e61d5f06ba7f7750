namespace Streams.Abstractions.Brands;

/// <summary>An issue topic a brand adds to (or uses instead of) the default taxonomy: words, phrases or stems (<c>retard*</c>) per language.</summary>
[GenerateSerializer, Immutable]
public sealed record BrandTopic(
    [property: Id(0)] string Id,
    [property: Id(1)] IReadOnlyList<string> English,
    [property: Id(2)] IReadOnlyList<string> French);
