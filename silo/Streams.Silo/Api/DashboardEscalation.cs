using Streams.Abstractions.Escalations;

namespace Streams.Silo.Api;

/// <summary>An open escalation with what the care team needs to act on it, joined from the post and its author.</summary>
/// <param name="MinutesUnanswered">Event-time minutes since the post, up to the brand's latest event.</param>
public sealed record DashboardEscalation(
    Escalation Escalation,
    string? AuthorHandle,
    double? AuthorInfluence,
    DateTime? PostedAt,
    double? MinutesUnanswered);
