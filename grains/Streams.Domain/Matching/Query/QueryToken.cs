namespace Streams.Domain.Matching.Query;

internal sealed record QueryToken(QueryTokenKind Kind, int Position, string Text)
{
    public int Distance { get; init; }

    public bool Ordered { get; init; }
}
