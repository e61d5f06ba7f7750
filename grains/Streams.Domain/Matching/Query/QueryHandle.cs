namespace Streams.Domain.Matching.Query;

/// <summary>An @mention of a handle in the text, compared case-insensitively, stored without '@'.</summary>
public sealed record QueryHandle(int Position, string Handle) : QueryNode(Position);
