namespace Streams.Abstractions.Brands;

/// <summary>The latest virality of a post about the brand, for its "fastest-spreading posts" list.</summary>
[GenerateSerializer, Immutable]
public sealed record PostSpread(
    [property: Id(0)] string PostId,
    [property: Id(1)] double Virality,
    [property: Id(2)] int Reshares,
    [property: Id(3)] long Reach,
    [property: Id(4)] DateTime At,
    [property: Id(5)] string? Text);
