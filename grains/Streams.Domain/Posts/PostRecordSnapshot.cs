using Streams.Abstractions.Events;
using Streams.Domain.Text;

namespace Streams.Domain.Posts;

/// <summary>
/// Checkpoint of a <see cref="PostRecord"/>: what cannot be recomputed. The evaluation (decisions,
/// spread, evaluation checkpoints) is left out on purpose: it is a deterministic function of the
/// engagement log, the answers and the brands' settings, so it is rebuilt on restore rather than
/// stored, which keeps checkpoints small and leaves one source of truth.
/// </summary>
/// <remarks>
/// Collections are plain arrays so any serializer can read them back without naming runtime types.
/// Record equality compares arrays by reference: compare them element by element.
/// </remarks>
/// <param name="Engagements">The engagement log in its sorted order.</param>
public sealed record PostRecordSnapshot(
    string Id,
    bool Seen,
    AuthorRef? Author,
    Platform Platform,
    DateTime CreatedAt,
    string? Text,
    Language Language,
    double Sentiment,
    string[] Brands,
    string? OwnerBrand,
    string? InReplyTo,
    string? QuoteOf,
    double AuthorInfluence,
    string[] Topics,
    PostIntent Intents,
    int Reposts,
    int Quotes,
    int Replies,
    int Likes,
    long ResharerFollowers,
    DateTime LastEventAt,
    bool LogTruncated,
    double ReportedVirality,
    Engagement[] Engagements,
    AnswerSnapshot[] Answers,
    TrackSnapshot[] Tracks);
