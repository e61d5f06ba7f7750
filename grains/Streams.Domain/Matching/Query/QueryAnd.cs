namespace Streams.Domain.Matching.Query;

/// <summary>All operands must hold. Written <c>a AND b</c> or simply <c>a b</c>.</summary>
public sealed record QueryAnd(int Position, IReadOnlyList<QueryNode> Operands) : QueryNode(Position);
