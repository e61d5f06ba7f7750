namespace Streams.Domain.Matching.Query;

/// <summary>
/// Proximity: both sides occur with at most <see cref="Distance"/> words between them; when <see cref="Ordered"/>
/// (<c>ONEAR/n</c>) the left side must come first. Both sides are words, phrases, wildcards or an OR of those.
/// </summary>
public sealed record QueryNear(int Position, QueryNode Left, QueryNode Right, int Distance, bool Ordered) : QueryNode(Position);
