namespace Streams.Domain.Matching.Query;

/// <summary>
/// A word, an exact phrase (several folded words in a row) or a trailing wildcard (<see cref="IsPrefix"/>: one folded
/// stem that a word must start with). Words are folded with <see cref="Text.TextFolding"/>.
/// </summary>
public sealed record QueryWords(int Position, IReadOnlyList<string> Words, bool IsPrefix) : QueryNode(Position);
