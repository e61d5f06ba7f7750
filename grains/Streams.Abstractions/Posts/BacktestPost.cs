namespace Streams.Abstractions.Posts;

/// <summary>A kept post that a brand backtest names: one its draft would add, or one it would drop.</summary>
[GenerateSerializer, Immutable]
public sealed record BacktestPost(
    [property: Id(0)] string PostId,
    [property: Id(1)] DateTime CreatedAt,
    [property: Id(2)] string? AuthorHandle,
    [property: Id(3)] string Platform,
    [property: Id(4)] string Language,
    [property: Id(5)] string Text);
