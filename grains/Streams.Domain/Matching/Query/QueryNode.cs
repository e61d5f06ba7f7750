namespace Streams.Domain.Matching.Query;

/// <summary>A parsed brand query: the syntax tree <see cref="BrandQueryParser"/> produces and <see cref="BrandQueryMatcher"/> compiles.</summary>
public abstract record QueryNode(int Position);
