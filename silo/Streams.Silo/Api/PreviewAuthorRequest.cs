namespace Streams.Silo.Api;

/// <summary>The author fields a query's <c>author:</c>, <c>followers:</c> and <c>verified:</c> filters test.</summary>
public sealed record PreviewAuthorRequest(string? Handle = null, long? Followers = null, bool? Verified = null);
