namespace Streams.Abstractions.Brands;

/// <summary>A brand's live aggregates, as the brand grain holds them. All windows are in event time.</summary>
[GenerateSerializer, Immutable]
public sealed record BrandStats(
    [property: Id(0)] string BrandId,
    [property: Id(1)] long MentionCount,
    [property: Id(2)] long OwnPostCount,
    [property: Id(3)] IReadOnlyList<int> MentionsPerMinute,
    [property: Id(4)] IReadOnlyList<int> MentionsPerHour,
    [property: Id(5)] long Negative,
    [property: Id(6)] long Neutral,
    [property: Id(7)] long Positive,
    [property: Id(8)] long AnsweredCount,
    [property: Id(9)] double? FirstResponseP50Seconds,
    [property: Id(10)] double? FirstResponseP90Seconds,
    [property: Id(11)] int OpenEscalations,
    [property: Id(12)] IReadOnlyList<TopAuthor> TopAuthors,
    [property: Id(13)] IReadOnlyList<TopPost> TopPosts,
    [property: Id(14)] DateTime? LastEventAt,
    [property: Id(15)] double AverageSentiment,
    [property: Id(16)] IReadOnlyList<TopicCount>? Topics = null,
    [property: Id(17)] IReadOnlyDictionary<string, long>? Intents = null);
