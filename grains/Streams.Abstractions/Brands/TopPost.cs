namespace Streams.Abstractions.Brands;

[GenerateSerializer, Immutable]
public sealed record TopPost(
    [property: Id(0)] string PostId,
    [property: Id(1)] double Virality,
    [property: Id(2)] int Reshares,
    [property: Id(3)] long Reach,
    [property: Id(4)] string? Text);
