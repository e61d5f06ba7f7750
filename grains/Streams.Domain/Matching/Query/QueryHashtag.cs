namespace Streams.Domain.Matching.Query;

/// <summary>A hashtag, folded and without '#' or '_': <c>#AirFrance</c> matches "#airfrance" and "#Air_France".</summary>
public sealed record QueryHashtag(int Position, string Tag) : QueryNode(Position);
