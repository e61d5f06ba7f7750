using Streams.Abstractions.Brands;
using Streams.Abstractions.Events;

namespace Streams.Silo.Api;

/// <summary>A brand's configuration and its live aggregates, as <c>GET /api/brands/{id}</c> answers.</summary>
public sealed record BrandResponse(
    string Id,
    string Name,
    IReadOnlyList<HandleResponse> Handles,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Languages,
    int ResponseTargetMinutes,
    EscalationSettings Escalation,
    long MentionCount,
    long OwnPostCount,
    long MentionsLastHour,
    IReadOnlyList<int> MentionsPerMinute,
    IReadOnlyList<int> MentionsPerHour,
    SentimentResponse Sentiment,
    long AnsweredCount,
    double ResponseRate,
    double? FirstResponseP50Seconds,
    double? FirstResponseP90Seconds,
    int OpenEscalations,
    IReadOnlyList<TopAuthor> TopAuthors,
    IReadOnlyList<TopPost> TopPosts,
    DateTime? LastEventAt,
    string? Query,
    IReadOnlyList<BrandTopic> CustomTopics,
    bool ReplaceTopics,
    IReadOnlyList<TopicCount> Topics,
    IReadOnlyDictionary<string, long> Intents)
{
    public static BrandResponse From(BrandConfig brand, BrandStats stats) => new(
        brand.Id,
        brand.Name,
        brand.Handles.Select(h => new HandleResponse(h.Platform == Platform.Unknown ? null : PlatformNames.ToWire(h.Platform), h.Handle)).ToArray(),
        brand.Aliases,
        brand.Languages,
        brand.ResponseTargetMinutes,
        brand.Escalation,
        stats.MentionCount,
        stats.OwnPostCount,
        stats.MentionsPerMinute.Sum(),
        stats.MentionsPerMinute,
        stats.MentionsPerHour,
        new SentimentResponse(stats.Negative, stats.Neutral, stats.Positive, Math.Round(stats.AverageSentiment, 3)),
        stats.AnsweredCount,
        stats.MentionCount == 0 ? 0 : Math.Round((double)stats.AnsweredCount / stats.MentionCount, 4),
        stats.FirstResponseP50Seconds,
        stats.FirstResponseP90Seconds,
        stats.OpenEscalations,
        stats.TopAuthors,
        stats.TopPosts,
        stats.LastEventAt,
        brand.Query,
        brand.Topics ?? [],
        brand.ReplaceTopics,
        stats.Topics ?? [],
        stats.Intents ?? new Dictionary<string, long>());
}
