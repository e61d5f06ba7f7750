using Streams.Abstractions.Escalations;

namespace Streams.Abstractions.Posts;

/// <summary>A post as its partition knows it.</summary>
/// <param name="Seen">False when only engagements (reposts, likes) have arrived so far, not the post itself.</param>
/// <param name="OwnerBrand">Set when the author is one of a brand's own accounts.</param>
/// <param name="Answered">True when every brand the post is about has answered it.</param>
[GenerateSerializer, Immutable]
public sealed record PostView(
    [property: Id(0)] string Id,
    [property: Id(1)] bool Seen,
    [property: Id(2)] IReadOnlyList<string> Brands,
    [property: Id(3)] string? Platform,
    [property: Id(4)] string? AuthorId,
    [property: Id(5)] string? AuthorHandle,
    [property: Id(6)] long AuthorFollowers,
    [property: Id(7)] DateTime? CreatedAt,
    [property: Id(8)] string? Text,
    [property: Id(9)] string? Language,
    [property: Id(10)] double Sentiment,
    [property: Id(11)] double Virality,
    [property: Id(12)] long Reach,
    [property: Id(13)] int Reposts,
    [property: Id(14)] int Quotes,
    [property: Id(15)] int Replies,
    [property: Id(16)] int Likes,
    [property: Id(17)] bool Answered,
    [property: Id(18)] IReadOnlyList<PostAnswer> Answers,
    [property: Id(19)] string? OwnerBrand,
    [property: Id(20)] string? InReplyTo,
    [property: Id(21)] string? QuoteOf,
    [property: Id(22)] IReadOnlyList<Escalation> Escalations,
    [property: Id(23)] DateTime? LastEventAt,
    [property: Id(24)] IReadOnlyList<string>? Topics = null,
    [property: Id(25)] IReadOnlyList<string>? Intents = null);
