using Streams.Abstractions.Escalations;

namespace Streams.Domain.Posts;

/// <summary>
/// The escalation state of one (post, brand). The decision is recomputed from the post's events;
/// <see cref="Published"/> remembers what was already sent so only changes go out.
/// </summary>
public sealed class EscalationTrack(string brandId)
{
    public string BrandId { get; } = brandId;

    public TrackDecision Decision { get; set; }

    public Escalation? Published { get; set; }
}
