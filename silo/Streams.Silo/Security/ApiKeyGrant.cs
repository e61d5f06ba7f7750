namespace Streams.Silo.Security;

/// <summary>What one key may do. Holds no copy of the key itself, so a grant can never leak it.</summary>
public sealed record ApiKeyGrant(string Label, IReadOnlySet<string> Scopes, IReadOnlySet<string> Brands);
