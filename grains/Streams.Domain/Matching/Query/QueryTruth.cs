namespace Streams.Domain.Matching.Query;

/// <summary>
/// Three-valued reasoning over a query: could it hold for a post in which none of its words, hashtags or handles
/// occur, whatever the metadata? Such a query is refused, because the evaluator only wakes queries whose words occurred.
/// </summary>
internal static class QueryTruth
{
    public static bool CanHoldWithoutText(QueryNode node) => Possible(node, wanted: true);

    // Whether the node can take the value `wanted` when every text operand is absent and every field is free.
    private static bool Possible(QueryNode node, bool wanted) => node switch
    {
        QueryWords or QueryHashtag or QueryHandle or QueryNear => !wanted,
        QueryField => true,
        QueryNot not => Possible(not.Operand, !wanted),
        QueryAnd and => wanted ? and.Operands.All(o => Possible(o, true)) : and.Operands.Any(o => Possible(o, false)),
        QueryOr or => wanted ? or.Operands.Any(o => Possible(o, true)) : or.Operands.All(o => Possible(o, false)),
        _ => throw new InvalidOperationException(node.GetType().Name),
    };
}
