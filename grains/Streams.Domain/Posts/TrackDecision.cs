using Streams.Domain.Scoring;

namespace Streams.Domain.Posts;

/// <summary>
/// Where the escalation decision of one (post, brand) stands after evaluating a prefix of the post's
/// engagements. A value type, so evaluation checkpoints can copy it cheaply.
/// </summary>
/// <param name="Peak">The spread at the latest evaluation point that raised the score or the severity: the published reasons describe it.</param>
/// <param name="PeakUnansweredFor">How long the post had been unanswered at that point.</param>
public readonly record struct TrackDecision(
    bool Raised,
    DateTime RaisedAt,
    int Severity,
    double Score,
    SpreadSnapshot Peak,
    TimeSpan PeakUnansweredFor);
