namespace Streams.Domain.Matching.Query;

/// <summary>The limits listening tools put on a query, which also bound compile and match cost.</summary>
public static class QueryLimits
{
    public const int MaxLength = 4_096;
    public const int MaxOperands = 50;
    public const int MaxNearDistance = 10;
    public const int MinWildcardStem = 4;
}
