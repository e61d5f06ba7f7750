namespace Streams.Abstractions.Brands;

/// <summary>The brand's first answer to one of its mentions.</summary>
[GenerateSerializer, Immutable]
public sealed record BrandAnswer(
    [property: Id(0)] string PostId,
    [property: Id(1)] DateTime AnsweredAt,
    [property: Id(2)] TimeSpan FirstResponse);
