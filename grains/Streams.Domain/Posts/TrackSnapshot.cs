using Streams.Abstractions.Escalations;

namespace Streams.Domain.Posts;

/// <summary>
/// One escalation track in a checkpoint. Only what was published is kept: the decision itself is
/// recomputed from the engagement log when the post is restored.
/// </summary>
/// <param name="Published">The last revision sent, so the restored track publishes only real changes and keeps counting revisions.</param>
public sealed record TrackSnapshot(string BrandId, Escalation? Published);
