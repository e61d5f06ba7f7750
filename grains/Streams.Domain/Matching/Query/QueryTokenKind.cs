namespace Streams.Domain.Matching.Query;

internal enum QueryTokenKind
{
    Word,
    Phrase,
    Open,
    Close,
    And,
    Or,
    Not,
    Near,
}
