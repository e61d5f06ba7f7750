namespace Streams.Domain.Matching.Query;

/// <summary>How <c>followers:</c> compares; every other field only tests equality.</summary>
public enum QueryComparison
{
    Equal,
    Greater,
    GreaterOrEqual,
    Less,
    LessOrEqual,
}
