namespace Streams.Domain.Matching.Query;

/// <summary>At least one operand must hold.</summary>
public sealed record QueryOr(int Position, IReadOnlyList<QueryNode> Operands) : QueryNode(Position);
