namespace Streams.Abstractions.Posts;

/// <summary>
/// A draft brand's matcher run over the customer posts one partition keeps, against what the live matcher decided
/// for them: how many it would take, how many it would add to the brand's mentions and how many it would drop.
/// </summary>
/// <param name="Scanned">Customer posts read (the newest ones, up to the limit asked for); a brand's own posts are left out.</param>
/// <param name="Matched">Of those, posts the draft takes.</param>
/// <param name="MatchedLive">Posts matched to the brand id when they arrived (0 for a brand not registered).</param>
/// <param name="Added">Taken by the draft and not live; <paramref name="AddedSamples"/> holds the newest of them.</param>
/// <param name="Dropped">Matched live and not by the draft; <paramref name="DroppedSamples"/> holds the newest.</param>
/// <param name="Oldest">Creation time of the oldest post read, null when none was.</param>
[GenerateSerializer, Immutable]
public sealed record BrandBacktest(
    [property: Id(0)] int Scanned,
    [property: Id(1)] int Matched,
    [property: Id(2)] int MatchedLive,
    [property: Id(3)] int Added,
    [property: Id(4)] int Dropped,
    [property: Id(5)] DateTime? Oldest,
    [property: Id(6)] DateTime? Newest,
    [property: Id(7)] IReadOnlyList<BacktestPost> AddedSamples,
    [property: Id(8)] IReadOnlyList<BacktestPost> DroppedSamples);
