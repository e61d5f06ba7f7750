namespace Streams.Domain.Matching.Query;

/// <summary>A query that does not parse; thrown by <see cref="BrandQueryParser.Parse"/> and at compile time.</summary>
public sealed class QueryParseException(QueryParseError error, string? brandId = null)
    : Exception(brandId is null ? $"Invalid query {error.Message}" : $"Invalid query for brand '{brandId}' {error.Message}")
{
    public QueryParseError Error { get; } = error;

    public string? BrandId { get; } = brandId;
}
