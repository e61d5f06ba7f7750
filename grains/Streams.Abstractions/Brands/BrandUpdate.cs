namespace Streams.Abstractions.Brands;

/// <summary>
/// Everything one partition learned about one brand since its last flush. Coalescing per flush
/// turns one grain call per event into one call per brand per flush interval.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record BrandUpdate(
    [property: Id(0)] IReadOnlyList<BrandMention> Mentions,
    [property: Id(1)] IReadOnlyList<BrandAnswer> Answers,
    [property: Id(2)] IReadOnlyList<Escalations.Escalation> Escalations,
    [property: Id(3)] IReadOnlyList<PostSpread> Spreading,
    [property: Id(4)] IReadOnlyList<AuthorInfluence> Authors,
    [property: Id(5)] int OwnPosts);
