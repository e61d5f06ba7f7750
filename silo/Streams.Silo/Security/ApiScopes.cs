namespace Streams.Silo.Security;

/// <summary>The scopes a key can hold, and the claim types the API key handler issues.</summary>
public static class ApiScopes
{
    public const string Ingest = "ingest";
    public const string Read = "read";
    public const string Admin = "admin";

    public const string ScopeClaim = "scope";
    public const string BrandClaim = "brand";
    public const string AllBrands = "*";

    public static readonly IReadOnlyList<string> All = [Ingest, Read, Admin];
}
