namespace Streams.Domain.Matching.Query;

/// <summary>The operand must not hold.</summary>
public sealed record QueryNot(int Position, QueryNode Operand) : QueryNode(Position);
