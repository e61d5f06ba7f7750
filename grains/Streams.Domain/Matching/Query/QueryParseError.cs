namespace Streams.Domain.Matching.Query;

/// <summary>Why a query was refused: the 0-based character <see cref="Position"/> and what was expected there.</summary>
public sealed record QueryParseError(int Position, string Expected)
{
    public string Message => $"at position {Position}: expected {Expected}";

    public override string ToString() => Message;
}
