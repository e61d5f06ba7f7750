namespace Streams.Abstractions.Posts;

[GenerateSerializer, Immutable]
public sealed record PostAnswer(
    [property: Id(0)] string BrandId,
    [property: Id(1)] DateTime AnsweredAt,
    [property: Id(2)] double FirstResponseSeconds,
    [property: Id(3)] string Channel);
