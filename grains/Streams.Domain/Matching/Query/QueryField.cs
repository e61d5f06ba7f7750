namespace Streams.Domain.Matching.Query;

/// <summary>
/// A field filter on the post's metadata. <see cref="Value"/> is the normalised text value (lower case for lang,
/// author and platform; upper case for region); <see cref="Number"/> holds the follower count or 1/0 for verified.
/// </summary>
public sealed record QueryField(int Position, QueryFieldKind Field, QueryComparison Comparison, string Value, long Number) : QueryNode(Position);
