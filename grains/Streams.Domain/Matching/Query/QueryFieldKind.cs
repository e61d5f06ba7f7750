namespace Streams.Domain.Matching.Query;

/// <summary>The post metadata a field filter tests.</summary>
public enum QueryFieldKind
{
    Lang,
    Region,
    Platform,
    Author,
    Followers,
    Verified,
}
