using Streams.Abstractions.Posts;

namespace Streams.Silo.Api;

/// <summary>The answer of <c>POST /api/brands/backtest</c>, summed over every partition.</summary>
/// <param name="Registered">A brand with this id is registered: <paramref name="MatchedLive"/> is its live matcher's count.</param>
/// <param name="Scanned">Customer posts read, newest first, up to the limit per partition.</param>
/// <param name="Added">Posts the draft takes that the live matcher did not: the newest are in <paramref name="AddedSamples"/>.</param>
/// <param name="Dropped">Posts the live matcher took that the draft does not: the newest are in <paramref name="DroppedSamples"/>.</param>
/// <param name="Notes">What the backtest could not see, when the query depends on it.</param>
public sealed record BrandBacktestResponse(
    string BrandId,
    bool Registered,
    int Scanned,
    int Matched,
    int MatchedLive,
    int Added,
    int Dropped,
    DateTime? Oldest,
    DateTime? Newest,
    IReadOnlyList<BacktestPost> AddedSamples,
    IReadOnlyList<BacktestPost> DroppedSamples,
    IReadOnlyList<string> Notes);
