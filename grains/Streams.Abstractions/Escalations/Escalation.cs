namespace Streams.Abstractions.Escalations;

/// <summary>
/// A negative, unanswered post about a brand that is spreading. One per (brand, post): its id is
/// derived from both, so replays and retries update the same escalation instead of duplicating it.
/// </summary>
/// <param name="Id">"{brandId}:{postId}".</param>
/// <param name="Severity">1 = worst .. 4.</param>
/// <param name="Score">0..100: post virality weighted by the author's influence.</param>
/// <param name="Reasons">Human-readable reasons, most important first.</param>
/// <param name="RaisedAt">Event time at which the post first crossed the brand's threshold.</param>
/// <param name="ProcessedAt">Wall-clock time at which Streams raised it.</param>
/// <param name="ResolvedAt">Event time of the brand's first answer, once resolved.</param>
/// <param name="UpdatedAt">Wall-clock time of the latest change (severity raised, resolved, withdrawn).</param>
/// <param name="Revision">Increases with every change, so consumers can drop stale copies.</param>
[GenerateSerializer, Immutable]
public sealed record Escalation(
    [property: Id(0)] string Id,
    [property: Id(1)] string BrandId,
    [property: Id(2)] string PostId,
    [property: Id(3)] string AuthorId,
    [property: Id(4)] int Severity,
    [property: Id(5)] double Score,
    [property: Id(6)] IReadOnlyList<string> Reasons,
    [property: Id(7)] EscalationStatus Status,
    [property: Id(8)] DateTime RaisedAt,
    [property: Id(9)] DateTime ProcessedAt,
    [property: Id(10)] DateTime? ResolvedAt,
    [property: Id(11)] DateTime UpdatedAt,
    [property: Id(12)] int Revision,
    [property: Id(13)] double Virality,
    [property: Id(14)] long AuthorFollowers,
    [property: Id(15)] long Reach,
    [property: Id(16)] int Reshares,
    [property: Id(17)] string? PostText)
{
    public static string IdFor(string brandId, string postId) => $"{brandId}:{postId}";
}
